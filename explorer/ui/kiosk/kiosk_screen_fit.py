"""The kiosk window over the whole of its screen, with or without a window manager.

``showFullScreen()`` only asks a window manager for full screen. On X without one (a kiosk
started with xinit or nodm) nobody acts on the request and the window keeps the size it was
first given, so the window is also given its screen's geometry explicitly, and again
whenever that screen changes size or the window moves to another screen (one unplugged or
added).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLayout, QWidget
from shiboken6 import isValid


class ScreenFit(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.screen: QScreen | None = None

    def install(self) -> None:
        """Frameless, on top and covering the screen, from now on."""
        window = self.window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        if window.layout() is not None:
            # The screen's size wins over what the content would like at least (on a screen
            # narrower than that, the window would otherwise run off its edge).
            window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            window.setMinimumSize(0, 0)  # the minimum the layout set before, if shown
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
        self.fit()  # once shown, the window may be on another screen than it was made on
        window.windowHandle().screenChanged.connect(self._screen_changed)
        self._follow(window.screen())
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    def fit(self) -> None:
        """Cover the window's screen, if it does not already."""
        wanted = self.window.screen().geometry()
        if self.window.geometry() != wanted:
            self.window.setGeometry(wanted)

    def _screen_changed(self, screen: QScreen | None) -> None:
        if screen is not None:
            self._follow(screen)
            self.fit()

    def _screens_changed(self, _screen: QScreen) -> None:
        # Qt moves windows off a screen being removed after telling of it: fit once it has.
        QTimer.singleShot(0, self, self.fit)

    def _follow(self, screen: QScreen) -> None:
        """Watch ``screen``'s size (a resolution change), and only that screen's."""
        if self.screen is screen:
            return
        if self.screen is not None and isValid(self.screen):
            self.screen.geometryChanged.disconnect(self._geometry_changed)
        self.screen = screen
        screen.geometryChanged.connect(self._geometry_changed)

    def _geometry_changed(self, _geometry: QRect) -> None:
        self.fit()
