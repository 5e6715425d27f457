"""Label rows for the timeline: which labels fit above their markers without overlapping."""

from __future__ import annotations

import math
from collections.abc import Sequence


def place_labels(
    items: Sequence[tuple[float, float]], rows: int, padding: float = 8
) -> list[int | None]:
    """The label row (0 to rows - 1) of each item, or None where it would not fit.

    Items are (x_start, width) in pixels, sorted by x_start, widths not negative. Greedy: an
    item takes the first row whose last label ends at least ``padding`` before it starts,
    so labels in a row never overlap and the first item always gets row 0. O(items * rows).
    """
    row_ends = [-math.inf] * max(rows, 0)
    placed: list[int | None] = []
    for x_start, width in items:
        for row, end in enumerate(row_ends):
            if end + padding <= x_start:
                row_ends[row] = x_start + width
                placed.append(row)
                break
        else:
            placed.append(None)
    return placed


def era_label_ends(spans: Sequence[tuple[int, int]]) -> list[int]:
    """The day each era's label must end by, for eras spanning ``spans`` (first, last day):
    its own last day, or the first day of a later era that begins inside it, so that the
    labels of overlapping eras share their strip without overlapping."""
    starts = sorted(first for first, _ in spans)
    ends = []
    for first, last in spans:
        later = [start for start in starts if first < start <= last]
        ends.append(min(later) if later else last)
    return ends
