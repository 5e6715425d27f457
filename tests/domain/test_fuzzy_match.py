"""Typo distance and the bigram count filter that finds candidates."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.domain.fuzzy_match import distance, min_shared_bigrams, padded_bigrams
from tests.domain.fuzzy_reference import FuzzyVocabulary, shared_bigrams


def reference_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the textbook way."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(
                rows[i - 1][j] + 1,
                rows[i][j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("abai", "abai", 0),
        ("abai", "abay", 1),  # wrong letter
        ("abai", "aba", 1),  # missing letter
        ("abai", "abaii", 1),  # extra letter
        ("abai", "baai", 1),  # swapped neighbours
        ("matarela", "mattarela", 1),
        ("matarela", "matorelo", 2),
        ("kazakstan", "kazakztan", 1),
        ("kazakstan", "kasakztan", 2),
        ("kazakstan", "almati", 3),  # more than the limit of 2 says "3"
    ],
)
def test_distance(a, b, expected):
    assert distance(a, b, 2) == expected
    assert distance(b, a, 2) == expected


@settings(max_examples=500)
@given(st.text("abcd", max_size=8), st.text("abcd", max_size=8), st.integers(0, 3))
def test_distance_is_the_bounded_textbook_distance(a, b, limit):
    assert distance(a, b, limit) == min(reference_distance(a, b), limit + 1)


_EDITS = ("substitute", "insert", "delete", "swap")


def _edit(word: str, rng: random.Random, alphabet: str) -> str:
    kind = rng.choice(_EDITS)
    at = rng.randrange(len(word) + (kind == "insert")) if word else 0
    if kind == "insert" or not word:
        return word[:at] + rng.choice(alphabet) + word[at:]
    if kind == "delete":
        return word[:at] + word[at + 1 :]
    if kind == "substitute":
        return word[:at] + rng.choice(alphabet) + word[at + 1 :]
    if at + 1 < len(word):
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word


@settings(max_examples=500)
@given(st.text("abcdef", min_size=1, max_size=12), st.integers(1, 2), st.randoms())
def test_a_word_a_few_edits_away_keeps_enough_bigrams(word, typos, rng):
    edited = word
    for _ in range(typos):
        edited = _edit(edited, rng, "abcdefg")
    shared = shared_bigrams(padded_bigrams(word), padded_bigrams(edited))
    assert shared >= min_shared_bigrams(word, typos)


def test_the_vocabulary_finds_every_term_within_reach_and_nothing_else():
    rng = random.Random(7)
    terms = ["".join(rng.choice("abcdeko") for _ in range(rng.randint(1, 10))) for _ in range(800)]
    vocabulary = FuzzyVocabulary(terms)
    for word in [*rng.sample(terms, 40), "kazakstan", "abai", "x"]:
        for typos in (1, 2):
            expected = {term for term in terms if reference_distance(word, term) <= typos}
            assert vocabulary.candidates(word, typos) == expected
    assert vocabulary.candidates("abai", 0) == set()
    assert FuzzyVocabulary(["abai"]).candidates("abai", 0) == {"abai"}


def test_two_wrong_letters_are_found_where_one_deletion_each_side_would_miss():
    vocabulary = FuzzyVocabulary(["mattarella", "kazakstan", "almati"])
    assert vocabulary.candidates("mattorelli", 2) == {"mattarella"}
    assert vocabulary.candidates("kasakztan", 2) == {"kazakstan"}
