"""A group of buttons that is one Tab stop: arrows move along it, Space and Enter press.

Tab enters the group at the button that last had the focus (at first the checked one, or
the first) and the next Tab leaves it, so a long row of chips or a column of check boxes
costs one Tab, not one per button. Left and Up, Right and Down move the focus without
pressing anything; Home and End go to the ends. Buttons may join the group later, or all
be replaced; hidden ones are passed over.

Only the Tab stop is watched for keys: it follows the focus (the application says where
the focus goes), so it is the button keys go to, and the other buttons' events never call
into Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}
PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RovingFocus(QObject):
    """Keyboard moves along ``buttons`` (in their order on screen)."""

    def __init__(self, buttons: Sequence[QAbstractButton] = (), parent: QObject | None = None):
        super().__init__(parent)
        self.buttons: list[QAbstractButton] = []
        self._members: set[QAbstractButton] = set()
        self.stop: QAbstractButton | None = None
        """Where Tab enters the group."""
        QApplication.instance().focusChanged.connect(self._focus_changed)
        for button in buttons:
            self.add(button)
        checked = next((b for b in self.buttons if b.isChecked()), None)
        if checked is not None:
            self.make_tab_stop(checked)

    def add(self, button: QAbstractButton) -> None:
        """``button`` joins the group, after the others: the Tab stop if it is the first."""
        self.buttons.append(button)
        self._members.add(button)
        if button.isCheckable():
            button.toggled.connect(lambda on, b=button: self._checked(b, on))
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if self.stop is None:
            self.make_tab_stop(button)

    def replace(self, buttons: Sequence[QAbstractButton]) -> None:
        """The group is now ``buttons``: those that left it are forgotten."""
        if self.stop is not None:
            self.stop.removeEventFilter(self)
        self.buttons, self._members, self.stop = [], set(), None
        for button in buttons:
            self.add(button)

    def make_tab_stop(self, stop: QAbstractButton) -> None:
        """``stop`` is where Tab enters the group; the other buttons take the focus only
        from a click or an arrow."""
        if stop is self.stop:
            return
        if self.stop is not None:
            self.stop.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.stop.removeEventFilter(self)
        stop.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        stop.installEventFilter(self)
        self.stop = stop

    def _checked(self, button: QAbstractButton, on: bool) -> None:
        """A button checked while the focus is elsewhere is where Tab will enter."""
        if on and button in self._members and QApplication.focusWidget() not in self._members:
            self.make_tab_stop(button)  # (a button replaced out of the group is let be)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new in self._members:
            self.make_tab_stop(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Sees the keys pressed on the Tab stop."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        return False

    def _key(self, button: QAbstractButton, event: QKeyEvent) -> bool:
        key = event.key()
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.modifiers() not in plain:
            return False
        shown = [b for b in self.buttons if b.isVisible() and b.isEnabled()]
        if key in PRESS_KEYS:
            if not event.isAutoRepeat():  # a held Enter presses once, not on and off
                button.click()
            return True
        if key == Qt.Key.Key_Home and shown:
            self._move_to(shown[0])
            return True
        if key == Qt.Key.Key_End and shown:
            self._move_to(shown[-1])
            return True
        step = STEPS.get(Qt.Key(key))
        if step is None or button not in shown:
            return False
        position = shown.index(button) + step
        if 0 <= position < len(shown):
            self._move_to(shown[position])
        return True  # at either end the focus stays: arrows never leave the group

    def _move_to(self, button: QAbstractButton) -> None:
        self.make_tab_stop(button)  # now, as the focus will, for the next key
        button.setFocus(Qt.FocusReason.TabFocusReason)
