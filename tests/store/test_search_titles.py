"""Titles kept whole for ranking: each title's keys with its cards, each card's shortest."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.domain.search_query import term_key, whole_title_key, words
from explorer.store.connection import Connection
from explorer.store.content_schema import create_schema
from explorer.store.search_build import _FieldPostings
from explorer.store.search_format import decode_postings, encode_postings, encode_postings_runs
from explorer.store.search_terms import TextTerms
from explorer.store.search_titles import MAX_TITLE_WORDS, write_titles


def handed(titles_by_card: list[list[str]]) -> tuple[_FieldPostings, TextTerms]:
    """The title field of an index the cards were handed to, in order, a title a run."""
    terms, field = TextTerms(), _FieldPostings()
    for sequence, titles in enumerate(titles_by_card):
        for title in titles:
            field.add_title(sequence, terms.codes(title))
    return field, terms


def written(
    field: _FieldPostings, terms: TextTerms, numbers: list[int]
) -> tuple[dict[str, list[int]], list[int]]:
    """The ``search_titles`` rows, decoded, and each card's fewest title words by number."""
    db = Connection.memory()
    try:
        create_schema(db)
        count = len(numbers)
        lengths = write_titles(
            db,
            field.titles(),
            np.array(numbers, dtype=np.int64),
            terms.ids.keys_by_id,
            terms.ids_of,
            count,
        )
        rows = db.execute("SELECT title, postings FROM search_titles ORDER BY title").fetchall()
        return {title: decode_postings(blob, count).tolist() for title, blob in rows}, lengths
    finally:
        db.close()


def test_spellings_of_one_title_share_a_row_and_cards_come_by_number():
    field, terms = handed(
        [
            ["Almaty", "Алматы"],  # one key: one row, the card once
            ["Abai bust in Rome", "Бюст Абая в Риме"],
            ["Almaty"],
        ]
    )
    rows, lengths = written(field, terms, [2, 0, 1])
    assert rows == {
        "abai bust in rome": [0],
        "almati": [1, 2],  # card numbers, not the order cards were handed over
        "biust abaia v rime": [0],
    }
    assert lengths == [4, 1, 1]


def test_a_card_keeps_its_shortest_title_and_a_card_without_words_the_most():
    # Card 2 handed no title, card 3 a title of no words, card 4 an empty one.
    field, terms = handed([["Marco Polo Street", "Via Marco Polo"], ["Rome"], [], ["— …"], [""]])
    rows, lengths = written(field, terms, [0, 1, 2, 3, 4])
    assert lengths == [3, 1, MAX_TITLE_WORDS, 0, 0]
    assert set(rows) == {"marko polo stret", "via marko polo", "rome"}


def test_a_title_counts_each_word_once_and_each_word_of_a_piece_of_several():
    field, terms = handed([["Rome, Rome and rome"], ["l'Italia d'Italia"], ["1254-1386 — Roma"]])
    rows, lengths = written(field, terms, [0, 1, 2])
    assert rows == {"rome and": [0], "l italia d": [1], "1254 1386 roma": [2]}
    assert lengths == [2, 3, 3]


def test_a_title_of_more_words_than_a_byte_holds_counts_as_the_most():
    long_title = " ".join(f"w{number}" for number in range(1_000))
    distinct_keys = {term_key(word) for word in words(long_title)}  # "w11" is "w1"'s
    assert len(distinct_keys) > MAX_TITLE_WORDS
    field, terms = handed([[long_title]])
    rows, lengths = written(field, terms, [0])
    assert lengths == [MAX_TITLE_WORDS]
    assert list(rows) == [whole_title_key(term_key(word) for word in words(long_title))]


def test_forgetting_cards_from_a_checkpoint_forgets_their_titles():
    field, terms = handed([["Rome"]])
    size = field.size()
    field.add_title(1, terms.codes("Rome"))
    field.add_title(1, terms.codes("Milan"))
    field.add_title(2, terms.codes("Milan"))
    field.truncate(size)
    assert written(field, terms, [0]) == ({"rome": [0]}, [1])


PIECES = st.sampled_from(
    ["Rome", "rome", "Roma", "Рим", "Абай", "Abai", "Abay", "l'Italia", "d'Italia", "1254-1300",
     "—", "…", "Қазақстан", "Kazakhstan", "a", "of", "Città", "citta", "x_y", ",", "Ёлка"]
)  # fmt: skip
TITLE = st.lists(PIECES, max_size=6).map(" ".join) | st.text(max_size=30)


@settings(max_examples=200, deadline=None)
@given(titles_by_card=st.lists(st.lists(TITLE, max_size=4), max_size=8), data=st.data())
def test_titles_written_are_the_titles_worked_out_word_by_word(titles_by_card, data):
    """Each title, cut into words and keyed one by one, gives the row and length written."""
    numbers = data.draw(st.permutations(range(len(titles_by_card))))
    field, terms = handed(titles_by_card)
    rows, lengths = written(field, terms, list(numbers))
    expected: dict[str, set[int]] = {}
    expected_lengths = [MAX_TITLE_WORDS] * len(numbers)
    for sequence, titles in enumerate(titles_by_card):
        number = numbers[sequence]
        for title in titles:
            keys = [key for key in dict.fromkeys(map(term_key, words(title))) if key]
            expected_lengths[number] = min(expected_lengths[number], len(keys))
            if keys:
                expected.setdefault(whole_title_key(keys), set()).add(number)
    assert rows == {title: sorted(cards) for title, cards in expected.items()}
    assert lengths == expected_lengths


def test_postings_of_runs_are_each_run_encoded_alone():
    numbers = np.array([0, 5, 7, *range(10, 60), 3], dtype=np.int64)
    runs = [(0, 1), (1, 3), (3, 53), (53, 54)]
    expected = [encode_postings(numbers[a:b], 64) for a, b in runs]
    # Little-endian 4-byte numbers are cut from their own bytes; the others are copied first.
    for dtype in ("<i8", "<i4", "<u4", ">u4"):
        assert list(encode_postings_runs(numbers.astype(dtype), runs, 64)) == expected
    assert {blob[:1] for blob in expected} == {b"a", b"b"}  # both forms met
