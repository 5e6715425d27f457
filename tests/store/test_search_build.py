"""The search index built as cards are written is the index built from the database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.content.library import ContentLibrary
from explorer.domain.search_query import words
from explorer.store import search_build
from explorer.store.database import open_database
from explorer.store.search_build import Groups, _FieldPostings, rebuild_search_index
from explorer.store.search_terms import TextTerms
from tests.bench.synthetic_pack import write_synthetic_pack
from tests.content.pack_builder import write_valid_pack

SEARCH_TABLES = (
    "search_cards",
    "search_terms",
    "search_prefixes",
    "search_facets",
    "search_meta",
    "search_titles",
)


def search_tables(database: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(database)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in SEARCH_TABLES
        }
    finally:
        conn.close()


def test_the_index_of_an_import_is_the_index_rebuilt_from_the_database(tmp_path):
    library = ContentLibrary(tmp_path / "data", write_valid_pack(tmp_path, name="bundled"))
    library.prepare()
    library.import_pack(write_synthetic_pack(tmp_path / "synthetic", 1_500))
    imported = search_tables(library.database)
    copy = tmp_path / "copy.db"
    shutil.copy(library.database, copy)
    db = open_database(copy)
    try:
        with db.atomic():
            rebuild_search_index(db)
    finally:
        db.close()
    assert search_tables(copy) == imported
    assert len(imported["search_cards"]) == 1_503
    assert len(imported["search_terms"]) > 10_000
    assert len(imported["search_titles"]) > 1_500  # a title per card and language, most unlike
    lengths = {row[2] for row in imported["search_cards"]}  # each card's fewest title words
    assert min(lengths) >= 1 and max(lengths) < 20 and len(lengths) > 3


def pairs(groups: Groups) -> list[tuple[int, int]]:
    """The (key, card) pairs of ``groups``, in order."""
    keys = np.repeat(groups.keys, groups.ends - groups.starts)
    return list(zip(keys.tolist(), groups.cards.tolist(), strict=True))


TEXT = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list(" \t\n\u00a0\u2028_-.,")),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(TEXT, max_size=4))
def test_words_cut_at_spaces_first_are_the_words_of_the_whole_text(texts):
    """TextTerms cuts at spaces and remembers each piece: the same keys as cutting whole."""
    terms = TextTerms()
    found = terms.of(texts)
    expected = {terms.ids[word] for text in texts for word in words(text)} - {0}
    assert found == expected
    assert terms.of(texts) == found, "a piece remembered gives the same ids"


def test_pairs_come_out_the_same_when_they_need_64_bit_keys():
    """Past 2**32 (terms times cards, about 300,000 cards), pairs are sorted as 64-bit keys."""
    rng = np.random.default_rng(7)
    cards = [set(rng.integers(1, 60, size=8).tolist()) for _ in range(500)]
    numbers = np.arange(500, dtype=np.int64)[::-1].copy()  # chronological order reversed
    gathered = []
    for key_count in (60, 2**40):
        postings = _FieldPostings()
        for sequence, ids in enumerate(cards):
            postings.add(sequence, ids)
        gathered.append(pairs(postings.grouped(numbers, 500, key_count, TextTerms().ids_of)))
    assert gathered[0] == gathered[1]
    expected = {(term, 499 - sequence) for sequence, ids in enumerate(cards) for term in ids}
    assert gathered[0] == sorted(expected)


@pytest.mark.parametrize("wide", [False, True], ids=["32-bit", "64-bit"])
def test_pieces_of_several_words_and_of_none_give_the_pairs_of_their_words(wide):
    texts = [
        ["l'Italia e Roma, 1254-1300", "— …"],
        ["Roma", "l'Italia l'Italia"],
        ["—"],
        ["Абай-Құнанбайұлы и Абай"],
    ]
    terms = TextTerms()
    postings = _FieldPostings()
    for sequence, card_texts in enumerate(texts):
        postings.add_texts(sequence, card_texts, terms)
    numbers = np.array([3, 1, 0, 2], dtype=np.int64)
    key_count = 2**40 if wide else terms.ids.key_count
    found = pairs(postings.grouped(numbers, 4, key_count, terms.ids_of))
    expected = {
        (terms.ids[word], int(numbers[sequence]))
        for sequence, card_texts in enumerate(texts)
        for text in card_texts
        for word in words(text)
    } - {(0, number) for number in range(4)}
    assert found == sorted(expected)
    assert len(expected) > 8


def test_pairs_split_into_parts_come_out_as_whole(monkeypatch):
    """Repeats are squeezed out and runs found a part at a time: the same across parts."""
    monkeypatch.setattr(search_build, "_CHUNK", 7)
    rng = np.random.default_rng(11)
    cards = [set(rng.integers(1, 9, size=rng.integers(0, 6)).tolist()) for _ in range(40)]
    postings = _FieldPostings()
    for sequence, ids in enumerate(cards):
        postings.add(sequence, ids)
        postings.add(sequence, ids)  # every pair twice: repeats across the parts' edges
    groups = postings.grouped(np.arange(40, dtype=np.int64), 40, 9, TextTerms().ids_of)
    expected = sorted({(term, sequence) for sequence, ids in enumerate(cards) for term in ids})
    assert pairs(groups) == expected
    assert groups.keys.tolist() == sorted({term for term, _ in expected})


def test_the_pairs_are_grouped_in_the_memory_of_the_gathered_codes():
    """Where 32 bits hold them, the pairs are sorted where the codes were gathered, and the
    cards of the groups are what is left there: no second array of every pair."""
    postings = _FieldPostings()
    for sequence in range(1_000):
        postings.add(sequence, {1 + sequence % 50, 60 + sequence % 7})
    gathered = postings.terms
    start, length = gathered.buffer_info()
    groups = postings.grouped(np.arange(1_000, dtype=np.int64), 1_000, 70, TextTerms().ids_of)
    assert len(groups.cards) == 2_000
    assert start <= groups.cards.ctypes.data < start + length * gathered.itemsize


def test_the_indexes_of_the_cards_are_there_after_an_import(tmp_path):
    library = ContentLibrary(tmp_path / "data", write_valid_pack(tmp_path, name="bundled"))
    library.prepare()
    conn = sqlite3.connect(library.database)
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cards'"
    before = sorted(conn.execute(query).fetchall())
    conn.close()
    library.import_pack(write_synthetic_pack(tmp_path / "synthetic", 50))
    conn = sqlite3.connect(library.database)
    try:
        assert sorted(conn.execute(query).fetchall()) == before
        assert {name for name, sql in before if sql} >= {"cards_by_date", "cards_by_category"}
    finally:
        conn.close()
