"""The Numbers view in the window: opened from the rail or Ctrl+4, in the window's language,
its figures opening their cards, Back returning from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_the_rail_opens_the_numbers_and_back_returns(window, qtbot):
    assert window._numbers is None, "made only when first asked for"
    qtbot.mouseClick(window.rail.buttons["numbers"], Qt.MouseButton.LeftButton)
    page = window.numbers_page
    assert window.pages.currentWidget() is page
    assert window.rail.buttons["numbers"].isChecked()
    assert window.session.place.view == "numbers"
    qtbot.mouseClick(window.top_bar.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cards_page


def test_ctrl_4_opens_the_numbers_and_they_follow_the_language(window, qtbot):
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.place.view == "numbers", timeout=3000)
    english = window.numbers_page.grab().toImage()
    window.set_language("ru")
    assert window.rail.buttons["numbers"].text() != "Numbers"
    assert window.numbers_page.grab().toImage() != english


def test_a_figures_card_opens_from_the_numbers(window, qtbot, store):
    page = window.numbers_page
    figure = store.figures()[0]
    with qtbot.waitSignal(window.card_opened, timeout=3000) as opened:
        page.card_requested.emit(figure.card)
    assert opened.args[0].endswith(figure.card.split(":")[-1])
    assert window.pages.currentWidget() is window.detail
