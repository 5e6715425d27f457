"""Writing a validated collection into the content database, all or nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database

from explorer.domain.collection import Collection
from explorer.domain.entities import Card, Localized, Media
from explorer.domain.folding import fold
from explorer.store.search_build import rebuild_search_index


class PackConflict(Exception):
    """The pack uses an id that another pack in the database already owns."""


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _localized(texts: Localized) -> str:
    return _json(dict(texts))


def replace_pack(
    db: Database,
    collection: Collection,
    fingerprint: str,
    read_media: Callable[[Media], bytes],
) -> None:
    """Replace everything of this pack with ``collection`` in one transaction.

    The search index over every pack in the database is rebuilt in the same transaction.
    On any error the database is left exactly as it was.
    """
    pack_id = collection.manifest.id
    try:
        with db.atomic():
            db.execute("PRAGMA defer_foreign_keys = ON")
            db.execute(
                "DELETE FROM card_search WHERE card_id IN (SELECT id FROM cards WHERE pack_id = ?)",
                [pack_id],
            )
            db.execute("DELETE FROM packs WHERE id = ?", [pack_id])
            _insert_manifest(db, collection, fingerprint)
            _insert_reference_data(db, collection)
            _insert_media(db, collection, read_media)
            for position, card in enumerate(collection.cards):
                _insert_card(db, pack_id, card, position)
            _insert_links_and_figures(db, collection)
            rebuild_search_index(db)
    except sqlite3.IntegrityError as error:
        raise PackConflict(
            f"pack '{pack_id}' cannot be imported: {error}; "
            "an id it uses may already belong to another pack"
        ) from error


def _insert_manifest(db: Database, collection: Collection, fingerprint: str) -> None:
    manifest = collection.manifest
    db.execute(
        "INSERT INTO packs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            manifest.id,
            _localized(manifest.title),
            manifest.version,
            _json(list(manifest.languages)),
            manifest.licence,
            _localized(manifest.description),
            fingerprint,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ],
    )


def _insert_reference_data(db: Database, collection: Collection) -> None:
    pack_id = collection.manifest.id
    db.conn.executemany(
        "INSERT INTO categories VALUES (?, ?, ?, ?, ?)",
        [
            (c.id, pack_id, _localized(c.name), c.colour, i)
            for i, c in enumerate(collection.categories)
        ],
    )
    db.conn.executemany(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (s.id, pack_id, s.title, s.publisher, str(s.date) if s.date else None, s.url, s.note)
            for s in collection.sources
        ],
    )
    db.conn.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)",
        [
            (p.id, pack_id, _localized(p.name), p.latitude, p.longitude, p.country)
            for p in collection.places
        ],
    )
    db.conn.executemany(
        "INSERT INTO routes VALUES (?, ?, ?, ?, ?)",
        [
            (r.id, pack_id, _localized(r.name), _json(list(r.places)), _json(list(r.sources)))
            for r in collection.routes
        ],
    )
    db.conn.executemany(
        "INSERT INTO eras VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.id,
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
                media.id,
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


def _insert_card(db: Database, pack_id: str, card: Card, position: int) -> None:
    first_day = last_day = sort_day = sort_rank = sort_precision = None
    if card.start is not None:
        first_day = card.start.period()[0]
        last_day = (card.end or card.start).period()[1]
        sort_day, sort_rank, sort_precision = card.start.sort_key()
    db.execute(
        "INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            card.id,
            pack_id,
            card.kind.value,
            card.category,
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
            card.image,
            _json(list(card.tags)),
            _json({lang: status.value for lang, status in card.translation_status.items()}),
            position,
        ],
    )
    for lang in card.languages():
        texts = (
            card.title.get(lang, ""),
            card.summary.get(lang, ""),
            card.body.get(lang, ""),
            card.date_note.get(lang, ""),
        )
        db.execute("INSERT INTO card_texts VALUES (?, ?, ?, ?, ?, ?)", [card.id, lang, *texts])
        db.execute(
            "INSERT INTO card_search (card_id, lang, title, summary, body) VALUES (?, ?, ?, ?, ?)",
            [card.id, lang, *(fold(text) for text in texts[:3])],
        )
    db.conn.executemany(
        "INSERT INTO card_places VALUES (?, ?, ?)",
        [(card.id, place, i) for i, place in enumerate(card.places)],
    )
    db.conn.executemany(
        "INSERT INTO card_sources VALUES (?, ?, ?)",
        [(card.id, source, i) for i, source in enumerate(card.sources)],
    )


def _insert_links_and_figures(db: Database, collection: Collection) -> None:
    pack_id = collection.manifest.id
    db.conn.executemany(
        "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                link.id,
                pack_id,
                link.source_card,
                link.target_card,
                link.type,
                _localized(link.label),
                _json(list(link.sources)),
            )
            for link in collection.links
        ],
    )
    db.conn.executemany(
        "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (f.id, pack_id, f.card, _localized(f.label), f.value, f.unit, str(f.date), f.source)
            for f in collection.figures
        ],
    )
