"""Whether any of many points lies near a given one: what lets a capital's dot make way for
a place of the content in the same city, among 100,000 places, within a frame."""

from __future__ import annotations

import numpy as np


class SortedPoints:
    """Points (map units) sorted by x once, so that each question looks only at the band of
    points within reach of its x."""

    def __init__(self, x: np.ndarray, y: np.ndarray):
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if x.shape != y.shape or x.ndim != 1:
            raise ValueError(
                f"points need as many x as y in one row each: x {x.shape}, y {y.shape}"
            )
        order = np.argsort(x, kind="stable")
        self.x = x[order]
        self.y = y[order]

    def __len__(self) -> int:
        return len(self.x)

    def any_near(self, x: float, y: float, reach: float) -> bool:
        """Whether a point lies less than ``reach`` from (x, y), counted as |dx| + |dy|."""
        low, high = np.searchsorted(self.x, (x - reach, x + reach))
        if low == high:
            return False
        band_x, band_y = self.x[low:high], self.y[low:high]
        return bool(np.any(np.abs(band_x - x) + np.abs(band_y - y) < reach))
