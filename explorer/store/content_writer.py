"""Writing a validated pack into the content database, a batch of records at a time.

``PackWriter`` takes a pack as it is read: its manifest, then its records kind by kind, in
batches, so that no pack has to be held in memory whole. ``replace_pack`` writes a whole
``Collection`` with it, in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from explorer.domain.collection import Collection, Manifest
from explorer.domain.entities import (
    Card,
    Category,
    Era,
    Figure,
    Lane,
    Link,
    Localized,
    Media,
    Place,
    Route,
    Source,
    Story,
    TranslationStatus,
)
from explorer.domain.fuzzy_date import FuzzyDate, span_vagueness
from explorer.domain.labelled_date import LabelledDate
from explorer.domain.references import qualify as q
from explorer.domain.timeline_events import event_from_dates
from explorer.store.connection import Connection
from explorer.store.search_build import rebuild_search_index


class PackConflict(Exception):
    """The pack cannot be written beside the others (a database constraint refused it)."""


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _json(value: list | dict) -> str:
    return _ENCODER.encode(value) if value else ("[]" if isinstance(value, list) else "{}")


def _localized(texts: Localized) -> str:
    return _json(dict(texts))


class PackWriter:
    """Writes one pack into ``db``, replacing an earlier import of it.

    Call ``begin``, then the ``add_*`` methods in any number of batches, then ``finish``.
    The caller holds the transaction (foreign keys are checked at its commit, so records may
    come in any order). Every id is stored qualified with the pack's id (see
    ``explorer.domain.references``); ``rank`` orders packs when a bare id names cards of
    several (0 for the bundled pack).
    """

    def __init__(self, db: Connection, manifest: Manifest, rank: int) -> None:
        self.db = db
        self.conn = db.conn
        self.manifest = manifest
        self.pack_id = manifest.id
        self.rank = rank
        self.cards = 0
        self.categories = 0
        self.lanes = 0
        self.routes = 0
        self.stories = 0
        self.columns = _DerivedColumns(self.pack_id)
        self.card_indexes: list[tuple[str, str]] = []

    def begin(self) -> None:
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        self.conn.execute("DELETE FROM packs WHERE id = ?", [self.pack_id])
        # The cards come in the pack's order, not the order of these indexes: building them
        # once all cards are in costs a sort, keeping them up to date a scattered write
        # per card. Dropped and made again in the caller's transaction, so both go together.
        self.card_indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cards' "
            "AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in self.card_indexes:
            self.conn.execute(f'DROP INDEX "{name}"')

    def finish(self, fingerprint: str) -> None:
        """Write the pack's own row, naming the fingerprint it was read with."""
        for _, sql in self.card_indexes:
            self.conn.execute(sql)
        self.card_indexes = []
        manifest = self.manifest
        self.conn.execute(
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
                self.rank,
            ],
        )

    def add_categories(self, categories: Sequence[Category]) -> None:
        pack_id, first = self.pack_id, self.categories
        self.conn.executemany(
            "INSERT INTO categories VALUES (?, ?, ?, ?, ?)",
            [
                (q(pack_id, c.id), pack_id, _localized(c.name), c.colour, first + i)
                for i, c in enumerate(categories)
            ],
        )
        self.categories += len(categories)

    def add_sources(self, sources: Iterable[Source]) -> None:
        pack_id = self.pack_id
        self.conn.executemany(
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
                for s in sources
            ],
        )

    def add_places(self, places: Iterable[Place]) -> None:
        pack_id = self.pack_id
        places = list(places)
        self.conn.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?)",
            [
                (q(pack_id, p.id), pack_id, _localized(p.name), p.latitude, p.longitude)
                for p in places
            ],
        )
        self.conn.executemany(
            "INSERT INTO place_countries VALUES (?, ?, ?)",
            [
                (q(pack_id, p.id), country, position)
                for p in places
                for position, country in enumerate(p.countries)
            ],
        )

    def add_routes(self, routes: Sequence[Route]) -> None:
        pack_id, first = self.pack_id, self.routes
        self.conn.executemany(
            "INSERT INTO routes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    q(pack_id, r.id),
                    pack_id,
                    None if r.kind is None else r.kind.value,
                    _localized(r.name),
                    _localized(r.caption),
                    _json([q(pack_id, place) for place in r.waypoints]),
                    None if r.path is None else r.path.value,
                    None if r.start is None else str(r.start),
                    None if r.end is None else str(r.end),
                    int(r.approximate),
                    _json([q(pack_id, source) for source in r.sources]),
                    _json([q(pack_id, card) for card in r.cards]),
                    _json({lang: status.value for lang, status in r.translation_status.items()}),
                    first + i,
                )
                for i, r in enumerate(routes)
            ],
        )
        self.routes += len(routes)

    def add_stories(self, stories: Sequence[Story]) -> None:
        pack_id, first = self.pack_id, self.stories
        self.conn.executemany(
            "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    q(pack_id, s.id),
                    pack_id,
                    _localized(s.title),
                    _localized(s.summary),
                    _json([q(pack_id, source) for source in s.sources]),
                    _json({lang: status.value for lang, status in s.translation_status.items()}),
                    first + i,
                )
                for i, s in enumerate(stories)
            ],
        )
        self.conn.executemany(
            "INSERT INTO story_steps VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    q(pack_id, s.id),
                    position,
                    q(pack_id, step.card),
                    _localized(step.text),
                    None if step.period is None else str(step.period[0]),
                    None if step.period is None else str(step.period[1]),
                    _json([q(pack_id, place) for place in step.places]),
                    None if step.route is None else q(pack_id, step.route),
                )
                for s in stories
                for position, step in enumerate(s.steps)
            ],
        )
        self.stories += len(stories)

    def add_eras(self, eras: Iterable[Era]) -> None:
        pack_id = self.pack_id
        self.conn.executemany(
            "INSERT INTO eras VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    q(pack_id, e.id),
                    pack_id,
                    _localized(e.name),
                    str(e.start),
                    None if e.end is None else str(e.end),
                    e.colour,
                    e.start.period()[0],
                    None if e.end is None else e.end.period()[1],
                )
                for e in eras
            ],
        )

    def add_lanes(self, lanes: Sequence[Lane]) -> None:
        pack_id, first = self.pack_id, self.lanes
        self.conn.executemany(
            "INSERT INTO lanes VALUES (?, ?, ?, ?, ?)",
            [
                (q(pack_id, lane.id), pack_id, _localized(lane.name), lane.colour, first + i)
                for i, lane in enumerate(lanes)
            ],
        )
        self.lanes += len(lanes)

    def add_media(self, media: Media, data: bytes | None) -> None:
        """One medium's entry, with ``data``, the picture as it is to be shown (None for a
        remote medium, which is never downloaded)."""
        self.conn.execute(
            "INSERT INTO media VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                q(self.pack_id, media.id),
                self.pack_id,
                media.file,
                media.credit,
                media.licence,
                _localized(media.caption),
                _localized(media.alt),
                int(media.illustration),
                None if data is None else hashlib.sha256(data).hexdigest(),
                data,
                media.url,
                media.kind.value,
            ],
        )

    def add_cards(self, cards: Sequence[Card]) -> None:
        """The next cards of the pack, in the pack's order (it breaks ties of date)."""
        rows = _CardRows(self.columns)
        for position, card in enumerate(cards, start=self.cards):
            rows.add(self.pack_id, card, position)
        rows.write(self.conn)
        self.cards += len(cards)

    def add_links(self, links: Iterable[Link]) -> None:
        pack_id = self.pack_id
        self.conn.executemany(
            "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    q(pack_id, link.id),
                    pack_id,
                    q(pack_id, link.source_card),
                    q(pack_id, link.target_card),
                    link.type,
                    _localized(link.label),
                    _json([q(pack_id, source) for source in link.sources]),
                    _localized(link.reverse_label),
                )
                for link in links
            ],
        )

    def add_figures(self, figures: Iterable[Figure]) -> None:
        pack_id = self.pack_id
        self.conn.executemany(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    q(pack_id, f.id),
                    pack_id,
                    q(pack_id, f.card),
                    _localized(f.label),
                    f.value,
                    _localized(f.unit),
                    str(f.date),
                    q(pack_id, f.source),
                )
                for f in figures
            ],
        )


class _CardRows:
    """The rows of a batch of cards, table by table."""

    def __init__(self, columns: _DerivedColumns) -> None:
        self.columns = columns
        self.cards: list[tuple] = []
        self.texts: list[tuple] = []
        self.places: list[tuple] = []
        self.sources: list[tuple] = []

    def add(self, pack_id: str, card: Card, position: int) -> None:
        key = q(pack_id, card.id)
        columns = self.columns
        qualified = columns.qualified
        self.cards.append(
            (
                key,
                pack_id,
                card.kind.value,
                qualified[card.category],
                None if card.side is None else card.side.value,
                *columns.dates(card.start, card.end),
                qualified[card.image] if card.image else None,
                columns.tags(card.tags),
                columns.statuses(card.translation_status),
                position,
                _dates_json(card.dates),
                qualified[card.lane] if card.lane else None,
            )
        )
        title, summary, body, note = card.title, card.summary, card.body, card.date_note
        self.texts += [
            (key, lang, text, summary.get(lang, ""), body.get(lang, ""), note.get(lang, ""))
            for lang, text in title.items()
            if text  # Card.languages()
        ]
        self.places += [(key, qualified[place], i) for i, place in enumerate(card.places)]
        self.sources += [(key, qualified[source], i) for i, source in enumerate(card.sources)]

    def write(self, conn: sqlite3.Connection) -> None:
        marks = ", ".join("?" * 20)
        conn.executemany(f"INSERT INTO cards VALUES ({marks})", self.cards)
        conn.executemany("INSERT INTO card_texts VALUES (?, ?, ?, ?, ?, ?)", self.texts)
        conn.executemany("INSERT INTO card_places VALUES (?, ?, ?)", self.places)
        conn.executemany("INSERT INTO card_sources VALUES (?, ?, ?)", self.sources)


def _dates_json(dates: tuple[LabelledDate, ...]) -> str | None:
    if not dates:
        return None
    return _json([{"label": dict(item.label), "date": str(item.date)} for item in dates])


class _DerivedColumns:
    """The columns of a card row worked out from its dates, tags and statuses, each
    combination worked out once: cards share them far more often than not."""

    MAX_REMEMBERED = 100_000

    def __init__(self, pack_id: str) -> None:
        self.qualified = _Qualified(pack_id)
        """A reference of the pack -> its key: categories, places and sources recur."""
        self._dates: dict[tuple[FuzzyDate | None, FuzzyDate | None], tuple] = {}
        self._tags: dict[tuple[str, ...], str] = {}
        self._statuses: dict[tuple[tuple[str, str], ...], str] = {}

    def dates(self, start: FuzzyDate | None, end: FuzzyDate | None) -> tuple:
        """start, end, first_day, last_day, sort_day, sort_rank, sort_precision,
        timeline_qualifier, timeline_precision (of the span, as the timeline draws it)."""
        found = self._dates.get((start, end))
        if found is None:
            found = _remember(self._dates, (start, end), _date_columns(start, end))
        return found

    def tags(self, tags: tuple[str, ...]) -> str:
        found = self._tags.get(tags)
        if found is None:
            found = _remember(self._tags, tags, _json(list(tags)))
        return found

    def statuses(self, statuses: Mapping[str, TranslationStatus]) -> str:
        key = tuple(statuses.items())
        found = self._statuses.get(key)
        if found is None:
            text = _json({lang: value.value for lang, value in statuses.items()})
            found = _remember(self._statuses, key, text)
        return found


class _Qualified(dict):
    def __init__(self, pack_id: str) -> None:
        super().__init__()
        self.pack_id = pack_id

    def __missing__(self, reference: str) -> str:
        return _remember(self, reference, q(self.pack_id, reference))


def _remember(memory: dict, key: Any, value: Any) -> Any:
    if len(memory) >= _DerivedColumns.MAX_REMEMBERED:
        memory.clear()
    memory[key] = value
    return value


def _date_columns(start: FuzzyDate | None, end: FuzzyDate | None) -> tuple:
    if start is None:
        return (None, str(end) if end else None, None, None, None, None, None, None, None)
    event = event_from_dates("", "", start, end)
    first_day, last_day = event.first_day, event.last_day
    sort_day, sort_rank, sort_precision = start.sort_key()
    qualifier, precision = span_vagueness(start, end)
    return (
        str(start),
        str(end) if end else None,
        first_day,
        last_day,
        sort_day,
        sort_rank,
        sort_precision,
        qualifier.value,
        int(precision),
    )


CARD_BATCH = 2_000
"""Cards written per round of ``executemany``: few calls into SQLite, bounded memory."""


def replace_pack(
    db: Connection,
    collection: Collection,
    fingerprint: str,
    read_media: Callable[[Media], bytes],
    *,
    rank: int = 1,
    index: bool = True,
) -> None:
    """Replace everything of this pack with ``collection`` in one transaction.

    The search index over every pack in the database is rebuilt in the same transaction,
    unless ``index`` is false (then call ``rebuild_search_index`` once all packs are in).
    On any error the database is left exactly as it was.
    """
    writer = PackWriter(db, collection.manifest, rank)
    try:
        with db.atomic():
            writer.begin()
            writer.add_categories(collection.categories)
            writer.add_sources(collection.sources)
            writer.add_places(collection.places)
            writer.add_routes(collection.routes)
            writer.add_eras(collection.eras)
            writer.add_lanes(collection.lanes)
            for media in collection.media:
                writer.add_media(media, None if media.remote else read_media(media))
            for first in range(0, len(collection.cards), CARD_BATCH):
                writer.add_cards(collection.cards[first : first + CARD_BATCH])
            writer.add_links(collection.links)
            writer.add_figures(collection.figures)
            writer.add_stories(collection.stories)
            writer.finish(fingerprint)
            if index:
                rebuild_search_index(db)
    except sqlite3.IntegrityError as error:
        raise PackConflict(f"pack '{writer.pack_id}' cannot be written: {error}") from error
