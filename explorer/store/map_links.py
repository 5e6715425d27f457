"""Which cards name which places, as arrays: what the map counts its places from.

One query reads every pair (card, place) with the card's number in the search index and its
days, so that the map can count, for any search answer and any period of the timeline, how
many of the cards shown name each place, in a few whole-array operations
(``explorer.domain.map_counts``) rather than a pass over cards in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sqlite3 import Connection


@dataclass(frozen=True)
class MapLinks:
    place_ids: tuple[str, ...]
    """Every place of the content, in the order of the arrays' place indices."""
    longitudes: np.ndarray
    latitudes: np.ndarray
    pair_places: np.ndarray
    """For each (card, place) pair: the place's index in ``place_ids`` (int32)."""
    pair_numbers: np.ndarray
    """For each pair: the card's number in the search index, -1 if it has none (int32)."""
    pair_first_days: np.ndarray
    pair_last_days: np.ndarray
    """For each pair: the card's first and last day (float64; NaN for an undated card)."""

    def index_of(self) -> dict[str, int]:
        """Each place id's index."""
        return {place_id: index for index, place_id in enumerate(self.place_ids)}


def read_map_links(db: Connection) -> MapLinks:
    places = db.execute("SELECT id, longitude, latitude FROM places ORDER BY id").fetchall()
    place_ids = tuple(row[0] for row in places)
    index = {place_id: position for position, place_id in enumerate(place_ids)}
    rows = db.execute(
        "SELECT cp.place_id, COALESCE(s.number, -1), c.first_day, c.last_day "
        "FROM card_places cp JOIN cards c ON c.id = cp.card_id "
        "LEFT JOIN search_cards s ON s.card_id = cp.card_id"
    ).fetchall()
    pair_places = np.fromiter((index[row[0]] for row in rows), dtype=np.int32, count=len(rows))
    numbers = np.fromiter((row[1] for row in rows), dtype=np.int32, count=len(rows))
    first = np.array([np.nan if row[2] is None else row[2] for row in rows], dtype=np.float64)
    last = np.array([np.nan if row[3] is None else row[3] for row in rows], dtype=np.float64)
    return MapLinks(
        place_ids,
        np.array([row[1] for row in places], dtype=np.float64),
        np.array([row[2] for row in places], dtype=np.float64),
        pair_places,
        numbers,
        first,
        last,
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
    marks = ", ".join("?" * len(place_ids))
    return db.execute(
        "SELECT DISTINCT c.id, COALESCE(s.number, -1), c.first_day, c.last_day "
        "FROM card_places cp JOIN cards c ON c.id = cp.card_id "
        "LEFT JOIN search_cards s ON s.card_id = c.id "
        f"WHERE cp.place_id IN ({marks}) "
        "ORDER BY c.first_day IS NULL, c.first_day, c.id",
        place_ids,
    ).fetchall()


def card_numbers(db: Connection, card_ids: list[str]) -> dict[str, int]:
    """Each card's number in the search index (cards with none are left out)."""
    if not card_ids:
        return {}
    marks = ", ".join("?" * len(card_ids))
    return dict(
        db.execute(
            f"SELECT card_id, number FROM search_cards WHERE card_id IN ({marks})", card_ids
        ).fetchall()
    )
