"""The valid test pack with timeline lanes of its own: two lanes, two cards naming them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.content.pack_builder import write_valid_pack

LANES: list[dict[str, Any]] = [
    {"id": "journeys", "name": {"en": "Journeys", "it": "Viaggi"}, "colour": "#2a9d8f"},
    {"id": "poetry", "name": {"en": "Poetry", "it": "Poesia"}, "colour": "#e76f51"},
]
"""In file order: poetry after journeys, though its card is the older."""


def lanes_file(lanes: list[dict[str, Any]] = LANES, *, lines: bool = False) -> dict[str, str]:
    """The lanes as the ``files`` of ``write_valid_pack``: lanes.json, or lanes.jsonl."""
    if lines:
        return {"lanes.jsonl": "".join(json.dumps(lane) + "\n" for lane in lanes)}
    return {"lanes.json": json.dumps(lanes, ensure_ascii=False)}


def write_lanes_pack(tmp_path: Path, name: str = "lanes-pack", **changes: Any) -> Path:
    """Abai in "poetry", the monument in Rome in "journeys", Dante in no lane (his
    category's); ``changes`` as for ``write_valid_pack``."""
    files = changes.pop("files", lanes_file())
    cards = {"abai": {"lane": "poetry"}, "abai-monument-rome": {"lane": "journeys"}}
    cards.update(changes.pop("cards", {}))
    return write_valid_pack(tmp_path, name=name, files=files, cards=cards, **changes)
