"""The map's projection and its great-circle paths."""

import math
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.map_projection import (
    WORLD,
    X_SCALE,
    great_circle,
    project,
    project_arrays,
    unproject,
)

ROME = (12.50, 41.90)
ASTANA = (71.43, 51.13)


def test_distances_are_true_along_the_standard_parallel():
    east = project(10.0, 45.0)[0] - project(0.0, 45.0)[0]
    north = project(0.0, 45.0)[1] - project(0.0, 55.0)[1]
    # 10° of longitude at 45° N is cos(45°) times as long as 10° of latitude.
    assert east == pytest.approx(10 * math.cos(math.radians(45)))
    assert north == pytest.approx(10.0)


def test_north_is_up_and_east_is_right():
    rome, astana = project(*ROME), project(*ASTANA)
    assert astana[0] > rome[0] and astana[1] < rome[1]


@given(st.floats(-180, 180), st.floats(-90, 90))
def test_unproject_undoes_project(longitude, latitude):
    assert unproject(*project(longitude, latitude)) == pytest.approx((longitude, latitude))


def test_arrays_give_the_same_points():
    lons, lats = np.array([ROME[0], ASTANA[0]]), np.array([ROME[1], ASTANA[1]])
    xs, ys = project_arrays(lons, lats)
    assert list(zip(xs, ys, strict=True)) == [project(*ROME), project(*ASTANA)]


def test_the_world_spans_its_bounds():
    assert project(-180, 90) == (WORLD[0], WORLD[1])
    assert project(180, -90) == (WORLD[2], WORLD[3])
    assert pytest.approx(0.7071, abs=1e-4) == X_SCALE


def _distance(a, b):
    (lon1, lat1), (lon2, lat2) = (map(math.radians, p) for p in (a, b))
    return math.acos(
        min(
            1,
            math.sin(lat1) * math.sin(lat2)
            + math.cos(lat1) * math.cos(lat2) * math.cos(lon2 - lon1),
        )
    )


def test_a_great_circle_from_rome_to_astana_bends_north_and_is_the_shortest_way():
    path = great_circle(ROME, ASTANA, steps=32)
    assert path[0] == pytest.approx(ROME) and path[-1] == pytest.approx(ASTANA)
    middle = path[16]
    assert middle[1] > (ROME[1] + ASTANA[1]) / 2, "the shortest way bends towards the pole"
    total = sum(_distance(p, q) for p, q in pairwise(path))
    assert total == pytest.approx(_distance(ROME, ASTANA), rel=1e-6)


def test_a_path_across_the_date_line_keeps_its_longitudes_continuous():
    path = great_circle((170.0, 50.0), (-170.0, 50.0), steps=10)
    steps = [abs(q[0] - p[0]) for p, q in pairwise(path)]
    assert max(steps) < 5, "no jump of 360°"
    assert path[-1][0] == pytest.approx(190.0)


def test_the_same_point_twice_is_a_path_of_two_points():
    assert great_circle(ROME, ROME) == [ROME, ROME]
