"""My collection as one JSON file, to carry to another computer or keep as a copy.

```
{"format": "explorer-my-collection", "version": 1, "exported": "2026-12-04T20:00:00+00:00",
 "starred": ["pack:card", ...],
 "collections": [{"name": "...", "created": "...", "cards": ["pack:card", ...]}, ...],
 "notes": [{"card": "pack:card", "text": "...", "updated": "..."}, ...]}
```

Export writes the file whole or not at all (a temporary file renamed over the target).
Import reads and checks the whole file before anything is written, asks what to do about
every collection of the same name and every note that differs (``ask``), then writes
everything in one transaction: a bad file, or a failure half-way, changes nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from explorer.store.durable_files import write_durably
from explorer.store.my_collection import MyCollection, Note, now

_CARD_ID = re.compile(r"[^\s:]+(?::[^\s:]+)*:[^\s:]+")
"""A pack-qualified card id, "pack:card" (a pack's id may hold colons of its own)."""
FORMAT = "explorer-my-collection"
VERSION = 1


class BadCollectionFile(ValueError):
    """A file that is not an export of My collection, or one with a bad entry; the message
    says what is wrong and where."""


class Choice(Enum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    KEEP_BOTH = "both"


@dataclass(frozen=True)
class Conflict:
    """A collection of the same name with other cards (``kind`` "collection", ``name`` its
    name) or a note that differs (``kind`` "note", ``name`` the card's id)."""

    kind: str
    name: str
    mine: str
    """The reader's note, or their collection's cards one a line."""
    theirs: str


Ask = Callable[[Conflict], Choice]


@dataclass(frozen=True)
class ImportedCollection:
    name: str
    created: str
    cards: tuple[str, ...]


@dataclass(frozen=True)
class CollectionFile:
    starred: tuple[str, ...] = ()
    collections: tuple[ImportedCollection, ...] = ()
    notes: tuple[Note, ...] = ()


@dataclass
class ImportSummary:
    starred: int = 0
    collections: int = 0
    notes: int = 0
    kept_mine: list[str] = field(default_factory=list)


# Export -----------------------------------------------------------------------------------


def export_data(mine: MyCollection) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": now(),
        "starred": mine.starred(),
        "collections": [
            {"name": item.name, "created": item.created, "cards": mine.cards(item.id)}
            for item in mine.collections()
        ],
        "notes": [
            {"card": note.card_id, "text": note.text, "updated": note.updated}
            for note in mine.notes().values()
        ],
    }


def export_file(mine: MyCollection, path: Path) -> None:
    text = json.dumps(export_data(mine), ensure_ascii=False, indent=1)
    write_durably(path, (text + "\n").encode("utf-8"))


# Reading and checking ----------------------------------------------------------------------


def read_file(path: Path) -> CollectionFile:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise BadCollectionFile(
            f"{path.name}: cannot be read ({error.strerror or error})"
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadCollectionFile(f"{path.name}: not a JSON file ({error})") from None
    return parse(data, path.name)


def parse(data: Any, where: str = "the file") -> CollectionFile:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadCollectionFile(f"{where}: not an export of My collection (format {FORMAT!r})")
    version = data.get("version")
    if version != VERSION:
        raise BadCollectionFile(
            f"{where}: version {version!r} of the format; this explorer reads version {VERSION}"
        )
    starred = _card_ids(data.get("starred", []), f"{where}: starred")
    collections = []
    for number, item in enumerate(_list(data.get("collections", []), f"{where}: collections")):
        place = f"{where}: collections[{number}]"
        if not isinstance(item, dict):
            raise BadCollectionFile(f"{place}: not an object")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise BadCollectionFile(f"{place}: name missing or empty")
        collections.append(
            ImportedCollection(
                " ".join(name.split()),
                _text(item.get("created", now()), f"{place}: created"),
                _card_ids(item.get("cards", []), f"{place}: cards"),
            )
        )
    notes = []
    for number, item in enumerate(_list(data.get("notes", []), f"{where}: notes")):
        place = f"{where}: notes[{number}]"
        if not isinstance(item, dict):
            raise BadCollectionFile(f"{place}: not an object")
        card = _card_id(item.get("card"), f"{place}: card")
        notes.append(
            Note(
                card,
                _text(item.get("text"), f"{place}: text"),
                _text(item.get("updated", now()), f"{place}: updated"),
            )
        )
    return CollectionFile(tuple(starred), tuple(collections), tuple(notes))


def _list(value: Any, place: str) -> list:
    if not isinstance(value, list):
        raise BadCollectionFile(f"{place}: not a list")
    return value


def _text(value: Any, place: str) -> str:
    if not isinstance(value, str):
        raise BadCollectionFile(f"{place}: not text")
    return value


def _card_ids(value: Any, place: str) -> tuple[str, ...]:
    ids = [_card_id(card, f"{place}[{number}]") for number, card in enumerate(_list(value, place))]
    return tuple(dict.fromkeys(ids))


def _card_id(value: Any, place: str) -> str:
    if not isinstance(value, str) or not _CARD_ID.fullmatch(value):
        raise BadCollectionFile(f"{place}: not a card id ({value!r})")
    return value


# Importing ----------------------------------------------------------------------------------


def import_file(mine: MyCollection, path: Path, ask: Ask) -> ImportSummary:
    """Add what the file at ``path`` holds to ``mine``, asking about each conflict."""
    return merge(mine, read_file(path), ask)


def merge(mine: MyCollection, incoming: CollectionFile, ask: Ask) -> ImportSummary:
    summary = ImportSummary()
    plan_collections = _plan_collections(mine, incoming, ask, summary)
    plan_notes = _plan_notes(mine, incoming, ask, summary)
    with mine.db.atomic():
        starred = set(mine.starred())
        for card in incoming.starred:
            if card not in starred:
                mine.star(card)
                summary.starred += 1
        for existing_id, collection in plan_collections:
            if existing_id is not None:  # take theirs: the same collection, their cards
                for card in mine.cards(existing_id):
                    mine.remove(existing_id, card)
                target = existing_id
            else:
                target = mine.create(collection.name, created=collection.created)
            for card in collection.cards:
                mine.add(target, card)
            summary.collections += 1
        for note in plan_notes:
            mine.set_note(note.card_id, note.text, updated=note.updated)
            summary.notes += 1
    return summary


def _plan_collections(
    mine: MyCollection, incoming: CollectionFile, ask: Ask, summary: ImportSummary
) -> list[tuple[int | None, ImportedCollection]]:
    """(existing id to refill or None for a new one, collection) for each to write."""
    existing = {item.name: item.id for item in mine.collections()}
    names = set(existing)
    plan: list[tuple[int | None, ImportedCollection]] = []
    for collection in incoming.collections:
        same = existing.get(collection.name)
        if same is None:
            plan.append((None, collection))
            names.add(collection.name)
            continue
        cards = mine.cards(same)
        if tuple(cards) == collection.cards:
            continue  # the very same collection
        choice = ask(
            Conflict("collection", collection.name, "\n".join(cards), "\n".join(collection.cards))
        )
        if choice is Choice.TAKE_THEIRS:
            plan.append((same, collection))
        elif choice is Choice.KEEP_BOTH:
            name = _free_name(collection.name, names)
            names.add(name)
            plan.append((None, ImportedCollection(name, collection.created, collection.cards)))
        else:
            summary.kept_mine.append(collection.name)
    return plan


def _plan_notes(
    mine: MyCollection, incoming: CollectionFile, ask: Ask, summary: ImportSummary
) -> list[Note]:
    existing = mine.notes()
    plan = []
    for note in incoming.notes:
        own = existing.get(note.card_id)
        if own is None:
            plan.append(note)
            continue
        if own.text == note.text:
            continue
        choice = ask(Conflict("note", note.card_id, own.text, note.text))
        if choice is Choice.TAKE_THEIRS:
            plan.append(note)
        elif choice is Choice.KEEP_BOTH:
            plan.append(Note(note.card_id, f"{own.text}\n\n{note.text}", now()))
        else:
            summary.kept_mine.append(note.card_id)
    return plan


def _free_name(name: str, taken: set[str]) -> str:
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"
