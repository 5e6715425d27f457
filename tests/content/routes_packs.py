"""The valid test pack with routes written in full: a flight, a journey, a rail line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.content.pack_builder import REMOVE, write_valid_pack

FLIGHT: dict[str, Any] = {
    "id": "rome-semey-flight",
    "kind": "flight",
    "name": {"en": "Rome – Semey", "it": "Roma – Semey", "ru": "Рим – Семей"},
    "caption": {"en": "A flight from Rome to Semey.", "it": "Un volo da Roma a Semey."},
    "waypoints": ["rome", "semey"],
    "start": "2025-09-29",
    "sources": ["astana-times-2025"],
    "cards": ["abai-monument-rome"],
    "translation_status": {"it": "draft", "ru": "reviewed"},
}
JOURNEY: dict[str, Any] = {
    "id": "abai-journey",
    "kind": "journey",
    "name": {"en": "A journey from Semey to Rome"},
    "caption": {"en": "Schematic: the way is known only roughly."},
    "waypoints": ["semey", "rome"],
    "start": "circa 1890",
    "end": "1900",
    "approximate": True,
    "sources": ["abai-encyclopedia", "astana-times-2025"],
}
RAIL: dict[str, Any] = {
    "id": "rome-semey-rail",
    "kind": "rail",
    "name": {"en": "By rail"},
    "caption": {"en": "Drawn along the great circle, though by rail."},
    "waypoints": ["rome", "semey"],
    "path": "great_circle",
    "sources": ["abai-encyclopedia"],
}
ROUTES = [FLIGHT, JOURNEY, RAIL]
"""In file order: the journey after the flight, though it is the older."""


def routes_file(routes: list[dict[str, Any]] = ROUTES, *, lines: bool = False) -> dict[str, Any]:
    """The routes as the ``files`` of ``write_valid_pack``: routes.json, or routes.jsonl."""
    if lines:
        return {
            "routes.json": REMOVE,
            "routes.jsonl": "".join(json.dumps(route) + "\n" for route in routes),
        }
    return {"routes.json": json.dumps(routes, ensure_ascii=False)}


def write_routes_pack(
    tmp_path: Path, name: str = "routes-pack", routes: list[dict[str, Any]] = ROUTES, **changes
) -> Path:
    """The valid pack with ``routes`` in its routes.json; ``changes`` as for
    ``write_valid_pack``."""
    return write_valid_pack(tmp_path, name=name, routes=routes, **changes)


def with_fields(route: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """``route`` with ``fields`` set; a field set to None is left out."""
    changed = {**route, **fields}
    return {key: value for key, value in changed.items() if value is not None}
