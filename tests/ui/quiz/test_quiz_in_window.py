"""The quiz as a page of the window: on the rail, opening cards, forgotten on a reset."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.ui.shell.navigation_rail import VIEWS


def test_the_rail_opens_the_quiz_whose_verdict_opens_a_card(qtbot, window):
    assert ("quiz", True) in VIEWS
    button = window.rail.buttons["quiz"]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.quiz_page
    assert window.pages.currentWidget() is page and button.isChecked()
    assert window.focusWidget() is page.panel.buttons[0]
    question = page.panel.question
    page.panel.choose(0)
    if not page.panel.is_answered():  # an order question: every card in turn
        for number in range(1, len(question.choices)):
            page.panel.choose(number)
    menu = page.panel.open_button.menu()
    if menu is None:
        qtbot.mouseClick(page.panel.open_button, Qt.MouseButton.LeftButton)
    else:  # an order question: its button offers each of its cards
        menu.actions()[0].trigger()
    assert window.session.place.card == question.explanations[0].card
    window.session.back()
    assert window.pages.currentWidget() is page


def test_a_reset_starts_a_fresh_round(qtbot, window):
    window.session.show_view("quiz")
    page = window.quiz_page
    page.panel.choose(0)
    seed = page.seed
    window.reset_session("en", "cards")
    assert page.seed != seed and page.position == 0 and not page.panel.is_answered()


def test_the_quiz_follows_the_language(qtbot, window):
    window.session.show_view("quiz")
    subject = window.quiz_page.panel.question
    window.set_language("it")
    assert window.quiz_page.language == "it"
    assert window.quiz_page.panel.question.card == subject.card
