"""What a search asks (``Filters``) and answers (``SearchResult``).

Kept apart from the index, and free of NumPy at import, so that a window can be drawn, and
its session set up, before the index and NumPy are loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from explorer.domain.search_query import QueryWord

if TYPE_CHECKING:
    import numpy as np

    from explorer.domain.packed_ids import PackedIds

FacetValue = str | int
FACETS = ("category", "side", "kind", "century", "decade", "place", "collection")
SINGLE_VALUED = ("category", "side", "kind", "century", "decade", "collection")


def _frozen(values: Iterable[Any] | None) -> frozenset:
    if values is None:
        return frozenset()
    if isinstance(values, str | int):
        return frozenset([values])
    return frozenset(values)


@dataclass(frozen=True)
class Filters:
    """Facet values to keep; an empty set keeps everything. Values within a facet are ORed,
    facets are ANDed. Periods are ints (see ``century_of`` and ``decade_of``) or "undated".
    """

    category: frozenset[str] = frozenset()
    side: frozenset[str] = frozenset()
    kind: frozenset[str] = frozenset()
    place: frozenset[str] = frozenset()
    century: frozenset[FacetValue] = frozenset()
    decade: frozenset[FacetValue] = frozenset()
    collection: frozenset[str] = frozenset()
    """Pack ids."""

    def __post_init__(self) -> None:
        for item in fields(self):
            object.__setattr__(self, item.name, _frozen(getattr(self, item.name)))

    def selected(self) -> dict[str, frozenset]:
        """The facets with a selection."""
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}


@dataclass(frozen=True)
class SearchResult:
    """Matching cards, best first, and the facet counts that go with them.

    ``numbers`` are card numbers (chronological positions); ``tiers`` the tier of each,
    parallel to ``numbers``, or None for an empty query. ``facets`` maps each facet name to
    ``{value: count}`` for every value of that facet, zeros included.
    """

    numbers: np.ndarray
    tiers: np.ndarray | None
    facets: Mapping[str, Mapping[FacetValue, int]]
    words: tuple[QueryWord, ...]
    _card_ids: PackedIds | tuple[()] = field(repr=False)

    @classmethod
    def awaited(cls) -> SearchResult:
        """No cards and no counts: what a window shows until its index has answered."""
        return _AWAITED

    @property
    def awaiting(self) -> bool:
        """Whether this is no answer yet (``awaited``), rather than an answer of no cards."""
        return self is _AWAITED

    @property
    def total(self) -> int:
        return len(self.numbers)

    def __len__(self) -> int:
        return len(self.numbers)

    def card_id(self, row: int) -> str:
        """The id of the card at ``row`` of the results."""
        return self._card_ids[int(self.numbers[row])]

    def row_of(self, card_id: str) -> int:
        """The row of a card in the results, -1 if it is not in them. Looked for from the
        top, in growing slices: the card asked for is most often the first, or near it."""
        if not len(self.numbers):
            return -1
        import numpy as np

        (number,) = self._card_ids.find([card_id]).tolist()
        if number < 0:
            return -1
        start, size = 0, 64
        while start < len(self.numbers):
            rows = np.flatnonzero(self.numbers[start : start + size] == number)
            if len(rows):
                return start + int(rows[0])
            start, size = start + size, size * 8
        return -1

    def among(self, card_ids: Sequence[str]) -> set[str]:
        """Which of ``card_ids`` are in the results: for a few cards, without listing the
        ids of every result (100,000 of them for a short word)."""
        if not len(self.numbers) or not card_ids:
            return set()
        import numpy as np

        numbers = self._card_ids.find(list(card_ids))
        present = (numbers >= 0) & np.isin(numbers, self.numbers)
        return {card for card, kept in zip(card_ids, present.tolist(), strict=True) if kept}

    def ids(self, start: int = 0, stop: int | None = None) -> list[str]:
        """Card ids of the results, or of rows ``start:stop``."""
        ids = self._card_ids
        return [ids[number] for number in self.numbers[start:stop].tolist()] if ids else []


_AWAITED = SearchResult((), None, MappingProxyType({}), (), ())
