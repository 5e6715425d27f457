"""Writing a validated collection into the content database, all or nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlite_utils import Database

from explorer.domain.collection import Collection
from explorer.domain.entities import Card, Localized, Media
from explorer.domain.references import qualify as q
from explorer.store.search_build import rebuild_search_index


class PackConflict(Exception):
    """The pack cannot be written beside the others (a database constraint refused it)."""


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _localized(texts: Localized) -> str:
    return _json(dict(texts))


def replace_pack(
    db: Database,
    collection: Collection,
    fingerprint: str,
    read_media: Callable[[Media], bytes],
    *,
    rank: int = 1,
    index: bool = True,
) -> None:
    """Replace everything of this pack with ``collection`` in one transaction.

    Every id is stored qualified with the pack's id (see ``explorer.domain.references``).
    ``rank`` orders packs when a bare id names cards of several (0 for the bundled pack).
    The search index over every pack in the database is rebuilt in the same transaction,
    unless ``index`` is false (then call ``rebuild_search_index`` once all packs are in).
    On any error the database is left exactly as it was.
    """
    pack_id = collection.manifest.id
    try:
        with db.atomic():
            db.execute("PRAGMA defer_foreign_keys = ON")
            db.execute("DELETE FROM packs WHERE id = ?", [pack_id])
            _insert_manifest(db, collection, fingerprint, rank)
            _insert_reference_data(db, collection)
            _insert_media(db, collection, read_media)
            _insert_cards(db, pack_id, collection.cards)
            _insert_links_and_figures(db, collection)
            if index:
                rebuild_search_index(db)
    except sqlite3.IntegrityError as error:
        raise PackConflict(f"pack '{pack_id}' cannot be written: {error}") from error


def _insert_manifest(db: Database, collection: Collection, fingerprint: str, rank: int) -> None:
    manifest = collection.manifest
    db.execute(
        "INSERT INTO packs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            manifest.id,
            _localized(manifest.title),
            manifest.version,
            _json(list(manifest.languages)),
            manifest.licence,
            _localized(manifest.description),
            fingerprint,
            datetime.now(UTC).isoformat(timespec="seconds"),
            rank,
        ],
    )


def _insert_reference_data(db: Database, collection: Collection) -> None:
    pack_id = collection.manifest.id
    db.conn.executemany(
        "INSERT INTO categories VALUES (?, ?, ?, ?, ?)",
        [
            (q(pack_id, c.id), pack_id, _localized(c.name), c.colour, i)
            for i, c in enumerate(collection.categories)
        ],
    )
    db.conn.executemany(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                q(pack_id, s.id),
                pack_id,
                s.title,
                s.publisher,
                str(s.date) if s.date else None,
                s.url,
                s.note,
            )
            for s in collection.sources
        ],
    )
    db.conn.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)",
        [
            (q(pack_id, p.id), pack_id, _localized(p.name), p.latitude, p.longitude, p.country)
            for p in collection.places
        ],
    )
    db.conn.executemany(
        "INSERT INTO routes VALUES (?, ?, ?, ?, ?)",
        [
            (
                q(pack_id, r.id),
                pack_id,
                _localized(r.name),
                _json([q(pack_id, place) for place in r.places]),
                _json([q(pack_id, source) for source in r.sources]),
            )
            for r in collection.routes
        ],
    )
    db.conn.executemany(
        "INSERT INTO eras VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                q(pack_id, e.id),
                pack_id,
                _localized(e.name),
                str(e.start),
                str(e.end),
                e.colour,
                e.start.period()[0],
                e.end.period()[1],
            )
            for e in collection.eras
        ],
    )


def _insert_media(
    db: Database, collection: Collection, read_media: Callable[[Media], bytes]
) -> None:
    pack_id = collection.manifest.id
    for media in collection.media:
        data = read_media(media)
        db.execute(
            "INSERT INTO media VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                q(pack_id, media.id),
                pack_id,
                media.file,
                media.credit,
                media.licence,
                _localized(media.caption),
                _localized(media.alt),
                int(media.illustration),
                hashlib.sha256(data).hexdigest(),
                data,
            ],
        )


_CARD_BATCH = 5_000
"""Cards written per round of ``executemany``: few calls into SQLite, bounded memory."""


def _insert_cards(db: Database, pack_id: str, cards: Sequence[Card]) -> None:
    for first in range(0, len(cards), _CARD_BATCH):
        rows = _CardRows()
        for position in range(first, min(first + _CARD_BATCH, len(cards))):
            rows.add(pack_id, cards[position], position)
        rows.write(db.conn)


class _CardRows:
    """The rows of a batch of cards, table by table."""

    def __init__(self) -> None:
        self.cards: list[tuple] = []
        self.texts: list[tuple] = []
        self.places: list[tuple] = []
        self.sources: list[tuple] = []

    def add(self, pack_id: str, card: Card, position: int) -> None:
        key = q(pack_id, card.id)
        first_day = last_day = sort_day = sort_rank = sort_precision = None
        if card.start is not None:
            first_day = card.start.period()[0]
            last_day = (card.end or card.start).period()[1]
            sort_day, sort_rank, sort_precision = card.start.sort_key()
        status = {lang: value.value for lang, value in card.translation_status.items()}
        self.cards.append(
            (
                key,
                pack_id,
                card.kind.value,
                q(pack_id, card.category),
                card.side.value,
                str(card.start) if card.start else None,
                str(card.end) if card.end else None,
                first_day,
                last_day,
                sort_day,
                sort_rank,
                sort_precision,
                card.start.qualifier.value if card.start else None,
                int(card.start.precision) if card.start else None,
                q(pack_id, card.image) if card.image else None,
                _json(list(card.tags)),
                _json(status),
                position,
            )
        )
        for lang in card.languages():
            self.texts.append(
                (
                    key,
                    lang,
                    card.title.get(lang, ""),
                    card.summary.get(lang, ""),
                    card.body.get(lang, ""),
                    card.date_note.get(lang, ""),
                )
            )
        self.places.extend((key, q(pack_id, place), i) for i, place in enumerate(card.places))
        self.sources.extend((key, q(pack_id, source), i) for i, source in enumerate(card.sources))

    def write(self, conn: sqlite3.Connection) -> None:
        marks = ", ".join("?" * 18)
        conn.executemany(f"INSERT INTO cards VALUES ({marks})", self.cards)
        conn.executemany("INSERT INTO card_texts VALUES (?, ?, ?, ?, ?, ?)", self.texts)
        conn.executemany("INSERT INTO card_places VALUES (?, ?, ?)", self.places)
        conn.executemany("INSERT INTO card_sources VALUES (?, ?, ?)", self.sources)


def _insert_links_and_figures(db: Database, collection: Collection) -> None:
    pack_id = collection.manifest.id
    db.conn.executemany(
        "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                q(pack_id, link.id),
                pack_id,
                q(pack_id, link.source_card),
                q(pack_id, link.target_card),
                link.type,
                _localized(link.label),
                _json([q(pack_id, source) for source in link.sources]),
            )
            for link in collection.links
        ],
    )
    db.conn.executemany(
        "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                q(pack_id, f.id),
                pack_id,
                q(pack_id, f.card),
                _localized(f.label),
                f.value,
                f.unit,
                str(f.date),
                q(pack_id, f.source),
            )
            for f in collection.figures
        ],
    )
