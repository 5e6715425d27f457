"""The quiz page on the bundled collection: answering, the verdict, the round's end, the
keyboard and the kiosk's short game."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.domain.quiz import QuestionKind
from explorer.store.locations import user_database_path
from explorer.store.user_db import UserStore
from explorer.ui.quiz.quiz_page import DESK_ROUND, KIOSK_ROUND, QuizPage
from explorer.ui.widgets.touch_mode import mark_touch_mode


@pytest.fixture
def user(explorer_home):
    user = UserStore.open(user_database_path())
    yield user
    user.close()


def make_page(qtbot, store, user, *, touch=False, seed=1) -> QuizPage:
    holder = QWidget()
    qtbot.addWidget(holder)
    if touch:
        mark_touch_mode(holder)
    page = QuizPage(store, user, "en", holder, seeds=random.Random(seed))
    holder.resize(1360, 860)
    page.resize(1360, 860)
    holder.show()
    qtbot.waitExposed(holder)
    page.holder = holder  # the page lives as long as the window it is in
    return page


def right_number(page: QuizPage) -> int:
    question = page.panel.question
    keys = [choice.key for choice in question.choices]
    return keys.index(question.answer[0])


def answer(page: QuizPage, *, right: bool) -> None:
    question = page.panel.question
    if question.kind is QuestionKind.ORDER:
        keys = [choice.key for choice in question.choices]
        order = list(question.answer) if right else list(reversed(question.answer))
        for key in order:
            page.panel.choose(keys.index(key))
        return
    number = right_number(page)
    page.panel.choose(number if right else (number + 1) % len(question.choices))


def test_a_right_answer_scores_and_explains(qtbot, store, user):
    page = make_page(qtbot, store, user)
    question = page.panel.question
    answer(page, right=True)
    assert page.score == 1
    assert page.panel.verdict.isVisible()
    assert page.panel.verdict_title.text() == "Right!"
    explained = page.panel.explanation.text()
    assert question.explanations[0].title in explained
    assert "Sources: " in explained
    assert page.focusWidget() is page.panel.next_button


def test_a_wrong_answer_shows_the_right_one(qtbot, store, user):
    page = make_page(qtbot, store, user)
    answer(page, right=False)
    assert page.score == 0
    assert page.panel.verdict_title.text() == "Not quite."
    right = [b for b in page.panel.buttons if b.property("verdict") == "right"]
    wrong = [b for b in page.panel.buttons if b.property("verdict") == "wrong"]
    assert right and wrong
    assert page.panel.right_answer.text()


def test_the_verdict_opens_the_card(qtbot, store, user):
    page = make_page(qtbot, store, user)
    answer(page, right=True)
    with qtbot.waitSignal(page.card_requested) as opened:
        qtbot.mouseClick(page.panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [page.panel.question.card]


def test_numbers_answer_and_enter_goes_on(qtbot, store, user):
    page = make_page(qtbot, store, user)
    page.setFocus()
    seen_order = False
    for number in range(1, len(page.quiz.questions) + 1):
        question = page.panel.question
        assert page.panel.counter.text() == f"Question {number} of {DESK_ROUND}"
        if question.kind is QuestionKind.ORDER:
            seen_order = True
            keys = [choice.key for choice in question.choices]
            for key in question.answer:
                qtbot.keyClick(page.focusWidget(), Qt.Key.Key_1 + keys.index(key))
        else:
            qtbot.keyClick(page.focusWidget(), Qt.Key.Key_1 + right_number(page))
        assert page.panel.is_answered()
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert seen_order
    assert page.stack.currentWidget() is page.end
    assert page.end.score_label.text() == f"{DESK_ROUND} of {DESK_ROUND} right"


def test_an_order_can_be_started_again_before_it_is_complete(qtbot, store, user):
    page = make_page(qtbot, store, user)
    while page.panel.question.kind is not QuestionKind.ORDER:
        answer(page, right=True)
        page.next_question()
    page.panel.choose(0)
    assert page.panel.buttons[0].text().startswith("1 · ")
    assert not page.panel.buttons[0].isEnabled()
    assert "chosen as number 1" in page.panel.buttons[0].accessibleName()
    qtbot.mouseClick(page.panel.restart, Qt.MouseButton.LeftButton)
    assert page.panel.picked == [] and page.panel.buttons[0].isEnabled()
    assert not page.panel.is_answered()


def test_the_round_ends_with_the_score_the_best_kept_and_play_again(qtbot, store, user):
    page = make_page(qtbot, store, user)
    for number in range(DESK_ROUND):
        answer(page, right=number < 7)
        page.next_question()
    assert page.end.isVisible()
    assert page.end.score_label.text() == "7 of 10 right"
    assert page.end.best_label.text() == "Your best: 7 of 10"
    assert user.setting("quiz_best_of_10") == "7"
    recap = [label.text() for label in page.end.recap]
    assert len(recap) == DESK_ROUND
    assert [line[0] for line in recap] == ["✓"] * 7 + ["✗"] * 3
    assert page.end.recap[9].accessibleName().endswith(": wrong")
    first_round = page.quiz.questions
    qtbot.mouseClick(page.again, Qt.MouseButton.LeftButton)
    assert page.panel.isVisible() and page.score == 0 and page.position == 0
    assert page.quiz.questions != first_round
    for number in range(DESK_ROUND):
        answer(page, right=number < 3)
        page.next_question()
    assert page.end.best_label.text() == "Your best: 7 of 10"


def test_next_waits_for_an_answer(qtbot, store, user):
    page = make_page(qtbot, store, user)
    page.next_question()
    assert page.position == 0


def test_the_kiosk_plays_a_short_game_with_large_targets_and_keeps_nothing(qtbot, store, user):
    page = make_page(qtbot, store, user, touch=True)
    assert len(page.quiz.questions) == KIOSK_ROUND
    for button in page.panel.buttons:
        if button.isVisible():
            assert button.height() >= 64
    assert page.panel.hint.text() in ("", "Tap the cards from the earliest to the latest.")
    answer(page, right=True)
    assert page.panel.next_button.height() >= 64
    page.next_question()
    for _ in range(KIOSK_ROUND - 1):
        answer(page, right=True)
        page.next_question()
    assert page.end.score_label.text() == "5 of 5 right"
    assert not page.end.best_label.isVisible()
    assert user.setting("quiz_best_of_5") is None
    assert page.again.height() >= 64
    played = page.quiz.questions
    page.forget()
    assert page.panel.isVisible() and page.position == 0 and page.score == 0
    assert page.panel.counter.text() == "Question 1 of 5"
    assert page.quiz.questions != played


def test_a_language_change_keeps_the_question_and_its_answer(qtbot, store, user):
    page = make_page(qtbot, store, user)
    answer(page, right=True)
    answer_before = page.panel.question.answer
    page.set_language("ru")
    assert page.panel.question.answer == answer_before
    assert page.panel.is_answered() and page.panel.verdict.isVisible()
    assert page.score == 1


def test_pack_text_is_shown_as_plain_text(qtbot, store, user):
    page = make_page(qtbot, store, user)
    assert page.panel.prompt.textFormat() == Qt.TextFormat.PlainText
    answer(page, right=True)
    for label in page.panel.explanation.labels:
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_a_long_title_wraps_whole_inside_a_narrow_page(qtbot, store, user):
    from explorer.domain.quiz import Choice, Question

    page = make_page(qtbot, store, user)
    page.holder.resize(700, 700)
    page.resize(700, 700)
    long = "Университеттер арасындағы келісімдер және Италиядағы қазақстандық студенттер " * 2
    titles = [long.strip(), "Марко Поло", "Астана"]
    explained = page.panel.question.explanations
    question = Question(
        QuestionKind.ORDER,
        page.panel.question.card,
        "",
        tuple(Choice(str(n), title) for n, title in enumerate(titles)),
        ("2", "1", "0"),
        explained,
    )
    page.panel.show_question(question, 1, 3)
    qtbot.wait(20)
    button = page.panel.buttons[0]
    assert button.width() <= page.width()
    assert "\n" in button.text() and "…" not in button.text()
    assert " ".join(button.text().split()) == f"[1] {long.strip()}"


def test_an_orders_verdict_opens_any_of_its_cards_and_a_single_cards_opens_it(qtbot, store, user):
    page = make_page(qtbot, store, user)
    while page.panel.question.kind is not QuestionKind.ORDER:
        answer(page, right=True)
        assert page.panel.open_button.menu() is None, "one card: the button opens it"
        page.next_question()
    question = page.panel.question
    answer(page, right=True)
    menu = page.panel.open_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [e.title for e in question.explanations]
    assert page.panel.open_button.accessibleName() == "Open one of these cards"
    with qtbot.waitSignal(page.card_requested) as asked:
        menu.actions()[-1].trigger()
    assert asked.args == [question.explanations[-1].card]
    page.next_question()
    while page.panel.question.kind is QuestionKind.ORDER:
        answer(page, right=True)
        page.next_question()
    answer(page, right=True)
    assert page.panel.open_button.menu() is None, "the next question's card alone"
