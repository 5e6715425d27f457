"""Kiosk lockdown: no way out for visitors; a corner gesture and the staff PIN for staff."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent

from explorer.domain.kiosk_config import hash_pin
from explorer.ui.kiosk_lockdown import TAPS, KioskLockdown

PIN = "2468"


@pytest.fixture
def locked(window, qtbot):
    lockdown = KioskLockdown(window, hash_pin(PIN))
    lockdown.install()
    qtbot.waitExposed(window)
    yield lockdown
    lockdown.is_unlocked = True
    from PySide6.QtWidgets import QApplication

    QApplication.instance().removeEventFilter(lockdown)


def test_the_window_is_frameless_and_full_screen(locked, window):
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()


def test_closing_the_window_is_ignored(locked, window):
    assert window.close() is False
    assert window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_keys_that_would_leave_are_swallowed(locked, window, qtbot, key, modifier):
    window.top_bar.search.setText("Abai")
    qtbot.keyClick(window.top_bar.search, key, modifier)
    assert window.isVisible()
    assert window.top_bar.search.text() == "Abai", "Escape does nothing in a kiosk"


def test_context_menus_never_open(locked, window):
    from PySide6.QtWidgets import QApplication

    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(10, 10), window.mapToGlobal(QPoint(10, 10))
    )
    assert locked.eventFilter(window.top_bar.search, event) is True
    QApplication.sendEvent(window.top_bar.search, event)
    assert window.isVisible()


def tap_corner(qtbot, window, times: int) -> None:
    for _ in range(times):
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))


def test_the_corner_gesture_asks_for_the_pin_and_a_wrong_pin_keeps_it_locked(locked, window, qtbot):
    tap_corner(qtbot, window, TAPS - 1)
    assert not locked.pin_pad.isVisible()
    tap_corner(qtbot, window, 1)
    assert locked.pin_pad.isVisible()
    locked.pin_pad.field.setText("0000")
    qtbot.mouseClick(locked.pin_pad.unlock_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and not locked.is_unlocked
    assert locked.pin_pad.field.text() == ""


def test_the_right_pin_lets_staff_out(locked, window, qtbot):
    tap_corner(qtbot, window, TAPS)
    locked.pin_pad.field.setText(PIN)
    with qtbot.waitSignal(locked.unlocked, timeout=2000):
        qtbot.mouseClick(locked.pin_pad.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_the_kiosk_refuses_to_start_without_a_valid_configuration(tmp_path, capsys):
    from explorer.cli import main

    assert main(["kiosk", "--config", str(tmp_path / "missing.json")]) == 1
    assert "no kiosk configuration file here" in capsys.readouterr().err
    broken = tmp_path / "kiosk.json"
    broken.write_text('{"idle_timeout_seconds": 5}', encoding="utf-8")
    assert main(["kiosk", "--config", str(broken)]) == 1
    error = capsys.readouterr().err
    assert "idle_timeout_seconds" in error and "staff_pin_hash" in error


def test_a_started_kiosk_is_locked_full_screen_and_watching_for_idleness(qtbot, content_database):
    from tests.ui.kiosk_fixtures import build_shell, close_shell, kiosk_config

    shell = build_shell(qtbot, kiosk_config())
    try:
        shell.start()
        qtbot.waitExposed(shell)
        assert shell.isFullScreen()
        assert shell.windowFlags() & Qt.WindowType.FramelessWindowHint
        assert shell.close() is False and shell.isVisible()
        assert shell.idle.timer.isActive()
    finally:
        close_shell(shell)
