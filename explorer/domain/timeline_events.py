"""Dated cards as the timeline sees them: a lane and the days they cover."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter
from typing import overload

import numpy as np

from explorer.domain.fuzzy_date import FuzzyDate, Precision, Qualifier, span_of, span_vagueness


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One card as the timeline sees it: which lane it is in and which days it covers.

    ``first_day`` and ``last_day`` are day numbers (``fuzzy_date.day_number``), with the
    part of the day gone by added for a date with a time of day. They are equal for a point
    known to the day or the minute; a point known to the month or year covers that whole
    month or year, and a span covers its start's first day to its end's last day.
    ``is_span`` tells a bar (a start and an end) from a point, whatever its precision.
    """

    id: str
    lane: str
    first_day: int | float
    last_day: int | float
    qualifier: Qualifier
    precision: Precision
    is_span: bool

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError(f"event {self.id!r} ends before it starts")


def event_from_dates(id: str, lane: str, start: FuzzyDate, end: FuzzyDate | None) -> TimelineEvent:
    """The timeline event of a card dated ``start`` or ``start`` to ``end``.

    A span takes the first non-exact qualifier of its two ends (a span that ends "planned"
    is planned) and the coarser precision, so the view draws it as vague as its vaguer end.
    Raises FuzzyDateError when the end comes before the start.
    """
    # span_of returns None only for a missing start; it checks the order of the ends.
    first_day, last_day = span_of(start, end) or start.period()
    if start.time is not None:
        first_day = start.moment
        if end is None:
            last_day = first_day
    if end is not None and end.time is not None:
        last_day = end.moment
    qualifier, precision = span_vagueness(start, end)
    return TimelineEvent(id, lane, first_day, last_day, qualifier, precision, end is not None)


order_key = attrgetter("first_day", "last_day", "id", "precision", "qualifier", "is_span")
"""The order of events within a lane: by first day, last day and id.

Every other field breaks the remaining ties, so that even duplicate ids sort the same whatever
order they came in. An attrgetter because it is called for every event of every lane.
"""


def in_order(events: Iterable[TimelineEvent]) -> list[TimelineEvent]:
    """The events sorted by ``order_key``, about three times faster than sorting by it.

    Comparing tuples is slow, so sort on the first day alone and then sort by the full key
    only the runs of events that share a first day.
    """
    ordered = sorted(events, key=attrgetter("first_day"))
    bounds = [
        i
        for i, (before, after) in enumerate(pairwise(ordered), 1)
        if before.first_day != after.first_day
    ]
    for start, end in zip([0, *bounds], [*bounds, len(ordered)], strict=True):
        if end - start > 1:
            ordered[start:end] = sorted(ordered[start:end], key=order_key)
    return ordered


class NumberedEvents(Sequence[TimelineEvent]):
    """Events picked by number from others, without copying any: the i-th is
    ``events[numbers[i]]``, made when asked for. ``numbers`` is an array or a range, so
    picking thousands of events is whole-array work on numbers, not on objects; a slice is
    made a list."""

    __slots__ = ("_events", "_numbers")

    def __init__(self, events: Sequence[TimelineEvent], numbers: np.ndarray | range):
        self._events = events
        self._numbers = numbers

    @property
    def numbers(self) -> np.ndarray | range:
        """Which of the events these are, in order."""
        return self._numbers

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, index: int) -> TimelineEvent: ...
    @overload
    def __getitem__(self, index: slice) -> list[TimelineEvent]: ...
    def __getitem__(self, index: int | slice) -> TimelineEvent | list[TimelineEvent]:
        if isinstance(index, slice):
            return [self._events[number] for number in _listed(self._numbers[index])]
        return self._events[int(self._numbers[index])]

    def __iter__(self) -> Iterator[TimelineEvent]:
        return map(self._events.__getitem__, _listed(self._numbers))


def _listed(numbers: np.ndarray | range) -> Iterable[int]:
    return numbers if isinstance(numbers, range) else numbers.tolist()
