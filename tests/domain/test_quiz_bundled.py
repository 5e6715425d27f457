"""Quizzes on the bundled collection, read through the store."""

from __future__ import annotations

from collections import Counter

from explorer.domain.quiz import QuestionKind
from explorer.domain.quiz_check import check_question
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
