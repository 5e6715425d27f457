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
    from PySide6.QtWidgets import QApplication, QWidget

    class MenuWanted(QWidget):
        asked = 0

        def contextMenuEvent(self, event) -> None:
            MenuWanted.asked += 1

    wants_a_menu = MenuWanted(window.top_bar)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(10, 10), window.mapToGlobal(QPoint(10, 10))
    )
    assert locked.eventFilter(window.top_bar.search, event) is True
    QApplication.sendEvent(wants_a_menu, event)
    assert MenuWanted.asked == 0, "the widget never hears of the right click"


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


@pytest.fixture
def started_shell(qtbot, content_database):
    from tests.ui.kiosk_fixtures import build_shell, close_shell, kiosk_config

    shell = build_shell(qtbot, kiosk_config())
    shell.start()
    qtbot.waitExposed(shell)
    yield shell
    close_shell(shell)


def test_each_corner_tap_on_the_kiosk_counts_once(started_shell, qtbot):
    def tap_what_is_in_the_corner() -> None:
        target = started_shell.childAt(QPoint(8, 8))
        assert target is not None, "the tap lands on a widget inside the kiosk"
        pos = target.mapFrom(started_shell, QPoint(8, 8))
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)

    for _ in range(TAPS - 1):
        tap_what_is_in_the_corner()
    assert not started_shell.lockdown.pin_pad.isVisible()
    tap_what_is_in_the_corner()
    assert started_shell.lockdown.pin_pad.isVisible()


def test_staff_unlock_with_the_on_screen_keypad_and_it_is_logged(started_shell, qtbot, caplog):
    import logging

    from tests.ui.kiosk_fixtures import PIN as SHELL_PIN

    pad = started_shell.lockdown.pin_pad
    tap_corner(qtbot, started_shell, TAPS)
    with caplog.at_level(logging.INFO, logger="explorer.kiosk"):
        for digit in "9999":
            qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)
        assert started_shell.isVisible() and "wrong staff PIN" in caplog.text
        for digit in SHELL_PIN + "7":
            qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pad.erase_button, Qt.MouseButton.LeftButton)
        assert pad.field.text() == SHELL_PIN
        with qtbot.waitSignal(started_shell.lockdown.unlocked, timeout=2000):
            qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)
    assert "unlocked with the staff PIN" in caplog.text
    assert not started_shell.isVisible()


def test_a_new_page_never_leaves_the_pin_pad_hidden_underneath(started_shell, qtbot):
    tap_corner(qtbot, started_shell, TAPS)
    assert started_shell.lockdown.pin_pad.isVisible()
    started_shell.slideshow.touched.emit()  # the language choice comes to the front
    assert not started_shell.lockdown.pin_pad.isVisible()
    started_shell.choice.buttons["en"].click()
    search = started_shell.explorer.top_bar.search
    search.setText("Abai")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "Abai", "Escape is blocked again"
