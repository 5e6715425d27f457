"""A list of ids as one query parameter: ``WHERE id IN (SELECT value FROM json_each(?))``.

One placeholder per id (``IN (?, ?, …)``) stops at SQLite's limit on a statement's
variables: 32,766 in the builds of most Pythons, 999 in older ones. A cluster of the map, a
search answer or a long list of My collection can hold more ids than that; a JSON array is
one parameter, however long.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

ANY_OF = "SELECT value FROM json_each(?)"
"""Stands for the ids in ``IN (…)``; its one parameter is ``ids_json(ids)``."""


def ids_json(ids: Iterable[str]) -> str:
    return json.dumps(list(ids))
