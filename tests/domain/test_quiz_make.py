"""Making quizzes: reproducible, every question proved, any pack."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.domain.fuzzy_date import FuzzyDate, Qualifier, days_in_month
from explorer.domain.quiz import QuestionKind, Shortfall
from explorer.domain.quiz_check import card_days, check_question
from explorer.domain.quiz_make import make_quiz
from tests.domain.quiz_cards import card, content


def collection():
    return content(
        card("a", "1254", "1324", places=("venice",)),
        card("b", "1992-01-02", places=("astana", "rome")),
        card("c", "2015", places=("almaty",), category="arts"),
        card("d", "circa 1850", places=("naples",)),
        card("e", "2024-07-13", places=("rome",), category="arts"),
        card("f", "1997-11"),
    )


def test_the_same_seed_gives_the_same_questions_in_every_language():
    english = make_quiz(collection(), 8, seed=7, language="en")
    italian = make_quiz(collection(), 8, seed=7, language="it")
    assert [(q.kind, q.card, q.answer) for q in english.questions] == [
        (q.kind, q.card, q.answer) for q in italian.questions
    ]
    assert english.questions == make_quiz(collection(), 8, seed=7, language="en").questions
    assert any(q.subject.startswith("Scheda") for q in italian.questions if q.subject)


def test_other_seeds_give_other_quizzes():
    quizzes = {make_quiz(collection(), 6, seed, "en").questions for seed in range(6)}
    assert len(quizzes) > 1


def test_every_kind_is_asked_and_every_question_passes_the_checker():
    data = collection()
    quiz = make_quiz(data, 12, seed=3, language="en")
    assert {q.kind for q in quiz.questions} == set(QuestionKind)
    for question in quiz.questions:
        assert check_question(question, data) is None
        assert question.explanations and question.explanations[0].sources


def test_an_empty_pack_has_no_quiz_and_says_why():
    quiz = make_quiz(content(), 5, seed=1, language="en")
    assert quiz.questions == () and quiz.shortfall is Shortfall.NO_CARDS


def test_cards_with_nothing_to_ask_give_no_quiz():
    bare = content(card("a"), card("b"), places={}, categories={})
    quiz = make_quiz(bare, 5, seed=1, language="en")
    assert quiz.questions == () and quiz.shortfall is Shortfall.NOTHING_TO_ASK


def test_a_pack_without_dates_or_places_asks_about_categories():
    undated = content(card("a"), card("b", category="arts"), card("c"), places={})
    quiz = make_quiz(undated, 3, seed=2, language="en")
    assert quiz.questions
    assert {q.kind for q in quiz.questions} == {QuestionKind.TRUE_FALSE}
    assert all(q.statement.kind.value == "category" for q in quiz.questions)


def test_a_quiz_needs_a_positive_count():
    with pytest.raises(ValueError, match="at least one question, not 0"):
        make_quiz(collection(), 0, seed=1, language="en")


@st.composite
def dates(draw):
    year = draw(st.integers(1900, 2030))
    precision = draw(st.integers(1, 3))
    month = draw(st.integers(1, 12)) if precision >= 2 else None
    day = draw(st.integers(1, days_in_month(year, month))) if precision == 3 else None
    qualifier = draw(st.sampled_from([Qualifier.EXACT, Qualifier.CIRCA, Qualifier.BEFORE]))
    return str(FuzzyDate(year, month, day, qualifier))


@settings(max_examples=60, deadline=None)
@given(st.lists(dates(), min_size=3, max_size=14), st.integers(0, 1000))
def test_orderings_are_strict_whatever_the_dates(starts, seed):
    data = content(*(card(f"c{n}", start) for n, start in enumerate(starts)))
    for question in make_quiz(data, 6, seed, "en").questions:
        assert check_question(question, data) is None
        if question.kind is QuestionKind.ORDER:
            spans = [card_days(data.card(key)) for key in question.answer]
            assert all(a[1] < b[0] for a, b in pairwise(spans))
            assert list(question.answer) != [choice.key for choice in question.choices]


def test_years_offered_never_pass_the_collections_latest_date():
    data = collection()
    latest = max(card.start.year for card in data.cards if card.start)
    for seed in range(20):
        for question in make_quiz(data, 8, seed, "en").questions:
            if question.kind is QuestionKind.DATE:
                assert all(int(choice.key) <= latest for choice in question.choices)
