"""When the kiosk's on-screen keyboard shows: while a text field of the explorer is being
typed in (the search field, the timeline's year box), and not otherwise.

A tap on a field (or the focus arriving in it) opens the keyboard for it, in the explorer's
language; the keyboard goes when the field loses the focus or is hidden (a card opened, the
view changed) or the visitor taps Done. The PIN pad has keys of its own and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

from explorer.ui.kiosk.kiosk_keyboard import OnScreenKeyboard

_OPENING = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
_CLOSING = (QEvent.Type.FocusOut, QEvent.Type.Hide)


class KeyboardDock(QObject):
    def __init__(
        self,
        keyboard: OnScreenKeyboard,
        explorer: Callable[[], QWidget],
        language: Callable[[], str],
    ):
        super().__init__(keyboard)
        self.keyboard = keyboard
        self.explorer = explorer
        self.language = language
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLineEdit):
            return False  # before asking the type: this filter sees every event of the app
        kind = event.type()
        if kind not in _OPENING and kind not in _CLOSING:
            return False
        explorer = self.explorer()
        if not isValid(explorer):
            return False  # (the explorer goes while new content is put in place)
        if not explorer.isAncestorOf(watched):
            return False
        if kind in _OPENING and watched.isEnabled() and not watched.isReadOnly():
            self.keyboard.open_for(watched, self.language())
        elif kind in _CLOSING and watched is self.keyboard.field:
            self.keyboard.close_keyboard()
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
