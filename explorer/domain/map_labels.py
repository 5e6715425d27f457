"""Which place names the map shows, and where, so that no label covers another or a marker.

Greedy by importance: the place with more cards first (then by name, so the choice does not
depend on the order given), each trying right of its marker, then left, above and below; a
label that fits nowhere is left out. Rectangles are in pixels, ``(left, top, right, bottom)``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from explorer.domain.map_rects import Rect, rect_contains

GAP_PX = 3.0
_BUCKET_PX = 64.0


class Side(Enum):
    RIGHT = "right"
    LEFT = "left"
    ABOVE = "above"
    BELOW = "below"


@dataclass(frozen=True)
class LabelRequest:
    """One marker's wish for a label: its centre and radius, the label's measured size."""

    key: int
    x: float
    y: float
    radius: float
    width: float
    height: float
    importance: int
    name: str


@dataclass(frozen=True)
class PlacedLabel:
    key: int
    side: Side
    rect: Rect


def candidate_rect(request: LabelRequest, side: Side, gap: float = GAP_PX) -> Rect:
    x, y, r, w, h = request.x, request.y, request.radius, request.width, request.height
    if side is Side.RIGHT:
        left, top = x + r + gap, y - h / 2
    elif side is Side.LEFT:
        left, top = x - r - gap - w, y - h / 2
    elif side is Side.ABOVE:
        left, top = x - w / 2, y - r - gap - h
    else:
        left, top = x - w / 2, y + r + gap
    return (left, top, left + w, top + h)


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Buckets:
    """Rectangles filed by the grid squares they touch, to test a new one against few."""

    def __init__(self) -> None:
        self._rects: dict[tuple[int, int], list[Rect]] = {}

    @staticmethod
    def _squares(rect: Rect) -> Iterable[tuple[int, int]]:
        for gx in range(math.floor(rect[0] / _BUCKET_PX), math.floor(rect[2] / _BUCKET_PX) + 1):
            for gy in range(math.floor(rect[1] / _BUCKET_PX), math.floor(rect[3] / _BUCKET_PX) + 1):
                yield gx, gy

    def add(self, rect: Rect) -> None:
        for square in self._squares(rect):
            self._rects.setdefault(square, []).append(rect)

    def hits(self, rect: Rect) -> bool:
        return any(
            overlaps(rect, other)
            for square in self._squares(rect)
            for other in self._rects.get(square, ())
        )


def marker_rect(x: float, y: float, radius: float) -> Rect:
    return (x - radius, y - radius, x + radius, y + radius)


def place_labels(
    requests: Sequence[LabelRequest],
    markers: Iterable[Rect],
    bounds: Rect | None = None,
    *,
    gap: float = GAP_PX,
) -> list[PlacedLabel]:
    """The labels shown, most important first: none overlaps another label, any of
    ``markers`` (the bounding squares of every marker drawn) or the edge of ``bounds``."""
    taken = _Buckets()
    for rect in markers:
        taken.add(rect)
    placed: list[PlacedLabel] = []
    for request in sorted(requests, key=lambda r: (-r.importance, r.name, r.key)):
        for side in Side:
            rect = candidate_rect(request, side, gap)
            if bounds is not None and not rect_contains(bounds, rect):
                continue
            if not taken.hits(rect):
                taken.add(rect)
                placed.append(PlacedLabel(request.key, side, rect))
                break
    return placed
