"""Packed event ids: strings by number and numbers by string, without an object each."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.packed_ids import PackedIds

some_ids = st.lists(st.text(max_size=12), max_size=40)


@given(some_ids)
def test_each_id_comes_back_as_written_and_is_found_by_its_text(ids):
    packed = PackedIds.of(ids)
    assert len(packed) == len(ids)
    assert [packed[number] for number in range(len(ids))] == ids
    found = packed.find([*ids, "not-an-id-\u0000"])
    assert found[-1] == (ids.index("not-an-id-\u0000") if "not-an-id-\u0000" in ids else -1)
    for card_id, number in zip(ids, found[:-1].tolist(), strict=True):
        assert number == ids.index(card_id), "the first of equal ids"


def test_ids_in_any_script_keep_their_text():
    ids = ["search-bench:card-1", "kk:Абай", "it:città", "x:🙂", ""]
    packed = PackedIds.of(ids)
    assert [packed[n] for n in range(len(ids))] == ids
    assert packed[-1] == "" and packed[-5] == ids[0]
    assert packed.find(["it:città", "it:citta"]).tolist() == [2, -1]


def test_equal_hashes_of_different_ids_are_told_apart_by_their_text():
    ids = ["a", "b", "c"]
    blob = "".join(ids).encode()
    # Every id stored under the hash of "c": a lookup must compare texts along the run.
    packed = PackedIds(blob, np.array([1, 2, 3]), np.full(3, hash("c"), dtype=np.int64))
    assert packed.find(["c"]).tolist() == [2]
    assert packed.find(["a", "b"]).tolist() == [-1, -1], "their own hashes are not stored"


@given(some_ids, st.data())
def test_taken_and_joined_ids_are_those_chosen_in_order(ids, data):
    packed = PackedIds.of(ids)
    numbers = data.draw(st.lists(st.integers(0, max(len(ids) - 1, 0)), max_size=30))
    numbers = numbers if ids else []
    taken = packed.taken(np.array(numbers, dtype=np.int64))
    assert [taken[n] for n in range(len(taken))] == [ids[n] for n in numbers]
    halves = PackedIds.joined([PackedIds.of(ids[:3]), PackedIds.of(ids[3:])])
    assert [halves[n] for n in range(len(halves))] == ids
    if ids:
        assert halves.find([ids[-1]])[0] == ids.index(ids[-1])


def test_a_number_out_of_range_is_an_index_error():
    packed = PackedIds.of(["a"])
    for number in (1, -2):
        try:
            packed[number]
        except IndexError:
            continue
        raise AssertionError(f"{number} was accepted")
