"""Kiosk lockdown: visitors cannot leave the explorer; staff can, with a gesture and a PIN.

An application-wide event filter swallows every way out a visitor could find: closing the
window, Alt+F4, Escape, Ctrl+Q, Ctrl+W and context menus. Five taps within three seconds in
the top-left corner (``kiosk_corner_taps``) show the PIN pad; the right PIN (checked against
its stored hash) lets the window close. After the first few wrong PINs in a row the pad
waits longer and longer before it takes another (``kiosk_pin_delay``).
"""

from __future__ import annotations

import logging
import math
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from explorer.domain.kiosk_config import verify_pin
from explorer.ui.kiosk.kiosk_corner_taps import TAPS, CornerTaps
from explorer.ui.kiosk.kiosk_pin_delay import Clock, PinDelay
from explorer.ui.kiosk.kiosk_pin_pad import PinPad
from explorer.ui.kiosk.kiosk_screen_fit import ScreenFit

log = logging.getLogger("explorer.kiosk")

__all__ = ["TAPS", "KioskLockdown"]

WAIT_TICK_MS = 250
_BLOCKED_KEYS = (
    QKeySequence("Alt+F4"),
    QKeySequence("Ctrl+Q"),
    QKeySequence("Ctrl+W"),
    QKeySequence("Escape"),
)


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class KioskLockdown(QObject):
    unlocked = Signal()

    def __init__(self, window: QWidget, pin_hash: str, clock: Clock = time.monotonic):
        super().__init__(window)
        self.window = window
        self.pin_hash = pin_hash
        self.clock = clock
        self.is_unlocked = False
        self.corner_taps = CornerTaps(window, lambda: self.clock())
        self.delay = PinDelay(lambda: self.clock())
        self.wait_ticker = QTimer(self)
        self.wait_ticker.setInterval(WAIT_TICK_MS)
        self.wait_ticker.timeout.connect(self._show_wait)
        self.pin_pad = PinPad(window)
        self.screen_fit = ScreenFit(window)
        self.pin_pad.submitted.connect(self._check_pin)
        self.pin_pad.cancelled.connect(self.pin_pad.hide)

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.screen_fit.install()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Classes are told apart before types: asking every event its type costs more.
        if isinstance(event, QCloseEvent):
            if watched is self.window and not self.is_unlocked:
                event.ignore()
                return True
            return False
        if isinstance(event, QKeyEvent):
            return (
                event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
                and _sequence(event) in _BLOCKED_KEYS
                and not self.pin_pad.isVisible()
            )
        if isinstance(event, QContextMenuEvent):
            return True
        if self.corner_taps.seen(watched, event):
            self.pin_pad.open()
            self._show_wait()
        return False

    def _show_wait(self) -> None:
        """Show the wait left (if any) on the pad; keep ticking until it is over."""
        remaining = math.ceil(self.delay.remaining())
        self.pin_pad.show_wait(remaining)
        if remaining and not self.wait_ticker.isActive():
            self.wait_ticker.start()
        elif not remaining:
            self.wait_ticker.stop()

    def _check_pin(self, pin: str) -> None:
        waiting = math.ceil(self.delay.remaining())
        if waiting:
            log.warning("a staff PIN was refused: the pad takes none for %d s more", waiting)
            self._show_wait()
            return
        if verify_pin(pin, self.pin_hash):
            log.info("unlocked with the staff PIN")
            self.delay.right_pin()
            self.is_unlocked = True
            self.wait_ticker.stop()
            self.pin_pad.hide()
            QApplication.instance().removeEventFilter(self)
            self.unlocked.emit()
            self.window.close()
            return
        wait = self.delay.wrong_pin()
        wrong_pins = self.delay.wrong_pins
        log.warning("a wrong staff PIN was entered (%d in a row)", wrong_pins)
        if wait:
            log.warning(
                "the staff PIN pad takes no PIN for %d s after %d wrong PINs in a row",
                math.ceil(wait),
                wrong_pins,
            )
        self.pin_pad.show_wrong()
        self._show_wait()
