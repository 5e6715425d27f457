"""Building the search index from the cards in the content database.

:func:`rebuild_search_index` reads every card of every pack and rewrites the ``search_*``
tables (see :mod:`explorer.store.search_format`). It runs inside the import's transaction,
so the index always describes exactly the cards beside it.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable

import numpy as np
from sqlite_utils import Database

from explorer.domain.entities import Kind, Side
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.search_query import (
    UNDATED,
    Field,
    century_of,
    decade_of,
    term_key,
    words,
)
from explorer.store.search_format import (
    PREFIX_LENGTHS,
    encode_codes,
    encode_postings,
)

INDEX_FORMAT = 1
CHRONOLOGICAL = "sort_day IS NULL, sort_day, sort_rank, sort_precision, position, pack_id, id"
_TABLES = ("search_meta", "search_cards", "search_terms", "search_prefixes", "search_facets")


class _TermIds(dict):
    """Word as written -> id of its key; ids start at 1, 0 is "no key"."""

    def __init__(self) -> None:
        super().__init__()
        self.keys_by_id: list[str] = [""]
        self._ids: dict[str, int] = {"": 0}

    def __missing__(self, word: str) -> int:
        key = term_key(word)
        term_id = self._ids.get(key)
        if term_id is None:
            term_id = self._ids[key] = len(self.keys_by_id)
            self.keys_by_id.append(key)
        self[word] = term_id
        return term_id


class _FieldPostings:
    """(term id, card number) pairs of one field, gathered card by card."""

    def __init__(self) -> None:
        self.terms = array("i")
        self.cards = array("i")

    def add(self, number: int, ids: Iterable[int]) -> None:
        before = len(self.terms)
        self.terms.extend(ids)
        self.cards.extend(array("i", [number]) * (len(self.terms) - before))

    def pairs(self, card_count: int) -> tuple[np.ndarray, np.ndarray]:
        """Unique (term, card) pairs with a key, sorted by term then card, as int32 arrays."""
        combined = np.frombuffer(self.terms, dtype=np.int32).astype(np.int64)
        combined *= card_count
        combined += np.frombuffer(self.cards, dtype=np.int32)
        self.terms, self.cards = array("i"), array("i")
        combined = _sorted_unique(combined, minimum=card_count)  # term 0 is no key
        return _split(combined, card_count)


def _sorted_unique(values: np.ndarray, minimum: int = 0) -> np.ndarray:
    """The distinct values of at least ``minimum``, sorted (``values`` is sorted in place)."""
    values.sort()
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    if minimum:
        keep &= values >= minimum
    return values[keep]


def _split(combined: np.ndarray, card_count: int) -> tuple[np.ndarray, np.ndarray]:
    """(key, card) from key * card_count + card, as int32 arrays; ``combined`` is consumed."""
    cards = (combined % card_count).astype(np.int32)
    combined //= card_count
    return combined.astype(np.int32), cards


def rebuild_search_index(db: Database) -> None:
    """Rewrite the search tables from the cards, texts and places now in ``db``."""
    for table in _TABLES:
        db.execute(f"DELETE FROM {table}")
    cards = db.execute(
        f'SELECT id, kind, category, side, start, "end", tags_json FROM cards '
        f"ORDER BY {CHRONOLOGICAL}"
    ).fetchall()
    count = len(cards)
    numbers = {row[0]: number for number, row in enumerate(cards)}
    ids = _TermIds()
    fields = {field: _FieldPostings() for field in Field}

    def add(field: Field, number: int, text: str) -> None:
        if text:
            fields[field].add(number, map(ids.__getitem__, words(text)))

    for card_id, title, summary, body, date_note in db.execute(
        "SELECT card_id, title, summary, body, date_note FROM card_texts"
    ):
        number = numbers[card_id]
        add(Field.TITLE, number, title)
        add(Field.SUMMARY, number, summary)
        add(Field.OTHER, number, body)
        add(Field.OTHER, number, date_note)

    place_names = {
        place_id: " ".join(json.loads(names).values())
        for place_id, names in db.execute("SELECT id, name_json FROM places")
    }
    card_places = db.execute(
        "SELECT card_id, place_id FROM card_places ORDER BY card_id, position"
    ).fetchall()
    for card_id, place_id in card_places:
        add(Field.OTHER, numbers[card_id], place_names.get(place_id, ""))

    years: list[int | None] = []
    for number, (_id, kind, _category, _side, start, end, tags_json) in enumerate(cards):
        start_year = FuzzyDate.parse(start).year if start else None
        end_year = FuzzyDate.parse(end).year if end else None
        years.append(start_year)
        extra = [kind, *json.loads(tags_json)]
        extra += [str(abs(year)) for year in (start_year, end_year) if year is not None]
        add(Field.OTHER, number, " ".join(extra))

    _write_cards(db, cards)
    for field, postings in fields.items():
        _write_postings(db, field, postings, ids.keys_by_id, count)
    _write_facets(db, cards, years, card_places, numbers)
    db.conn.executemany(
        "INSERT INTO search_meta VALUES (?, ?)",
        [("card_count", str(count)), ("build", _build_id(db)), ("terms", str(len(ids._ids)))],
    )


def _build_id(db: Database) -> str:
    """Names what the index was built from: the same packs give the same id (and index)."""
    packs = db.execute("SELECT id, fingerprint FROM packs ORDER BY id").fetchall()
    return hashlib.sha256(json.dumps([INDEX_FORMAT, packs]).encode()).hexdigest()[:32]


def _write_cards(db: Database, cards: list) -> None:
    db.conn.executemany(
        "INSERT INTO search_cards VALUES (?, ?)",
        ((number, row[0]) for number, row in enumerate(cards)),
    )


def _groups(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of each run of equal values in sorted ``keys``."""
    if len(keys) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    return starts, ends


def _write_postings(
    db: Database, field: Field, postings: _FieldPostings, keys_by_id: list[str], count: int
) -> None:
    width = max(count, 1)
    level_ids, level_cards = postings.pairs(width)
    # id -> text of the current level's groups: term keys, then ever shorter prefixes.
    firsts = _groups(level_ids)[0]
    level_keys = {term: keys_by_id[term] for term in level_ids[firsts].tolist()}
    _insert_groups(db, "search_terms", field, level_ids, level_cards, level_keys, count, 0)
    # Prefixes, longest first, each grouped from the level above; a key shorter than the
    # length stands for itself, so that "ab" is among the terms that start with "a".
    for length in sorted(PREFIX_LENGTHS, reverse=True):
        prefixes: dict[str, int] = {}
        lookup = np.zeros(max(level_keys, default=0) + 1, dtype=np.int64)
        for level_id, key in level_keys.items():
            lookup[level_id] = prefixes.setdefault(key[:length], len(prefixes))
        combined = lookup[level_ids]
        combined *= width
        combined += level_cards
        level_ids, level_cards = _split(_sorted_unique(combined), width)
        level_keys = {code: prefix for prefix, code in prefixes.items()}
        _insert_groups(
            db, "search_prefixes", field, level_ids, level_cards, level_keys, count, length
        )


def _insert_groups(
    db: Database,
    table: str,
    field: Field,
    ids: np.ndarray,
    cards: np.ndarray,
    keys: dict[int, str],
    count: int,
    length: int,
) -> None:
    """One row per run of equal ``ids``, in the order of their keys (compact B-trees).

    With a ``length``, only the keys of exactly that length are written.
    """
    starts, ends = _groups(ids)
    runs = [
        (keys[key_id], start, end)
        for key_id, start, end in zip(
            ids[starts].tolist(), starts.tolist(), ends.tolist(), strict=True
        )
        if not length or len(keys[key_id]) == length
    ]
    runs.sort()
    db.conn.executemany(
        f"INSERT INTO {table} VALUES (?, ?, ?)",
        ((int(field), key, encode_postings(cards[start:end], count)) for key, start, end in runs),
    )


def _facet_codes(values: list, labels: list) -> np.ndarray:
    index = {label: code for code, label in enumerate(labels)}
    return np.fromiter((index[value] for value in values), dtype=np.int64, count=len(values))


def _write_facets(
    db: Database,
    cards: list,
    years: list[int | None],
    card_places: list,
    numbers: dict[str, int],
) -> None:
    categories = [
        row[0] for row in db.execute("SELECT id FROM categories ORDER BY pack_id, position")
    ]
    facets: dict[str, tuple[list, list]] = {}
    for name, column, known in (
        ("category", 2, categories),
        ("side", 3, [side.value for side in Side]),
        ("kind", 1, [kind.value for kind in Kind]),
    ):
        values = [row[column] for row in cards]
        labels = list(dict.fromkeys([*known, *values]))
        facets[name] = (values, labels)
    for name, period in (("century", century_of), ("decade", decade_of)):
        values = [UNDATED if year is None else period(year) for year in years]
        dated = sorted({value for value in values if value != UNDATED})
        facets[name] = (values, [*dated, UNDATED])
    rows = [
        (name, None, encode_codes(_facet_codes(values, labels)), json.dumps(labels))
        for name, (values, labels) in facets.items()
    ]
    places = [row[0] for row in db.execute("SELECT id FROM places ORDER BY pack_id, id")]
    pairs = sorted({(numbers[card_id], place_id) for card_id, place_id in card_places})
    place_cards = np.array([number for number, _ in pairs], dtype=np.int64)
    place_codes = _facet_codes([place for _, place in pairs], places)
    rows.append(("place", encode_codes(place_cards), encode_codes(place_codes), json.dumps(places)))
    db.conn.executemany("INSERT INTO search_facets VALUES (?, ?, ?, ?)", rows)
