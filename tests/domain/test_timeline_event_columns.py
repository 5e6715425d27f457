"""Timeline events as columns: the same events, made only when asked for."""

import random

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain import timeline_event_columns
from explorer.domain.fuzzy_date import Precision, Qualifier
from explorer.domain.timeline_event_columns import EventColumns
from explorer.domain.timeline_events import TimelineEvent
from tests.domain.test_timeline_layout import events

LANES = ("a", "b", "c")
duplicated_ids = st.sampled_from(["x", "y", "Абай", "città", "x2", ""])


@given(st.one_of(events(lanes=LANES), events(lanes=LANES, ids=duplicated_ids)))
def test_columns_give_back_the_events_they_were_made_of(all_events):
    columns = EventColumns.of_events(all_events)
    assert len(columns) == len(all_events)
    assert list(columns) == all_events
    assert columns[:] == all_events and columns[1:3] == all_events[1:3]
    if all_events:
        assert columns[-1] == all_events[-1]
    assert np.all(columns.card_numbers == -1), "events know no card numbers"


@given(events(lanes=LANES, ids=duplicated_ids), st.randoms(use_true_random=False))
def test_id_ranks_order_ids_as_strings_do_whatever_order_rows_come_in(all_events, rng):
    sorted_events = sorted(all_events, key=lambda event: event.id)
    shuffled = list(all_events)
    rng.shuffle(shuffled)
    for given_events in (sorted_events, shuffled):
        columns = EventColumns.of_events(given_events)
        ids = [event.id for event in given_events]
        ranks = columns.id_ranks.tolist()
        for i in range(len(ids)):
            for j in range(len(ids)):
                assert (ranks[i] < ranks[j]) == (ids[i] < ids[j])


def rows(count: int, seed: int) -> list[tuple]:
    """Rows as the content store reads them: in id order, some without a card number."""
    rng = random.Random(seed)
    made = []
    for i in range(count):
        first = rng.randint(-5000, 5000)
        made.append(
            (
                f"pack:card-{i:05d}",
                rng.choice(LANES),
                first,
                first + rng.choice([0, 0, 30, 365, 900]),
                rng.choice([q.value for q in Qualifier]),
                rng.choice([p.value for p in Precision]),
                rng.random() < 0.2,
                rng.choice([i * 3, i * 3 + 1, -1]),
            )
        )
    return made


def test_rows_read_a_chunk_at_a_time_make_the_same_columns(monkeypatch):
    read = rows(50, seed=1)
    whole = EventColumns.from_rows(read)
    monkeypatch.setattr(timeline_event_columns, "CHUNK", 7)
    chunked = EventColumns.from_rows(iter(read))
    assert list(chunked) == list(whole)
    assert chunked.id_ranks.tolist() == whole.id_ranks.tolist() == list(range(50))
    assert chunked.card_numbers.tolist() == [row[7] for row in read]
    event = chunked[3]
    assert event == TimelineEvent(
        read[3][0],
        read[3][1],
        read[3][2],
        read[3][3],
        Qualifier(read[3][4]),
        Precision(read[3][5]),
        read[3][6],
    )


def test_equal_ids_across_a_chunk_boundary_share_a_rank(monkeypatch):
    monkeypatch.setattr(timeline_event_columns, "CHUNK", 2)
    read = [(card_id, "a", 1, 1, "exact", 3, False, None) for card_id in "abbbc"]
    assert EventColumns.from_rows(read).id_ranks.tolist() == [0, 1, 1, 1, 2]


def test_taken_columns_are_the_events_chosen_in_that_order():
    read = rows(20, seed=2)
    columns = EventColumns.from_rows(read)
    numbers = np.array([5, 0, 19, 5])
    taken = columns.taken(numbers)
    assert list(taken) == [columns[5], columns[0], columns[19], columns[5]]
    assert taken.card_numbers.tolist() == [read[n][7] for n in numbers]
    assert taken.ids.find([read[19][0]]).tolist() == [2]


def test_an_event_ending_before_it_starts_is_refused_and_numbers_are_checked():
    with pytest.raises(ValueError, match="card-1"):
        EventColumns.from_rows([("card-1", "a", 10, 9, "exact", 3, False, None)])
    columns = EventColumns.from_rows(rows(3, seed=3))
    with pytest.raises(IndexError):
        columns[3]
    assert len(EventColumns.from_rows([])) == 0
    assert list(EventColumns.of_events([])) == []
