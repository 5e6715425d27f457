"""Places grouped so that no two markers overlap at the zoom drawn."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.domain.map_clusters import PlaceClusterer, cluster_places, quantised_zoom

EVERYWHERE = (-1e6, -1e6, 1e6, 1e6)


def _min_pixel_distance(clusters) -> float:
    px = clusters.x * clusters.pixels_per_unit
    py = clusters.y * clusters.pixels_per_unit
    distances = np.hypot(px[:, None] - px[None, :], py[:, None] - py[None, :])
    np.fill_diagonal(distances, np.inf)
    return float(distances.min()) if len(px) > 1 else np.inf


def _random_places(seed: int, n: int):
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.normal(20, 5, n // 2), rng.uniform(-120, 120, n - n // 2)])
    y = np.concatenate([rng.normal(-45, 4, n // 2), rng.uniform(-80, 80, n - n // 2)])
    return x, y, rng.integers(0, 30, n)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 400),
    zoom=st.floats(0.5, 200.0),
    cell=st.floats(10.0, 60.0),
)
def test_no_two_markers_overlap_and_every_place_is_in_one_cluster(seed, n, zoom, cell):
    x, y, counts = _random_places(seed, n)
    clusters = cluster_places(x, y, counts, zoom, cell, EVERYWHERE)
    assert _min_pixel_distance(clusters) >= cell - 1e-9
    assert sorted(clusters.order.tolist()) == list(range(n))
    assert int(clusters.counts.sum()) == int(counts.sum())
    for index in range(len(clusters)):
        members = clusters.members(index)
        assert int(counts[members].sum()) == int(clusters.counts[index])
        # Its members are near it: within a few cells of its centre on screen.
        spread = np.hypot(x[members] - clusters.x[index], y[members] - clusters.y[index])
        assert spread.max() * zoom <= 3 * cell


def test_a_clusters_centre_is_weighted_by_card_counts_and_its_members_are_near_it():
    x = np.array([0.0, 1.0, 50.0])
    y = np.array([0.0, 0.0, 0.0])
    counts = np.array([3, 1, 5])
    clusters = cluster_places(x, y, counts, 10.0, 40.0, EVERYWHERE)
    assert len(clusters) == 2
    pair = next(i for i in range(2) if len(clusters.members(i)) == 2)
    assert sorted(clusters.members(pair).tolist()) == [0, 1]
    assert clusters.x[pair] == pytest.approx(0.25)
    assert clusters.counts[pair] == 4
    for index in range(len(clusters)):
        members = clusters.members(index)
        spread = np.hypot(x[members] - clusters.x[index], y[members] - clusters.y[index])
        assert spread.max() * 10.0 <= 40.0 * 2


def test_zooming_in_splits_clusters():
    x, y, counts = _random_places(7, 2000)
    far = cluster_places(x, y, counts, 1.0, 40.0, EVERYWHERE)
    near = cluster_places(x, y, counts, 50.0, 40.0, EVERYWHERE)
    assert len(far) < len(near)
    assert far.sizes().max() > near.sizes().max()


def test_only_places_in_the_region_are_grouped():
    x = np.array([0.0, 10.0, 20.0])
    y = np.zeros(3)
    clusters = cluster_places(x, y, np.ones(3, dtype=int), 10.0, 20.0, (5.0, -1.0, 25.0, 1.0))
    assert sorted(clusters.order.tolist()) == [1, 2]


def test_the_same_places_give_the_same_clusters():
    x, y, counts = _random_places(3, 500)
    first = cluster_places(x, y, counts, 3.0, 30.0, EVERYWHERE)
    second = cluster_places(x, y, counts, 3.0, 30.0, EVERYWHERE)
    assert np.array_equal(first.x, second.x) and np.array_equal(first.order, second.order)


def test_panning_within_the_margin_reuses_the_clusters_and_a_new_zoom_makes_new_ones():
    x, y, counts = _random_places(5, 1000)
    clusterer = PlaceClusterer(x, y, counts, cell_px=30.0)
    first = clusterer.clusters((0.0, -60.0, 40.0, -35.0), 20.0)
    panned = clusterer.clusters((10.0, -60.0, 50.0, -35.0), 20.0)
    assert panned is first and clusterer.made == 1
    clusterer.clusters((0.0, -60.0, 40.0, -35.0), 40.0)
    assert clusterer.made == 2
    assert clusterer.clusters((0.0, -60.0, 40.0, -35.0), 20.5) is first  # same level


def test_zoom_is_quantised_down():
    assert quantised_zoom(2.0) == 2.0
    assert quantised_zoom(2.1) <= 2.1 and quantised_zoom(2.1) > 2.0 / 2**0.25
    with pytest.raises(ValueError, match="pixels_per_unit"):
        quantised_zoom(0.0)


def test_bad_input_is_named():
    with pytest.raises(ValueError, match="one value per place"):
        cluster_places(np.zeros(2), np.zeros(3), np.zeros(2), 1.0, 10.0, EVERYWHERE)
    with pytest.raises(ValueError, match="cell_px"):
        PlaceClusterer(np.zeros(1), np.zeros(1), np.zeros(1), cell_px=0.0)


def test_no_places_give_no_clusters():
    clusters = cluster_places(np.zeros(0), np.zeros(0), np.zeros(0), 1.0, 10.0, EVERYWHERE)
    assert len(clusters) == 0 and clusters.starts.tolist() == [0]
