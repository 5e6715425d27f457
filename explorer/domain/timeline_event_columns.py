"""The timeline's events as columns: a few arrays for all of them, not an object for each.

At 100,000 dated cards, one ``TimelineEvent`` each (with its id, its lane name and its two
day numbers as objects of their own, and a dictionary to find them) took about 33 MB; as
columns they take about 6 MB. An event is made as a ``TimelineEvent`` only when it is asked
for: the marks painted, the rows of the list on screen, the card opened.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import overload

import numpy as np

from explorer.domain.fuzzy_date import Precision, Qualifier
from explorer.domain.packed_ids import PackedIds
from explorer.domain.timeline_events import TimelineEvent

QUALIFIERS = tuple(sorted(Qualifier, key=lambda qualifier: qualifier.value))
"""Qualifier codes in the order of their texts, so that codes sort as ``order_key`` does."""
_QUALIFIER_CODES = {qualifier: code for code, qualifier in enumerate(QUALIFIERS)}
_PRECISIONS = {precision.value: precision for precision in Precision}
_DTYPES = (np.int32, np.float64, np.float64, np.uint8, np.uint8, np.bool_, np.int32)
"""Of the lane codes, first and last days, qualifiers, precisions, spans, card numbers."""
CHUNK = 4096
"""Rows read at a time: what is held as Python objects at once while reading."""

Row = tuple[str, str, int, int, str, int, bool, int | None]
"""An event as read: id, lane, first day, last day, qualifier (its text), precision (its
value), whether it is a span, and its card's number in the search index (None or -1 if
none)."""


class EventColumns(Sequence[TimelineEvent]):
    """Events as parallel arrays; ``columns[i]`` makes the i-th a ``TimelineEvent``.

    ``id_ranks`` orders the ids as strings do (equal ids, equal ranks), so that events can
    be sorted by id without the ids as strings. ``card_numbers`` are the cards' numbers in
    the search index, -1 where unknown.
    """

    __slots__ = (
        "card_numbers",
        "first_days",
        "id_ranks",
        "ids",
        "lane_codes",
        "lanes",
        "last_days",
        "precisions",
        "qualifiers",
        "spans",
    )

    def __init__(
        self,
        ids: PackedIds,
        lanes: tuple[str, ...],
        lane_codes: np.ndarray,
        first_days: np.ndarray,
        last_days: np.ndarray,
        qualifiers: np.ndarray,
        precisions: np.ndarray,
        spans: np.ndarray,
        id_ranks: np.ndarray,
        card_numbers: np.ndarray,
    ):
        self.ids = ids
        self.lanes = lanes
        self.lane_codes = lane_codes
        self.first_days = first_days
        self.last_days = last_days
        self.qualifiers = qualifiers
        self.precisions = precisions
        self.spans = spans
        self.id_ranks = id_ranks
        self.card_numbers = card_numbers
        if np.any(last_days < first_days):
            wrong = int(np.flatnonzero(last_days < first_days)[0])
            raise ValueError(f"event {ids[wrong]!r} ends before it starts")

    @classmethod
    def of_events(cls, events: Iterable[TimelineEvent]) -> EventColumns:
        """The columns of ``events`` (their card numbers unknown)."""
        return cls.from_rows(
            (e.id, e.lane, e.first_day, e.last_day, e.qualifier, e.precision, e.is_span, None)
            for e in events
        )

    @classmethod
    def from_rows(cls, rows: Iterable[Row]) -> EventColumns:
        """The columns of ``rows`` (see ``Row``), read ``CHUNK`` at a time.

        Rows in the order of their ids (as SQL's ``ORDER BY id`` gives them) are ranked as
        they come; others are ranked by sorting their ids at the end.
        """
        lanes: dict[str, int] = {}
        packed: list[PackedIds] = []
        parts: list[list[np.ndarray]] = [[] for _ in _DTYPES]
        changes: list[np.ndarray] = []  # whether each id but the first differs from the last
        in_order, previous = True, ()
        rows = iter(rows)
        while chunk := list(islice(rows, CHUNK)):
            ids, lane_names, *fields = zip(*chunk, strict=True)
            del chunk
            packed.append(PackedIds.of(ids))
            before = (*previous, *ids[:-1])
            after = ids[len(ids) - len(before) :]
            in_order = in_order and all(map(operator.le, before, after))
            changes.append(np.fromiter(map(operator.ne, before, after), dtype=bool))
            previous = ids[-1:]
            for lane in dict.fromkeys(lane_names):
                lanes.setdefault(lane, len(lanes))
            firsts, lasts, qualifiers, precisions, spans, numbers = fields
            for part, dtype, values in zip(
                parts,
                _DTYPES,
                (
                    map(lanes.__getitem__, lane_names),
                    firsts,
                    lasts,
                    map(_QUALIFIER_CODES.__getitem__, qualifiers),
                    precisions,
                    spans,
                    numbers if None not in numbers else (_known(n) for n in numbers),
                ),
                strict=True,
            ):
                part.append(np.fromiter(values, dtype=dtype))
        ids = PackedIds.joined(packed)
        if in_order:
            ranks = np.zeros(len(ids), dtype=np.int32)
            np.cumsum(np.concatenate([np.empty(0, bool), *changes]), out=ranks[1:])
        else:
            ranks = _ranks_of([ids[number] for number in range(len(ids))])
        columns = [
            np.concatenate([np.empty(0, dtype), *part])
            for dtype, part in zip(_DTYPES, parts, strict=True)
        ]
        return cls(ids, tuple(lanes), *columns[:6], ranks, columns[6])

    def taken(self, numbers: np.ndarray) -> EventColumns:
        """The events ``numbers``, in that order."""
        return EventColumns(
            self.ids.taken(numbers),
            self.lanes,
            self.lane_codes[numbers],
            self.first_days[numbers],
            self.last_days[numbers],
            self.qualifiers[numbers],
            self.precisions[numbers],
            self.spans[numbers],
            self.id_ranks[numbers],
            self.card_numbers[numbers],
        )

    @property
    def nbytes(self) -> int:
        arrays = (
            self.lane_codes,
            self.first_days,
            self.last_days,
            self.qualifiers,
            self.precisions,
            self.spans,
            self.id_ranks,
            self.card_numbers,
        )
        return self.ids.nbytes + sum(array.nbytes for array in arrays)

    def __len__(self) -> int:
        return len(self.first_days)

    @overload
    def __getitem__(self, index: int) -> TimelineEvent: ...
    @overload
    def __getitem__(self, index: slice) -> list[TimelineEvent]: ...
    def __getitem__(self, index: int | slice) -> TimelineEvent | list[TimelineEvent]:
        if isinstance(index, slice):
            return [self.event(number) for number in range(*index.indices(len(self)))]
        number = operator.index(index)
        if not -len(self) <= number < len(self):
            raise IndexError(index)
        return self.event(number % len(self))

    def event(self, number: int) -> TimelineEvent:
        """The event ``number`` (from 0; no negative numbers)."""
        return TimelineEvent(
            self.ids[number],
            self.lanes[self.lane_codes[number]],
            _day(self.first_days[number]),
            _day(self.last_days[number]),
            QUALIFIERS[self.qualifiers[number]],
            _PRECISIONS[int(self.precisions[number])],
            bool(self.spans[number]),
        )

    def __iter__(self) -> Iterator[TimelineEvent]:
        return map(self.event, range(len(self)))


def _day(value: float) -> int | float:
    """A day as a whole number when it is one (a day without a time of day)."""
    number = float(value)
    return int(number) if number.is_integer() else number


def _known(number: int | None) -> int:
    return -1 if number is None else number


def _ranks_of(ids: Sequence[str]) -> np.ndarray:
    """Ranks of ids in any order: equal ids share one, and ranks order as the ids do."""
    array = np.empty(len(ids), dtype=object)
    array[:] = ids
    return np.unique(array, return_inverse=True)[1].astype(np.int32)
