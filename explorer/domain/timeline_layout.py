"""Where the timeline's cards, clusters and labels go, at any zoom.

The timeline view shows up to 300,000 dated cards in lanes (one per category, or a pack's
own: ``timeline_lane_keys``), and must paint in under 16 ms at every scale, so it never
makes one graphics item per card. It asks this module which clusters of cards are visible
at the current scale and draws only those.
All clustering is precomputed once per lane as NumPy arrays (``timeline_levels``); a query
is a few bisections plus a scan of the clusters near the window, never a pass over all
events. A search shows a subset of the events: ``TimelineLayout.subset`` lays it out from
the whole layout's sorted lanes, so only the clusters are made again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from explorer.domain.timeline_event_columns import EventColumns
from explorer.domain.timeline_events import NumberedEvents, TimelineEvent, event_from_dates
from explorer.domain.timeline_focus import dense_days
from explorer.domain.timeline_labels import place_labels
from explorer.domain.timeline_lane import (
    DEFAULT_BASE_DAYS_PER_PIXEL,
    DEFAULT_GAP_PX,
    Cluster,
    LaneLayout,
    Spacing,
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

    The whole layout keeps its events as columns (``EventColumns``) and makes a lane's
    clusters only when first asked for them: a whole layout that only serves subsets never
    holds any. A subset makes its clusters at once, on the thread that asks for it.
    """

    def __init__(
        self,
        events: Iterable[TimelineEvent] | EventColumns,
        lane_order: Sequence[str],
        *,
        gap_px: float = DEFAULT_GAP_PX,
        max_cluster_px: float | None = None,
        base_days_per_pixel: float = DEFAULT_BASE_DAYS_PER_PIXEL,
    ) -> None:
        spacing = Spacing.checked(gap_px, max_cluster_px, base_days_per_pixel)
        if not isinstance(events, EventColumns):
            events = EventColumns.of_events(events)
        known = [lane for lane in dict.fromkeys(lane_order) if lane in events.lanes]
        lane_ids = (*known, *sorted(set(events.lanes) - set(known)))
        rank_of_code = np.array([lane_ids.index(lane) for lane in events.lanes], dtype=np.int32)
        lane_ranks = rank_of_code[events.lane_codes]
        # Lane by lane, each in its order (``order_key``), last key first.
        numbering = np.lexsort(
            (
                events.spans,
                events.qualifiers,
                events.precisions,
                events.id_ranks,
                events.last_days,
                events.first_days,
                lane_ranks,
            )
        )
        columns = events.taken(numbering)
        stops = np.cumsum(np.bincount(lane_ranks, minlength=len(lane_ids))).tolist()
        lanes = {}
        for lane, start, stop in zip(lane_ids, [0, *stops], stops, strict=False):
            lanes[lane] = LaneLayout.of_ordered(
                lane,
                NumberedEvents(columns, range(start, stop)),
                columns.first_days[start:stop],
                columns.last_days[start:stop],
                spacing,
            )
        self._columns = columns
        self._set_up(lanes, whole=None, kept=None, count=len(columns))

    def _set_up(
        self,
        lanes: dict[str, LaneLayout],
        whole: TimelineLayout | None,
        kept: np.ndarray | None,
        count: int,
    ) -> None:
        self._lanes = lanes
        self._lane_ids = tuple(lanes)
        self._whole = whole if whole is not None else self
        self._kept = kept
        self._count = count
        self._ordered: NumberedEvents | None = None
        self._order: np.ndarray | None = None

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

    def dense_days(self) -> tuple[int, int] | None:
        """The stretch where most of these events are (see ``timeline_focus``)."""
        lanes = list(self._lanes.values())
        if not lanes:
            return None
        return dense_days(
            np.concatenate([lane.first_days for lane in lanes]),
            np.concatenate([lane.last_days for lane in lanes]),
        )

    @property
    def whole(self) -> TimelineLayout:
        """The layout of every event that this one is a subset of (itself if none)."""
        return self._whole

    def contains(self, event_id: str) -> bool:
        """Whether the event with this id is in the layout; costs one lookup."""
        number = int(self.numbers_of([event_id])[0])
        return number >= 0 and (self._kept is None or bool(self._kept[number]))

    def numbers_of(self, ids: Iterable[str]) -> np.ndarray:
        """The number of each id's event in the whole layout, -1 for an id of no event."""
        return self._whole._columns.ids.find(ids)

    @property
    def events(self) -> EventColumns:
        """Every event of the whole layout, by number: lane by lane, each in its order."""
        return self._whole._columns

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
            if chosen.all():
                # Every event of the lane: its events and days as they are, not copies.
                lanes[lane_id] = LaneLayout.of_ordered(
                    lane_id, lane.events, lane.first_days, lane.last_days, lane.spacing
                ).make_levels()
            elif chosen.any():
                numbers = (start + np.flatnonzero(chosen)).astype(np.int32)
                lanes[lane_id] = LaneLayout.of_ordered(
                    lane_id,
                    NumberedEvents(whole._columns, numbers),
                    lane.first_days[chosen],
                    lane.last_days[chosen],
                    lane.spacing,
                ).make_levels()
            start = stop
        layout = TimelineLayout.__new__(TimelineLayout)
        layout._set_up(lanes, whole=whole, kept=kept, count=int(np.count_nonzero(kept)))
        return layout

    def ordered_events(self) -> list[TimelineEvent]:
        """All events left to right as drawn: by first day, last day, lane (top to bottom), id.

        This is the order of the accessible list, which must read as the picture does.
        Computed once on first use; each call returns a new list.
        """
        return list(self.ordered)

    @property
    def ordered(self) -> NumberedEvents:
        """The events of ``ordered_events``, computed once and never copied."""
        if self._ordered is None:
            whole = self._whole
            if whole._order is None:
                # The lanes are numbered top to bottom, each in its own order, so a stable
                # sort on first and then last day breaks ties by lane and then by id.
                columns = whole._columns
                whole._order = np.lexsort((columns.last_days, columns.first_days)).astype(np.int32)
            order = whole._order
            if self._kept is not None:
                order = order[self._kept[order]]
            self._ordered = NumberedEvents(whole._columns, order)
        return self._ordered

    def position_of(self, event_id: str) -> int | None:
        """Where the event with this id is in ``ordered``; None when it is not in the layout."""
        number = int(self.numbers_of([event_id])[0])
        if number < 0:
            return None
        found = np.flatnonzero(np.asarray(self.ordered.numbers) == number)
        return int(found[0]) if len(found) else None

    def first_ending_from(self, day: float) -> int | None:
        """The position in ``ordered`` of the first event whose last day is ``day`` or later;
        None when none is."""
        last_days = self._whole._columns.last_days[np.asarray(self.ordered.numbers)]
        found = np.flatnonzero(last_days >= day)
        return int(found[0]) if len(found) else None

    def visible(
        self, days_per_pixel: float, first_day: float, last_day: float
    ) -> dict[str, list[Cluster]]:
        """Every lane, in order, with its clusters at this scale overlapping the window."""
        return {
            lane: self._lanes[lane].clusters(days_per_pixel, first_day, last_day)
            for lane in self._lane_ids
        }
