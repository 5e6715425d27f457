"""Where the timeline's cards, clusters and labels go, at any zoom.

The timeline view shows up to 300,000 dated cards in lanes, one lane per category, and must
paint in under 16 ms at every scale, so it never makes one graphics item per card. It asks
this module which clusters of cards are visible at the current scale and draws only those.
All clustering is precomputed once per lane as NumPy arrays (``timeline_levels``); a query
is a few bisections plus a scan of the clusters near the window, never a pass over all
events. A search shows a subset of the events: ``TimelineLayout.subset`` lays it out from
the whole layout's sorted lanes, so only the clusters are made again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import repeat

import numpy as np

from explorer.domain.timeline_events import (
    NumberedEvents,
    TimelineEvent,
    event_from_dates,
    in_order,
)
from explorer.domain.timeline_labels import place_labels
from explorer.domain.timeline_lane import (
    DEFAULT_BASE_DAYS_PER_PIXEL,
    DEFAULT_GAP_PX,
    Cluster,
    LaneLayout,
    Spacing,
    days_of,
)
from explorer.domain.timeline_levels import LONG_SPAN_DAYS
from explorer.domain.timeline_ticks import Tick, TickUnit, date_of_day, ticks

__all__ = [
    "DEFAULT_BASE_DAYS_PER_PIXEL",
    "DEFAULT_GAP_PX",
    "LONG_SPAN_DAYS",
    "Cluster",
    "LaneLayout",
    "Tick",
    "TickUnit",
    "TimelineEvent",
    "TimelineLayout",
    "date_of_day",
    "event_from_dates",
    "place_labels",
    "ticks",
]


class TimelineLayout:
    """All lanes of the timeline, for the view and for its accessible list.

    ``lanes`` holds only lanes with events: those named in ``lane_order`` in that order, then
    any others sorted by id, so an unknown category still shows rather than vanishing.

    The events of a whole layout are numbered lane by lane, top to bottom, each lane in its
    order. A mask is one bool per event in that numbering (``mask_of``), and ``subset``
    lays out the events it keeps: a subset remembers its ``whole`` layout, which sorted the
    lanes and numbered the event ids once. Event ids are taken to be unique.
    """

    def __init__(
        self,
        events: Iterable[TimelineEvent],
        lane_order: Sequence[str],
        *,
        gap_px: float = DEFAULT_GAP_PX,
        max_cluster_px: float | None = None,
        base_days_per_pixel: float = DEFAULT_BASE_DAYS_PER_PIXEL,
    ) -> None:
        spacing = Spacing.checked(gap_px, max_cluster_px, base_days_per_pixel)
        by_lane: dict[str, list[TimelineEvent]] = {}
        for event in events:
            by_lane.setdefault(event.lane, []).append(event)
        known = [lane for lane in dict.fromkeys(lane_order) if lane in by_lane]
        lane_ids = (*known, *sorted(by_lane.keys() - set(known)))
        lanes = {}
        for lane in lane_ids:
            ordered = tuple(in_order(by_lane.pop(lane)))
            lanes[lane] = LaneLayout.of_ordered(lane, ordered, *days_of(ordered), spacing)
        self._set_up(lanes, whole=None, kept=None)

    def _set_up(
        self,
        lanes: dict[str, LaneLayout],
        whole: TimelineLayout | None,
        kept: np.ndarray | None,
    ) -> None:
        self._lanes = lanes
        self._lane_ids = tuple(lanes)
        self._whole = whole if whole is not None else self
        self._kept = kept
        self._ordered: NumberedEvents | None = None
        self._order: np.ndarray | None = None
        if whole is None:
            every = [event for lane in lanes.values() for event in lane.events]
            self._count = len(every)
            self._numbered = np.empty(self._count, dtype=object)
            self._numbered[:] = every
            self._first_days = np.concatenate(
                [lane.first_days for lane in lanes.values()] or [np.empty(0, np.int64)]
            )
            self._last_days = np.concatenate(
                [lane.last_days for lane in lanes.values()] or [np.empty(0, np.int64)]
            )
            self._number_of = {event.id: number for number, event in enumerate(every)}
        else:
            self._count = int(np.count_nonzero(kept))

    def __len__(self) -> int:
        """How many events the layout holds."""
        return self._count

    @property
    def lanes(self) -> tuple[str, ...]:
        return self._lane_ids

    def lane(self, lane: str) -> LaneLayout:
        """The layout of a lane; KeyError for a lane without events."""
        return self._lanes[lane]

    @property
    def first_day(self) -> int | None:
        """The first day of the earliest event, None when there are no events."""
        return min((lane.first_day for lane in self._lanes.values()), default=None)

    @property
    def last_day(self) -> int | None:
        return max((lane.last_day for lane in self._lanes.values()), default=None)

    @property
    def whole(self) -> TimelineLayout:
        """The layout of every event that this one is a subset of (itself if none)."""
        return self._whole

    def contains(self, event_id: str) -> bool:
        """Whether the event with this id is in the layout; costs one lookup."""
        number = self._whole._number_of.get(event_id)
        return number is not None and (self._kept is None or bool(self._kept[number]))

    def numbers_of(self, ids: Iterable[str]) -> np.ndarray:
        """The number of each id's event in the whole layout, -1 for an id of no event.

        One dictionary lookup per id, made in C.
        """
        return np.fromiter(map(self._whole._number_of.get, ids, repeat(-1)), dtype=np.int64)

    def mask_of(self, ids: Iterable[str]) -> np.ndarray:
        """One bool per event of the whole layout, True for the events with these ids."""
        numbers = self.numbers_of(ids)
        mask = np.zeros(len(self._whole), dtype=bool)
        mask[numbers[numbers >= 0]] = True
        return mask

    def subset(self, keep: np.ndarray) -> TimelineLayout:
        """The layout of the events of the whole layout where ``keep`` (one bool per event,
        see ``mask_of``) is True, with the same spacing. Lanes are not sorted again: only
        their clusters are made."""
        whole = self._whole
        kept = np.asarray(keep, dtype=bool)
        if kept.shape != (whole._count,):
            raise ValueError(f"a mask of {whole._count} events expected, not {kept.shape}")
        lanes = {}
        start = 0
        for lane_id, lane in whole._lanes.items():
            stop = start + len(lane.events)
            chosen = kept[start:stop]
            if chosen.any():
                events = NumberedEvents(whole._numbered, start + np.flatnonzero(chosen))
                lanes[lane_id] = LaneLayout.of_ordered(
                    lane_id, events, lane.first_days[chosen], lane.last_days[chosen], lane.spacing
                )
            start = stop
        layout = TimelineLayout.__new__(TimelineLayout)
        layout._set_up(lanes, whole=whole, kept=kept)
        return layout

    def ordered_events(self) -> list[TimelineEvent]:
        """All events left to right as drawn: by first day, last day, lane (top to bottom), id.

        This is the order of the accessible list, which must read as the picture does.
        Computed once on first use; each call returns a new list.
        """
        return list(self.ordered)

    @property
    def ordered(self) -> Sequence[TimelineEvent]:
        """The events of ``ordered_events``, computed once and never copied."""
        if self._ordered is None:
            whole = self._whole
            if whole._order is None:
                # The lanes are numbered top to bottom, each in its own order, so a stable
                # sort on first and then last day breaks ties by lane and then by id.
                whole._order = np.lexsort((whole._last_days, whole._first_days))
            order = whole._order
            if self._kept is not None:
                order = order[self._kept[order]]
            self._ordered = NumberedEvents(whole._numbered, order)
        return self._ordered

    def visible(
        self, days_per_pixel: float, first_day: float, last_day: float
    ) -> dict[str, list[Cluster]]:
        """Every lane, in order, with its clusters at this scale overlapping the window."""
        return {
            lane: self._lanes[lane].clusters(days_per_pixel, first_day, last_day)
            for lane in self._lane_ids
        }
