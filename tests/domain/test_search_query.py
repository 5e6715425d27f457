"""Turning what a person typed into query words: splitting, keys, typos, limits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.search_query import (
    MAX_QUERY_WORDS,
    UNDATED,
    QueryWord,
    century_of,
    decade_of,
    parse_query,
    term_key,
    words,
)


def keys(text: str) -> list[str]:
    return [word.key for word in parse_query(text)]


@pytest.mark.parametrize("spelling", ["Abai", "Абай", "Abay", "Abaı", "ABAI", "абай"])
def test_spellings_of_one_name_share_a_key(spelling):
    assert keys(spelling) == ["abai"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("città", ["cita"]),
        ("Алматы Almaty", ["almati"]),
        ("Abai AND Dante", ["abai", "and", "dante"]),
        ('"NEAR(abai dante)"', ["near", "abai", "dante"]),
        ("title:abai -dante ^poet*", ["title", "abai", "dante", "poet"]),
        ("abai_dante", ["abai", "dante"]),
        ("🙂abai🙂", ["abai"]),
        ("ab\u00adai", ["abai"]),  # a soft hyphen stays inside the word
        ("Семей\u200f Semey", ["semei"]),  # a direction mark too; a key is kept once
        ("שלום", ["שלום"]),  # a script the skeleton drops still makes a word
        ("1845", ["1845"]),
    ],
)
def test_anything_but_letters_and_digits_separates_words(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "\t\n", "🙂👍🏽", '"*-^():', "\x00\x01\x1f", "\u202e\u200f", "\ud800"]
)
def test_a_text_without_letters_or_digits_has_no_words(text):
    assert parse_query(text) == ()


def test_every_word_may_be_a_prefix_and_typos_grow_with_length():
    parsed = parse_query("ab abai almati kunanbaev 2025")
    assert parsed == (
        QueryWord("ab", "ab", True, 0),
        QueryWord("abai", "abai", True, 0),  # none up to 4 letters: "rome" is one from "some"
        QueryWord("almati", "almati", True, 1),
        QueryWord("kunanbaev", "kunanbaev", True, 2),
        QueryWord("2025", "2025", True, 0),
    )
    assert parsed[1].skeleton == "abai"


def test_the_text_and_the_word_count_are_capped():
    # Only the first 256 characters count, so the last word may be cut.
    assert keys("abai " * 10_000) == ["abai", "a"]
    many = " ".join(f"w{chr(ord('a') + i)}x" for i in range(20))
    assert len(parse_query(many)) == MAX_QUERY_WORDS
    assert parse_query("a" * 10_000)[0].key == "a"  # doubled letters are one in a key
    assert len(parse_query("ab" * 5_000)[0].key) <= 64


def test_words_are_split_on_the_same_rule_for_texts():
    assert words("Dante, poeta della città.\n\nAbai (1845–1904)") == [
        "Dante",
        "poeta",
        "della",
        "città",
        "Abai",
        "1845",
        "1904",
    ]
    assert term_key("Құнанбайұлы") == term_key("Qunanbaiuly")


@given(st.text())
def test_parse_query_never_raises_and_keeps_at_most_eight_words(text):
    parsed = parse_query(text)
    assert len(parsed) <= MAX_QUERY_WORDS
    assert all(word.key for word in parsed)
    assert len({word.key for word in parsed}) == len(parsed)


@pytest.mark.parametrize(
    ("year", "century", "decade"),
    [
        (1845, 19, 1840),
        (1900, 19, 1900),
        (1901, 20, 1900),
        (2025, 21, 2020),
        (1, 1, 0),
        (9, 1, 0),
        (10, 1, 10),
        (-1, -1, -1),
        (-9, -1, -1),
        (-10, -1, -10),
        (-500, -5, -500),
        (-501, -6, -500),
    ],
)
def test_centuries_and_decades(year, century, decade):
    assert century_of(year) == century
    assert decade_of(year) == decade
    assert UNDATED == "undated"
