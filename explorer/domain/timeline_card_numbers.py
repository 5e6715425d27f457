"""Which timeline events a search answer keeps, without a pass over card ids in Python.

A search answers with card numbers (their positions in the search index). When the
timeline's events carry their cards' numbers (as the content store reads them), turning an
answer into a mask over the events is a few whole-array operations from the start, and a
card number that no event carries is a card without a date.

Otherwise ``CardNumbers`` learns the event of each card number from the answers themselves:
the ids of an answer's cards are looked up only for the numbers it has not met before. Ids
are read and looked up a slice at a time, so that the thread doing it never holds the
interpreter for long.

The numbering is that of one search index: a window opened on other content (or an index
built again) needs a new ``CardNumbers``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from explorer.domain.timeline_layout import TimelineLayout

_UNKNOWN = -2
"""A card number not met yet; a known one maps to its event's number, or -1 for none."""
SLICE = 4096
"""Ids read and looked up at a time."""


class CardNumbers:
    """The event of each card number of a search index, in a whole ``TimelineLayout``."""

    def __init__(self, layout: TimelineLayout):
        self.layout = layout.whole
        numbers = self.layout.events.card_numbers
        # Every event's card number is known, so a number of no event is a card of no event.
        self._unmet = -1 if np.all(numbers >= 0) else _UNKNOWN
        self._event_of = np.full(0, self._unmet, dtype=np.int32)
        if self._unmet == -1 and len(numbers):
            self._event_of = np.full(int(numbers.max()) + 1, -1, dtype=np.int32)
            self._event_of[numbers] = np.arange(len(numbers))

    def mask(self, numbers: np.ndarray, ids: Callable[[int, int], Sequence[str]]) -> np.ndarray:
        """One bool per event of the layout (see ``TimelineLayout.mask_of``): True for the
        events of the cards ``numbers``.

        ``ids(start, stop)`` gives the ids of the cards ``numbers[start:stop]`` (as
        ``SearchResult.ids`` does); it is asked only for slices with numbers not met yet,
        never when the events carry their card numbers.
        """
        numbers = np.asarray(numbers, dtype=np.int64)
        if len(numbers) and int(numbers.max()) >= len(self._event_of):
            grown = np.full(int(numbers.max()) + 1, self._unmet, dtype=np.int32)
            grown[: len(self._event_of)] = self._event_of
            self._event_of = grown
        events = self._event_of[numbers]
        new = np.flatnonzero(events == _UNKNOWN)
        if len(new):
            at = 0
            while at < len(new):
                start = int(new[at]) // SLICE * SLICE
                end = int(np.searchsorted(new, start + SLICE))
                rows = new[at:end]
                found = np.asarray(ids(start, start + SLICE), dtype=object)[rows - start]
                self._event_of[numbers[rows]] = self.layout.numbers_of(found.tolist())
                at = end
            events = self._event_of[numbers]
        mask = np.zeros(len(self.layout), dtype=bool)
        mask[events[events >= 0]] = True
        return mask

    @property
    def known(self) -> int:
        """How many card numbers are known (met so far, or carried by the events)."""
        return int(np.count_nonzero(self._event_of != _UNKNOWN))
