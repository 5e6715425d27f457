"""The coastlines: the edges of Natural Earth's country outlines that no other country
shares (its countries meet exactly, vertex for vertex), without the cuts at the ±180°
meridian and the South Pole, which are no coast. They are drawn apart from the borders."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

Point = tuple[float, float]


def shape_rings(shape) -> Iterable[list[Point]]:
    bounds = [*shape.parts, len(shape.points)]
    for start, end in itertools.pairwise(bounds):
        yield [(float(x), float(y)) for x, y in shape.points[start:end]]


def _edge(first: Point, second: Point) -> frozenset[Point]:
    return frozenset((first, second))


def _is_cut(first: Point, second: Point) -> bool:
    # Natural Earth's cut points lie within a hair of ±180° and -90°, not exactly on them.
    along_meridian = abs(first[0]) > 179.999 and abs(second[0]) > 179.999
    along_pole = first[1] < -89.999 and second[1] < -89.999
    return along_meridian or along_pole


def edge_uses(shapes: Iterable) -> Counter:
    """How many outlines each edge belongs to: a coast belongs to one."""
    return Counter(
        _edge(p, q)
        for shape in shapes
        for ring in shape_rings(shape)
        for p, q in itertools.pairwise(ring)
    )


def coastal(ring: Sequence[Point], kept: Sequence[int], uses: Counter) -> list[bool]:
    """For each edge of the simplified ring (between kept points), whether it is coast: all
    the original edges it stands for are."""
    edges = [uses[_edge(p, q)] == 1 and not _is_cut(p, q) for p, q in itertools.pairwise(ring)]
    return [all(edges[a:b]) for a, b in itertools.pairwise(kept)]


def coast_runs(points: list[list[float]], flags: list[bool]) -> list[list[list[float]]]:
    """The runs of coastal edges of a closed ring as lines; the whole ring when all is coast."""
    if all(flags):
        return [points]
    if not any(flags):
        return []
    start = flags.index(False)  # begin on a border, so that no run is cut in two
    edges = list(itertools.pairwise(points))
    edges, flags = edges[start:] + edges[:start], flags[start:] + flags[:start]
    runs: list[list[list[float]]] = []
    run: list[list[float]] = []
    for (p, q), is_coast in zip(edges, flags, strict=True):
        if is_coast:
            run = run or [p]
            run.append(q)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs
