"""Every place of the collection for the map: ids, names and coordinates, as columns."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from explorer.store.connection import Connection


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

    def __len__(self) -> int:
        return len(self.ids)


def map_places(db: Connection) -> MapPlaces:
    """Every place, in one query (how many cards name each: ``map_links``)."""
    rows = db.execute(
        "SELECT id, name_json, longitude, latitude FROM places ORDER BY id"
    ).fetchall()
    if not rows:
        return MapPlaces([], PlaceNames([]), np.zeros(0), np.zeros(0))
    ids, names, longitudes, latitudes = zip(*rows, strict=True)
    return MapPlaces(
        list(ids),
        PlaceNames(list(names)),
        np.array(longitudes, dtype=np.float64),
        np.array(latitudes, dtype=np.float64),
    )
