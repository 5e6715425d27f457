"""One lane of the timeline: its events in order, clustered at every scale.

See ``LaneLayout`` for the rule that makes the clusters and what it guarantees; the levels
themselves are arrays (``timeline_levels``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from explorer.domain.timeline_events import TimelineEvent, in_order
from explorer.domain.timeline_levels import (
    Level,
    LongEvents,
    first_after,
    first_at_least,
    long_events,
    merge,
    singles,
)

DEFAULT_GAP_PX = 14.0
"""A marker's width plus the space between markers: closer events are drawn as one cluster."""

DEFAULT_BASE_DAYS_PER_PIXEL = 1 / 8192
"""The finest precomputed scale, a day 8192 pixels wide (a minute near 6 pixels), so that
events at different times of one day come apart; deeper zoom changes nothing more."""


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


@dataclass(frozen=True, slots=True)
class Spacing:
    """How close marks may come: see ``LaneLayout``."""

    gap_px: float
    max_cluster_px: float
    base_days_per_pixel: float

    @classmethod
    def checked(
        cls, gap_px: float, max_cluster_px: float | None, base_days_per_pixel: float
    ) -> Spacing:
        if max_cluster_px is None:
            max_cluster_px = 4 * gap_px
        # Written so that NaN fails too.
        if not (gap_px > 0 and max_cluster_px > 0 and base_days_per_pixel > 0):
            raise ValueError("gap_px, max_cluster_px and base_days_per_pixel must be positive")
        return cls(gap_px, max_cluster_px, base_days_per_pixel)


def days_of(events: Sequence[TimelineEvent]) -> tuple[np.ndarray, np.ndarray]:
    count = len(events)
    return (
        np.fromiter((event.first_day for event in events), dtype=np.float64, count=count),
        np.fromiter((event.last_day for event in events), dtype=np.float64, count=count),
    )


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

    The levels are made when first asked for, or by ``make_levels``.
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
        spacing = Spacing.checked(gap_px, max_cluster_px, base_days_per_pixel)
        ordered = tuple(in_order(events))
        if any(event.lane != lane for event in ordered):
            raise ValueError(f"every event of lane {lane!r} must have that lane")
        self._build(lane, ordered, *days_of(ordered), spacing)

    @classmethod
    def of_ordered(
        cls,
        lane: str,
        events: Sequence[TimelineEvent],
        first_days: np.ndarray,
        last_days: np.ndarray,
        spacing: Spacing,
    ) -> LaneLayout:
        """The layout of events of ``lane`` already in order, with their days as arrays."""
        layout = cls.__new__(cls)
        layout._build(lane, events, first_days, last_days, spacing)
        return layout

    def _build(
        self,
        lane: str,
        events: Sequence[TimelineEvent],
        first_days: np.ndarray,
        last_days: np.ndarray,
        spacing: Spacing,
    ) -> None:
        self.lane = lane
        self.spacing = spacing
        self.gap_px = spacing.gap_px
        self.max_cluster_px = spacing.max_cluster_px
        self.base_days_per_pixel = spacing.base_days_per_pixel
        self._events = events
        self.first_days, self.last_days = first_days, last_days
        self._made: tuple[tuple[LongEvents, ...], list[Level]] | None = None

    def make_levels(self) -> LaneLayout:
        """Cluster the lane at every scale now, rather than when first asked (for a layout
        made on one thread and asked on another). Returns the lane."""
        self._levels_made()
        return self

    @property
    def has_levels(self) -> bool:
        """Whether the lane's clusters have been made (they are, when first asked for)."""
        return self._made is not None

    def _levels_made(self) -> tuple[tuple[LongEvents, ...], list[Level]]:
        if self._made is None:
            first_days, last_days, spacing = self.first_days, self.last_days, self.spacing
            # Each event as a cluster of its own, which the first merge turns into level 0.
            level = singles(first_days, last_days)
            levels: list[Level] = []
            # Ends: see the class docstring on the top level.
            while not levels or len(level) > 1:
                scale = self.level_days_per_pixel(len(levels))
                level = merge(level, spacing.gap_px * scale, spacing.max_cluster_px * scale)
                levels.append(level)
            self._made = (long_events(first_days, last_days), levels)
        return self._made

    @property
    def _long(self) -> tuple[LongEvents, ...]:
        return self._levels_made()[0]

    @property
    def _levels(self) -> list[Level]:
        return self._levels_made()[1]

    @property
    def events(self) -> Sequence[TimelineEvent]:
        """All events of the lane in order, each made when asked for."""
        return self._events

    @property
    def first_day(self) -> float | None:
        return _day(self.first_days[0]) if len(self.first_days) else None

    @property
    def last_day(self) -> float | None:
        """The latest last day of the lane: that of its one cluster at the top level."""
        return _day(self._levels[-1].last_days[0]) if len(self.first_days) else None

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
        low = first_at_least(level.reach, first_visible_day)
        high = first_after(level.first_days, last_visible_day)
        found = (low + np.flatnonzero(level.last_days[low:high] >= first_visible_day)).tolist()
        if low > 0 and self._long:
            earlier = self._reached_by_long_events(level, low, first_visible_day)
            found[:0] = earlier[level.first_days[earlier] <= last_visible_day].tolist()
        return self._clusters(level, found)

    def _reached_by_long_events(
        self, level: Level, low: int, first_visible_day: float
    ) -> np.ndarray:
        """The clusters before ``low`` that reach the window through a long event, in order.

        They end before the window but for their long events, which are anchored before the
        window and before cluster ``low``.
        """
        firsts = level.first_days
        before = min(first_visible_day, firsts[low]) if low < len(firsts) else first_visible_day
        events = []
        for group in self._long:
            start = first_at_least(group.first_days, first_visible_day - group.max_length)
            stop = first_at_least(group.first_days, before)
            if start < stop:
                reaching = group.last_days[start:stop] >= first_visible_day
                events.append(group.indices[start:stop][reaching])
        if not events:
            return np.empty(0, dtype=np.int64)
        return np.unique(level.starts.searchsorted(np.concatenate(events), side="right") - 1)

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
        after = first_after(level.first_days, day)
        candidates = [i for i in (after - 1, after) if 0 <= i < len(level)]
        if not candidates:
            return None

        def distance(i: int) -> float:
            return max(float(level.first_days[i]) - day, day - float(level.anchor_last_days[i]), 0)

        nearest = min(candidates, key=distance)
        if distance(nearest) > tolerance_days:
            return None
        return self._clusters(level, [nearest])[0]

    def _clusters(self, level: Level, found: list[int]) -> list[Cluster]:
        lane = self.lane
        return [
            Cluster(lane, *fields)
            for fields in zip(
                level.first_days[found].tolist(),
                level.last_days[found].tolist(),
                level.starts[found].tolist(),
                level.ends[found].tolist(),
                level.anchor_last_days[found].tolist(),
                strict=True,
            )
        ]


def _day(value: float) -> int | float:
    """A day as a whole number when it is one (a day without a time of day)."""
    number = float(value)
    return int(number) if number.is_integer() else number
