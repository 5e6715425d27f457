"""The valid test pack with guided stories: one of every field, one of the least."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.content.pack_builder import write_valid_pack

FULL: dict[str, Any] = {
    "id": "abai-in-rome",
    "title": {"en": "Abai in Rome", "it": "Abai a Roma", "ru": "Абай в Риме"},
    "summary": {"en": "From Semey to a monument in Rome.", "it": "Da Semey a Roma."},
    "steps": [
        {
            "card": "abai",
            "text": {"en": "Abai was born in the steppe.", "ru": "Абай родился в степи."},
            "period": {"start": "1845", "end": "1904"},
            "places": ["semey"],
        },
        {
            "card": "abai-monument-rome",
            "text": {"en": "A monument stands in Rome."},
            "route": "semey-to-rome",
        },
        {"card": "dante", "text": {"en": "Dante, read beside Abai."}},
    ],
    "sources": ["astana-times-2025", "abai-encyclopedia"],
    "translation_status": {"it": "draft", "ru": "reviewed"},
}
SHORT: dict[str, Any] = {
    "id": "one-step",
    "title": {"en": "One step"},
    "summary": {"en": "The shortest story."},
    "steps": [{"card": "dante", "text": {"en": "Only Dante."}}],
}
STORIES = [FULL, SHORT]


def write_stories_pack(
    tmp_path: Path,
    name: str = "stories-pack",
    stories: list[dict[str, Any]] = STORIES,
    **changes: Any,
) -> Path:
    """The valid pack with ``stories`` as its stories.json; ``changes`` as for
    ``write_valid_pack``."""
    files = {"stories.json": json.dumps(stories, ensure_ascii=False)}
    return write_valid_pack(tmp_path, name=name, files=files, **changes)


def with_step(story: dict[str, Any], number: int, **fields: Any) -> dict[str, Any]:
    """``story`` with ``fields`` set in its step ``number`` (from 1); None leaves one out."""
    steps = [dict(step) for step in story["steps"]]
    changed = {**steps[number - 1], **fields}
    steps[number - 1] = {key: value for key, value in changed.items() if value is not None}
    return {**story, "steps": steps}
