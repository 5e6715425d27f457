"""Which timeline format a file is in, told from the file itself, for importing it without
naming its format (the window's import does; ``explorer import --from`` is told).

A JSON file with an ``events`` list of TimelineJS slides, a ``title`` slide or a
``timeline`` object is TimelineJS; one whose events are SIMILE's (``start`` and ``title``
strings) or that names a ``dateTimeFormat`` is SIMILE, as is any XML file (its reader
wants ``<data>``). A CSV file whose header has the TimelineJS template's columns is the
template; any other CSV needs a mapping, which only the command line takes.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from explorer.content.convert.csv_text import text_start
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.source_file import load_json, read_source
from explorer.content.convert.timelinejs_csv import COLUMNS, REQUIRED

TIMELINE_SUFFIXES = (".json", ".csv", ".xml")
"""The files that may hold a timeline; a pack's own ``manifest.json`` is not one."""

_TIMELINEJS_SLIDE_KEYS = {"start_date", "text", "media", "display_date", "unique_id"}
_SIMILE_EVENT_KEYS = {"start", "durationEvent", "isDuration", "latestStart", "caption"}
_DELIMITERS = (",", ";", "\t")


def is_timeline_file(path: Path) -> bool:
    """Whether ``path`` is a file to convert before importing, rather than a pack."""
    return (
        path.suffix.lower() in TIMELINE_SUFFIXES
        and path.name != "manifest.json"
        and not path.is_dir()
    )


def detect_format(path: Path) -> str:
    """The format name of ``convert`` for the file at ``path``: "timelinejs",
    "timelinejs-csv" or "simile". Raises ConvertError saying why none fits."""
    data = read_source(path)
    if path.suffix.lower() == ".csv":
        return _csv_format(path, data)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "simile"
    return _json_format(path, load_json(path, data))


def _json_format(path: Path, data: Any) -> str:
    if isinstance(data, dict):
        if isinstance(data.get("timeline"), dict):
            return "timelinejs"
        events = data.get("events")
        if isinstance(events, list):
            slides = [event for event in events if isinstance(event, dict)]
            if "dateTimeFormat" in data or any(
                _SIMILE_EVENT_KEYS & event.keys() for event in slides
            ):
                return "simile"
            return "timelinejs"
        if isinstance(data.get("title"), dict):
            return "timelinejs"
    raise ConvertError(
        str(path),
        None,
        None,
        'is neither a TimelineJS timeline (an "events" list or a "timeline" object at the '
        'top) nor a SIMILE Timeline (an "events" list of events with a "start")',
    )


def _csv_format(path: Path, data: bytes) -> str:
    header = _header(text_start(path, data))
    names = {name.strip().casefold() for name in header}
    missing = [column for column in REQUIRED if column.casefold() not in names]
    if not missing:
        return "timelinejs-csv"
    raise ConvertError(
        str(path),
        "line 1",
        None,
        f"is not the TimelineJS template: its header has no column {', '.join(missing)} "
        f"(the template's columns are {', '.join(COLUMNS)}); to import another CSV file, use "
        "explorer import FILE --from csv --mapping MAPPING.json, the mapping saying which "
        "column holds what (see docs/importing.md)",
    )


def _header(text: str) -> list[str]:
    """The first row's cells, split by whichever common delimiter splits it most."""
    best: list[str] = []
    for delimiter in _DELIMITERS:
        try:
            row = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
        except csv.Error:
            continue
        if len(row) > len(best):
            best = row
    return best
