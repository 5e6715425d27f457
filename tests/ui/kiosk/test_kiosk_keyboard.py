"""The kiosk's on-screen keyboard: it opens for the explorer's text fields, types into them
in the visitor's language, and goes when it is no longer wanted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from explorer.ui.kiosk.kiosk_keyboard import OnScreenKeyboard
from explorer.ui.kiosk.kiosk_keyboard_layouts import LAYOUTS
from explorer.ui.kiosk.kiosk_style import TOUCH_PX
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config

KAZAKH_OWN_LETTERS = "ӘҒҚҢӨҰҮҺІ"


@pytest.fixture
def shell(qtbot, content_database):
    shell = build_shell(qtbot, kiosk_config())
    yield shell
    close_shell(shell)


def tap(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on(keyboard, text: str) -> None:
    for character in text:
        tap(keyboard.keys[character])


def letters(keyboard) -> set[str]:
    return {key.text() for key in keyboard.letter_keys}


def test_tapping_the_search_field_opens_the_keyboard_along_the_bottom(shell, qtbot):
    shell.begin_visit("en")
    assert not shell.keyboard.isVisible()
    tap(shell.explorer.top_bar.search)
    keyboard = shell.keyboard
    assert keyboard.isVisible()
    assert keyboard.geometry().bottom() == shell.rect().bottom()
    assert keyboard.width() == shell.width()


def test_tapping_keys_types_into_the_search_and_searches(shell, qtbot):
    shell.begin_visit("kk")
    search = shell.explorer.top_bar.search
    tap(search)
    type_on(shell.keyboard, "абайю")
    tap(shell.keyboard.erase_key)
    tap(shell.keyboard.space_key)
    type_on(shell.keyboard, "1904")
    assert search.text() == "абай 1904"
    assert search.hasFocus(), "the keys never take the focus from the field"
    qtbot.waitUntil(lambda: shell.explorer.session.search.query == "абай 1904")


def test_the_letters_follow_the_kiosks_language(shell):
    for language in ("en", "it", "kk", "kk-Latn", "ru"):
        shell.explorer.top_bar.search.clearFocus()
        shell.begin_visit(language)
        tap(shell.explorer.top_bar.search)
        assert letters(shell.keyboard) == set("".join(LAYOUTS[language].rows)), language


def test_kazakh_has_its_own_letters_and_russian_has_not(shell):
    shell.begin_visit("kk")
    tap(shell.explorer.top_bar.search)
    assert set(KAZAKH_OWN_LETTERS.lower()) <= letters(shell.keyboard)
    assert set("йцукенгшщзхъфывапролджэячсмитьбюё") <= letters(shell.keyboard)
    shell.explorer.top_bar.search.clearFocus()
    shell.begin_visit("ru")
    tap(shell.explorer.top_bar.search)
    assert not set(KAZAKH_OWN_LETTERS.lower()) & letters(shell.keyboard)


def test_kazakh_latin_has_the_2021_alphabets_letters(shell):
    shell.begin_visit("kk-Latn")
    tap(shell.explorer.top_bar.search)
    assert set("äğıñöşūüqj") <= letters(shell.keyboard)


def test_the_alphabet_key_switches_to_the_other_script_and_back(shell):
    shell.begin_visit("kk")
    tap(shell.explorer.top_bar.search)
    keyboard = shell.keyboard
    assert keyboard.script_key.text() == "ÄBC"
    tap(keyboard.script_key)
    assert "ä" in letters(keyboard) and "ә" not in letters(keyboard)
    type_on(keyboard, "abai")
    assert shell.explorer.top_bar.search.text() == "abai"
    tap(keyboard.script_key)
    assert "ә" in letters(keyboard)


def test_done_closes_the_keyboard_and_the_field_keeps_its_text(shell):
    shell.begin_visit("en")
    tap(shell.explorer.top_bar.search)
    type_on(shell.keyboard, "verdi")
    tap(shell.keyboard.done_key)
    assert not shell.keyboard.isVisible()
    assert shell.explorer.top_bar.search.text() == "verdi"
    tap(shell.explorer.top_bar.search)  # the field still has the focus: a tap reopens
    assert shell.keyboard.isVisible()


def test_the_keyboard_goes_when_the_field_loses_the_focus(shell, qtbot):
    shell.begin_visit("en")
    tap(shell.explorer.top_bar.search)
    shell.explorer.open_card(shell.explorer.store.card_ids()[0])
    qtbot.waitUntil(lambda: not shell.keyboard.isVisible())


def test_the_keyboard_goes_at_the_reset(shell):
    shell.begin_visit("en")
    tap(shell.explorer.top_bar.search)
    type_on(shell.keyboard, "polo")
    shell.reset()
    assert not shell.keyboard.isVisible()
    assert shell.explorer.top_bar.search.text() == ""


def test_the_year_box_takes_digits_and_a_minus_only(shell, qtbot):
    shell.begin_visit("en")
    shell.explorer.session.show_view("timeline")
    year_box = shell.explorer.timeline_page.year_box
    qtbot.waitUntil(year_box.isVisible)
    year_box.clear()
    tap(year_box)
    assert shell.keyboard.isVisible() and shell.keyboard.field is year_box
    type_on(shell.keyboard, "-5x00")
    assert year_box.text() == "-500"


def test_the_enter_key_goes_to_the_year_typed(shell, qtbot):
    shell.begin_visit("en")
    shell.explorer.session.show_view("timeline")
    page = shell.explorer.timeline_page
    qtbot.waitUntil(lambda: page.year_box.isVisible() and page.view.layout_ is not None)
    page.year_box.clear()
    tap(page.year_box)
    type_on(shell.keyboard, "1904")
    tap(shell.keyboard.enter_key)
    year = 1970 + page.view.centre_day() / 365.2425
    assert abs(year - 1904.5) < 1.5, year


def test_the_pin_field_keeps_its_own_keypad(shell, qtbot):
    shell.begin_visit("en")
    pad = shell.lockdown.pin_pad
    pad.open()
    tap(pad.field)
    assert not shell.keyboard.isVisible()


@pytest.mark.parametrize("screen", [(1920, 1080), (1280, 800), (1024, 768)])
@pytest.mark.parametrize("language", ["kk", "it"])  # the most keys: 42 letters; the widest
def test_every_key_is_fingertip_sized_and_on_the_screen(qtbot, screen, language):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(*screen)
    field = QLineEdit(window)
    keyboard = OnScreenKeyboard(window)
    window.show()
    keyboard.open_for(field, language)
    qtbot.waitUntil(lambda: keyboard.width() == screen[0])
    assert keyboard.geometry().bottom() == window.rect().bottom()
    keys = [*keyboard.keys.values(), keyboard.space_key, keyboard.erase_key]
    keys += [keyboard.script_key, keyboard.done_key]
    for key in keys:
        assert key.isVisible()
        assert key.width() >= TOUCH_PX and key.height() >= TOUCH_PX, key.text()
        corner = key.mapTo(keyboard, key.rect().bottomRight())
        assert keyboard.rect().contains(corner), key.text()
    assert keyboard.accessibleName() and keyboard.erase_key.accessibleName()


def _overlapping_keys(keyboard) -> list[tuple[str, str]]:
    keys = [*keyboard.keys.values(), keyboard.space_key, keyboard.erase_key, keyboard.done_key]
    rects = [(key.text(), QRect(key.mapTo(keyboard, QPoint(0, 0)), key.size())) for key in keys]
    return [
        (a, b)
        for number, (a, first) in enumerate(rects)
        for b, second in rects[number + 1 :]
        if first.intersects(second)
    ]


def test_a_layout_with_more_rows_after_one_with_fewer_gets_the_height_it_needs(qtbot):
    """One visitor in English (three rows of letters), the next in Kazakh (four)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1024, 768)
    field = QLineEdit(window)
    keyboard = OnScreenKeyboard(window)
    window.show()
    keyboard.open_for(field, "en")
    english_height = keyboard.height()
    keyboard.close_keyboard()
    keyboard.open_for(field, "kk")
    qtbot.wait(10)
    assert keyboard.height() > english_height
    assert _overlapping_keys(keyboard) == []
    assert keyboard.geometry().bottom() == window.rect().bottom()
    keyboard.close_keyboard()
    keyboard.open_for(field, "en")
    assert keyboard.height() == english_height, "no empty band left by the taller layout"
