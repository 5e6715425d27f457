"""Every place of the collection for the map: names, coordinates and how many cards name it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from explorer.store.connection import Connection

_PLACES_WITH_COUNTS = """
SELECT p.id, p.name_json, p.longitude, p.latitude, COALESCE(c.cards, 0)
FROM places p
LEFT JOIN (SELECT place_id, COUNT(*) AS cards FROM card_places GROUP BY place_id) c
    ON c.place_id = p.id
ORDER BY p.id
"""


class PlaceNames(Sequence[dict[str, str]]):
    """Each place's ``{language: name}``, decoded when first asked for: the map names a few
    hundred places at a time, and decoding 100,000 up front would cost a fifth of a second."""

    def __init__(self, name_json: list[str]):
        self._json = name_json
        self._decoded: dict[int, dict[str, str]] = {}

    def __len__(self) -> int:
        return len(self._json)

    @overload
    def __getitem__(self, index: int) -> dict[str, str]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, str]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, str] | list[dict[str, str]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._json)
        names = self._decoded.get(index)
        if names is None:
            names = self._decoded[index] = json.loads(self._json[index])
        return names


@dataclass(frozen=True, eq=False)
class MapPlaces:
    """Places in id order, as columns: ``names[i]`` is ``{language: name}``."""

    ids: list[str]
    names: PlaceNames
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
        PlaceNames([row[1] for row in rows]),
        np.array([row[2] for row in rows], dtype=np.float64),
        np.array([row[3] for row in rows], dtype=np.float64),
        np.array([row[4] for row in rows], dtype=np.int64),
    )
