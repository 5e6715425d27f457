"""One search over every card: words in any script, typos, ranking and facet counts.

The index is built at import (:mod:`explorer.store.search_build`) and loaded once with
:meth:`SearchIndex.load`: the card ids, each field's vocabulary, the facet codes and the
fuzzy index stay in memory; a term's or prefix's postings are read from the database the
first time they are needed and kept in a bounded cache.

A query is answered with whole-array numpy operations over the n cards, never a loop over
cards. For each query word (:func:`~explorer.domain.search_query.parse_query`), every card
gets its best :class:`~explorer.domain.search_query.Tier` (255 when the word is nowhere on
it): postings are written worst tier first, so a better tier overwrites a worse one. A
card's tier for the whole query is the worst of its words' tiers, so every word must match
somewhere. A card with every word whole in its title is then lifted when the query is its
whole title (:mod:`explorer.store.search_titles`). Results come best tier
first; among cards found in their titles, shorter titles first; then in card-number order,
which is chronological order. A word shorter than ``SHORTEST_PREFIX_EVERYWHERE`` letters
is taken as a beginning only in titles.

Facet counts follow the usual rule of faceted search: a facet's counts take the query and
every *other* facet's selection into account but not its own, so choosing "Italy" leaves the
counts of "Kazakhstan" and "both" visible.
"""

from __future__ import annotations

import json
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from explorer.domain.packed_ids import PackedIds
from explorer.domain.search_query import (
    EXACT_TIER,
    FUZZY_TIER,
    PREFIX_TIER,
    SHORTEST_PREFIX_EVERYWHERE,
    TITLE_TIERS,
    UNDATED,
    Field,
    QueryWord,
    Tier,
    parse_query,
    whole_title_key,
)
from explorer.store.connection import Connection
from explorer.store.search_format import (
    INDEX_FORMAT,
    PREFIX_LENGTHS,
    decode_codes,
    decode_postings,
)
from explorer.store.search_fuzzy import FuzzyTerms
from explorer.store.search_result import (
    FACETS,
    SINGLE_VALUED,
    FacetValue,
    Filters,
    SearchResult,
)

NO_MATCH = 255
CACHE_BYTES = 64 * 1024 * 1024
WORD_CACHE = 64
RESULT_CACHE = 16
# Fields from the worst tiers to the best, the order postings are written in.
_WORST_FIRST = (Field.OTHER, Field.SUMMARY, Field.TITLE)
# By tier: whether shorter titles come first within it (the query was found in the title).
_BY_TITLE_LENGTH = np.zeros(NO_MATCH + 1, dtype=bool)
_BY_TITLE_LENGTH[list(TITLE_TIERS)] = True


class SearchIndexMissing(LookupError):
    """The content database has no search index (it predates it); import the pack again."""


class _Cache:
    """Arrays by key, least recently used first out, bounded by their total size."""

    def __init__(self, limit: int):
        self.limit = limit
        self.size = 0
        self.items: OrderedDict[Any, np.ndarray | None] = OrderedDict()

    def get(self, key: Any) -> tuple[bool, np.ndarray | None]:
        if key in self.items:
            self.items.move_to_end(key)
            return True, self.items[key]
        return False, None

    def put(self, key: Any, value: np.ndarray | None) -> None:
        self.items[key] = value
        self.size += 0 if value is None else value.nbytes + 64
        while self.size > self.limit and len(self.items) > 1:
            _, old = self.items.popitem(last=False)
            self.size -= 0 if old is None else old.nbytes + 64

    def clear(self) -> None:
        self.items.clear()
        self.size = 0


def _next_string(prefix: str) -> str:
    """The first string after every string that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _readonly(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array


@dataclass
class _Facet:
    labels: list[FacetValue]
    codes: np.ndarray  # one per card; for place, one per (card, place) pair
    cards: np.ndarray | None = None  # for place: the card of each pair
    index: dict[FacetValue, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {label: code for code, label in enumerate(self.labels)}

    def lookup(self, values: frozenset) -> np.ndarray:
        chosen = np.zeros(len(self.labels), dtype=bool)
        for value in values:
            code = self.index.get(value)
            if code is None and isinstance(value, str) and value.lstrip("-").isdigit():
                code = self.index.get(int(value))
            if code is not None:
                chosen[code] = True
        return chosen

    def allowed(self, values: frozenset, card_count: int) -> np.ndarray:
        chosen = self.lookup(values)
        if self.cards is None:
            return chosen[self.codes]
        mask = np.zeros(card_count, dtype=bool)
        mask[self.cards[chosen[self.codes]]] = True
        return mask

    def counts(self, mask: np.ndarray | None, rows: np.ndarray | None) -> dict[FacetValue, int]:
        """Counts of each value over the cards of ``mask``; ``rows`` is its flatnonzero."""
        if mask is None:
            codes = self.codes
        elif self.cards is None:
            codes = self.codes[rows]
        else:
            codes = self.codes[np.flatnonzero(mask[self.cards])]
        counts = np.bincount(codes, minlength=len(self.labels))
        return dict(zip(self.labels, counts.tolist(), strict=True))


class SearchIndex:
    """The search index of a content database, in memory.

    Calls are serialised by a lock. Postings are read through the connection it was loaded
    with, so use it from that connection's thread unless the connection was opened with
    ``check_same_thread=False``. When the database gets another index (a pack written into
    it by ``replace_pack`` through any connection), the next search reloads; a database file
    replaced whole (every import and rebuild renames a new file in, see
    ``explorer.content.library``) needs a new connection and a new load.
    """

    def __init__(self, db: Connection):
        self.db = db
        self._lock = threading.RLock()
        self._postings = _Cache(CACHE_BYTES)
        self._words: OrderedDict[QueryWord, np.ndarray] = OrderedDict()
        self._results: OrderedDict[tuple, SearchResult] = OrderedDict()
        self._read()

    @classmethod
    def load(cls, db: Connection) -> SearchIndex:
        """Load the index of ``db``. Searches read postings through ``db`` later on."""
        return cls(db)

    # Loading ---------------------------------------------------------------------------

    def _read(self) -> None:
        db = self.db
        if "search_meta" not in db.table_names():
            raise SearchIndexMissing("the content database has no search index")
        meta = dict(db.execute("SELECT key, value FROM search_meta").fetchall())
        if "build" not in meta:
            raise SearchIndexMissing("the content database's search index was never built")
        if meta.get("format") != str(INDEX_FORMAT):
            raise SearchIndexMissing(
                f"the content database's search index is of format {meta.get('format', 1)}, "
                f"not {INDEX_FORMAT}: the database must be built again"
            )
        self.build = meta["build"]
        self.card_count = int(meta["card_count"])
        title_words = array("B")

        def ids() -> Iterable[str]:
            rows = db.execute("SELECT card_id, title_words FROM search_cards ORDER BY number")
            for card_id, words in rows:
                title_words.append(words)
                yield card_id

        self._card_ids = PackedIds.of(ids())
        self._title_words = _readonly(np.frombuffer(title_words, dtype=np.uint8).copy())
        # Each field's terms, sorted (SQLite's binary order is the code points' order), so a
        # term is looked up by bisection: no set of them is kept beside the list.
        self._vocabulary: dict[Field, list[str]] = {}
        for item in Field:
            terms = [
                row[0]
                for row in db.execute(
                    "SELECT term FROM search_terms WHERE field = ? ORDER BY term", [int(item)]
                )
            ]
            self._vocabulary[item] = terms
        every_term = sorted(set().union(*self._vocabulary.values()))
        self._fuzzy = FuzzyTerms(every_term)
        self._facets: dict[str, _Facet] = {}
        for name, cards, codes, labels_json in db.execute(
            "SELECT name, cards, codes, labels_json FROM search_facets"
        ):
            self._facets[name] = _Facet(
                json.loads(labels_json),
                decode_codes(codes),
                decode_codes(cards) if cards is not None else None,
            )
        self._all = _readonly(np.arange(self.card_count, dtype=np.int64))
        self._postings.clear()
        self._words.clear()
        self._results.clear()

    def _check_current(self) -> None:
        """Reload when the database holds another build of the index than the one loaded."""
        row = self.db.execute("SELECT value FROM search_meta WHERE key = 'build'").fetchone()
        if row is None or row[0] != self.build:
            self._read()

    # Postings --------------------------------------------------------------------------

    def _known(self, field_: Field, term: str) -> bool:
        vocabulary = self._vocabulary[field_]
        at = bisect_left(vocabulary, term)
        return at < len(vocabulary) and vocabulary[at] == term

    def _term(self, field_: Field, term: str) -> np.ndarray | None:
        if not self._known(field_, term):
            return None
        key = ("term", field_, term)
        hit, value = self._postings.get(key)
        if not hit:
            row = self.db.execute(
                "SELECT postings FROM search_terms WHERE field = ? AND term = ?",
                [int(field_), term],
            ).fetchone()
            value = decode_postings(row[0], self.card_count) if row else None
            self._postings.put(key, value)
        return value

    def _prefix(self, field_: Field, prefix: str) -> np.ndarray | None:
        """Cards with a term in ``field_`` that starts with ``prefix``."""
        vocabulary = self._vocabulary[field_]
        low = bisect_left(vocabulary, prefix)
        high = bisect_left(vocabulary, _next_string(prefix), low)
        if high == low:
            return None
        if high - low == 1:
            return self._term(field_, vocabulary[low])
        key = ("prefix", field_, prefix)
        hit, value = self._postings.get(key)
        if hit:
            return value
        if len(prefix) in PREFIX_LENGTHS:
            row = self.db.execute(
                "SELECT postings FROM search_prefixes WHERE field = ? AND prefix = ?",
                [int(field_), prefix],
            ).fetchone()
            value = decode_postings(row[0], self.card_count) if row else None
        else:
            rows = self.db.execute(
                "SELECT postings FROM search_terms WHERE field = ? AND term >= ? AND term < ?",
                [int(field_), prefix, _next_string(prefix)],
            ).fetchall()
            parts = [decode_postings(row[0], self.card_count) for row in rows]
            value = np.concatenate(parts) if parts else None
        self._postings.put(key, value)
        return value

    # Matching --------------------------------------------------------------------------

    def _word_tiers(self, word: QueryWord) -> np.ndarray:
        """The best tier of ``word`` on each card, NO_MATCH where it is not found."""
        cached = self._words.get(word)
        if cached is not None:
            self._words.move_to_end(word)
            return cached
        tiers = np.full(self.card_count, NO_MATCH, dtype=np.uint8)
        if word.typos:
            near = self._fuzzy.candidates(word.key, word.typos)
            for item in _WORST_FIRST:
                parts = [self._term(item, term) for term in near if self._known(item, term)]
                parts = [part for part in parts if part is not None]
                if parts:
                    tiers[np.concatenate(parts)] = FUZZY_TIER[item]
        short = len(word.key) < SHORTEST_PREFIX_EVERYWHERE
        for item in _WORST_FIRST:
            if word.prefix and (item == Field.TITLE or not short):
                found = self._prefix(item, word.key)
                if found is not None:
                    tiers[found] = PREFIX_TIER[item]
            found = self._term(item, word.key)
            if found is not None:
                tiers[found] = EXACT_TIER[item]
        _readonly(tiers)
        self._words[word] = tiers
        while len(self._words) > WORD_CACHE:
            self._words.popitem(last=False)
        return tiers

    def _query_tiers(self, words: tuple[QueryWord, ...]) -> np.ndarray | None:
        if not words:
            return None
        tiers = self._word_tiers(words[0])
        for word in words[1:]:
            tiers = np.maximum(tiers, self._word_tiers(word))
        return self._lift_titles(tiers, words)

    def _lift_titles(self, tiers: np.ndarray, words: tuple[QueryWord, ...]) -> np.ndarray:
        """``tiers`` with the cards that have a title made of the query's words, each word
        whole, lifted to WHOLE_TITLE. Costs one lookup and the length of its postings."""
        whole = self._whole_title(whole_title_key(word.key for word in words))
        if whole is None:
            return tiers
        tiers = tiers.copy()
        tiers[whole[tiers[whole] <= Tier.TITLE_EXACT]] = Tier.WHOLE_TITLE
        return tiers

    def _whole_title(self, title: str) -> np.ndarray | None:
        """Cards with a title whose keys, joined, are ``title``."""
        key = ("title", title)
        hit, value = self._postings.get(key)
        if not hit:
            row = self.db.execute(
                "SELECT postings FROM search_titles WHERE title = ?", [title]
            ).fetchone()
            value = decode_postings(row[0], self.card_count) if row else None
            self._postings.put(key, value)
        return value

    # Searching -------------------------------------------------------------------------

    def search(
        self, query: str = "", filters: Filters | Mapping[str, Iterable[FacetValue]] | None = None
    ) -> SearchResult:
        """Cards matching ``query`` and ``filters``, best first, with facet counts.

        Never raises for any query text. ``filters`` may also be a mapping of facet names to
        values, such as ``{"side": {"italy"}}``.
        """
        if filters is None:
            filters = Filters()
        elif not isinstance(filters, Filters):
            filters = Filters(
                **{name: values for name, values in filters.items() if name in FACETS and values}
            )
        words = parse_query(query)
        with self._lock:
            conn = self.db.conn
            own_snapshot = not conn.in_transaction
            if own_snapshot:
                conn.execute("BEGIN")
            try:
                self._check_current()
                key = (words, filters)
                cached = self._results.get(key)
                if cached is not None:
                    self._results.move_to_end(key)
                    return cached
                result = self._search(words, filters)
            finally:
                if own_snapshot:
                    conn.execute("COMMIT")
            self._results[key] = result
            while len(self._results) > RESULT_CACHE:
                self._results.popitem(last=False)
            return result

    def _search(self, words: tuple[QueryWord, ...], filters: Filters) -> SearchResult:
        n = self.card_count
        tiers = self._query_tiers(words)
        matched = None if tiers is None else tiers != NO_MATCH
        allowed = {
            name: self._facets[name].allowed(values, n)
            for name, values in filters.selected().items()
            if name in self._facets
        }

        def combine(masks: Iterable[np.ndarray]) -> np.ndarray | None:
            result = matched
            for mask in masks:
                result = mask if result is None else result & mask
            return result

        everything = combine(allowed.values())
        numbers = self._all if everything is None else np.flatnonzero(everything)
        facets: dict[str, Mapping[FacetValue, int]] = {}
        for name, facet in self._facets.items():
            if name in allowed:
                mask = combine(m for other, m in allowed.items() if other != name)
                rows = None if mask is None else np.flatnonzero(mask)
            else:
                mask, rows = everything, numbers
            facets[name] = MappingProxyType(facet.counts(mask, rows))
        result_tiers = None
        if tiers is not None:
            row_tiers = tiers[numbers]
            lengths = np.where(_BY_TITLE_LENGTH[row_tiers], self._title_words[numbers], 0)
            ranks = (row_tiers.astype(np.uint16) << 8) | lengths.astype(np.uint16)
            order = np.argsort(ranks, kind="stable")
            numbers = numbers[order]
            result_tiers = _readonly(row_tiers[order])
        return SearchResult(
            _readonly(numbers), result_tiers, MappingProxyType(facets), words, self._card_ids
        )

    # Facet labels ----------------------------------------------------------------------

    def facet_values(self, name: str) -> list[FacetValue]:
        """Every value of a facet, in its order (periods ascending, "undated" last)."""
        return list(self._facets[name].labels)


__all__ = [
    "FACETS",
    "SINGLE_VALUED",
    "UNDATED",
    "Filters",
    "SearchIndex",
    "SearchIndexMissing",
    "SearchResult",
]
