"""Where the timeline's cards, clusters and labels go, at any zoom.

The timeline view shows up to 100,000 dated cards in lanes, one lane per category, and must
paint in under 16 ms at every scale, so it never makes one graphics item per card. It asks
this module which clusters of cards are visible at the current scale and draws only those.
All clustering is precomputed once per lane as plain lists; a query is a few bisections plus
a scan of the clusters near the window, never a pass over all events.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, islice
from operator import attrgetter

from explorer.domain.timeline_events import TimelineEvent, event_from_dates, in_order
from explorer.domain.timeline_labels import place_labels
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

DEFAULT_GAP_PX = 14.0
"""A marker's width plus the space between markers: closer events are drawn as one cluster."""

DEFAULT_BASE_DAYS_PER_PIXEL = 1 / 64
"""The finest precomputed scale, a day 64 pixels wide; deeper zoom changes nothing more."""


@dataclass(frozen=True, slots=True)
class Cluster:
    """Consecutive events of one lane drawn as one marker: ``events[start:end]`` of the lane.

    Events are clustered on their anchors, their first days. ``first_day`` is the anchor of
    the first event and ``anchor_last_day`` that of the last: a cluster's pill (or a single
    event's mark) is drawn over those days. ``last_day`` is the latest last day of its
    events, so ``first_day`` to ``last_day`` is everything the cluster draws, bars included;
    it is what decides whether the cluster is visible.
    """

    lane: str
    first_day: int
    last_day: int
    start: int
    end: int
    anchor_last_day: int

    @property
    def count(self) -> int:
        return self.end - self.start

    @property
    def is_single(self) -> bool:
        return self.end - self.start == 1


LONG_SPAN_DAYS = 400
"""Events covering more days than this are "long" and found by their own index.

More than a year, so that a date known only to the year is never long."""


@dataclass(frozen=True, slots=True)
class _Level:
    """The clusters at one scale, as parallel lists so that queries are bisect and slice.

    ``first_days`` and ``anchor_last_days`` increase strictly and interleave: the anchor
    ranges of clusters never overlap. ``last_days`` need not increase, as a bar may reach
    past later clusters. ``reach[i]`` is the latest day reached by the short events (not
    longer than LONG_SPAN_DAYS) of clusters 0 to i, or their last anchor: it never decreases.
    """

    first_days: list[int]
    anchor_last_days: list[int]
    last_days: list[int]
    reach: list[int]
    starts: list[int]
    ends: list[int]


def _merge(level: _Level, threshold: float, max_days: float) -> _Level:
    """Join runs of neighbouring clusters, sweeping left to right.

    The next cluster joins the current run when its first anchor is less than ``threshold``
    days after the previous cluster's last anchor and the run's anchors would then cover at
    most ``max_days`` days; otherwise it starts a new run.
    """
    firsts, anchor_lasts = level.first_days, level.anchor_last_days
    count = len(firsts)
    if count < 2:
        return level
    keep = [0]
    start_run = keep.append
    run_first = firsts[0]
    previous_anchor = anchor_lasts[0]
    for j, first, anchor_last in zip(
        range(1, count), islice(firsts, 1, None), islice(anchor_lasts, 1, None), strict=True
    ):
        if first - previous_anchor >= threshold or anchor_last - run_first > max_days:
            start_run(j)
            run_first = first
        previous_anchor = anchor_last
    if len(keep) == count:
        return level
    ends_at = [*keep[1:], count]
    lasts = level.last_days
    return _Level(
        [firsts[j] for j in keep],
        [anchor_lasts[j - 1] for j in ends_at],
        [lasts[a] if b - a == 1 else max(lasts[a:b]) for a, b in zip(keep, ends_at, strict=True)],
        # A running maximum over a prefix of clusters: the finer one at the run's end.
        [level.reach[j - 1] for j in ends_at],
        [level.starts[j] for j in keep],
        [level.ends[j - 1] for j in ends_at],
    )


@dataclass(frozen=True, slots=True)
class _LongEvents:
    """The long events of a lane in one length class, by first day, with their indices.

    Every one covers at most ``max_length`` days, so one reaching day d starts at or after
    d - max_length: a query scans only the events that start in that stretch.
    """

    max_length: int
    first_days: list[int]
    last_days: list[int]
    indices: list[int]


def _long_events(events: Sequence[TimelineEvent]) -> tuple[_LongEvents, ...]:
    """The long events in classes k >= 0 of lengths in (LONG * 2**k, LONG * 2**(k+1)]."""
    classes: dict[int, _LongEvents] = {}
    for i, event in enumerate(events):
        length = event.last_day - event.first_day
        if length > LONG_SPAN_DAYS:
            k = ((length - 1) // LONG_SPAN_DAYS).bit_length() - 1
            group = classes.get(k)
            if group is None:
                group = classes[k] = _LongEvents(LONG_SPAN_DAYS << (k + 1), [], [], [])
            group.first_days.append(event.first_day)
            group.last_days.append(event.last_day)
            group.indices.append(i)
    return tuple(classes[k] for k in sorted(classes))


class LaneLayout:
    """The events of one lane, sorted, with their clusters precomputed for every scale.

    Each event's anchor is its first day, where the view draws its mark; its bar (a span or
    a coarse date) runs on to its last day and may cross other marks. Level k holds the
    clusters at ``base_days_per_pixel * 2**k``, up to the level where the whole lane is one
    cluster; a query takes the finest level at least as coarse as the scale asked.

    Level 0 is built from the single events and level k+1 from the clusters of level k, in
    one sweep: the next cluster joins the current run when its first anchor is less than
    ``gap_px`` pixels (at the new level's scale) after the previous cluster's last anchor,
    and the run's anchors would then span at most ``max_cluster_px`` pixels; otherwise it
    starts a new run. The cap stops single-linkage chaining: without it, 12,500 events over
    800 years make one cluster when zoomed out, and the picture loses all density.

    - Levels are nested by construction: each level-(k+1) cluster is a run of consecutive
      level-k clusters, so level 0 costs O(n) and each further level O(clusters below).
    - Two neighbouring clusters of a level are apart by the gap rule or by the cap. Apart
      by the gap rule, their anchor ranges are at least ``gap_px`` apart on screen at the
      level's scale and at any finer one, so at any scale that selects the level. Apart by
      the cap, they may touch, but the anchors of the two together span more than
      ``max_cluster_px`` pixels at the level's scale. So at a scale that selects a level,
      at most W / min(gap_px, max_cluster_px / 2) + 1 of its clusters have their anchors in
      a stretch W pixels wide, and dense data keeps its density when zoomed out.
    - A pill spans at most ``max_cluster_px`` pixels at its level's scale, so less than
      ``2 * max_cluster_px`` at any scale that selects that level, but for level 0 below the
      base scale, where pills widen as one zooms in (to at most ``max_cluster_px *
      base_days_per_pixel`` days: with the defaults, one day).
    - The top level is one cluster: once ``min(gap_px, max_cluster_px)`` pixels cover more
      than the lane's anchor span, every cluster joins the run, so the levels stop after
      about log2(span / (min(gap_px, max_cluster_px) * base_days_per_pixel)).

    ``clusters`` must not scan from the start of the lane, though a long span that starts
    early may reach into any window. A level's ``reach`` ignores long events, so
    ``bisect_left(reach, first visible day)`` is the first cluster whose short events reach
    the window; scanning from there to the last cluster anchored in the window, and keeping
    those whose last day is in it, visits at most the clusters anchored up to
    LONG_SPAN_DAYS before the window. A cluster before those can only be visible through a
    long event, which is found in ``_long``, per length class, by bisection.
    """

    def __init__(
        self,
        lane: str,
        events: Iterable[TimelineEvent],
        *,
        gap_px: float = DEFAULT_GAP_PX,
        max_cluster_px: float | None = None,
        base_days_per_pixel: float = DEFAULT_BASE_DAYS_PER_PIXEL,
    ) -> None:
        if max_cluster_px is None:
            max_cluster_px = 4 * gap_px
        # Written so that NaN fails too.
        if not (gap_px > 0 and max_cluster_px > 0 and base_days_per_pixel > 0):
            raise ValueError("gap_px, max_cluster_px and base_days_per_pixel must be positive")
        self.lane = lane
        self.gap_px = gap_px
        self.max_cluster_px = max_cluster_px
        self.base_days_per_pixel = base_days_per_pixel
        self._events: tuple[TimelineEvent, ...] = tuple(in_order(events))
        if any(event.lane != lane for event in self._events):
            raise ValueError(f"every event of lane {lane!r} must have that lane")
        count = len(self._events)
        anchors = [event.first_day for event in self._events]
        # Each event as a cluster of its own, which the first merge turns into level 0.
        level = _Level(
            anchors,
            anchors,
            [event.last_day for event in self._events],
            list(
                accumulate(
                    (
                        event.last_day
                        if event.last_day - event.first_day <= LONG_SPAN_DAYS
                        else event.first_day
                        for event in self._events
                    ),
                    max,
                )
            ),
            list(range(count)),
            list(range(1, count + 1)),
        )
        self._long = _long_events(self._events)
        self._levels: list[_Level] = []
        # Ends: see the class docstring on the top level.
        while not self._levels or len(level.starts) > 1:
            scale = self.level_days_per_pixel(len(self._levels))
            level = _merge(level, gap_px * scale, max_cluster_px * scale)
            self._levels.append(level)

    @property
    def events(self) -> tuple[TimelineEvent, ...]:
        """All events of the lane in order; ``events[cluster.start]`` costs nothing."""
        return self._events

    @property
    def first_day(self) -> int | None:
        return self._events[0].first_day if self._events else None

    @property
    def last_day(self) -> int | None:
        """The latest last day of the lane: that of its one cluster at the top level."""
        return self._levels[-1].last_days[0] if self._events else None

    @property
    def level_count(self) -> int:
        return len(self._levels)

    def level_days_per_pixel(self, level: int) -> float:
        """The scale a level was clustered at; a power of two times the base, so exact."""
        return self.base_days_per_pixel * 2**level

    def level_for(self, days_per_pixel: float) -> int:
        """The finest level whose scale is at least ``days_per_pixel`` (else the top level)."""
        top = len(self._levels) - 1
        if days_per_pixel <= self.base_days_per_pixel:
            return 0
        if days_per_pixel > self.level_days_per_pixel(top):
            return top
        level = min(math.ceil(math.log2(days_per_pixel / self.base_days_per_pixel)), top)
        # Correct log2's rounding near exact powers of two.
        while level > 0 and self.level_days_per_pixel(level - 1) >= days_per_pixel:
            level -= 1
        while self.level_days_per_pixel(level) < days_per_pixel:
            level += 1
        return level

    def clusters(
        self, days_per_pixel: float, first_visible_day: float, last_visible_day: float
    ) -> list[Cluster]:
        """The clusters at this scale whose days overlap the visible days (inclusive), in order.

        A cluster's days run from its ``first_day`` to its ``last_day``. The caller widens
        the window by half a marker so that markers cut by the edge come too.
        """
        level = self._levels[self.level_for(days_per_pixel)]
        firsts, lasts = level.first_days, level.last_days
        low = bisect_left(level.reach, first_visible_day)
        high = bisect_right(firsts, last_visible_day)
        found = [i for i in range(low, high) if lasts[i] >= first_visible_day]
        if low > 0 and self._long:
            # Clusters before ``low`` end before the window but for their long events, which
            # are anchored before the window and before cluster ``low``.
            before = min(first_visible_day, firsts[low]) if low < len(firsts) else first_visible_day
            earlier = {
                bisect_right(level.starts, group.indices[k]) - 1
                for group in self._long
                for k in range(
                    bisect_left(group.first_days, first_visible_day - group.max_length),
                    bisect_left(group.first_days, before),
                )
                if group.last_days[k] >= first_visible_day
            }
            found[:0] = sorted(i for i in earlier if firsts[i] <= last_visible_day)
        return [self._cluster(level, i) for i in found]

    def events_of(self, cluster: Cluster) -> Sequence[TimelineEvent]:
        """The events of a cluster in order (a copy: take ``events[cluster.start]`` for one)."""
        if cluster.lane != self.lane:
            raise ValueError(f"cluster of lane {cluster.lane!r}, not {self.lane!r}")
        return self._events[cluster.start : cluster.end]

    def cluster_at(
        self, days_per_pixel: float, day: float, tolerance_days: float
    ) -> Cluster | None:
        """The cluster whose anchors are nearest to ``day`` if within ``tolerance_days``.

        Marks are hit at their anchors: the distance is to the cluster's days from
        ``first_day`` to ``anchor_last_day``, not to the bars. On a tie the earlier cluster wins.
        """
        level = self._levels[self.level_for(days_per_pixel)]
        after = bisect_right(level.first_days, day)
        candidates = [i for i in (after - 1, after) if 0 <= i < len(level.starts)]
        if not candidates:
            return None

        def distance(i: int) -> float:
            return max(level.first_days[i] - day, day - level.anchor_last_days[i], 0)

        nearest = min(candidates, key=distance)
        return self._cluster(level, nearest) if distance(nearest) <= tolerance_days else None

    def _cluster(self, level: _Level, i: int) -> Cluster:
        return Cluster(
            self.lane,
            level.first_days[i],
            level.last_days[i],
            level.starts[i],
            level.ends[i],
            level.anchor_last_days[i],
        )


class TimelineLayout:
    """All lanes of the timeline, for the view and for its accessible list.

    ``lanes`` holds only lanes with events: those named in ``lane_order`` in that order, then
    any others sorted by id, so an unknown category still shows rather than vanishing.
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
        by_lane: dict[str, list[TimelineEvent]] = {}
        for event in events:
            by_lane.setdefault(event.lane, []).append(event)
        known = [lane for lane in dict.fromkeys(lane_order) if lane in by_lane]
        self._lane_ids = (*known, *sorted(by_lane.keys() - set(known)))
        self._lanes = {
            lane: LaneLayout(
                lane,
                by_lane[lane],
                gap_px=gap_px,
                max_cluster_px=max_cluster_px,
                base_days_per_pixel=base_days_per_pixel,
            )
            for lane in self._lane_ids
        }
        self._ordered: list[TimelineEvent] | None = None

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

    def ordered_events(self) -> list[TimelineEvent]:
        """All events left to right as drawn: by first day, last day, lane (top to bottom), id.

        This is the order of the accessible list, which must read as the picture does.
        Computed once on first use.
        """
        if self._ordered is None:
            # The lanes are concatenated top to bottom, each in its own order, so stable
            # sorts on the last and then the first day break ties by lane and then by id.
            # (Two sorts on one number each are faster than one on a pair.)
            ordered = [event for lane in self._lane_ids for event in self._lanes[lane].events]
            ordered.sort(key=attrgetter("last_day"))
            ordered.sort(key=attrgetter("first_day"))
            self._ordered = ordered
        return list(self._ordered)

    def visible(
        self, days_per_pixel: float, first_day: float, last_day: float
    ) -> dict[str, list[Cluster]]:
        """Every lane, in order, with its clusters at this scale overlapping the window."""
        return {
            lane: self._lanes[lane].clusters(days_per_pixel, first_day, last_day)
            for lane in self._lane_ids
        }
