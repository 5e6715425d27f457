"""Guided stories read back from the content database as domain ``Story`` objects."""

from __future__ import annotations

import json
from collections.abc import Sequence

from explorer.domain.entities import Story, StoryStep, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.store.connection import Connection
from explorer.store.id_lists import ANY_OF, ids_json

_IN_PACK_ORDER = "SELECT s.* FROM stories s JOIN packs p ON p.id = s.pack_id"
_ORDER = " ORDER BY p.rank, p.id, s.position"


def read_stories(db: Connection, story_id: str | None = None) -> list[Story]:
    """Every pack's stories (the bundled pack's first, each pack's in its file's order), or
    only the story keyed ``story_id``; every id in them qualified with its pack's id."""
    if story_id is None:
        rows = list(db.query(_IN_PACK_ORDER + _ORDER))
    else:
        rows = list(db.query(_IN_PACK_ORDER + " WHERE s.id = ?" + _ORDER, [story_id]))
    steps = _steps(db, [row["id"] for row in rows])
    return [
        Story(
            id=row["id"],
            title=json.loads(row["title_json"]),
            summary=json.loads(row["summary_json"]),
            steps=tuple(steps.get(row["id"], ())),
            sources=tuple(json.loads(row["sources_json"])),
            translation_status={
                lang: TranslationStatus(status)
                for lang, status in json.loads(row["status_json"]).items()
            },
        )
        for row in rows
    ]


def _steps(db: Connection, story_ids: Sequence[str]) -> dict[str, list[StoryStep]]:
    if not story_ids:
        return {}
    steps: dict[str, list[StoryStep]] = {}
    for row in db.query(
        f"SELECT * FROM story_steps WHERE story_id IN ({ANY_OF}) ORDER BY story_id, position",
        [ids_json(story_ids)],
    ):
        start, end = row["period_start"], row["period_end"]
        period = None if start is None else (FuzzyDate.parse(start), FuzzyDate.parse(end))
        steps.setdefault(row["story_id"], []).append(
            StoryStep(
                card=row["card_id"],
                text=json.loads(row["text_json"]),
                period=period,
                places=tuple(json.loads(row["places_json"])),
                route=row["route_id"],
            )
        )
    return steps
