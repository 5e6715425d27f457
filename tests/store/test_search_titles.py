"""Titles kept whole for ranking: each title's keys with its cards, each card's shortest."""

from __future__ import annotations

import numpy as np

from explorer.store.content_schema import create_schema
from explorer.store.database import open_database
from explorer.store.search_format import decode_postings
from explorer.store.search_terms import TextTerms
from explorer.store.search_titles import MAX_TITLE_WORDS, TitleShapes


def shapes_of(titles_by_card: list[list[str]]) -> tuple[TitleShapes, TextTerms]:
    terms, shapes = TextTerms(), TitleShapes()
    for sequence, titles in enumerate(titles_by_card):
        for title in titles:
            shapes.add(sequence, terms.ordered(title))
    return shapes, terms


def written(shapes: TitleShapes, terms: TextTerms, numbers: list[int], tmp_path) -> dict:
    db = open_database(tmp_path / "titles.db")
    try:
        create_schema(db)
        count = len(numbers)
        shapes.write(db, np.array(numbers), terms.ids.keys_by_id, count)
        rows = db.execute("SELECT title, postings FROM search_titles ORDER BY title").fetchall()
        return {title: decode_postings(blob, count).tolist() for title, blob in rows}
    finally:
        db.close()


def test_spellings_of_one_title_share_a_row_and_cards_come_by_number(tmp_path):
    shapes, terms = shapes_of(
        [
            ["Almaty", "Алматы"],  # one key: one row, the card once
            ["Abai bust in Rome", "Бюст Абая в Риме"],
            ["Almaty"],
        ]
    )
    assert written(shapes, terms, [2, 0, 1], tmp_path) == {
        "abai bust in rome": [0],
        "almati": [1, 2],  # card numbers, not the order cards were handed over
        "biust abaia v rime": [0],
    }
    assert shapes.lengths.tolist() == [1, 4, 1]


def test_a_card_keeps_its_shortest_title_and_a_card_without_words_the_most(tmp_path):
    shapes, _ = shapes_of([["Marco Polo Street", "Via Marco Polo"], ["Rome"]])
    shapes.add(3, ())  # card 2 handed no title, card 3 a title of no words
    assert shapes.lengths.tolist() == [3, 1, MAX_TITLE_WORDS, 0]
    numbers = np.arange(4)
    assert shapes.lengths_by_number(numbers, 4) == [3, 1, MAX_TITLE_WORDS, 0]


def test_forgetting_cards_from_a_checkpoint_forgets_their_titles(tmp_path):
    shapes, terms = shapes_of([["Rome"], ["Rome", "Milan"], ["Milan"]])
    shapes.truncate(1)
    assert shapes.lengths.tolist() == [1]
    assert written(shapes, terms, [0], tmp_path) == {"rome": [0]}
