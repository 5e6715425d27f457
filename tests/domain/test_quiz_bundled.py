"""Quizzes on the bundled collection, read through the store."""

from __future__ import annotations

from collections import Counter

from explorer.domain.quiz import FALSE, QuestionKind
from explorer.domain.quiz_check import check_question, text_names_place
from explorer.domain.quiz_make import make_quiz
from explorer.store.quiz_content import read_quiz_content


def test_the_bundled_collection_gives_every_kind_each_with_one_right_answer(bundled_store):
    kinds: Counter = Counter()
    for seed in range(5):
        data = read_quiz_content(bundled_store, seed)
        quiz = make_quiz(data, 10, seed, "kk")
        assert len(quiz.questions) == 10 and quiz.shortfall is None
        for question in quiz.questions:
            assert check_question(question, data) is None
            assert data.card(question.card) is not None
            assert all(explanation.sources for explanation in question.explanations)
        kinds.update(question.kind for question in quiz.questions)
    assert set(kinds) == set(QuestionKind)


def test_a_sample_is_read_from_a_large_collection(bundled_store):
    data = read_quiz_content(bundled_store, seed=4, limit=20)
    assert len(data.cards) == 20
    assert data.cards == read_quiz_content(bundled_store, seed=4, limit=20).cards
    cited = {source for card in data.cards for source in card.sources}
    assert cited and cited <= set(data.sources)


def test_a_library_of_many_places_gives_only_the_places_its_sample_names(
    bundled_store, monkeypatch
):
    every = {place.id for place in bundled_store.all_places()}
    assert read_quiz_content(bundled_store, seed=4, limit=20).places.keys() == every
    monkeypatch.setattr("explorer.store.quiz_content.PLACES_READ", 3)
    data = read_quiz_content(bundled_store, seed=4, limit=20)
    named = {place for card in data.cards for place in card.places}
    assert set(data.places) == named and len(named) < len(every)
    quiz = make_quiz(data, 10, 4, "en")
    assert all(check_question(question, data) is None for question in quiz.questions)


def test_no_wrong_place_offered_is_one_the_cards_text_names(bundled_store):
    data = read_quiz_content(bundled_store, 0)
    for seed in range(60):
        for question in make_quiz(data, 10, seed, "en").questions:
            card = data.card(question.card)
            if question.kind is QuestionKind.PLACE:
                wrong = [c.key for c in question.choices if c.key not in question.answer]
            elif (
                question.statement
                and question.statement.kind == "place"
                and question.answer == (FALSE,)
            ):
                wrong = [question.statement.value]
            else:
                continue
            for place in wrong:
                assert not text_names_place(card, data.places[place]), (seed, card.id, place)
