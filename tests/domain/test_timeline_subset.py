"""A subset of a timeline layout, and the card numbers that choose it."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain import timeline_card_numbers
from explorer.domain.timeline_card_numbers import CardNumbers
from explorer.domain.timeline_layout import TimelineLayout
from tests.domain.test_timeline_layout import (
    LANE_ORDER,
    all_clusters,
    collection_events,
    events,
    gaps,
)

LANES = ("a", "b", "c")


def kept_ids(layout: TimelineLayout, keep: np.ndarray) -> set[str]:
    return {event.id for event in layout.ordered_events() if keep[layout.numbers_of([event.id])[0]]}


@given(
    st.one_of(events(lanes=LANES, max_size=80), events(lanes=LANES, long_spans=True)),
    gaps,
    st.data(),
)
def test_a_subset_is_laid_out_as_its_events_would_be_alone(all_events, gap_px, data):
    whole = TimelineLayout(all_events, ["b", "a"], gap_px=gap_px)
    keep = np.array(data.draw(st.lists(st.booleans(), min_size=len(whole), max_size=len(whole))))
    chosen = kept_ids(whole, keep)
    subset = whole.subset(keep)
    alone = TimelineLayout([e for e in all_events if e.id in chosen], ["b", "a"], gap_px=gap_px)
    assert subset.whole is whole and len(subset) == len(chosen)
    assert subset.lanes == alone.lanes
    assert (subset.first_day, subset.last_day) == (alone.first_day, alone.last_day)
    for lane in alone.lanes:
        ours, reference = subset.lane(lane), alone.lane(lane)
        assert list(ours.events) == list(reference.events)
        assert ours.events[0] == reference.events[0]
        assert ours.events[1:] == list(reference.events[1:])
        assert ours.level_count == reference.level_count
        for level in range(reference.level_count):
            assert all_clusters(ours, level) == all_clusters(reference, level)
    assert subset.ordered_events() == alone.ordered_events()
    assert all(subset.contains(e.id) == (e.id in chosen) for e in all_events)
    assert np.array_equal(whole.mask_of(chosen), keep)


def test_masks_name_events_by_id_and_pass_over_unknown_ids():
    layout = TimelineLayout(collection_events(), LANE_ORDER)
    wanted = ["marco-polo", "record-trade-2024", "no-such-card", "marco-polo"]
    numbers = layout.numbers_of(wanted)
    assert numbers[2] == -1 and numbers[0] == numbers[3] >= 0
    mask = layout.mask_of(wanted)
    assert mask.shape == (len(layout),) and mask.sum() == 2
    subset = layout.subset(mask)
    assert [e.id for e in subset.ordered_events()] == ["marco-polo", "record-trade-2024"]
    assert subset.lanes == ("history", "economy")
    # A subset takes masks over the whole layout too.
    again = subset.subset(layout.mask_of(["record-trade-2024"]))
    assert [e.id for e in again.ordered_events()] == ["record-trade-2024"]
    assert not layout.subset(np.zeros(len(layout), dtype=bool)).lanes
    with pytest.raises(ValueError):
        layout.subset(np.ones(len(layout) + 1, dtype=bool))


def test_card_numbers_turn_answers_into_masks_asking_ids_only_for_new_numbers():
    layout = TimelineLayout(collection_events(), LANE_ORDER)
    # The search index numbers every card, dated or not, in an order of its own.
    card_ids = ["an-undated-card", *reversed([e.id for e in collection_events()])]
    numbers = CardNumbers(layout)
    asked: list[int] = []

    def events_of(chosen: list[int]) -> set[str]:
        found = np.array(chosen, dtype=np.int64)

        def ids(start: int, stop: int) -> list[str]:
            asked.append(len(found[start:stop]))
            return [card_ids[number] for number in found[start:stop]]

        mask = numbers.mask(found, ids)
        return {event.id for event in layout.subset(mask).ordered_events()}

    assert events_of([3, 0, 5]) == {card_ids[3], card_ids[5]}
    assert asked == [3] and numbers.known == 3
    assert events_of([5, 3]) == {card_ids[3], card_ids[5]}
    assert asked == [3], "numbers met before need no ids"
    assert events_of([0]) == set()
    assert events_of([len(card_ids) - 1, 5]) == {card_ids[-1], card_ids[5]}
    assert asked == [3, 2]
    assert events_of([]) == set()
    assert asked == [3, 2]


def test_card_numbers_read_ids_a_slice_at_a_time_and_only_where_numbers_are_new(monkeypatch):
    monkeypatch.setattr(timeline_card_numbers, "SLICE", 4)
    events = collection_events()
    layout = TimelineLayout(events, LANE_ORDER)
    card_ids = [e.id for e in events]
    numbers = CardNumbers(layout)
    slices: list[tuple[int, int]] = []

    def ids_of(found):
        def ids(start: int, stop: int) -> list[str]:
            slices.append((start, stop))
            return [card_ids[number] for number in found[start:stop]]

        return ids

    some = np.array([0, 1, 2, 3, 4, 5], dtype=np.int64)
    numbers.mask(some, ids_of(some))
    assert slices == [(0, 4), (4, 8)]
    slices.clear()
    every = np.arange(len(card_ids), dtype=np.int64)
    mask = numbers.mask(every, ids_of(every))
    assert slices[0] == (4, 8), "the first four are known"
    assert all(stop - start == 4 for start, stop in slices)
    assert mask.all()
