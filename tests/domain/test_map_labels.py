"""Place names chosen so that none covers another or a marker, the bigger place first."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.domain.map_labels import (
    LabelRequest,
    Side,
    marker_rect,
    overlaps,
    place_labels,
)


def _request(key, x, y, importance=1, name="", width=40.0, radius=5.0):
    return LabelRequest(key, x, y, radius, width, 12.0, importance, name or f"p{key}")


def test_the_bigger_place_wins_the_contested_spot():
    small = _request(0, 100, 100, importance=2, name="Small")
    big = _request(1, 100, 118, importance=9, name="Big")
    markers = [marker_rect(r.x, r.y, r.radius) for r in (small, big)]
    placed = place_labels([small, big], markers, bounds=(85, 80, 200, 140))
    assert placed[0].key == 1
    assert placed[0].side is Side.RIGHT


def test_equal_importance_goes_by_name_whatever_the_order_given():
    a = _request(0, 100, 100, importance=3, name="Almaty", width=80)
    b = _request(1, 100, 100, importance=3, name="Bari", width=80)
    for requests in ([a, b], [b, a]):
        placed = place_labels(requests, [], bounds=(90, 85, 300, 115))
        assert [label.key for label in placed] == [0]


def test_a_label_falls_back_to_another_side_then_is_left_out():
    a = _request(0, 100, 100, importance=5)
    b = _request(1, 100, 100, importance=4)
    placed = place_labels([a, b], [marker_rect(100, 100, 5)])
    assert [(p.key, p.side) for p in placed] == [(0, Side.RIGHT), (1, Side.LEFT)]
    blocked = place_labels([a], [(0, 0, 400, 400)])
    assert blocked == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 500), st.floats(0, 300), st.integers(0, 50), st.floats(5, 120)),
        max_size=60,
    )
)
def test_no_label_overlaps_another_or_any_marker(points):
    requests = [_request(i, x, y, importance=n, width=w) for i, (x, y, n, w) in enumerate(points)]
    markers = [marker_rect(r.x, r.y, r.radius) for r in requests]
    placed = place_labels(requests, markers)
    for i, label in enumerate(placed):
        assert not any(overlaps(label.rect, m) for m in markers)
        assert not any(overlaps(label.rect, other.rect) for other in placed[i + 1 :])
