from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.timeline_labels import era_label_ends, place_labels

items = st.lists(st.tuples(st.floats(-2000, 2000), st.floats(0, 300)), max_size=60).map(sorted)


@given(items, st.integers(1, 5), st.floats(0, 20))
def test_labels_in_a_row_never_overlap_and_each_takes_the_first_free_row(labels, rows, padding):
    placed = place_labels(labels, rows, padding)
    assert len(placed) == len(labels)
    if labels:
        assert placed[0] == 0
    row_ends = [None] * rows
    for (x_start, width), row in zip(labels, placed, strict=True):
        fits = [end is None or end + padding <= x_start for end in row_ends]
        if row is None:
            assert not any(fits)
        else:
            assert 0 <= row < rows
            assert fits[row] and not any(fits[:row])
            row_ends[row] = x_start + width


def test_labels_fill_rows_then_give_up():
    labels = [(0, 100), (50, 100), (60, 100), (120, 30), (200, 10)]
    assert place_labels(labels, rows=2) == [0, 1, None, 0, 0]
    assert place_labels(labels, rows=1, padding=0) == [0, None, None, 0, 0]
    assert place_labels(labels, rows=0) == [None] * 5
    assert place_labels([], rows=3) == []


def test_an_eras_label_ends_where_a_later_era_begins_inside_it():
    relations, new_chapter, before = (100, 900), (800, 900), (10, 50)
    assert era_label_ends([relations, new_chapter, before]) == [800, 900, 50]
    assert era_label_ends([(0, 10), (10, 20)]) == [10, 20]  # meeting eras keep their ends
    assert era_label_ends([(5, 9), (5, 9)]) == [9, 9]  # same start: neither begins inside
