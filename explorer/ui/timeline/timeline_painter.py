"""Painting the timeline: eras, grid, lanes of marks and labels, the fixed axis and lane names.

Every paint asks the domain layout for the clusters visible at the current scale and draws
only those. All it knows of the view is the ``TimelineFrame`` it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.domain.entities import pick
from explorer.domain.timeline_events import TimelineEvent
from explorer.domain.timeline_labels import era_label_ends, place_labels
from explorer.domain.timeline_ticks import Tick, ticks
from explorer.ui.shell.theme import PALETTE, font
from explorer.ui.timeline.timeline_axis import tick_label
from explorer.ui.timeline.timeline_frame import LaneRow, TimelineFrame
from explorer.ui.timeline.timeline_geometry import (
    AXIS_HEIGHT,
    HEADER_WIDTH,
)
from explorer.ui.timeline.timeline_marks import draw_cluster, draw_event
from explorer.ui.timeline.timeline_sizes import DESKTOP, TimelineSizes
from explorer.ui.timeline.timeline_text import (
    PlacedText,
    arrow_rect,
    era_label,
    event_label,
    lane_name,
)

AXIS_TICK_SPACING = 90.0
"""The least distance between two ticks of the axis, in pixels."""
AXIS_LABEL_GAP = 16.0
"""The least room between one tick's label and the next tick."""


class TimelinePainter:
    """Draws a ``TimelineFrame``: the band (in scene coordinates) and, over it, the axis and
    the lane names (in viewport coordinates)."""

    def __init__(self, sizes: TimelineSizes = DESKTOP) -> None:
        self.set_sizes(sizes)
        self.label_targets: list[tuple[QRectF, str]] = []
        """Where the last paint put each event's label (scene coordinates), for taps."""

    def set_sizes(self, sizes: TimelineSizes) -> None:
        self.label_font = font(sizes.label_pt)
        self.count_font = font(sizes.count_pt, weight=QFont.Weight.DemiBold)
        self.axis_font = font(sizes.axis_pt)
        self.axis_bold = font(sizes.axis_pt, weight=QFont.Weight.DemiBold)
        self.header_font = font(sizes.header_pt, weight=QFont.Weight.DemiBold)

    def label_at(self, scene: QPointF) -> str | None:
        """The id of the event whose label the last paint put at ``scene``, if any."""
        for rect, card_id in self.label_targets:
            if rect.contains(scene):
                return card_id
        return None

    def paint_band(self, painter: QPainter, frame: TimelineFrame, exposed: QRectF) -> None:
        """The part ``exposed`` of the band, in scene coordinates."""
        self.label_targets = []
        first_day = frame.day_of_x(exposed.left())
        last_day = frame.day_of_x(exposed.right())
        self._paint_eras(painter, frame, exposed, first_day, last_day)
        self._paint_grid(painter, frame, exposed, first_day, last_day)
        if frame.layout is None:
            return
        for row in frame.rows:
            bottom = row.top + row.height
            painter.setPen(QPen(QColor(PALETTE.line), 1))
            painter.drawLine(QPointF(exposed.left(), bottom), QPointF(exposed.right(), bottom))
            self._paint_lane(painter, frame, row, first_day, last_day)
        self._paint_today(painter, frame, exposed)

    def _paint_eras(
        self,
        painter: QPainter,
        frame: TimelineFrame,
        exposed: QRectF,
        first_day: float,
        last_day: float,
    ) -> None:
        painter.setFont(self.axis_bold)
        spans = [era.days(frame.today) for era in frame.eras]
        for era, (era_first, era_last), label_end in zip(
            frame.eras, spans, era_label_ends(spans), strict=True
        ):
            if era_last < first_day or era_first > last_day:
                continue
            left, right = frame.x_of(era_first), frame.x_of(era_last)
            colour = QColor(era.colour)
            colour.setAlpha(34)
            band = QRectF(left, AXIS_HEIGHT, right - left, exposed.bottom() - AXIS_HEIGHT)
            painter.fillRect(band, colour)
            name, _ = pick(era.name, frame.language)
            label_right = frame.x_of(label_end)
            label = era_label(
                name, self.axis_bold, left, label_right, exposed.left() + HEADER_WIDTH
            )
            if label is not None:
                colour.setAlpha(255)
                painter.setPen(colour.darker(140))
                _draw_lines(painter, label)

    def _paint_grid(
        self,
        painter: QPainter,
        frame: TimelineFrame,
        exposed: QRectF,
        first_day: float,
        last_day: float,
    ) -> None:
        for tick in ticks(int(first_day) - 1, int(last_day) + 1, frame.days_per_pixel):
            x = frame.x_of(tick.day)
            painter.setPen(QPen(QColor(PALETTE.line if tick.major else "#efe8da"), 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, exposed.bottom()))

    def _paint_today(self, painter: QPainter, frame: TimelineFrame, exposed: QRectF) -> None:
        x = frame.x_of(frame.today)
        if not exposed.left() - 2 <= x <= exposed.right() + 2:
            return
        painter.setPen(QPen(QColor(PALETTE.red), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, exposed.bottom()))

    def _paint_lane(
        self,
        painter: QPainter,
        frame: TimelineFrame,
        row: LaneRow,
        first_day: float,
        last_day: float,
    ) -> None:
        colour = QColor(row.style.colour)
        sizes = frame.sizes
        y = row.top + (row.height / 2 if row.collapsed else sizes.mark_top)
        lane_layout = frame.layout.lane(row.lane)
        margin = 200 * frame.days_per_pixel
        clusters = lane_layout.clusters(frame.days_per_pixel, first_day - margin, last_day + margin)
        singles: list[tuple[float, TimelineEvent]] = []
        label_left = frame.origin_x + HEADER_WIDTH + 6
        for cluster in clusters:
            if cluster.count == 1:
                event = lane_layout.events[cluster.start]
                rect = draw_event(
                    painter,
                    frame.x_of(event.first_day),
                    frame.x_of(event.last_day),
                    y,
                    colour,
                    event.qualifier,
                    event.precision,
                    event.is_span,
                    event.id == frame.selected_id,
                    sizes.mark_scale,
                )
                if rect.right() > label_left:
                    singles.append((max(rect.left(), label_left), event))
            else:
                draw_cluster(
                    painter,
                    frame.x_of(cluster.first_day),
                    frame.x_of(cluster.anchor_last_day),
                    y,
                    colour,
                    cluster.count,
                    self.count_font,
                    sizes.mark_scale,
                )
        if not row.collapsed and singles:
            self._paint_labels(painter, frame, singles, y)

    def _paint_labels(
        self,
        painter: QPainter,
        frame: TimelineFrame,
        singles: list[tuple[float, TimelineEvent]],
        y: float,
    ) -> None:
        metrics = QFontMetricsF(self.label_font)
        texts = frame.texts([event.id for _, event in singles])
        visible_right = frame.origin_x + frame.viewport_width
        titles = [
            event_label(texts[event.id].title, self.label_font, x, visible_right)
            for x, event in singles
        ]
        items = [
            (x, metrics.horizontalAdvance(title))
            for (x, _), title in zip(singles, titles, strict=True)
        ]
        sizes = frame.sizes
        rows = place_labels(items, sizes.label_rows)
        painter.setFont(self.label_font)
        painter.setPen(QColor(PALETTE.ink))
        middle = (metrics.ascent() - metrics.descent()) / 2  # from the text's middle to its base
        for (x, event), (_, width), title, row in zip(singles, items, titles, rows, strict=True):
            if row is not None:
                baseline = y + sizes.label_offset + row * sizes.label_row_height
                painter.drawText(QPointF(x, baseline), title)
                height = sizes.label_row_height
                target = QRectF(x, baseline - middle - height / 2, width, height)
                self.label_targets.append((target, event.id))

    def paint_foreground(self, painter: QPainter, frame: TimelineFrame) -> None:
        """The axis on top and lane names on the left stay put while the band scrolls."""
        painter.save()
        painter.resetTransform()
        viewport = QRectF(0, 0, frame.viewport_width, frame.viewport_height)
        self._paint_axis(painter, frame, viewport)
        self._paint_headers(painter, frame, viewport)
        painter.restore()

    def _paint_axis(self, painter: QPainter, frame: TimelineFrame, viewport: QRectF) -> None:
        painter.fillRect(QRectF(0, 0, viewport.width(), AXIS_HEIGHT), QColor(PALETTE.ground))
        painter.setPen(QPen(QColor(PALETTE.line), 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT), QPointF(viewport.width(), AXIS_HEIGHT))
        origin = frame.origin_x
        for tick in self._axis_ticks(frame):
            x = frame.x_of(tick.day) - origin
            if x < HEADER_WIDTH:
                continue
            painter.setPen(QPen(QColor(PALETTE.ink if tick.major else PALETTE.muted), 1))
            painter.drawLine(
                QPointF(x, AXIS_HEIGHT - (12 if tick.major else 7)), QPointF(x, AXIS_HEIGHT)
            )
            painter.setFont(self.axis_bold if tick.major else self.axis_font)
            painter.drawText(QPointF(x + 4, AXIS_HEIGHT - 16), tick_label(tick))
        today_x = frame.x_of(frame.today) - origin
        if HEADER_WIDTH <= today_x <= viewport.width():
            painter.setPen(QColor(PALETTE.red))
            painter.setFont(self.axis_bold)
            today = QCoreApplication.translate("TimelineView", "Today")
            painter.drawText(QPointF(today_x + 4, AXIS_HEIGHT - 2), today)

    def _axis_ticks(self, frame: TimelineFrame) -> list[Tick]:
        """Ticks far enough apart for their labels: 90 px, or more where labels in the
        reader's language are wider ("120 тыс. л. н.")."""
        metrics = QFontMetricsF(self.axis_bold)
        first, last = int(frame.first_day) - 1, int(frame.last_day) + 1
        spacing = AXIS_TICK_SPACING
        for _ in range(3):
            marks = ticks(first, last, frame.days_per_pixel, spacing)
            widest = max((metrics.horizontalAdvance(tick_label(t)) for t in marks), default=0)
            if widest + AXIS_LABEL_GAP <= spacing:
                break
            spacing = widest + AXIS_LABEL_GAP
        return marks

    def _paint_headers(self, painter: QPainter, frame: TimelineFrame, viewport: QRectF) -> None:
        painter.fillRect(QRectF(0, 0, HEADER_WIDTH, viewport.height()), QColor(PALETTE.ground))
        painter.setPen(QPen(QColor(PALETTE.line), 1))
        painter.drawLine(QPointF(HEADER_WIDTH, 0), QPointF(HEADER_WIDTH, viewport.height()))
        painter.setFont(self.header_font)
        for row in frame.rows:
            top = row.top - frame.origin_y
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(row.style.colour))
            painter.drawRoundedRect(QRectF(10, top + 8, 4, row.height - 16), 2, 2)
            painter.setPen(QColor(PALETTE.ink))
            arrow = fold_arrow(row.collapsed)
            name = lane_name(row.style.name, arrow, self.header_font, top, row.height)
            painter.drawText(arrow_rect(name), Qt.AlignmentFlag.AlignVCenter, arrow)
            _draw_lines(painter, name)


def fold_arrow(collapsed: bool) -> str:
    return "▸" if collapsed else "▾"


def _draw_lines(painter: QPainter, text: PlacedText) -> None:
    for line, rect in zip(text.fitted.lines, text.line_rects(), strict=True):
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
