"""Scrolling with a finger: in the kiosk a drag up or down moves the list or page under it.

Qt widgets scroll with a wheel or a scroll bar; a finger on a touch screen arrives as a
mouse press and moves, which would select text or items instead. This filter sees a press
inside the kiosk window, finds the scrolling area under it and, once the finger has clearly
moved up or down, scrolls that area and keeps the moves and the release from the widgets
(so nothing is selected or clicked). Sideways drags are left alone: they are swipes. The
timeline drags itself and is left alone too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsView, QWidget

DRAG_START_PX = 12


def scroll_area_under(widget: QWidget | None) -> QAbstractScrollArea | None:
    """The nearest area holding ``widget`` that has something to scroll up or down."""
    while widget is not None:
        if (
            isinstance(widget, QAbstractScrollArea)
            and not isinstance(widget, QGraphicsView)
            and widget.verticalScrollBar().maximum() > 0
        ):
            return widget
        widget = widget.parentWidget()
    return None


class FingerScrolling(QObject):
    def __init__(self, root: QWidget):
        super().__init__(root)
        self.root = root
        self.area: QAbstractScrollArea | None = None
        self.start = QPointF()
        self.start_value = 0
        self.dragging = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return False  # before asking the type: this filter sees every event of the app
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            if self.area is None and isinstance(watched, QWidget) and self._inside(watched):
                self.area = scroll_area_under(watched)
                self.start = event.globalPosition()
                self.start_value = self.area.verticalScrollBar().value() if self.area else 0
                self.dragging = False
            return False
        if kind == QEvent.Type.MouseMove and self.area is not None:
            if not event.buttons() & Qt.MouseButton.LeftButton:
                self.area = None
                return False
            travel = event.globalPosition() - self.start
            if not self.dragging:
                vertical = abs(travel.y()) > DRAG_START_PX and abs(travel.y()) > abs(travel.x())
                self.dragging = vertical
            if self.dragging:
                self.area.verticalScrollBar().setValue(self.start_value - round(travel.y()))
                return True
            return False
        if kind == QEvent.Type.MouseButtonRelease and self.area is not None:
            dragged, self.area, self.dragging = self.dragging, None, False
            return dragged
        return False

    def _inside(self, widget: QWidget) -> bool:
        return widget is self.root or self.root.isAncestorOf(widget)
