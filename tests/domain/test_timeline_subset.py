"""A subset of a timeline layout, and the card numbers that choose it."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain import timeline_card_numbers
from explorer.domain.timeline_card_numbers import CardNumbers
from explorer.domain.timeline_event_columns import EventColumns
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


def test_a_whole_layout_makes_no_clusters_until_asked_and_a_subset_makes_them_at_once():
    layout = TimelineLayout(collection_events(), LANE_ORDER)
    assert not any(layout.lane(lane).has_levels for lane in layout.lanes)
    subset = layout.subset(np.ones(len(layout), dtype=bool))
    assert all(subset.lane(lane).has_levels for lane in subset.lanes)
    assert not any(layout.lane(lane).has_levels for lane in layout.lanes)
    assert subset.ordered_events() == layout.ordered_events()
    for lane in layout.lanes:
        assert all_clusters(subset.lane(lane), 0) == all_clusters(layout.lane(lane), 0)
    assert layout.lane(layout.lanes[0]).has_levels, "asked for, so made"


def test_card_numbers_carried_by_the_events_need_no_ids():
    events = collection_events()
    # The search index numbers every card, the undated one (number 0) too.
    rows = [
        (e.id, e.lane, e.first_day, e.last_day, e.qualifier, e.precision, e.is_span, n + 1)
        for n, e in enumerate(events)
    ]
    layout = TimelineLayout(EventColumns.from_rows(rows), LANE_ORDER)
    numbers = CardNumbers(layout)
    assert numbers.known == len(events) + 1, "every number up to the last event's"

    def no_ids(start: int, stop: int) -> list[str]:
        raise AssertionError("ids were asked for")

    chosen = np.array([0, 4, 2, 10_000], dtype=np.int64)
    mask = numbers.mask(chosen, no_ids)
    shown = {event.id for event in layout.subset(mask).ordered_events()}
    assert shown == {events[3].id, events[1].id}
    assert not numbers.mask(np.array([0], dtype=np.int64), no_ids).any()


@given(events(lanes=LANES, max_size=40), st.data())
def test_positions_in_the_list_order_are_found_without_walking_it(all_events, data):
    whole = TimelineLayout(all_events, ["b", "a"])
    keep = np.array(data.draw(st.lists(st.booleans(), min_size=len(whole), max_size=len(whole))))
    for layout in (whole, whole.subset(keep)):
        ordered = layout.ordered_events()
        for event in all_events:
            expected = ordered.index(event) if event in ordered else None
            assert layout.position_of(event.id) == expected
        assert layout.position_of("no-such-card") is None
        for day in (-4000, -100, 0, 250, 3500, 9000):
            ending = [i for i, event in enumerate(ordered) if event.last_day >= day]
            assert layout.first_ending_from(day) == (ending[0] if ending else None)
