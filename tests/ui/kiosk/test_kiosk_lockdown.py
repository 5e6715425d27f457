"""Kiosk lockdown: no way out for visitors; a corner gesture and the staff PIN for staff."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from explorer.domain.kiosk_config import hash_pin
from explorer.ui.kiosk.kiosk_lockdown import TAPS, KioskLockdown
from explorer.ui.kiosk.kiosk_pin_delay import MAX_DELAY_S, PinDelay, delay_after

PIN = "2468"
WRONG = "0000"


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin(PIN)  # scrypt: slow on purpose, so made once


@pytest.fixture
def locked(window, qtbot, clock, pin_hash):
    lockdown = KioskLockdown(window, pin_hash, clock)
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
    from explorer.store.logs import close_logging

    try:
        assert main(["kiosk", "--config", str(tmp_path / "missing.json")]) == 1
        assert "no kiosk configuration file here" in capsys.readouterr().err
        broken = tmp_path / "kiosk.json"
        broken.write_text('{"idle_timeout_seconds": 5}', encoding="utf-8")
        assert main(["kiosk", "--config", str(broken)]) == 1
        error = capsys.readouterr().err
        assert "idle_timeout_seconds" in error and "staff_pin_hash" in error
    finally:
        close_logging()  # its handler writes to this test's captured stderr


def test_a_started_kiosk_is_locked_full_screen_and_watching_for_idleness(qtbot, content_database):
    from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config

    shell = build_shell(qtbot, kiosk_config())
    try:
        shell.start()
        qtbot.waitExposed(shell)
        assert shell.isFullScreen()
        assert shell.geometry() == shell.screen().geometry()
        assert shell.windowFlags() & Qt.WindowType.FramelessWindowHint
        assert shell.close() is False and shell.isVisible()
        assert shell.idle.timer.isActive()
    finally:
        close_shell(shell)


@pytest.fixture
def started_shell(qtbot, content_database):
    from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config

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

    from tests.ui.kiosk.kiosk_fixtures import PIN as SHELL_PIN

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


# ---- the gesture: quick taps, slow taps, each tap once ----------------------------------


def corner_target(window):
    """The widget a finger in the corner lands on, and the corner in its coordinates."""
    target = window.childAt(QPoint(8, 8)) or window
    return target, target.mapFrom(window, QPoint(8, 8))


def send_mouse(target, kind: QEvent.Type, pos: QPoint, timestamp: int) -> None:
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(target.mapToGlobal(pos)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setTimestamp(timestamp)
    QApplication.sendEvent(target, event)


def quick_taps(window, clock, count: int, start_ms: int = 10_000) -> None:
    """Taps 120 ms apart, as Qt delivers them: every second one is a double click."""
    target, pos = corner_target(window)
    for number in range(count):
        timestamp = start_ms + 120 * number
        clock.now = timestamp / 1000
        press = QEvent.Type.MouseButtonDblClick if number % 2 else QEvent.Type.MouseButtonPress
        send_mouse(target, press, pos, timestamp)
        send_mouse(target, QEvent.Type.MouseButtonRelease, pos, timestamp + 40)


def test_quick_taps_delivered_as_double_clicks_open_the_pin_pad(locked, window, clock):
    quick_taps(window, clock, TAPS - 1)
    assert not locked.pin_pad.isVisible(), "four quick taps are not enough"
    quick_taps(window, clock, 1, start_ms=10_000 + 120 * (TAPS - 1))
    assert locked.pin_pad.isVisible()


def test_slow_taps_within_the_time_allowed_open_the_pin_pad(locked, window, qtbot, clock):
    for _ in range(TAPS - 1):
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        clock.advance(0.7)
    assert not locked.pin_pad.isVisible()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert locked.pin_pad.isVisible()


def test_taps_too_far_apart_do_not_add_up(locked, window, qtbot, clock):
    for _ in range(TAPS * 2):
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        clock.advance(1.0)
    assert not locked.pin_pad.isVisible()


def test_one_tap_delivered_as_a_press_and_a_double_click_counts_once(locked, window, clock):
    target, pos = corner_target(window)
    for number in range(TAPS - 1):
        timestamp = 20_000 + 120 * number
        send_mouse(target, QEvent.Type.MouseButtonPress, pos, timestamp)
        send_mouse(target, QEvent.Type.MouseButtonDblClick, pos, timestamp)
        send_mouse(target, QEvent.Type.MouseButtonRelease, pos, timestamp + 40)
    assert not locked.pin_pad.isVisible()


def test_finger_taps_open_the_pin_pad_each_counted_once(locked, window, qtbot):
    device = QTest.createTouchDevice()
    for number in range(1, TAPS + 1):
        QTest.touchEvent(window, device).press(0, QPoint(8, 8), window).commit()
        QTest.touchEvent(window, device).release(0, QPoint(8, 8), window).commit()
        qtbot.wait(1)
        assert locked.pin_pad.isVisible() is (number == TAPS), f"after {number} taps"


# ---- the growing wait after wrong PINs ----------------------------------------------------


def test_the_wait_doubles_from_the_third_wrong_pin_up_to_five_minutes():
    delays = [delay_after(wrong) for wrong in range(1, 14)]
    assert delays == [0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert delay_after(10_000) == MAX_DELAY_S == 300


def test_the_right_pin_clears_the_count():
    clock = FakeClock()
    delay = PinDelay(clock)
    for _ in range(5):
        delay.wrong_pin()
    assert delay.remaining() == 4
    clock.advance(4)
    delay.right_pin()
    assert (delay.wrong_pins, delay.remaining()) == (0, 0)
    assert delay.wrong_pin() == 0, "the free attempts are back"


def enter(lockdown, pin: str) -> None:
    lockdown.pin_pad.field.setText(pin)
    lockdown.pin_pad.submitted.emit(lockdown.pin_pad.field.text())


def enter_wrong_pins(lockdown, clock, count: int) -> None:
    """``count`` wrong PINs, each after the wait the one before started."""
    for _ in range(count):
        clock.advance(lockdown.delay.remaining())
        lockdown.wait_ticker.timeout.emit()
        enter(lockdown, WRONG)


def takes_input(pad) -> bool:
    return all(widget.isEnabled() for widget in pad.input_widgets())


def test_wrong_pins_make_the_pad_wait_longer_each_time_and_are_logged(
    locked, window, qtbot, clock, caplog
):
    tap_corner(qtbot, window, TAPS)
    pad = locked.pin_pad
    with caplog.at_level(logging.INFO, logger="explorer.kiosk"):
        enter(locked, WRONG)
        enter(locked, WRONG)
        assert takes_input(pad), "two slips of the finger cost nothing"
        waits = []
        for _ in range(3):
            enter(locked, WRONG)
            assert not takes_input(pad)
            assert pad.cancel_button.isEnabled()
            waits.append(locked.delay.remaining())
            clock.advance(waits[-1])
            locked.wait_ticker.timeout.emit()
            assert takes_input(pad)
    assert waits == [1, 2, 4]
    messages = [record.getMessage() for record in caplog.records]
    assert sum("wrong staff PIN" in message for message in messages) == 5
    lockouts = [message for message in messages if "takes no PIN" in message]
    assert lockouts == [
        "the staff PIN pad takes no PIN for 1 s after 3 wrong PINs in a row",
        "the staff PIN pad takes no PIN for 2 s after 4 wrong PINs in a row",
        "the staff PIN pad takes no PIN for 4 s after 5 wrong PINs in a row",
    ]
    assert window.isVisible() and not locked.is_unlocked


def test_the_right_pin_is_refused_while_the_pad_waits_and_taken_after(
    locked, window, qtbot, clock, caplog
):
    tap_corner(qtbot, window, TAPS)
    pad = locked.pin_pad
    enter_wrong_pins(locked, clock, 4)
    assert locked.delay.remaining() == 2
    assert pad.prompt.textFormat() == Qt.TextFormat.PlainText
    assert "0:02" in pad.prompt.text(), "the pad shows how long is left"
    qtbot.mouseClick(pad.digit_buttons["2"], Qt.MouseButton.LeftButton)
    assert pad.field.text() == "", "the keys take nothing"
    clock.advance(1.2)
    with caplog.at_level(logging.INFO, logger="explorer.kiosk"):
        enter(locked, PIN)
    assert not locked.is_unlocked and window.isVisible()
    assert "a staff PIN was refused" in caplog.text
    locked.wait_ticker.timeout.emit()
    assert "0:01" in pad.prompt.text()
    assert locked.wait_ticker.isActive()

    clock.advance(1)
    locked.wait_ticker.timeout.emit()
    assert not locked.wait_ticker.isActive()
    assert takes_input(pad) and "0:0" not in pad.prompt.text()
    for digit in PIN:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(locked.unlocked, timeout=2000):
        qtbot.mouseClick(pad.unlock_button, Qt.MouseButton.LeftButton)
    assert locked.delay.wrong_pins == 0
    assert not window.isVisible()


def test_closing_and_opening_the_pad_does_not_end_the_wait(locked, window, qtbot, clock):
    tap_corner(qtbot, window, TAPS)
    enter_wrong_pins(locked, clock, 3)
    qtbot.mouseClick(locked.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    assert not locked.pin_pad.isVisible()
    clock.advance(0.5)
    tap_corner(qtbot, window, TAPS)
    assert locked.pin_pad.isVisible()
    assert not takes_input(locked.pin_pad)
    assert "0:01" in locked.pin_pad.prompt.text()


def test_every_pin_pad_text_is_plain(locked, window, qtbot):
    tap_corner(qtbot, window, TAPS)
    labels = locked.pin_pad.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
