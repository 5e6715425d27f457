"""The numpy fuzzy lookup agrees with the pure reference; postings round-trip."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.store.search_format import decode_postings, encode_postings
from explorer.store.search_fuzzy import FuzzyTerms
from tests.domain.fuzzy_reference import FuzzyVocabulary


def test_the_numpy_lookup_finds_what_the_pure_one_finds():
    rng = random.Random(11)
    terms = sorted(
        {"".join(rng.choice("abcdekoнж") for _ in range(rng.randint(1, 12))) for _ in range(3000)}
    )
    fast, reference = FuzzyTerms(terms), FuzzyVocabulary(terms)
    for word in [*rng.sample(terms, 60), "kazakstan", "абай", "x", "abcdeabcde"]:
        for typos in (1, 2):
            assert set(fast.candidates(word, typos)) == reference.candidates(word, typos) - {word}


def test_no_typos_no_candidates_and_an_empty_vocabulary():
    assert FuzzyTerms(["abai"]).candidates("abai", 0) == []
    assert FuzzyTerms([]).candidates("abai", 2) == []
    assert FuzzyTerms(["abai", "abay"]).candidates("", 1) == []


@pytest.mark.parametrize("count", [0, 1, 31, 32, 33, 1000])
def test_postings_round_trip_as_arrays_or_bitmaps(count):
    card_count = 1000
    rng = np.random.default_rng(count)
    numbers = np.sort(rng.choice(card_count, size=count, replace=False))
    blob = encode_postings(numbers, card_count)
    assert decode_postings(blob, card_count).tolist() == numbers.tolist()
    assert len(blob) <= max(4 * count, card_count // 8) + 1


@given(st.sets(st.integers(0, 199), max_size=200))
def test_postings_round_trip(values):
    numbers = np.array(sorted(values), dtype=np.int64)
    assert decode_postings(encode_postings(numbers, 200), 200).tolist() == sorted(values)
