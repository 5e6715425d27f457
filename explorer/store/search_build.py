"""Building the search index from the cards in the content database.

:class:`SearchIndexBuilder` rewrites the ``search_*`` tables (see
:mod:`explorer.store.search_format`) over every card of every pack. Cards written in the same
build hand their texts over as they are written (``add_cards``), so each text is cut into
words once, while it is at hand; the cards of other packs are read back from the database.
It runs inside the import's transaction, so the index always describes exactly the cards
beside it. :func:`rebuild_search_index` reads every card back.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from explorer.domain.entities import Card, Kind, Side
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.search_query import UNDATED, Field, century_of, decade_of
from explorer.store.connection import Connection
from explorer.store.search_format import (
    INDEX_FORMAT,
    PREFIX_LENGTHS,
    encode_codes,
    encode_postings_runs,
)
from explorer.store.search_terms import COMPOUND, NO_TERM, TextTerms
from explorer.store.search_titles import TitleRuns, write_titles

CHRONOLOGICAL = "sort_day IS NULL, sort_day, sort_rank, sort_precision, position, pack_id, id"
_TABLES = (
    "search_meta",
    "search_cards",
    "search_terms",
    "search_prefixes",
    "search_facets",
    "search_titles",
)


class _FieldPostings:
    """(term id, card sequence number) pairs of one field, gathered card by card.

    The term ids are kept one after the other, and each call of ``add`` as one run (its
    card and how many terms it gave): 4 bytes a pair rather than 8.
    """

    def __init__(self) -> None:
        self.terms = array("I")
        self.run_cards = array("I")
        self.run_lengths = array("I")

    def add(self, sequence: int, ids: set[int]) -> None:
        if ids:
            self.terms.extend(ids)
            self.run_cards.append(sequence)
            self.run_lengths.append(len(ids))

    def add_title(self, sequence: int, codes: list[int]) -> None:
        """One title's codes as a run of its own, even without a piece (see ``titles``)."""
        self.terms.extend(codes)
        self.run_cards.append(sequence)
        self.run_lengths.append(len(codes))

    def titles(self) -> TitleRuns:
        """The runs added by ``add_title``: to be read before ``pairs`` gives them up, and
        let go of before anything is added (they are views of the arrays being filled)."""
        return TitleRuns(
            np.frombuffer(self.terms, dtype=np.uint32),
            np.frombuffer(self.run_cards, dtype=np.uint32),
            np.frombuffer(self.run_lengths, dtype=np.uint32),
        )

    def add_texts(self, sequence: int, texts: Iterable[str], terms: TextTerms) -> None:
        """The codes of ``texts`` (repeats, no-terms and compounds are resolved by ``pairs``)."""
        count = terms.extend_codes(self.terms, texts)
        if count:
            self.run_cards.append(sequence)
            self.run_lengths.append(count)

    def size(self) -> tuple[int, int]:
        return len(self.terms), len(self.run_cards)

    def truncate(self, size: tuple[int, int]) -> None:
        terms, runs = size
        del self.terms[terms:], self.run_cards[runs:], self.run_lengths[runs:]

    def pairs(
        self,
        numbers: np.ndarray,
        card_count: int,
        key_count: int,
        ids_of: Callable[[int], tuple[int, ...]],
    ) -> tuple[np.ndarray, np.ndarray]:
        """Unique (term, card number) pairs, sorted by term then card, as int32 arrays.

        ``numbers`` gives each sequence number its card number; ``ids_of`` the term ids of
        a compound code (``TextTerms.ids_of``). The gathered pairs are
        given up on the way, and worked on in place where they fit, to keep the peak of
        memory low.
        """
        width = max(card_count, 1)
        gathered = np.frombuffer(self.terms, dtype=np.uint32)
        run_numbers = numbers[np.frombuffer(self.run_cards, np.uint32)]
        lengths = np.frombuffer(self.run_lengths, dtype=np.uint32)
        compounds = _compound_pairs(gathered, run_numbers, lengths, ids_of, width)
        combined = _combinable(gathered, key_count * width)
        del gathered
        if combined.dtype != np.uint32:  # a 64-bit copy: the gathered ids can go now
            self.terms = array("I")
        combined *= combined.dtype.type(width)
        run_numbers = run_numbers.astype(combined.dtype)
        at = 0
        for first in range(0, len(lengths), _RUNS):
            expanded = np.repeat(run_numbers[first : first + _RUNS], lengths[first : first + _RUNS])
            combined[at : at + len(expanded)] += expanded
            at += len(expanded)
        del run_numbers, lengths
        self.run_cards, self.run_lengths = array("I"), array("I")
        unique = _sorted_unique(combined)
        del combined
        self.terms = array("I")
        # Pieces without a word were gathered as term 0: the pairs below ``width``.
        unique = unique[np.searchsorted(unique, unique.dtype.type(width)) :]
        unique = _merged(unique, compounds.astype(unique.dtype))
        return _split(unique, width)


def _compound_pairs(
    gathered: np.ndarray,
    run_numbers: np.ndarray,
    lengths: np.ndarray,
    ids_of: Callable[[int], tuple[int, ...]],
    width: int,
) -> np.ndarray:
    """The pairs (as term * width + card) of the compound codes among ``gathered``, sorted
    and unique; those codes are overwritten with ``NO_TERM``."""
    at = np.flatnonzero(gathered >= COMPOUND)
    if len(at) == 0:
        return np.zeros(0, dtype=np.uint64)
    run_of = np.searchsorted(np.cumsum(lengths, dtype=np.int64), at, side="right")
    cards = run_numbers[run_of].tolist()
    pairs = {
        term * width + card
        for code, card in zip(gathered[at].tolist(), cards, strict=True)
        for term in ids_of(code)
    }
    gathered[at] = NO_TERM
    return np.array(sorted(pairs), dtype=np.uint64)


def _merged(unique: np.ndarray, extra: np.ndarray) -> np.ndarray:
    """Sorted unique ``unique`` and ``extra`` together (``extra`` is small)."""
    if len(extra) == 0:
        return unique
    where = np.searchsorted(unique, extra)
    present = where < len(unique)
    present[present] = unique[where[present]] == extra[present]
    return np.insert(unique, where[~present], extra[~present])


_CHUNK = 1 << 20
"""Pairs worked on at once where a step needs room of its own."""
_RUNS = 1 << 14
"""Runs expanded at once: a few hundred thousand pairs at most."""


def _combinable(ids: np.ndarray, limit: int) -> np.ndarray:
    """``ids`` as an array that can hold values below ``limit``: itself (to be changed in
    place) when 32 bits are enough, else a 64-bit copy."""
    if limit <= 2**32 and ids.dtype == np.uint32:
        return ids
    return ids.astype(np.uint32 if limit <= 2**32 else np.uint64)


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (``values`` is sorted in place)."""
    values.sort()
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _split(combined: np.ndarray, card_count: int) -> tuple[np.ndarray, np.ndarray]:
    """(key, card) from key * card_count + card, as int32 arrays; ``combined`` is consumed
    (and is itself the key array when it is 32-bit)."""
    width = combined.dtype.type(card_count)
    cards = np.empty(len(combined), dtype=np.int32)
    keys = combined.view(np.int32) if combined.dtype.itemsize == 4 else np.empty_like(cards)
    for at in range(0, len(combined), _CHUNK):
        part = combined[at : at + _CHUNK]
        cards[at : at + _CHUNK] = part % width
        keys[at : at + _CHUNK] = part // width
    return keys, cards


class SearchIndexBuilder:
    """The search index of one content database, built as its cards are written.

    For each pack written in this build: ``begin_pack``, then ``add_cards`` with its cards in
    the pack's order (as ``PackWriter.add_cards`` numbers their positions); ``checkpoint``
    and ``rollback`` undo what a pack handed over when its writing is undone. ``write``
    then writes the index of every card in the database, reading back only the texts of
    the packs not handed over.
    """

    def __init__(self) -> None:
        self.terms = TextTerms()
        self.fields = {field: _FieldPostings() for field in Field}
        self.first_of_pack: dict[str, int] = {}
        """Pack id -> the sequence number of its first card: a card's is that + its position."""
        self.handed_over = 0
        self.start_years = array("i")
        """By sequence number: the year a card handed over starts, NO_YEAR when undated."""

    def begin_pack(self, pack_id: str) -> None:
        self.first_of_pack[pack_id] = self.handed_over

    def checkpoint(self) -> tuple[int, dict[str, int], dict[Field, tuple[int, int]]]:
        sizes = {field: postings.size() for field, postings in self.fields.items()}
        return self.handed_over, dict(self.first_of_pack), sizes

    def rollback(
        self, checkpoint: tuple[int, dict[str, int], dict[Field, tuple[int, int]]]
    ) -> None:
        """Forget what was handed over since ``checkpoint``."""
        self.handed_over, first_of_pack, sizes = checkpoint
        self.first_of_pack = dict(first_of_pack)
        del self.start_years[self.handed_over :]
        for field, postings in self.fields.items():
            postings.truncate(sizes[field])

    def add_cards(self, cards: Sequence[Card]) -> None:
        """The next cards of the pack begun, in the pack's order."""
        terms, fields = self.terms, self.fields
        title, summary, other = fields[Field.TITLE], fields[Field.SUMMARY], fields[Field.OTHER]
        sequence = self.handed_over
        for card in cards:
            start = card.start.year if card.start else None
            end = card.end.year if card.end else None
            self.start_years.append(NO_YEAR if start is None else start)
            for text in dict.fromkeys(card.title.values()):  # a title often reads alike
                title.add_title(sequence, terms.codes(text))
            summary.add_texts(sequence, card.summary.values(), terms)
            words = [*card.body.values(), *card.date_note.values(), card.kind, *card.tags]
            other.add_texts(sequence, words + _year_words(start, end), terms)
            sequence += 1
        self.handed_over = sequence

    def write(self, db: Connection, advance: Callable[[int, int], None] | None = None) -> None:
        """Rewrite the search tables for the cards, texts and places now in ``db``.

        ``advance(done, total)`` hears each of the ``total`` parts of the work as it is done
        (first with 0); one that raises stops it, the transaction left for the caller to
        roll back."""
        parts, done = 5 + len(self.fields), 0

        def part_done() -> None:
            nonlocal done
            done += 1
            if advance is not None:
                advance(done, parts)

        if advance is not None:
            advance(0, parts)
        for table in _TABLES:
            db.execute(f"DELETE FROM {table}")
        cards = db.execute(
            f'SELECT id, kind, category, side, start, "end", tags_json, pack_id, position '
            f"FROM cards ORDER BY {CHRONOLOGICAL}"
        ).fetchall()
        count = len(cards)
        sequences = self._sequences(cards)
        numbers = np.full(max(sequences, default=0) + 1, -1, dtype=np.int64)
        numbers[sequences] = np.arange(count, dtype=np.int64)
        if (numbers[: self.handed_over] < 0).any():
            raise RuntimeError("cards were handed to the search index that are not written")
        self._add_texts_read_back(db)
        part_done()
        years = self._add_card_words(cards, sequences)
        part_done()
        card_places = db.execute(
            "SELECT card_id, place_id FROM card_places ORDER BY card_id, position"
        ).fetchall()
        by_id = {row[0]: sequence for row, sequence in zip(cards, sequences, strict=True)}
        self._add_place_names(db, card_places, by_id)
        del by_id
        part_done()

        title_words = write_titles(
            db,
            self.fields[Field.TITLE].titles(),
            numbers,
            self.terms.ids.keys_by_id,
            self.terms.ids_of,
            count,
        )
        _write_cards(db, cards, title_words)
        part_done()
        for field, postings in self.fields.items():
            _write_postings(db, field, postings, numbers, self.terms, count)
            part_done()
        number_of = {row[0]: number for number, row in enumerate(cards)}
        place_pairs = [(number_of[card], place) for card, place in card_places]
        _write_facets(db, cards, years, place_pairs)
        db.conn.executemany(
            "INSERT INTO search_meta VALUES (?, ?)",
            [
                ("card_count", str(count)),
                ("build", _build_id(db)),
                ("terms", str(self.terms.ids.key_count)),
                ("format", str(INDEX_FORMAT)),
            ],
        )
        part_done()

    def _sequences(self, cards: list) -> list[int]:
        """Each card's sequence number; the cards not handed over get the next ones, in the
        order ``_add_texts_read_back`` reads them."""
        first_of_pack, sequences = self.first_of_pack, []
        after = self.handed_over
        for row in cards:
            first = first_of_pack.get(row[7])
            sequences.append(first + row[8] if first is not None else -1)
        others = sorted(i for i, sequence in enumerate(sequences) if sequence < 0)
        by_key = sorted(others, key=lambda i: (cards[i][7], cards[i][8]))
        for offset, i in enumerate(by_key):
            sequences[i] = after + offset
        return sequences

    def _add_texts_read_back(self, db: Connection) -> None:
        """The texts of the cards of packs not handed over, in pack and position order."""
        handed = sorted(self.first_of_pack)
        marks = ", ".join("?" * len(handed))
        rows = db.execute(
            "SELECT t.title, t.summary, t.body, t.date_note, c.pack_id, c.position "
            f"FROM cards c JOIN card_texts t ON t.card_id = c.id "
            f"WHERE c.pack_id NOT IN ({marks}) ORDER BY c.pack_id, c.position",
            handed,
        )
        terms, fields = self.terms, self.fields
        sequence, last = self.handed_over - 1, None
        for title, summary, body, date_note, pack_id, position in rows:
            if (pack_id, position) != last:
                sequence, last = sequence + 1, (pack_id, position)
            fields[Field.TITLE].add_title(sequence, terms.codes(title))
            fields[Field.SUMMARY].add_texts(sequence, [summary], terms)
            fields[Field.OTHER].add_texts(sequence, [body, date_note], terms)

    def _add_card_words(self, cards: list, sequences: list[int]) -> list[int | None]:
        """Kind, tags and years of the cards not handed over, as words of the rest; each
        card's start year."""
        of, other, handed = self.terms.of, self.fields[Field.OTHER], self.handed_over
        years: list[int | None] = []
        for row, sequence in zip(cards, sequences, strict=True):
            if sequence < handed:
                year = self.start_years[sequence]
                years.append(None if year == NO_YEAR else year)
                continue
            kind, start, end, tags_json = row[1], row[4], row[5], row[6]
            start_year = FuzzyDate.parse(start).year if start else None
            end_year = FuzzyDate.parse(end).year if end else None
            years.append(start_year)
            other.add(
                sequence, of([kind, *json.loads(tags_json), *_year_words(start_year, end_year)])
            )
        return years

    def _add_place_names(self, db: Connection, card_places: list, by_id: dict[str, int]) -> None:
        """A card's places in every language, as words of its summary: it is about them."""
        of, summary = self.terms.of, self.fields[Field.SUMMARY]
        names = {
            place_id: of(json.loads(names).values())
            for place_id, names in db.execute("SELECT id, name_json FROM places")
        }
        for card_id, place_id in card_places:
            summary.add(by_id[card_id], names.get(place_id, set()))


NO_YEAR = -(2**31)


def _year_words(start: int | None, end: int | None) -> list[str]:
    """A card's years as the words it is found by (1254 for 1254 BC too)."""
    return [str(abs(year)) for year in (start, end) if year is not None]


def rebuild_search_index(db: Connection) -> None:
    """Rewrite the search tables from the cards, texts and places now in ``db``."""
    SearchIndexBuilder().write(db)


def _build_id(db: Connection) -> str:
    """Names what the index was built from: the same packs give the same id (and index)."""
    packs = db.execute("SELECT id, fingerprint FROM packs ORDER BY id").fetchall()
    return hashlib.sha256(json.dumps([INDEX_FORMAT, packs]).encode()).hexdigest()[:32]


def _write_cards(db: Connection, cards: list, title_words: list[int]) -> None:
    db.conn.executemany(
        "INSERT INTO search_cards VALUES (?, ?, ?)",
        ((number, row[0], title_words[number]) for number, row in enumerate(cards)),
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
    db: Connection,
    field: Field,
    postings: _FieldPostings,
    numbers: np.ndarray,
    terms: TextTerms,
    count: int,
) -> None:
    width = max(count, 1)
    keys_by_id = terms.ids.keys_by_id
    level_ids, level_cards = postings.pairs(numbers, count, len(keys_by_id), terms.ids_of)
    # id -> text of the current level's groups: term keys, then ever shorter prefixes.
    firsts = _groups(level_ids)[0]
    level_keys = {term: keys_by_id[term] for term in level_ids[firsts].tolist()}
    _insert_groups(db, "search_terms", field, level_ids, level_cards, level_keys, count, 0)
    # Prefixes, longest first, each grouped from the level above; a key shorter than the
    # length stands for itself, so that "ab" is among the terms that start with "a".
    for length in sorted(PREFIX_LENGTHS, reverse=True):
        prefixes: dict[str, int] = {}
        codes = {
            level_id: prefixes.setdefault(key[:length], len(prefixes))
            for level_id, key in level_keys.items()
        }
        lookup = np.zeros(max(level_keys, default=0) + 1, dtype=np.uint64)
        lookup[list(codes)] = list(codes.values())
        lookup = _combinable(lookup, len(prefixes) * width)
        combined = lookup[level_ids]
        del level_ids
        combined *= combined.dtype.type(width)
        combined += level_cards.view(np.uint32)
        del level_cards
        level_ids, level_cards = _split(_sorted_unique(combined), width)
        del combined
        level_keys = {code: prefix for prefix, code in prefixes.items()}
        _insert_groups(
            db, "search_prefixes", field, level_ids, level_cards, level_keys, count, length
        )


def _insert_groups(
    db: Connection,
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
    keys_in_order = [key for key, _, _ in runs]
    blobs = encode_postings_runs(
        cards, np.array([run[1] for run in runs]), np.array([run[2] for run in runs]), count
    )
    db.conn.executemany(
        f"INSERT INTO {table} VALUES ({int(field)}, ?, ?)", zip(keys_in_order, blobs, strict=True)
    )


def _facet_codes(values: list, labels: list) -> np.ndarray:
    index = {label: code for code, label in enumerate(labels)}
    return np.fromiter((index[value] for value in values), dtype=np.int64, count=len(values))


def _write_facets(
    db: Connection,
    cards: list,
    years: list[int | None],
    place_pairs: Iterable[tuple[int, str]],
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
    pairs = sorted(set(place_pairs))
    place_cards = np.array([number for number, _ in pairs], dtype=np.int64)
    place_codes = _facet_codes([place for _, place in pairs], places)
    rows.append(("place", encode_codes(place_cards), encode_codes(place_codes), json.dumps(places)))
    db.conn.executemany("INSERT INTO search_facets VALUES (?, ?, ?, ?)", rows)
