"""How many of the cards shown name each place: the sizes of the map's markers.

A card is shown when the search answer holds it (no answer: every card) and, when the map
follows a period of the timeline, when its days meet that period (an undated card then is
not shown). Each place counts the cards shown that name it; a place no shown card names
counts 0 and is left off the map.
"""

from __future__ import annotations

import numpy as np


def place_counts(
    place_count: int,
    pair_places: np.ndarray,
    pair_numbers: np.ndarray,
    pair_first_days: np.ndarray,
    pair_last_days: np.ndarray,
    *,
    answer_numbers: np.ndarray | None = None,
    period: tuple[float, float] | None = None,
) -> np.ndarray:
    """The count of each place (int64, one per place), from the (card, place) pairs."""
    shown = np.ones(len(pair_places), dtype=bool)
    if answer_numbers is not None:
        shown &= np.isin(pair_numbers, answer_numbers)
    if period is not None:
        first, last = period
        with np.errstate(invalid="ignore"):  # NaN days (undated) compare False: not shown
            shown &= (pair_first_days <= last) & (pair_last_days >= first)
    return np.bincount(pair_places[shown], minlength=place_count)
