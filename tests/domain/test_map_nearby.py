"""Whether any of many points lies near a given one, against a brute-force answer."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.domain.map_nearby import SortedPoints


def test_answers_as_a_pass_over_every_point_would():
    rng = np.random.default_rng(7)
    x, y = rng.uniform(0, 100, 2_000), rng.uniform(0, 50, 2_000)
    points = SortedPoints(x, y)
    assert len(points) == 2_000
    for qx, qy, reach in zip(
        rng.uniform(-5, 105, 300), rng.uniform(-5, 55, 300), rng.uniform(0.1, 3, 300), strict=True
    ):
        expected = bool(np.any(np.abs(x - qx) + np.abs(y - qy) < reach))
        assert points.any_near(qx, qy, reach) == expected, (qx, qy, reach)


def test_reach_is_counted_as_a_city_block_distance_and_is_strict():
    points = SortedPoints(np.array([10.0, 0.0]), np.array([0.0, 5.0]))
    assert points.any_near(1.0, 4.0, 2.5), "1 across and 1 down: 2 < 2.5"
    assert not points.any_near(1.0, 3.5, 2.5), "1 across and 1.5 down: 2.5 is not within"
    assert not points.any_near(10.0, 3.0, 3.0)
    assert points.any_near(10.0, 2.9, 3.0)


def test_no_points_are_near_nothing():
    assert not SortedPoints(np.zeros(0), np.zeros(0)).any_near(0.0, 0.0, 10.0)


def test_unpaired_coordinates_are_refused_with_their_shapes():
    with pytest.raises(ValueError, match=r"x \(3,\), y \(2,\)"):
        SortedPoints(np.zeros(3), np.zeros(2))
