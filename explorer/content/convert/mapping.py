"""The mapping file of ``explorer convert csv``: which column of the CSV holds what.

    {
      "columns": {"title": "Name", "body": "Description", "start": "Born", "tags": "Keywords"},
      "split": {"tags": ";"},
      "date_order": "dmy",
      "html": false
    }

Only ``columns.title`` is required; a card's ``kind`` is "event" unless a kind column says
otherwise. ``split`` names the separator of a multi-value column
(tags, source_url, source_title); ``date_order`` says how "05/08/1963" reads (dmy, mdy or
ymd; dmy when not given); ``html`` true reads the texts as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explorer.content.convert.errors import ConvertError
from explorer.content.convert.source_file import load_json, read_source

FIELDS = (
    "title", "summary", "body", "start", "end", "place_name", "latitude", "longitude",
    "country", "category", "language", "tags", "source_url", "source_title", "id", "kind",
    "media", "media_caption", "media_credit", "media_alt", "lane",
)  # fmt: skip
MULTI_VALUE = ("tags", "source_url", "source_title")
DATE_ORDERS = ("dmy", "mdy", "ymd")
_KEYS = ("columns", "split", "date_order", "html")


@dataclass(frozen=True)
class Mapping:
    columns: dict[str, str]
    """Field name to column name."""
    split: dict[str, str] = field(default_factory=dict)
    date_order: str = "dmy"
    html: bool = False


def read_mapping(path: Path) -> Mapping:
    data = load_json(path, read_source(path, limit=1024 * 1024))
    file = str(path)
    if not isinstance(data, dict):
        raise ConvertError(file, None, None, 'the mapping must be an object: {"columns": {…}}')
    for key in data:
        if key not in _KEYS:
            raise ConvertError(file, None, key, f"is not a mapping setting; use {', '.join(_KEYS)}")
    columns = _strings(file, data.get("columns"), "columns", FIELDS)
    if "title" not in columns:
        raise ConvertError(file, None, "columns", 'must name the title column: {"title": "Name"}')
    split = _strings(file, data.get("split", {}), "split", MULTI_VALUE)
    for name, separator in split.items():
        if not separator:
            raise ConvertError(file, "split", name, "the separator is empty")
        if name not in columns:
            raise ConvertError(file, "split", name, f"no column is named for {name} in columns")
    order = data.get("date_order", "dmy")
    if order not in DATE_ORDERS:
        raise ConvertError(file, None, "date_order", f"{order!r} is not one of dmy, mdy, ymd")
    html = data.get("html", False)
    if not isinstance(html, bool):
        raise ConvertError(file, None, "html", "must be true or false")
    return Mapping(columns, split, order, html)


def _strings(file: str, value: Any, key: str, allowed: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConvertError(file, None, key, "must be an object from field name to text")
    for name, text in value.items():
        if name not in allowed:
            raise ConvertError(
                file, key, name, f"is not a field that can be mapped; use {', '.join(allowed)}"
            )
        if not isinstance(text, str):
            raise ConvertError(file, key, name, "must be text")
    return dict(value)
