"""Kiosk lockdown: visitors cannot leave the explorer; staff can, with a gesture and a PIN.

An application-wide event filter swallows every way out a visitor could find: closing the
window, Alt+F4, Escape, Ctrl+Q, Ctrl+W and context menus. Five taps within three seconds in
the top-left corner show the PIN pad; the right PIN (checked against its stored hash) lets
the window close.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.kiosk_config import verify_pin

log = logging.getLogger("explorer.kiosk")

CORNER_PX = 80
KEY_PX = 64
TAPS = 5
TAP_WINDOW_S = 3.0
_BLOCKED_KEYS = (
    QKeySequence("Alt+F4"),
    QKeySequence("Ctrl+Q"),
    QKeySequence("Ctrl+W"),
    QKeySequence("Escape"),
)


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class PinPad(QWidget):
    """An in-window PIN entry (never a system dialog, which a visitor could misuse)."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "QWidget#pinPad { background: #fffdf8; border: 2px solid #00758a;"
            " border-radius: 16px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setMinimumHeight(44)
        self.field.returnPressed.connect(lambda: self.submitted.emit(self.field.text()))
        keypad = QGridLayout()
        keypad.setSpacing(8)
        self.digit_buttons: dict[str, QPushButton] = {}
        for position, digit in enumerate("1234567890"):
            button = QPushButton(digit)
            button.setMinimumSize(KEY_PX, KEY_PX)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, d=digit: self.field.insert(d))
            row, column = divmod(position, 3) if digit != "0" else (3, 1)
            keypad.addWidget(button, row, column)
            self.digit_buttons[digit] = button
        self.erase_button = QPushButton("⌫")
        self.erase_button.setMinimumSize(KEY_PX, KEY_PX)
        self.erase_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.erase_button.clicked.connect(self.field.backspace)
        keypad.addWidget(self.erase_button, 3, 2)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton()
        self.cancel_button = QPushButton()
        for button in (self.unlock_button, self.cancel_button):
            button.setMinimumSize(96, 44)
            buttons.addWidget(button)
        self.unlock_button.clicked.connect(lambda: self.submitted.emit(self.field.text()))
        self.cancel_button.clicked.connect(self.cancelled)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addLayout(keypad)
        layout.addLayout(buttons)
        self.retranslate()
        self.adjustSize()
        self.hide()

    def retranslate(self, wrong: bool = False) -> None:
        self.prompt.setText(self.tr("Wrong PIN. Try again.") if wrong else self.tr("Staff PIN"))
        self.field.setAccessibleName(self.tr("Staff PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.erase_button.setAccessibleName(self.tr("Erase the last digit"))

    def open(self) -> None:
        self.field.clear()
        self.retranslate()
        parent = self.parentWidget()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)
        self.show()
        self.raise_()
        self.field.setFocus()


class KioskLockdown(QObject):
    unlocked = Signal()

    def __init__(self, window: QWidget, pin_hash: str):
        super().__init__(window)
        self.window = window
        self.pin_hash = pin_hash
        self.is_unlocked = False
        self._taps: list[float] = []
        self._last_press = -1
        self.pin_pad = PinPad(window)
        self.pin_pad.submitted.connect(self._check_pin)
        self.pin_pad.cancelled.connect(self.pin_pad.hide)

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.window.showFullScreen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window:
            if not self.is_unlocked:
                event.ignore()
                return True
            return False
        if (
            kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and _sequence(event) in _BLOCKED_KEYS
            and not self.pin_pad.isVisible()
        ):
            return True
        if kind == QEvent.Type.ContextMenu:
            return True
        if (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and (watched is self.window or self.window.isAncestorOf(watched))
            and event.timestamp() != self._last_press
        ):
            # A press no widget takes is offered to each parent in turn: count it once.
            self._last_press = event.timestamp()
            self._count_tap(watched.mapTo(self.window, event.position().toPoint()))
        return False

    def _count_tap(self, position: QPoint) -> None:
        if position.x() > CORNER_PX or position.y() > CORNER_PX:
            return
        now = time.monotonic()
        self._taps = [tap for tap in self._taps if now - tap < TAP_WINDOW_S] + [now]
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.pin_pad.open()

    def _check_pin(self, pin: str) -> None:
        if verify_pin(pin, self.pin_hash):
            log.info("unlocked with the staff PIN")
            self.is_unlocked = True
            self.pin_pad.hide()
            QApplication.instance().removeEventFilter(self)
            self.unlocked.emit()
            self.window.close()
        else:
            log.warning("a wrong staff PIN was entered")
            self.pin_pad.field.clear()
            self.pin_pad.retranslate(wrong=True)
