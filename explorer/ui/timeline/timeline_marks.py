"""How one event or cluster looks on the timeline: its shape says how precise its date is.

A day is a point, a span or a month or year is a bar, "circa" has soft edges, "before" and
"after" fade out on their open side, "planned" is a dashed outline, a cluster is a pill
with its count.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QLinearGradient, QPainter, QPen

from explorer.domain.fuzzy_date import VAGUE, Precision, Qualifier

POINT_RADIUS = 6.0
BAR_HEIGHT = 12.0
MIN_BAR_WIDTH = 8.0
OPEN_END_PX = 36.0
CLUSTER_HEIGHT = 22.0
SURFACE = "#fffdf8"


def _faded(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def draw_event(
    painter: QPainter,
    x_first: float,
    x_last: float,
    y: float,
    colour: QColor,
    qualifier: Qualifier,
    precision: Precision,
    is_span: bool,
    selected: bool = False,
    scale: float = 1.0,
) -> QRectF:
    """Draw one event centred on ``y``, ``scale`` times the usual size; returns the
    rectangle it occupies."""
    is_point = precision >= Precision.DAY and not is_span
    height, open_end, radius = BAR_HEIGHT * scale, OPEN_END_PX * scale, POINT_RADIUS * scale
    if qualifier is Qualifier.BEFORE:
        rect = QRectF(x_first - open_end, y - height / 2, open_end, height)
        _open_bar(painter, rect, colour, fade_left=True)
    elif qualifier is Qualifier.AFTER:
        rect = QRectF(x_last, y - height / 2, open_end, height)
        _open_bar(painter, rect, colour, fade_left=False)
    elif is_point:
        rect = QRectF(x_first - radius, y - radius, 2 * radius, 2 * radius)
        _point(painter, rect, colour, qualifier)
    else:
        width = max(MIN_BAR_WIDTH * scale, x_last - x_first)
        rect = QRectF(x_first, y - height / 2, width, height)
        _bar(painter, rect, colour, qualifier)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#00a3bd"), 2.5))
        painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 8, 8)
    return rect


def _point(painter: QPainter, rect: QRectF, colour: QColor, qualifier: Qualifier) -> None:
    if qualifier is Qualifier.PLANNED:
        painter.setBrush(QColor(SURFACE))
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
    elif qualifier in VAGUE:  # circa, uncertain: drawn as not quite known
        painter.setBrush(_faded(colour, 150))
        painter.setPen(QPen(_faded(colour, 90), 4))
    else:
        painter.setBrush(colour)
        painter.setPen(QPen(QColor(SURFACE), 2))
    painter.drawEllipse(rect)


def _bar(painter: QPainter, rect: QRectF, colour: QColor, qualifier: Qualifier) -> None:
    radius = rect.height() / 2
    if qualifier is Qualifier.PLANNED:
        painter.setBrush(_faded(colour, 40))
        painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, radius, radius)
        return
    # A light outline keeps bars that overlap in one lane apart.
    painter.setPen(QPen(QColor(SURFACE), 1.5))
    if qualifier in VAGUE:
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        edge = min(0.35, 12 / max(rect.width(), 1))
        gradient.setColorAt(0, _faded(colour, 0))
        gradient.setColorAt(edge, colour)
        gradient.setColorAt(1 - edge, colour)
        gradient.setColorAt(1, _faded(colour, 0))
        painter.setBrush(QBrush(gradient))
    else:
        painter.setBrush(colour)
    painter.drawRoundedRect(rect, radius, radius)


def _open_bar(painter: QPainter, rect: QRectF, colour: QColor, *, fade_left: bool) -> None:
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    gradient.setColorAt(0, _faded(colour, 0) if fade_left else colour)
    gradient.setColorAt(1, colour if fade_left else _faded(colour, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRect(rect)
    edge_x = rect.right() if fade_left else rect.left()
    painter.setPen(QPen(colour, 2.5))
    painter.drawLine(QPointF(edge_x, rect.top() - 3), QPointF(edge_x, rect.bottom() + 3))


def draw_cluster(
    painter: QPainter,
    x_first: float,
    x_last: float,
    y: float,
    colour: QColor,
    count: int,
    count_font: QFont,
    scale: float = 1.0,
) -> QRectF:
    label = QLocale().toString(count)
    pill = CLUSTER_HEIGHT * scale
    width = max(pill + 8 * scale * max(0, len(label) - 2), x_last - x_first + pill)
    centre = (x_first + x_last) / 2
    rect = QRectF(centre - width / 2, y - pill / 2, width, pill)
    painter.setPen(QPen(QColor(SURFACE), 1.5))
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, pill / 2, pill / 2)
    painter.setFont(count_font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
    return rect
