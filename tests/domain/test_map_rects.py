from explorer.domain.map_rects import rect_contains


def test_a_rect_contains_what_lies_within_it_edges_included():
    outer = (0.0, 0.0, 10.0, 5.0)
    assert rect_contains(outer, (1.0, 1.0, 9.0, 4.0))
    assert rect_contains(outer, outer)


def test_a_rect_does_not_contain_what_crosses_any_of_its_sides():
    outer = (0.0, 0.0, 10.0, 5.0)
    assert not rect_contains(outer, (-0.1, 1.0, 9.0, 4.0))
    assert not rect_contains(outer, (1.0, -0.1, 9.0, 4.0))
    assert not rect_contains(outer, (1.0, 1.0, 10.1, 4.0))
    assert not rect_contains(outer, (1.0, 1.0, 9.0, 5.1))
    assert not rect_contains((1.0, 1.0, 9.0, 4.0), outer)
