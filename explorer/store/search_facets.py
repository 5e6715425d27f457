"""The facets of the search index: what the Refine column counts cards by.

Each card's values are taken as the cards are read in the index's order, as small codes
(each distinct value kept once), not kept as rows until the facets are written: at
100,000 cards the rows of ``cards`` and ``card_places`` held about 90 MB through the whole
build of the index. The rows written are those of the values themselves (see
:mod:`explorer.store.search_format`).
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence

import numpy as np

from explorer.domain.entities import NO_SIDE, Kind, Side
from explorer.domain.search_query import UNDATED, century_of, decade_of
from explorer.store.connection import Connection
from explorer.store.search_format import encode_codes


class FacetColumn:
    """One single-valued facet, by card number: the code of each card's value in the
    order values were first met."""

    def __init__(self) -> None:
        self.first_met: dict[str, int] = {}
        self.codes = array("i")

    def add(self, value: str) -> None:
        self.codes.append(self.first_met.setdefault(value, len(self.first_met)))

    def labels_and_codes(self, known: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """The labels, ``known`` first and then the others in the order first met; each
        card's index into them."""
        labels = list(dict.fromkeys([*known, *self.first_met]))
        index = {label: code for code, label in enumerate(labels)}
        recoded = np.array([index[value] for value in self.first_met], dtype=np.int64)
        return labels, recoded[np.frombuffer(self.codes, dtype=np.int32)]


class PlaceFacet:
    """Each card's places, by card number."""

    def __init__(self) -> None:
        self.first_met: dict[str, int] = {}
        self.cards = array("q")
        self.places = array("q")

    def add(self, number: int, place_id: str) -> None:
        self.cards.append(number)
        self.places.append(self.first_met.setdefault(place_id, len(self.first_met)))

    def cards_and_codes(self, labels: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The distinct (card, place) pairs sorted by card and then by the place's id, as
        parallel arrays of the card and of the place's index into ``labels``."""
        by_id = sorted(self.first_met)
        width = max(len(by_id), 1)
        rank = {place: position for position, place in enumerate(by_id)}
        rank_of = np.array([rank[place] for place in self.first_met], dtype=np.int64)
        pairs = np.frombuffer(self.cards, dtype=np.int64) * width
        pairs += rank_of[np.frombuffer(self.places, dtype=np.int64)]
        cards, ranks = np.divmod(np.unique(pairs), width)
        index = {label: code for code, label in enumerate(labels)}
        code_of = np.array([index[place] for place in by_id], dtype=np.int64)
        return cards, code_of[ranks]


class Facets:
    """The facets of every card, added in the order of their numbers."""

    def __init__(self) -> None:
        self.kind = FacetColumn()
        self.category = FacetColumn()
        self.side = FacetColumn()
        self.collection = FacetColumn()
        """The pack each card comes from, by its id."""
        self.place = PlaceFacet()

    def write(self, db: Connection, years: Sequence[int | None]) -> None:
        """Write the ``search_facets`` rows; ``years`` is each card's start year, by number."""
        categories = [
            row[0] for row in db.execute("SELECT id FROM categories ORDER BY pack_id, position")
        ]
        packs = [row[0] for row in db.execute("SELECT id FROM packs ORDER BY rank, id")]
        rows = []
        for name, column, known in (
            ("category", self.category, categories),
            ("side", self.side, [*(side.value for side in Side), NO_SIDE]),
            ("kind", self.kind, [kind.value for kind in Kind]),
            ("collection", self.collection, packs),
        ):
            labels, codes = column.labels_and_codes(known)
            rows.append((name, None, encode_codes(codes), json.dumps(labels)))
        for name, period in (("century", century_of), ("decade", decade_of)):
            values = [UNDATED if year is None else period(year) for year in years]
            dated = sorted({value for value in values if value != UNDATED})
            labels = [*dated, UNDATED]
            index = {label: code for code, label in enumerate(labels)}
            codes = np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))
            rows.append((name, None, encode_codes(codes), json.dumps(labels)))
        places = [row[0] for row in db.execute("SELECT id FROM places ORDER BY pack_id, id")]
        cards, codes = self.place.cards_and_codes(places)
        rows.append(("place", encode_codes(cards), encode_codes(codes), json.dumps(places)))
        db.conn.executemany("INSERT INTO search_facets VALUES (?, ?, ?, ?)", rows)
