"""The strip under the timeline: the whole span at a glance and the window being viewed.

Drag the window (or click anywhere) to move the main view there.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from explorer.ui.shell.theme import PALETTE
from explorer.ui.timeline.timeline_geometry import HEADER_WIDTH, LaneStyle
from explorer.ui.timeline.timeline_view import TimelineView

STRIP_HEIGHT = 58


class TimelineOverview(QWidget):
    def __init__(self, view: TimelineView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setFixedHeight(STRIP_HEIGHT)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.retranslate()
        self._drag_offset: float | None = None
        view.window_changed.connect(self.update)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Overview of the whole timeline"))
        self.setToolTip(self.tr("Drag to move through time"))

    def sizeHint(self) -> QSize:
        return QSize(900, STRIP_HEIGHT)

    def _track(self) -> QRectF:
        return QRectF(
            HEADER_WIDTH, 6, max(1.0, self.width() - HEADER_WIDTH - 12), self.height() - 12
        )

    def _day_span(self) -> tuple[float, float]:
        return self.view.day_span()

    def _x_of(self, day: float) -> float:
        first, last = self._day_span()
        track = self._track()
        return track.left() + (day - first) / max(1.0, last - first) * track.width()

    def _day_of(self, x: float) -> float:
        first, last = self._day_span()
        track = self._track()
        return first + (x - track.left()) / track.width() * (last - first)

    def window_rect(self) -> QRectF:
        first_visible, last_visible = self.view.visible_days()
        header_days = HEADER_WIDTH * self.view.days_per_pixel
        left = self._x_of(first_visible + header_days)
        right = self._x_of(last_visible)
        track = self._track()
        left = max(track.left(), min(left, track.right() - 4))
        right = max(left + 4, min(right, track.right()))
        return QRectF(left, track.top() - 3, right - left, track.height() + 6)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(PALETTE.ground))
        track = self._track()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PALETTE.surface))
        painter.drawRoundedRect(track, 6, 6)
        layout = self.view.layout_
        if layout is not None and layout.lanes:
            first, last = self._day_span()
            days_per_pixel = (last - first) / track.width()
            lanes = list(layout.lanes)
            row_height = (track.height() - 8) / len(lanes)
            for row, lane in enumerate(lanes):
                style = self.view.lane_styles.get(lane, LaneStyle(lane, PALETTE.muted))
                colour = QColor(style.colour)
                y = track.top() + 4 + row * row_height
                for cluster in layout.lane(lane).clusters(days_per_pixel, first, last):
                    left = self._x_of(cluster.first_day)
                    width = max(3.0, self._x_of(cluster.anchor_last_day) - left)
                    colour.setAlpha(min(255, 110 + 20 * cluster.count))
                    painter.setBrush(colour)
                    painter.drawRoundedRect(
                        QRectF(left, y + 1, width, max(2.0, row_height - 2)), 1.5, 1.5
                    )
        window = self.window_rect()
        painter.setBrush(QColor(0, 163, 189, 40))
        painter.setPen(QPen(QColor(PALETTE.sky_deep), 2))
        painter.drawRoundedRect(window, 5, 5)
        today = self._x_of(self.view.today)
        painter.setPen(QPen(QColor(PALETTE.red), 1.5))
        painter.drawLine(QPointF(today, track.top()), QPointF(today, track.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        window = self.window_rect()
        if not window.left() <= x <= window.right():
            self._move_window_centre(x)
            window = self.window_rect()
        self._drag_offset = x - window.center().x()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is not None:
            self._move_window_centre(event.position().x() - self._drag_offset)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def _move_window_centre(self, x: float) -> None:
        self.view.centre_on_day(self._day_of(x))
