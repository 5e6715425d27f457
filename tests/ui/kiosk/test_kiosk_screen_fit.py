"""The kiosk window covers its screen by itself, not only when a window manager obliges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from explorer.ui.kiosk.kiosk_screen_fit import ScreenFit

# What a kiosk window was left at under X without a window manager, on a 1920 × 1080 screen.
UNMANAGED_SIZE = (1204, 616)


@pytest.fixture
def fitted(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(*UNMANAGED_SIZE)
    fit = ScreenFit(window)
    fit.install()
    qtbot.waitExposed(window)
    return window


def test_the_window_is_given_its_screens_geometry(fitted):
    screen = fitted.screen().geometry()
    assert fitted.size().toTuple() != UNMANAGED_SIZE
    assert fitted.geometry() == screen
    assert fitted.isFullScreen()


def test_the_window_is_frameless_and_on_top(fitted):
    flags = fitted.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_a_change_of_the_screens_size_fits_the_window_again(fitted, qtbot):
    fitted.setGeometry(QRect(0, 0, *UNMANAGED_SIZE))  # as left by a resolution change
    screen = fitted.screen()
    screen.geometryChanged.emit(screen.geometry())
    assert fitted.geometry() == screen.geometry()


def test_a_screen_added_or_removed_fits_the_window_again(fitted, qtbot):
    app = QApplication.instance()
    for signal in (app.screenAdded, app.screenRemoved):
        fitted.setGeometry(QRect(40, 30, *UNMANAGED_SIZE))
        signal.emit(fitted.screen())
        qtbot.waitUntil(lambda: fitted.geometry() == fitted.screen().geometry())


def test_moving_to_another_screen_fits_the_window_to_it(fitted, qtbot):
    fitted.setGeometry(QRect(0, 0, *UNMANAGED_SIZE))
    fitted.windowHandle().screenChanged.emit(fitted.screen())
    assert fitted.geometry() == fitted.screen().geometry()


def test_without_a_window_manager_the_window_still_takes_its_screen(qtbot):
    """Full-screen is only a request a window manager carries out: with none, the window
    must set its geometry itself (here full-screen is made to do nothing, as without one)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(*UNMANAGED_SIZE)
    window.showFullScreen = window.show  # no window manager to carry it out
    ScreenFit(window).install()
    qtbot.waitExposed(window)
    assert window.geometry() == window.screen().geometry()
