"""The valid test pack with its records written as JSON Lines, one or several files.

    pack = write_lines_pack(tmp_path)                       # cards.jsonl
    parts = write_lines_pack(tmp_path, name="p", parts=2)   # cards/0001.jsonl, cards/0002.jsonl
    bad = write_lines_pack(tmp_path, lines=['{"id": "x",}'])  # cards.jsonl exactly as given
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.content.pack_builder import REMOVE, valid_pack_data, write_valid_pack


def json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_lines_pack(
    tmp_dir: Path,
    *,
    name: str = "lines",
    lines: list[str] | None = None,
    parts: int = 0,
    ending: str = "\n",
    zipped: bool = False,
    **changes: Any,
) -> Path:
    """The valid pack with ``cards.json`` written as ``cards.jsonl`` (or split into ``parts``
    files in ``cards/``); ``lines`` replaces the card lines, ``ending`` ends each line."""
    if lines is None:
        lines = [json_line(card) for card in valid_pack_data()["cards"]]
    files: dict[str, Any] = {"cards.json": REMOVE}
    if parts:
        size = -(-len(lines) // parts)
        for part in range(parts):
            chunk = lines[part * size : (part + 1) * size]
            files[f"cards/{part + 1:04d}.jsonl"] = "".join(line + ending for line in chunk)
    else:
        files["cards.jsonl"] = "".join(line + ending for line in lines)
    return write_valid_pack(tmp_dir, name=name, zipped=zipped, files=files, **changes)
