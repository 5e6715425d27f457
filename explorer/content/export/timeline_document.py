"""What a published timeline holds besides its events: its title slide and its eras."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from explorer.content.export.events import ExportedDate, exported_date
from explorer.domain.entities import pick
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.store.content_store import ContentStore


@dataclass(frozen=True)
class ExportedEra:
    headline: str
    start: ExportedDate
    end: ExportedDate
    """An era that goes on ends this year: a published timeline needs an end."""


def title_slide(store: ContentStore, pack: str | None, language: str) -> tuple[str, str]:
    """The headline and text of the title slide: the pack's title and description, or, for
    the whole library, the titles of its packs."""
    rows = store.db.execute(
        "SELECT id, title_json, description_json FROM packs ORDER BY rank, id"
    ).fetchall()
    if pack is not None:
        rows = [row for row in rows if row[0] == pack]
    titles = [pick(json.loads(row[1]), language)[0] for row in rows]
    if len(rows) == 1:
        description = json.loads(rows[0][2])
        return titles[0], pick(description, language)[0] if description else ""
    return " · ".join(titles), ""


def exported_eras(store: ContentStore, pack: str | None, language: str) -> list[ExportedEra]:
    prefix = None if pack is None else f"{pack}:"
    this_year = FuzzyDate(date.today().year)
    return [
        ExportedEra(
            headline=pick(era.name, language)[0],
            start=exported_date(era.start),
            end=exported_date(era.end or this_year),
        )
        for era in store.eras()
        if prefix is None or era.id.startswith(prefix)
    ]
