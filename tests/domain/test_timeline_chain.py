"""The runs under the cap, found by pointer doubling rather than a step at a time."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.timeline_levels import _chain_from_the_first


@st.composite
def successors(draw):
    """For each position p of n, a later one (n for the end)."""
    count = draw(st.integers(0, 60))
    return [draw(st.integers(p + 1, count)) for p in range(count)]


@given(successors())
def test_the_chain_from_the_first_position_is_the_one_walked_step_by_step(successor):
    walked = set()
    position = 0
    while position < len(successor):
        walked.add(position)
        position = successor[position]
    met = _chain_from_the_first(np.array(successor, dtype=np.int64))
    assert met.shape == (len(successor),)
    assert set(np.flatnonzero(met).tolist()) == walked


def test_a_chain_of_every_position_takes_a_few_doublings():
    count = 100_000
    met = _chain_from_the_first(np.arange(1, count + 1))
    assert met.all()
    every_other = _chain_from_the_first(np.minimum(np.arange(count) + 2, count))
    assert np.array_equal(np.flatnonzero(every_other), np.arange(0, count, 2))
