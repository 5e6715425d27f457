"""A row of buttons that is one Tab stop: arrows move along it, Space and Enter press.

Tab enters the row at the button that last had the focus (at first the checked one) and
the next Tab leaves it, so a long row of chips costs one Tab, not one per chip. Left and
Up, Right and Down move the focus without pressing anything; Home and End go to the ends.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton

STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}
PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RovingFocus(QObject):
    """Keyboard moves along ``buttons`` (in their order on screen)."""

    def __init__(self, buttons: Sequence[QAbstractButton], parent: QObject | None = None):
        super().__init__(parent)
        self.buttons = list(buttons)
        for button in self.buttons:
            button.installEventFilter(self)
            button.toggled.connect(lambda on, b=button: self._checked(b, on))
        checked = next((b for b in self.buttons if b.isChecked()), self.buttons[0])
        self.make_tab_stop(checked)

    def make_tab_stop(self, stop: QAbstractButton) -> None:
        """``stop`` is where Tab enters the row; the other buttons take the focus only from
        a click or an arrow."""
        for button in self.buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def _checked(self, button: QAbstractButton, on: bool) -> None:
        """A button checked while the focus is elsewhere is where Tab will enter."""
        if on and not any(b.hasFocus() for b in self.buttons):
            self.make_tab_stop(button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched not in self.buttons:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self.make_tab_stop(watched)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
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
            shown[0].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_End and shown:
            shown[-1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        step = STEPS.get(Qt.Key(key))
        if step is None or button not in shown:
            return False
        position = shown.index(button) + step
        if 0 <= position < len(shown):
            shown[position].setFocus(Qt.FocusReason.TabFocusReason)
        return True  # at either end the focus stays: arrows never leave the row
