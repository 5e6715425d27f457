"""Where a timeline opens: the stretch that holds most of its events.

A collection that spans eight centuries but has most of its events in the last thirty
years shows little at first if it opens on all eight: its events crowd into a few clusters
at the right edge. It opens instead on the shortest stretch that holds ``SHARE`` of its
events, when that stretch is much shorter than the whole; "fit all" shows the rest.
"""

from __future__ import annotations

import math

import numpy as np

SHARE = 0.8
"""The share of the events the opening stretch holds."""
NARROWER = 0.5
"""The opening stretch is used only when it is at most this share of the whole span."""


def dense_days(first_days: np.ndarray, last_days: np.ndarray) -> tuple[int, int] | None:
    """The first and last day of the shortest stretch holding ``SHARE`` of the events
    (by their first days, each reaching on to its last day), or None when the whole span
    is hardly longer, so there is nothing to gain by opening on less."""
    count = len(first_days)
    if count < 5:
        return None
    whole = int(last_days.max()) - int(first_days.min())
    firsts = np.sort(first_days.astype(np.int64, copy=False))
    held = math.ceil(count * SHARE)
    widths = firsts[held - 1 :] - firsts[: count - held + 1]
    start = int(np.argmin(widths))
    first, last = int(firsts[start]), int(firsts[start + held - 1])
    inside = (first_days >= first) & (first_days <= last)
    last = max(last, int(last_days[inside].max()))
    if whole <= 0 or (last - first) > whole * NARROWER:
        return None
    return first, last
