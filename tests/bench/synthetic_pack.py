"""The search benchmark's synthetic cards as a content pack on disk, cards as JSON Lines.

    folder = write_synthetic_pack(tmp_path / "pack", 100_000)
    zipped = write_synthetic_pack(tmp_path / "pack.zip", 100_000, zipped=True)

The cards are made and written one at a time, so a pack of any size costs little memory.
The same count and seed give the same pack, byte for byte (the zip's times aside).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from explorer.domain.collection import PACK_FORMAT, PACK_FORMAT_VERSION
from explorer.domain.entities import Card
from tests.bench.search_bench import SEED, SyntheticParts, synthetic_parts

ZIP_LEVEL = 6
"""What zip tools use unless told otherwise."""


def card_record(card: Card) -> dict[str, Any]:
    """A card as a pack writes it."""
    record: dict[str, Any] = {
        "id": card.id,
        "kind": card.kind.value,
        "category": card.category,
        "side": card.side.value,
        "title": dict(card.title),
        "summary": dict(card.summary),
        "body": dict(card.body),
        "sources": list(card.sources),
    }
    if card.start is not None:
        record["start"] = str(card.start)
    if card.end is not None:
        record["end"] = str(card.end)
    if card.date_note:
        record["date_note"] = dict(card.date_note)
    if card.places:
        record["places"] = list(card.places)
    if card.tags:
        record["tags"] = list(card.tags)
    statuses = {language: "draft" for language in card.title if language != "en"}
    if statuses:
        record["translation_status"] = statuses
    return record


def pack_files(parts: SyntheticParts) -> dict[str, str]:
    """Every file but the cards, as text."""
    manifest = parts.manifest
    files: dict[str, Any] = {
        "manifest.json": {
            "format": PACK_FORMAT,
            "format_version": PACK_FORMAT_VERSION,
            "id": manifest.id,
            "title": dict(manifest.title),
            "version": "1.0.0",
            "languages": list(manifest.languages),
            "licence": manifest.licence,
        },
        "categories.json": [
            {"id": c.id, "name": dict(c.name), "colour": c.colour} for c in parts.categories
        ],
        "sources.json": [
            {"id": s.id, "title": s.title, "publisher": s.publisher} for s in parts.sources
        ],
        "places.json": [
            {
                "id": p.id,
                "name": dict(p.name),
                "latitude": p.latitude,
                "longitude": p.longitude,
                "countries": list(p.countries),
            }
            for p in parts.places
        ],
        "media.json": [],
        "links.json": [],
    }
    return {name: json.dumps(value, ensure_ascii=False, indent=1) for name, value in files.items()}


def card_lines(parts: SyntheticParts) -> Iterator[str]:
    for card in parts.cards:
        yield json.dumps(card_record(card), ensure_ascii=False) + "\n"


def write_synthetic_pack(
    target: Path, count: int, *, seed: int = SEED, zipped: bool = False
) -> Path:
    """A pack of ``count`` synthetic cards at ``target``: a folder, or a zip."""
    parts = synthetic_parts(count, seed)
    if zipped:
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as pack:
            for name, text in pack_files(parts).items():
                pack.writestr(name, text)
            with pack.open("cards.jsonl", "w", force_zip64=True) as cards:
                for line in card_lines(parts):
                    cards.write(line.encode())
        return target
    target.mkdir(parents=True, exist_ok=True)
    for name, text in pack_files(parts).items():
        (target / name).write_text(text, encoding="utf-8")
    with open(target / "cards.jsonl", "w", encoding="utf-8") as cards:
        cards.writelines(card_lines(parts))
    return target
