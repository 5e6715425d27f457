"""The list of places as a model over arrays: countries, their places, and a place's cards.

Made for 100,000 places. Every (place, country) pair is put in order once per language (by
country, then by the place's name in that language's alphabetical order) and kept; a fill
with new counts is then a mask over that order and a grouping by country with numpy. The
view asks only for the rows it shows, and a row is an index whose ``internalId`` is an
integer naming its parent: no object is made per place.

Ids of the indexes: 0 for a country; ``1 + country row`` for a place (its country); and
``1 + countries shown + pair`` for a card, where ``pair`` is the place's position among the
pairs shown.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractItemModel, QCollator, QLocale, QModelIndex, QObject, Qt

KIND_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTRY, PLACE, CARD = "country", "place", "card"

Cards = Sequence[tuple[str, str]]
_NO_PARENT = QModelIndex()


@dataclass(frozen=True, eq=False)
class Memberships:
    """Which countries each place is in, as (place, country) pairs; a place in none is in
    the country ``""``."""

    codes: list[str]
    pair_places: np.ndarray
    pair_countries: np.ndarray


@dataclass(frozen=True, eq=False)
class NamedOrder:
    """The places' names in one language, and the pairs by country then by name."""

    names: list[str]
    pair_places: np.ndarray
    pair_countries: np.ndarray


def memberships(count: int, countries_of: Callable[[int], tuple[str, ...]]) -> Memberships:
    code_numbers: dict[str, int] = {}
    places: list[int] = []
    countries: list[int] = []
    for place in range(count):
        for code in countries_of(place) or ("",):
            places.append(place)
            countries.append(code_numbers.setdefault(code, len(code_numbers)))
    return Memberships(
        list(code_numbers),
        np.array(places, dtype=np.int64),
        np.array(countries, dtype=np.int64),
    )


def named_order(
    members: Memberships, count: int, name_of: Callable[[int], str], collator: QCollator
) -> NamedOrder:
    """Sort keys are computed once per name: comparing two of them is far cheaper than
    comparing the names themselves."""
    names = [name_of(place) for place in range(count)]
    keys = [collator.sortKey(name) for name in names]
    alphabetical = sorted(range(count), key=keys.__getitem__)
    rank = np.empty(count, dtype=np.int64)
    rank[np.array(alphabetical, dtype=np.int64)] = np.arange(count, dtype=np.int64)
    by = np.lexsort((rank[members.pair_places], members.pair_countries))
    return NamedOrder(names, members.pair_places[by], members.pair_countries[by])


class PlaceTreeModel(QAbstractItemModel):
    """Countries, each with its places (those with a count), each with its cards once asked
    for (``fetchMore``, which a tree view calls when a place is expanded)."""

    def __init__(self, counted: Callable[[str, int], str], parent: QObject | None = None):
        super().__init__(parent)
        self._counted = counted
        self._ids: Sequence[str] = ()
        self._members: Memberships | None = None
        self._orders: dict[tuple[str, str], NamedOrder] = {}
        self._names: list[str] = []
        self._codes: list[str] = []
        self._labels: list[str] = []
        self._cards_of: Callable[[str], Cards] = lambda _place: ()
        self._clear_rows()

    def _clear_rows(self) -> None:
        # Numpy for whole-array work, Python lists for what the view asks row by row: the
        # view asks for every row of a country it expands, and a list is read faster.
        self._places = np.zeros(0, dtype=np.int64)  # the pairs shown: their places
        self._counts = np.zeros(0, dtype=np.int64)
        self._code_starts: list[int] = []  # per country code: where its pairs start
        self._row_of_code: list[int] = []  # per country code: its row (or -1)
        self._row_codes: list[int] = []  # per row: the country code shown there
        self._row_starts: list[int] = []  # per row: where its pairs start
        self._row_sizes: list[int] = []  # per row: how many places it shows
        self._row_totals: list[int] = []  # per row: the sum of its places' counts
        self._shown = 0  # the number of countries shown
        self._cards: dict[int, list[tuple[str, str]]] = {}

    # ---- filling ----------------------------------------------------------------------------

    def fill(
        self,
        ids: Sequence[str],
        name_of: Callable[[int], str],
        countries_of: Callable[[int], tuple[str, ...]],
        counts: np.ndarray,
        country_name: Callable[[str], str],
        cards_of: Callable[[str], Cards],
        language: str,
    ) -> None:
        """Show the places ``ids`` with a count above 0, under each of their countries.

        The same ``ids`` object is taken for the same places in the same countries: their
        countries and their order per language are kept from one fill to the next."""
        counts = np.asarray(counts)
        if len(counts) != len(ids):
            raise ValueError(f"{len(counts)} counts for {len(ids)} places")
        if ids is not self._ids or self._members is None:
            self._ids, self._orders = ids, {}
            self._members = memberships(len(ids), countries_of)
        collator = QCollator(QLocale())
        key = (language, collator.locale().name())
        order = self._orders.get(key)
        if order is None:
            order = self._orders[key] = named_order(self._members, len(ids), name_of, collator)
        self.beginResetModel()
        self._clear_rows()
        self._names, self._cards_of = order.names, cards_of
        self._codes = self._members.codes
        self._counts = counts
        kept = counts[order.pair_places] > 0
        self._places = order.pair_places[kept]
        countries = order.pair_countries[kept]
        size = len(self._codes)
        sizes = np.bincount(countries, minlength=size)
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
        weights = counts[self._places].astype(np.float64)
        totals = np.rint(np.bincount(countries, weights, minlength=size)).astype(np.int64)
        self._labels = [country_name(code) for code in self._codes]
        rows = sorted(
            np.flatnonzero(sizes).tolist(), key=lambda code: collator.sortKey(self._labels[code])
        )
        self._shown, self._row_codes = len(rows), rows
        self._row_starts = starts[rows].tolist()
        self._row_sizes = sizes[rows].tolist()
        self._row_totals = totals[rows].tolist()
        self._code_starts = starts.tolist()
        self._row_of_code = [-1] * size
        for row, code in enumerate(rows):
            self._row_of_code[code] = row
        self.endResetModel()

    def place_indexes(self, place_id: str) -> list[QModelIndex]:
        """The rows of ``place_id``, one under each of its countries (for tests and tools)."""
        try:
            place = list(self._ids).index(place_id)
        except ValueError:
            return []
        found = [self._place_index(pair) for pair in np.flatnonzero(self._places == place)]
        return sorted(found, key=lambda index: index.parent().row())

    def _place_index(self, pair: int) -> QModelIndex:
        # A country showing no place starts where the next one does: the last of equal
        # starts is the one holding the pair.
        code = bisect_right(self._code_starts, pair) - 1
        row = self._row_of_code[code]
        return self.createIndex(pair - self._row_starts[row], 0, 1 + row)

    # ---- the model (kept lean: the view calls ``index`` for every row it lays out) ----------

    def _pair_of(self, place: QModelIndex) -> int:
        return self._row_starts[place.internalId() - 1] + place.row()

    def _kind(self, index: QModelIndex) -> str:
        number = index.internalId()
        return COUNTRY if number == 0 else PLACE if number <= self._shown else CARD

    def index(self, row: int, column: int = 0, parent: QModelIndex = _NO_PARENT) -> QModelIndex:
        if row < 0 or column != 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < self._shown else QModelIndex()
        number = parent.internalId()
        if number == 0:
            country = parent.row()
            if row < self._row_sizes[country]:
                return self.createIndex(row, 0, 1 + country)
        elif number <= self._shown:
            pair = self._row_starts[number - 1] + parent.row()
            if row < len(self._cards.get(pair, ())):
                return self.createIndex(row, 0, 1 + self._shown + pair)
        return QModelIndex()

    def parent(self, index: QModelIndex = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        number = index.internalId() if index.isValid() else 0
        if number == 0:
            return QModelIndex()
        if number <= self._shown:
            return self.createIndex(number - 1, 0, 0)
        return self._place_index(number - 1 - self._shown)

    def rowCount(self, parent: QModelIndex = _NO_PARENT) -> int:
        if not parent.isValid():
            return self._shown
        if parent.column() > 0:
            return 0
        kind = self._kind(parent)
        if kind == COUNTRY:
            return self._row_sizes[parent.row()]
        if kind == PLACE:
            return len(self._cards.get(self._pair_of(parent), ()))
        return 0

    def columnCount(self, parent: QModelIndex = _NO_PARENT) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex = _NO_PARENT) -> bool:
        number = parent.internalId()
        if 0 < number <= self._shown:  # a place: the expander shows until none are read
            cards = self._cards.get(self._row_starts[number - 1] + parent.row())
            return cards is None or bool(cards)
        if number == 0:
            return parent.isValid() or self._shown > 0
        return False

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return (
            parent.isValid()
            and self._kind(parent) == PLACE
            and self._pair_of(parent) not in self._cards
        )

    def fetchMore(self, parent: QModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        pair = self._pair_of(parent)
        cards = [(card_id, title) for card_id, title in self._cards_of(self._place_id(pair))]
        if not cards:
            self._cards[pair] = []
            return
        self.beginInsertRows(parent, 0, len(cards) - 1)
        self._cards[pair] = cards
        self.endInsertRows()

    def _place_id(self, pair: int) -> str:
        return self._ids[int(self._places[pair])]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, KIND_ROLE, KEY_ROLE):
            return None
        kind = self._kind(index)
        if role == KIND_ROLE:
            return kind
        if kind == COUNTRY:
            row = index.row()
            if role == KEY_ROLE:
                return self._codes[self._row_codes[row]]
            return self._counted(self._labels[self._row_codes[row]], self._row_totals[row])
        if kind == PLACE:
            place = int(self._places[self._pair_of(index)])
            if role == KEY_ROLE:
                return self._ids[place]
            return self._counted(self._names[place], int(self._counts[place]))
        card_id, title = self._cards[index.internalId() - 1 - self._shown][index.row()]
        return card_id if role == KEY_ROLE else title
