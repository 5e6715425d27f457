"""The clusters of one timeline lane at one scale, as arrays, and how a coarser scale's are made.

A lane's events are sorted by first day. At each scale a level groups runs of consecutive
events into clusters; a level is six parallel NumPy arrays, so that building one is a few
whole-array operations and a query is a bisection and a slice. ``LaneLayout`` (in
``timeline_layout``) explains the rule and what it guarantees.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LONG_SPAN_DAYS = 400
"""Events covering more days than this are "long" and found by their own index.

More than a year, so that a date known only to the year is never long."""

_FAR = float(1 << 60)
"""Further than any day: where infinite bounds are clamped."""


def _clamped(value: float) -> float:
    return min(_FAR, max(-_FAR, value))


def first_at_least(days: np.ndarray, value: float) -> int:
    """``bisect_left`` on sorted days: the first index whose day is at least ``value``."""
    return int(days.searchsorted(_clamped(value), side="left"))


def first_after(days: np.ndarray, value: float) -> int:
    """``bisect_right`` on sorted days: the first index whose day is after ``value``."""
    return int(days.searchsorted(_clamped(value), side="right"))


@dataclass(frozen=True, slots=True)
class Level:
    """The clusters at one scale, as parallel arrays: days as float64 (whole days exact far
    past deep time's 2**31, a time of day as the part of its day gone by), event positions
    as int32.

    ``first_days`` and ``anchor_last_days`` increase strictly and interleave: the anchor
    ranges of clusters never overlap. ``last_days`` need not increase, as a bar may reach
    past later clusters. ``reach[i]`` is the latest day reached by the short events (not
    longer than LONG_SPAN_DAYS) of clusters 0 to i, or their last anchor: it never decreases.
    Cluster i holds the lane's events ``starts[i]`` to ``ends[i]`` (exclusive).
    """

    first_days: np.ndarray
    anchor_last_days: np.ndarray
    last_days: np.ndarray
    reach: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)


def singles(first_days: np.ndarray, last_days: np.ndarray) -> Level:
    """Each event (sorted by first day) as a cluster of its own."""
    count = len(first_days)
    short = last_days - first_days <= LONG_SPAN_DAYS
    return Level(
        first_days,
        first_days,
        last_days,
        np.maximum.accumulate(np.where(short, last_days, first_days)),
        np.arange(count, dtype=np.int32),
        np.arange(1, count + 1, dtype=np.int32),
    )


def merge(level: Level, threshold: float, max_days: float) -> Level:
    """Join runs of neighbouring clusters, as a sweep from left to right would.

    The next cluster joins the current run when its first anchor is less than ``threshold``
    days after the previous cluster's last anchor and the run's anchors would then cover at
    most ``max_days`` days; otherwise it starts a new run. Returns ``level`` itself when
    nothing joins.

    The gaps cut the clusters into stretches, all at once. Only a stretch whose anchors
    cover more than ``max_days`` needs the cap; there the runs are found one by one, each a
    bisection, so the Python loop is over the runs of those stretches alone.
    """
    firsts, anchor_lasts = level.first_days, level.anchor_last_days
    count = len(firsts)
    if count < 2:
        return level
    gaps = np.flatnonzero(firsts[1:] - anchor_lasts[:-1] >= threshold) + 1
    stretch_starts = np.concatenate(([0], gaps))
    stretch_ends = np.concatenate((gaps, [count]))
    too_wide = anchor_lasts[stretch_ends - 1] - firsts[stretch_starts] > max_days
    keep = stretch_starts
    if too_wide.any():
        runs = _runs_under_the_cap(
            level, stretch_starts[too_wide], stretch_ends[too_wide], max_days
        )
        keep = np.sort(np.concatenate((stretch_starts[~too_wide], runs)))
    if len(keep) == count:
        return level
    ends_at = np.concatenate((keep[1:], [count]))
    return Level(
        firsts[keep],
        anchor_lasts[ends_at - 1],
        np.maximum.reduceat(level.last_days, keep),
        # A running maximum over a prefix of clusters: the finer one at the run's end.
        level.reach[ends_at - 1],
        level.starts[keep],
        level.ends[ends_at - 1],
    )


def _runs_under_the_cap(
    level: Level, starts: np.ndarray, ends: np.ndarray, max_days: float
) -> np.ndarray:
    """Where runs start within the stretches ``starts[i]:ends[i]``, by the cap alone.

    A run from cluster r takes every cluster whose last anchor is at most ``max_days``
    after r's first anchor (last anchors increase, so that is one bisection for every r at
    once) and at least the cluster r itself; the next run starts where it stops.
    """
    firsts, anchor_lasts = level.first_days, level.anchor_last_days
    lengths = ends - starts
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    members = np.arange(int(lengths.sum()), dtype=np.int64) + offsets
    limits = firsts[members] + _clamped(max_days)
    following = np.searchsorted(anchor_lasts, limits, side="right")
    following = np.minimum(np.maximum(following, members + 1), np.repeat(ends, lengths))
    # Numbered along ``members``, the run after the one at position p starts at
    # p + (following - member); a stretch's last run leads to the next stretch's first
    # cluster, so every run is on the one chain from position 0.
    return members[_chain_from_the_first(np.arange(len(members)) + (following - members))]


def _chain_from_the_first(successor: np.ndarray) -> np.ndarray:
    """Which of positions 0..n-1 are met going from 0 to ``successor[p]`` (always > p) until
    n, as a mask: by pointer doubling, so log2(chain length) whole-array steps rather than a
    step of Python per position met."""
    count = len(successor)
    jump = np.append(successor, count)  # n leads to itself
    met = np.zeros(count + 1, dtype=bool)
    met[0] = count > 0
    # Invariant: met holds the positions fewer than 2**k steps from 0, and jump the
    # position 2**k steps on from each.
    while jump[0] < count:
        met[jump[met]] = True
        jump = jump[jump]
    return met[:count]


@dataclass(frozen=True, slots=True)
class LongEvents:
    """The long events of a lane in one length class, by first day, with their indices.

    Every one covers at most ``max_length`` days, so one reaching day d starts at or after
    d - max_length: a query scans only the events that start in that stretch.
    """

    max_length: int
    first_days: np.ndarray
    last_days: np.ndarray
    indices: np.ndarray


def long_events(first_days: np.ndarray, last_days: np.ndarray) -> tuple[LongEvents, ...]:
    """The long events in classes k >= 0 of lengths in (LONG * 2**k, LONG * 2**(k+1)]."""
    lengths = last_days - first_days
    indices = np.flatnonzero(lengths > LONG_SPAN_DAYS)
    if not len(indices):
        return ()
    # k is the bit length of (length - 1) // LONG, less one; frexp's exponent is that length.
    classes = np.frexp(((lengths[indices] - 1) // LONG_SPAN_DAYS).astype(np.float64))[1] - 1
    groups = []
    for k in np.unique(classes).tolist():
        chosen = indices[classes == k]
        groups.append(
            LongEvents(LONG_SPAN_DAYS << (k + 1), first_days[chosen], last_days[chosen], chosen)
        )
    return tuple(groups)
