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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from explorer.domain.entities import NO_SIDE, Card
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.search_query import Field
from explorer.store.connection import Connection
from explorer.store.search_facets import Facets, PlaceFacet
from explorer.store.search_format import INDEX_FORMAT, PREFIX_LENGTHS, encode_postings_runs
from explorer.store.search_terms import COMPOUND, TextTerms
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
        """The runs added by ``add_title``: to be read before ``grouped`` gives them up, and
        let go of before anything is added (they are views of the arrays being filled)."""
        return TitleRuns(
            np.frombuffer(self.terms, dtype=np.uint32),
            np.frombuffer(self.run_cards, dtype=np.uint32),
            np.frombuffer(self.run_lengths, dtype=np.uint32),
        )

    def add_texts(self, sequence: int, texts: Iterable[str], terms: TextTerms) -> None:
        """The codes of ``texts`` (repeats, no-terms and compounds are resolved by ``grouped``)."""
        count = terms.extend_codes(self.terms, texts)
        if count:
            self.run_cards.append(sequence)
            self.run_lengths.append(count)

    def size(self) -> tuple[int, int]:
        return len(self.terms), len(self.run_cards)

    def truncate(self, size: tuple[int, int]) -> None:
        terms, runs = size
        del self.terms[terms:], self.run_cards[runs:], self.run_lengths[runs:]

    def grouped(
        self,
        numbers: np.ndarray,
        card_count: int,
        key_count: int,
        ids_of: Callable[[int], tuple[int, ...]],
    ) -> Groups:
        """The unique (term, card number) pairs, sorted by term then card, grouped by term.

        ``numbers`` gives each sequence number its card number; ``ids_of`` the term ids of
        a compound code (``TextTerms.ids_of``). The gathered codes are given up: they are
        worked on in place (when 32 bits hold the pairs) and become the cards, so that the
        peak of memory is about the gathered codes alone.
        """
        self._expand_compounds(ids_of)
        width = max(card_count, 1)
        gathered = np.frombuffer(self.terms, dtype=np.uint32)
        run_numbers = numbers[np.frombuffer(self.run_cards, np.uint32)]
        lengths = np.frombuffer(self.run_lengths, dtype=np.uint32)
        # The arrays go from here; ``gathered`` keeps the codes' buffer while it is used.
        self.terms, self.run_cards, self.run_lengths = array("I"), array("I"), array("I")
        combined = _combinable(gathered, key_count * width)
        del gathered
        combined *= combined.dtype.type(width)
        run_numbers = run_numbers.astype(combined.dtype)
        at = 0
        for first in range(0, len(lengths), _RUNS):
            expanded = np.repeat(run_numbers[first : first + _RUNS], lengths[first : first + _RUNS])
            combined[at : at + len(expanded)] += expanded
            at += len(expanded)
        del run_numbers, lengths
        unique = _sorted_unique(combined)
        del combined
        # Pieces without a word were gathered as term 0: the pairs below ``width``.
        return _grouped(unique[np.searchsorted(unique, unique.dtype.type(width)) :], width)

    def _expand_compounds(self, ids_of: Callable[[int], tuple[int, ...]]) -> None:
        """Each compound code becomes the first of its term ids; the others are added as a
        run of their own on the same card. So every code is one term (or none), and the
        pairs are sorted once, with no second list to merge into them."""
        gathered = np.frombuffer(self.terms, dtype=np.uint32)
        at = np.flatnonzero(gathered >= COMPOUND)
        if len(at) == 0:
            return
        ends = np.cumsum(np.frombuffer(self.run_lengths, dtype=np.uint32), dtype=np.int64)
        cards = np.frombuffer(self.run_cards, dtype=np.uint32)[np.searchsorted(ends, at, "right")]
        parts = list(map(ids_of, gathered[at].tolist()))
        gathered[at] = [part[0] for part in parts]
        del gathered  # the arrays grow below: no view of them may be left
        rest = [part[1:] for part in parts]
        self.terms.extend(chain.from_iterable(rest))
        self.run_cards.extend(cards.tolist())
        self.run_lengths.extend(map(len, rest))


@dataclass(frozen=True)
class Groups:
    """Sorted unique (key, card) pairs in runs of one key: ``keys[i]`` is on the cards
    ``cards[starts[i]:ends[i]]``."""

    keys: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    cards: np.ndarray
    """uint32."""

    def runs(self) -> Iterator[tuple[int, int, int]]:
        """(key, start, end) of each run."""
        return zip(self.keys.tolist(), self.starts.tolist(), self.ends.tolist(), strict=True)


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
    """The distinct values, sorted: ``values`` sorted in place and its repeats squeezed out
    in place, a part at a time (the view of its start that is returned)."""
    values.sort()
    kept, previous = 0, None
    for at in range(0, len(values), _CHUNK):
        part = values[at : at + _CHUNK]
        keep = np.empty(len(part), dtype=bool)
        keep[0] = previous is None or part[0] != previous
        np.not_equal(part[1:], part[:-1], out=keep[1:])
        previous = part[-1]
        distinct = part[keep]
        values[kept : kept + len(distinct)] = distinct
        kept += len(distinct)
    return values[:kept]


def _grouped(pairs: np.ndarray, card_count: int) -> Groups:
    """The pairs key * card_count + card of sorted unique ``pairs``, grouped by key.

    ``pairs`` is consumed: when it is 32-bit its own memory becomes the cards."""
    if len(pairs) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Groups(empty, empty, empty, np.zeros(0, dtype=np.uint32))
    width = pairs.dtype.type(card_count)
    starts = [np.zeros(1, dtype=np.int64)]
    for at in range(0, len(pairs), _CHUNK):
        low = max(at - 1, 0)  # a run may start at ``at``: compare it with the pair before
        keys = pairs[low : at + _CHUNK] // width
        starts.append(np.flatnonzero(keys[1:] != keys[:-1]) + (low + 1))
    run_starts = np.concatenate(starts)
    keys = (pairs[run_starts] // width).astype(np.int64)
    if pairs.dtype == np.uint32:
        pairs %= width
        cards = pairs
    else:
        cards = np.empty(len(pairs), dtype=np.uint32)
        for at in range(0, len(pairs), _CHUNK):
            cards[at : at + _CHUNK] = pairs[at : at + _CHUNK] % width
    return Groups(keys, run_starts, np.r_[run_starts[1:], len(pairs)], cards)


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
        self.start_years = array("q")
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
        cards, facets = self._read_cards(db)
        count, sequences = len(cards.ids), cards.sequences
        numbers = np.full(max(sequences, default=0) + 1, -1, dtype=np.int64)
        numbers[np.frombuffer(sequences, dtype=np.int64)] = np.arange(count, dtype=np.int64)
        if (numbers[: self.handed_over] < 0).any():
            raise RuntimeError("cards were handed to the search index that are not written")
        self._add_texts_read_back(db)
        part_done()
        years = self._add_card_words(cards)
        part_done()
        self._add_places(db, cards, facets.place)
        part_done()

        title_words = write_titles(
            db,
            self.fields[Field.TITLE].titles(),
            numbers,
            self.terms.ids.keys_by_id,
            self.terms.ids_of,
            count,
        )
        _write_cards(db, cards.ids, title_words)
        del cards, title_words
        part_done()
        for field, postings in self.fields.items():
            _write_postings(db, field, postings, numbers, self.terms, count)
            part_done()
        facets.write(db, years)
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

    def _read_cards(self, db: Connection) -> tuple[_Cards, Facets]:
        """The cards in the order of their numbers, and their facets."""
        cards, facets = _Cards(), Facets()
        first_of_pack, ids, sequences = self.first_of_pack, cards.ids, cards.sequences
        kind, category, side = facets.kind.add, facets.category.add, facets.side.add
        collection = facets.collection.add
        rows = db.execute(
            f'SELECT id, kind, category, side, start, "end", tags_json, pack_id, position '
            f"FROM cards ORDER BY {CHRONOLOGICAL}"
        )
        for number, row in enumerate(rows):
            ids.append(row[0])
            kind(row[1])
            category(row[2])
            side(row[3] or NO_SIDE)
            collection(row[7])
            first = first_of_pack.get(row[7])
            if first is None:
                cards.others.append((number, *row[1:]))
                sequences.append(-1)
            else:
                sequences.append(first + row[8])
        # The cards not handed over get the next sequence numbers, in the order
        # ``_add_texts_read_back`` reads them.
        cards.others.sort(key=lambda other: (other[7], other[8]))
        for offset, other in enumerate(cards.others):
            sequences[other[0]] = self.handed_over + offset
        return cards, facets

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

    def _add_card_words(self, cards: _Cards) -> list[int | None]:
        """Kind, tags and years of the cards not handed over, as words of the rest; each
        card's start year, by number."""
        handed, start_years = self.handed_over, self.start_years
        years: list[int | None] = [None] * len(cards.ids)
        for number, sequence in enumerate(cards.sequences):
            if sequence < handed and start_years[sequence] != NO_YEAR:
                years[number] = start_years[sequence]
        of, other = self.terms.of, self.fields[Field.OTHER]
        for number, kind, _, _, start, end, tags_json, _, _ in cards.others:
            start_year = FuzzyDate.parse(start).year if start else None
            end_year = FuzzyDate.parse(end).year if end else None
            years[number] = start_year
            other.add(
                cards.sequences[number],
                of([kind, *json.loads(tags_json), *_year_words(start_year, end_year)]),
            )
        return years

    def _add_places(self, db: Connection, cards: _Cards, facet: PlaceFacet) -> None:
        """A card's places in every language, as words of its summary: it is about them;
        and as its place facet."""
        of, summary = self.terms.of, self.fields[Field.SUMMARY]
        names = {
            place_id: of(json.loads(names).values())
            for place_id, names in db.execute("SELECT id, name_json FROM places")
        }
        number_of = {card_id: number for number, card_id in enumerate(cards.ids)}
        sequences, add = cards.sequences, facet.add
        for card_id, place_id in db.execute("SELECT card_id, place_id FROM card_places"):
            number = number_of[card_id]
            summary.add(sequences[number], names.get(place_id, set()))
            add(number, place_id)


class _Cards:
    """What the index needs of the cards while it is written, by card number."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.sequences = array("q")
        """Each card's sequence number (see ``SearchIndexBuilder.first_of_pack``)."""
        self.others: list[tuple] = []
        """(number, kind, category, side, start, end, tags_json, pack_id, position) of the
        cards not handed over, which are read back."""


NO_YEAR = -(2**63)


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


def _write_cards(db: Connection, ids: list[str], title_words: list[int]) -> None:
    db.conn.executemany(
        "INSERT INTO search_cards VALUES (?, ?, ?)",
        zip(range(len(ids)), ids, title_words, strict=True),
    )


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
    groups = postings.grouped(numbers, count, len(keys_by_id), terms.ids_of)
    # id -> text of the current level's groups: term keys, then ever shorter prefixes.
    level_keys = {term: keys_by_id[term] for term in groups.keys.tolist()}
    _insert_groups(db, "search_terms", field, groups, level_keys, count, 0)
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
        # The level's pairs, prefix * width + card, made where the cards are when 32 bits
        # hold them: no second array of every pair.
        combined = groups.cards.astype(lookup.dtype, copy=False)
        per_group = lookup[groups.keys]
        per_group *= per_group.dtype.type(width)
        _add_by_runs(combined, per_group, groups.starts, groups.ends)
        del groups, per_group
        groups = _grouped(_sorted_unique(combined), width)
        del combined
        level_keys = {code: prefix for prefix, code in prefixes.items()}
        _insert_groups(db, "search_prefixes", field, groups, level_keys, count, length)


def _add_by_runs(
    values: np.ndarray, per_run: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> None:
    """``values[starts[i]:ends[i]] += per_run[i]`` for runs that follow one another, about
    ``_CHUNK`` values at a time."""
    first = 0
    while first < len(starts):
        last = max(first + 1, int(np.searchsorted(ends, starts[first] + _CHUNK, "right")))
        added = np.repeat(per_run[first:last], ends[first:last] - starts[first:last])
        values[starts[first] : starts[first] + len(added)] += added
        first = last


def _insert_groups(
    db: Connection,
    table: str,
    field: Field,
    groups: Groups,
    keys: dict[int, str],
    count: int,
    length: int,
) -> None:
    """One row per group, in the order of their keys (compact B-trees).

    With a ``length``, only the keys of exactly that length are written.
    """
    runs = [
        (keys[key_id], start, end)
        for key_id, start, end in groups.runs()
        if not length or len(keys[key_id]) == length
    ]
    runs.sort()
    blobs = encode_postings_runs(groups.cards, ((start, end) for _, start, end in runs), count)
    db.conn.executemany(
        f"INSERT INTO {table} VALUES ({int(field)}, ?, ?)",
        zip((key for key, _, _ in runs), blobs, strict=True),
    )
