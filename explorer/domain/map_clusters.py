"""Places grouped into clusters so that no two markers on the map overlap.

Places are binned into a grid of ``cell_px`` pixels anchored at the map's origin (so a pan
does not move the bins), then bins closer than ``cell_px`` are merged, heaviest first, until
every pair of cluster centres is at least ``cell_px`` pixels apart: a marker of radius up to
``cell_px / 2`` then never touches another. Only the places in the visible rectangle and a
margin around it are grouped, so the cost follows what is seen, not the size of the
collection; the number of bins is bounded by the viewport's area in cells.

Zoom levels are quantised down (four levels per doubling) and the clusters of each level are
kept for the region they were made for, so panning within that region reuses them.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from explorer.domain.map_rects import rect_contains

LEVELS_PER_DOUBLING = 4
Region = tuple[float, float, float, float]
"""left, top, right, bottom in map units."""


@dataclass(frozen=True, eq=False)
class Clusters:
    """Clusters of places: centre (count-weighted, in map units), total card count, and
    members (indices of the places given) as ``order[starts[i]:starts[i + 1]]``."""

    x: np.ndarray
    y: np.ndarray
    counts: np.ndarray
    starts: np.ndarray
    order: np.ndarray
    pixels_per_unit: float
    region: Region

    def __len__(self) -> int:
        return len(self.x)

    def members(self, index: int) -> np.ndarray:
        return self.order[self.starts[index] : self.starts[index + 1]]

    def sizes(self) -> np.ndarray:
        """How many places each cluster holds."""
        return np.diff(self.starts)


def quantised_zoom(pixels_per_unit: float) -> float:
    """The zoom level at or just below ``pixels_per_unit``: markers placed at least a cell
    apart at this zoom stay at least a cell apart at the real one."""
    if not math.isfinite(pixels_per_unit) or pixels_per_unit <= 0:
        raise ValueError(f"pixels_per_unit must be a positive number, not {pixels_per_unit!r}")
    level = math.floor(math.log2(pixels_per_unit) * LEVELS_PER_DOUBLING + 1e-9)
    return 2.0 ** (level / LEVELS_PER_DOUBLING)


def cluster_places(
    x: np.ndarray,
    y: np.ndarray,
    counts: np.ndarray,
    pixels_per_unit: float,
    cell_px: float,
    region: Region,
) -> Clusters:
    """Cluster the places inside ``region`` at exactly ``pixels_per_unit``."""
    _check_inputs(x, y, counts, cell_px)
    left, top, right, bottom = region
    inside = np.flatnonzero((x >= left) & (x <= right) & (y >= top) & (y <= bottom))
    px = x[inside] * pixels_per_unit
    py = y[inside] * pixels_per_unit
    weights = np.maximum(counts[inside], 0).astype(np.float64)
    # A place named by no card still pulls its cluster's centre a little.
    weights = np.where(weights > 0, weights, 1e-3)
    cell_x = np.floor(px / cell_px).astype(np.int64)
    cell_y = np.floor(py / cell_px).astype(np.int64)
    keys = (cell_x << 32) + (cell_y & 0xFFFFFFFF)
    _, bin_of_place = np.unique(keys, return_inverse=True)
    bin_of_place = bin_of_place.reshape(-1)
    labels = _merge_until_apart(px, py, weights, bin_of_place, cell_px)
    return _clusters_from_labels(inside, labels, px, py, weights, counts, pixels_per_unit, region)


def _check_inputs(x: np.ndarray, y: np.ndarray, counts: np.ndarray, cell_px: float) -> None:
    if not (len(x) == len(y) == len(counts)):
        raise ValueError(
            f"x, y and counts must have one value per place: {len(x)}, {len(y)}, {len(counts)}"
        )
    if not cell_px > 0:
        raise ValueError(f"cell_px must be positive, not {cell_px!r}")


def _centres(
    px: np.ndarray, py: np.ndarray, weights: np.ndarray, labels: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    total = np.bincount(labels, weights=weights, minlength=n)
    cx = np.bincount(labels, weights=weights * px, minlength=n) / total
    cy = np.bincount(labels, weights=weights * py, minlength=n) / total
    return cx, cy, total


def _merge_until_apart(
    px: np.ndarray, py: np.ndarray, weights: np.ndarray, labels: np.ndarray, cell_px: float
) -> np.ndarray:
    """Merge clusters (heaviest first absorbing its lighter neighbours) until all centres
    are ``cell_px`` apart; each pass joins at least two clusters or ends, so it ends."""
    while len(labels):
        n = int(labels.max()) + 1
        cx, cy, total = _centres(px, py, weights, labels, n)
        target = _absorb_neighbours(cx, cy, total, cell_px)
        if np.array_equal(target, np.arange(n)):
            return labels
        _, renumbered = np.unique(target, return_inverse=True)
        labels = renumbered.reshape(-1)[labels]
    return labels


def _absorb_neighbours(
    cx: np.ndarray, cy: np.ndarray, total: np.ndarray, cell_px: float
) -> np.ndarray:
    """For each cluster, the cluster it joins (itself when it stays): greedy by weight,
    then by position, each kept cluster taking every cluster closer than ``cell_px``."""
    order = np.lexsort((cy, cx, -total))
    target = np.arange(len(cx))
    kept: dict[tuple[int, int], list[int]] = {}
    limit = cell_px * cell_px
    xs, ys = cx.tolist(), cy.tolist()
    for index in order.tolist():
        x, y = xs[index], ys[index]
        gx, gy = math.floor(x / cell_px), math.floor(y / cell_px)
        nearest, best = -1, limit
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in kept.get((gx + dx, gy + dy), ()):
                    distance = (xs[other] - x) ** 2 + (ys[other] - y) ** 2
                    if distance < best:
                        nearest, best = other, distance
        if nearest >= 0:
            target[index] = nearest
        else:
            kept.setdefault((gx, gy), []).append(index)
    return target


def _clusters_from_labels(
    inside: np.ndarray,
    labels: np.ndarray,
    px: np.ndarray,
    py: np.ndarray,
    weights: np.ndarray,
    counts: np.ndarray,
    pixels_per_unit: float,
    region: Region,
) -> Clusters:
    n = int(labels.max()) + 1 if len(labels) else 0
    cx, cy, _ = _centres(px, py, weights, labels, n)
    totals = np.bincount(labels, weights=counts[inside], minlength=n).astype(np.int64)
    order = np.argsort(labels, kind="stable")
    starts = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(labels, minlength=n), out=starts[1:])
    return Clusters(
        cx / pixels_per_unit,
        cy / pixels_per_unit,
        totals,
        starts,
        inside[order],
        pixels_per_unit,
        region,
    )


class PlaceClusterer:
    """Clusters of a fixed set of places for any view, kept per quantised zoom level.

    ``margin`` is how much of the visible width and height is clustered on each side too:
    a pan within it reuses the clusters already made.
    """

    def __init__(
        self,
        x: np.ndarray,
        y: np.ndarray,
        counts: np.ndarray,
        *,
        cell_px: float,
        margin: float = 1.0,
        kept_levels: int = 8,
    ):
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        self.counts = np.asarray(counts, dtype=np.int64)
        _check_inputs(self.x, self.y, self.counts, cell_px)
        self.cell_px = cell_px
        self.margin = margin
        self.kept_levels = kept_levels
        self._kept: OrderedDict[float, Clusters] = OrderedDict()
        self.made = 0  # how many times clusters were made, not reused

    def __len__(self) -> int:
        return len(self.x)

    def clusters(self, visible: Region, pixels_per_unit: float) -> Clusters:
        zoom = quantised_zoom(pixels_per_unit)
        kept = self._kept.get(zoom)
        if kept is not None and rect_contains(kept.region, visible):
            self._kept.move_to_end(zoom)
            return kept
        left, top, right, bottom = visible
        width, height = right - left, bottom - top
        # The margin in cells too, so that a place just outside the view is grouped with
        # its neighbours inside it even when the view is small.
        pad = self.cell_px * 2 / zoom
        region = (
            left - width * self.margin - pad,
            top - height * self.margin - pad,
            right + width * self.margin + pad,
            bottom + height * self.margin + pad,
        )
        made = cluster_places(self.x, self.y, self.counts, zoom, self.cell_px, region)
        self.made += 1
        self._kept[zoom] = made
        self._kept.move_to_end(zoom)
        while len(self._kept) > self.kept_levels:
            self._kept.popitem(last=False)
        return made
