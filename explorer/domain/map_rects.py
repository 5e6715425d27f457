"""Rectangles on the map as (left, top, right, bottom) tuples, in whatever units the caller
uses (map units or pixels)."""

from __future__ import annotations

Rect = tuple[float, float, float, float]


def rect_contains(outer: Rect, inner: Rect) -> bool:
    """Whether ``inner`` lies wholly within ``outer`` (touching edges count as within)."""
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )
