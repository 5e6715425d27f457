"""Every place of the collection for the map: names, coordinates and how many cards name it."""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from explorer.store.connection import Connection

_PLACES_WITH_COUNTS = """
SELECT p.id, p.name_json, p.longitude, p.latitude, COALESCE(c.cards, 0)
FROM places p
LEFT JOIN (SELECT place_id, COUNT(*) AS cards FROM card_places GROUP BY place_id) c
    ON c.place_id = p.id
ORDER BY p.id
"""


@dataclass(frozen=True, eq=False)
class MapPlaces:
    """Places in id order, as columns: ``names[i]`` is ``{language: name}``."""

    ids: list[str]
    names: list[dict[str, str]]
    longitudes: np.ndarray
    latitudes: np.ndarray
    card_counts: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


def map_places(db: Connection) -> MapPlaces:
    """Every place with the number of cards naming it, in one query."""
    rows = db.execute(_PLACES_WITH_COUNTS).fetchall()
    return MapPlaces(
        [row[0] for row in rows],
        [json.loads(row[1]) for row in rows],
        np.array([row[2] for row in rows], dtype=np.float64),
        np.array([row[3] for row in rows], dtype=np.float64),
        np.array([row[4] for row in rows], dtype=np.int64),
    )
