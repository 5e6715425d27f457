"""The search index built as cards are written is the index built from the database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.content.library import ContentLibrary
from explorer.domain.search_query import words
from explorer.store.database import open_database
from explorer.store.search_build import _FieldPostings, rebuild_search_index
from explorer.store.search_terms import TextTerms
from tests.bench.synthetic_pack import write_synthetic_pack
from tests.content.pack_builder import write_valid_pack

SEARCH_TABLES = ("search_cards", "search_terms", "search_prefixes", "search_facets", "search_meta")


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
        gathered.append([array.tolist() for array in postings.pairs(numbers, 500, key_count)])
    assert gathered[0] == gathered[1]
    pairs = {(term, 499 - sequence) for sequence, ids in enumerate(cards) for term in ids}
    assert list(zip(*gathered[0], strict=True)) == sorted(pairs)
