"""How a facet's value is painted (a hover or focus outline, its check, its name and its
count) and how it answers a click, a tap, Space or Enter: the delegate of ``FacetList``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from explorer.ui.shell.theme import PALETTE

if TYPE_CHECKING:
    from explorer.ui.cards.facet_list import FacetList

ROW_PADDING = 6
GAP = 8
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select)
KEPT_TEXTS = 4000
"""Laid-out names and counts kept (a few hundred values, each at a width or two)."""


class FacetValueDelegate(QStyledItemDelegate):
    """Paints a value: a hover or focus outline, its check, its name and its count.

    A value is painted from the model's own record of it, and its texts are laid out once:
    a new answer repaints every value in sight."""

    def __init__(self, view: FacetList):
        super().__init__(view)
        self.view = view
        # Texts laid out once and drawn as they are (``QStaticText``): laying a text out is
        # most of what drawing it costs, and a value is drawn again at every answer.
        self._texts: dict[tuple[str, int, str], QStaticText] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # No width of its own: a list of one column gives each row the whole of its width.
        return QSize(1, self.view.row_px)

    def paint_row(
        self, painter: QPainter, area: QRect, font: QFont, row: int, hovered: bool, focused: bool
    ) -> None:
        """Paint the value of ``row`` in ``area``."""
        label, count, chosen = self.view.values.painted(row)
        rect = QRectF(area).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_colours().line)
            painter.drawRoundedRect(rect, 6, 6)
        if focused:
            painter.setPen(QPen(_colours().focus, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        metrics = self.view.metrics
        font_key = font.key()  # texts cut to fit one font are kept for that font only
        side = max(12, round(metrics.height() * 0.85))
        box = QRectF(rect.left() + ROW_PADDING, rect.center().y() - side / 2, side, side)
        _paint_check(painter, box, chosen)
        count_text = self._text(count, -1, font_key, metrics)
        count_width = round(count_text.size().width())
        right = int(rect.right()) - ROW_PADDING
        left = int(box.right()) + GAP
        label_text = self._text(label, max(0, right - count_width - GAP - left), font_key, metrics)
        y = area.top() + (area.height() - metrics.height()) / 2
        painter.setPen(_colours().ink)
        painter.drawStaticText(QPointF(left, y), label_text)
        painter.setPen(_colours().muted)
        painter.drawStaticText(QPointF(right - count_width, y), count_text)
        painter.restore()

    def _text(self, text: str, room: int, font_key: str, metrics: QFontMetrics) -> QStaticText:
        """``text`` laid out for drawing, cut to ``room`` pixels unless ``room`` is -1."""
        key = (text, room, font_key)
        laid_out = self._texts.get(key)
        if laid_out is None:
            if len(self._texts) > KEPT_TEXTS:
                self._texts.clear()
            fitted = (
                text if room < 0 else metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            )
            laid_out = self._texts[key] = QStaticText(fitted)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
        return laid_out

    def editorEvent(
        self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex
    ) -> bool:
        """A click or tap anywhere on the row, or Space or Enter, checks the value."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            if event.button() != Qt.MouseButton.LeftButton or not option.rect.contains(
                event.position().toPoint()
            ):
                return False
        elif not (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in TOGGLE_KEYS
        ):
            return False
        model.toggle(index.row())
        return True


class _Colours:
    """The palette's colours as Qt colours, made once (not before the first value is painted)."""

    def __init__(self) -> None:
        for name in ("line", "focus", "ink", "muted", "sky_deep", "surface"):
            setattr(self, name, QColor(getattr(PALETTE, name)))


@cache
def _colours() -> _Colours:
    return _Colours()


def _paint_check(painter: QPainter, box: QRectF, chosen: bool) -> None:
    if chosen:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colours().sky_deep)
        painter.drawRoundedRect(box, 3, 3)
        tick = QPainterPath(
            QPointF(box.left() + box.width() * 0.22, box.top() + box.height() * 0.52)
        )
        tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72)
        tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.30)
        pen = QPen(_colours().surface, max(1.5, box.width() / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        painter.setPen(QPen(_colours().muted, 1.5))
        painter.setBrush(_colours().surface)
        painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
