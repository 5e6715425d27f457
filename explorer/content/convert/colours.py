"""Distinct colours for categories and eras, in a fixed order."""

from __future__ import annotations

import colorsys

_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939",
)  # fmt: skip
_GOLDEN_TURN = 0.618033988749895


def colour(index: int) -> str:
    """The ``index``-th colour: the palette first, then hues a golden turn apart."""
    if index < len(_PALETTE):
        return _PALETTE[index]
    hue = (index * _GOLDEN_TURN) % 1.0
    lightness = 0.38 if index % 2 else 0.5
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, 0.65)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"
