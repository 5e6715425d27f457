"""Which cards name which places, as arrays: what the map counts its places from.

One query reads every pair (card, place) with the card's number in the search index and its
days, so that the map can count, for any search answer and any period of the timeline, how
many of the cards shown name each place, in a few whole-array operations
(``explorer.domain.map_counts``) rather than a pass over cards in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from explorer.store.id_lists import ANY_OF, ids_json

if TYPE_CHECKING:
    from sqlite3 import Connection


@dataclass(frozen=True)
class MapLinks:
    """Every (card, place) pair, as columns: the place by its index in the map's places."""

    pair_places: np.ndarray
    """For each (card, place) pair: the place's index in the places' ids (int32)."""
    pair_numbers: np.ndarray
    """For each pair: the card's number in the search index, -1 if it has none (int32)."""
    pair_first_days: np.ndarray
    pair_last_days: np.ndarray
    """For each pair: the card's first and last day (float64; NaN for an undated card)."""


def read_map_links(db: Connection, place_ids: Sequence[str]) -> MapLinks:
    """The pairs, their places indexed in ``place_ids`` (every place of the content, as
    ``map_places`` reads them). Columns are made whole from one fetch: at 100,000 places
    and more pairs, a pass over the rows in Python per column cost twice the query."""
    index = dict(zip(place_ids, range(len(place_ids)), strict=True))
    rows = db.execute(
        "SELECT cp.place_id, COALESCE(s.number, -1), c.first_day, c.last_day "
        "FROM card_places cp JOIN cards c ON c.id = cp.card_id "
        "LEFT JOIN search_cards s ON s.card_id = cp.card_id"
    ).fetchall()
    if not rows:
        return MapLinks(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0), np.zeros(0))
    places, numbers, first_days, last_days = zip(*rows, strict=True)
    return MapLinks(
        np.fromiter(map(index.__getitem__, places), dtype=np.int32, count=len(rows)),
        np.array(numbers, dtype=np.int32),
        np.array(first_days, dtype=np.float64),  # NULL (None) becomes NaN
        np.array(last_days, dtype=np.float64),
    )


def read_place_countries(db: Connection) -> dict[str, tuple[str, ...]]:
    """Each place's countries (ISO 3166 codes), in the pack's order."""
    countries: dict[str, list[str]] = {}
    for place_id, country in db.execute(
        "SELECT place_id, country FROM place_countries ORDER BY place_id, position"
    ):
        countries.setdefault(place_id, []).append(country)
    return {place_id: tuple(codes) for place_id, codes in countries.items()}


def cards_at_places(
    db: Connection, place_ids: list[str]
) -> list[tuple[str, int, float | None, float | None]]:
    """(card id, number in the search index or -1, first day, last day) of every card naming
    one of ``place_ids``, each once, in the order of their days (undated last)."""
    if not place_ids:
        return []
    return db.execute(
        "SELECT DISTINCT c.id, COALESCE(s.number, -1), c.first_day, c.last_day "
        "FROM card_places cp JOIN cards c ON c.id = cp.card_id "
        "LEFT JOIN search_cards s ON s.card_id = c.id "
        f"WHERE cp.place_id IN ({ANY_OF}) "
        "ORDER BY c.first_day IS NULL, c.first_day, c.id",
        [ids_json(place_ids)],
    ).fetchall()


def card_numbers(db: Connection, card_ids: list[str]) -> dict[str, int]:
    """Each card's number in the search index (cards with none are left out)."""
    if not card_ids:
        return {}
    return dict(
        db.execute(
            f"SELECT card_id, number FROM search_cards WHERE card_id IN ({ANY_OF})",
            [ids_json(card_ids)],
        ).fetchall()
    )
