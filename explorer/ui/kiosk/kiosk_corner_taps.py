"""The staff gesture: several quick taps in the window's top-left corner.

Qt delivers one tap in more than one way, and each must count once:

* a quick second tap comes as ``MouseButtonDblClick`` instead of ``MouseButtonPress``;
* a press no widget takes is offered to each parent in turn (the same event, again);
* a touch that no widget takes comes again as a mouse press, with the same time stamp.

So a press, a double click and a first touch all count, except when they carry the time
stamp of the tap just counted and reach that tap's widget in another form, or one of its
parents. A new tap on the same widget in the same form always counts.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

CORNER_PX = 80
TAPS = 5
TAP_WINDOW_S = 3.0
TAP_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
)


def tap_position(event: QEvent) -> QPoint | None:
    """Where a press, double click or first touch landed, in the receiver's coordinates."""
    if isinstance(event, QMouseEvent):
        return event.position().toPoint()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].position().toPoint()
    return None


class CornerTaps:
    """Counts taps in ``window``'s corner; ``seen`` says when the gesture is complete."""

    def __init__(self, window: QWidget, clock: Callable[[], float]):
        self.window = window
        self.clock = clock
        self.times: list[float] = []
        self._last: tuple[int, QEvent.Type, QWidget] | None = None

    def seen(self, watched: object, event: QEvent) -> bool:
        """Note ``event`` if it is a new tap in the corner; True when it completes the
        gesture (the count then starts again)."""
        if not isinstance(event, QMouseEvent | QTouchEvent) or not isinstance(watched, QWidget):
            return False  # the classes first: asking every event its type costs more
        if event.type() not in TAP_EVENTS:
            return False
        if not (watched is self.window or self.window.isAncestorOf(watched)):
            return False
        position = tap_position(event)
        if position is None or self._same_tap(watched, event):
            return False
        self._last = (event.timestamp(), event.type(), watched)
        corner = watched.mapTo(self.window, position)
        if corner.x() > CORNER_PX or corner.y() > CORNER_PX:
            return False
        now = self.clock()
        self.times = [tap for tap in self.times if now - tap < TAP_WINDOW_S] + [now]
        if len(self.times) < TAPS:
            return False
        self.times.clear()
        return True

    def _same_tap(self, watched: QWidget, event: QEvent) -> bool:
        if self._last is None:
            return False
        timestamp, kind, receiver = self._last
        if event.timestamp() != timestamp or not shiboken6.isValid(receiver):
            return False
        if watched is receiver:
            return event.type() != kind  # the same tap in another form
        return watched.isAncestorOf(receiver)  # the same tap, offered to a parent
