"""Read queries over the content database, returning domain objects and list views."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.domain.collection import Manifest
from explorer.domain.entities import (
    Card,
    Category,
    Era,
    Figure,
    Kind,
    Lane,
    Link,
    Media,
    MediaKind,
    Place,
    Route,
    RouteKind,
    RoutePath,
    Side,
    Source,
    Story,
    TranslationStatus,
    pick,
)
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.labelled_date import LabelledDate, date_or_interval
from explorer.domain.link_types import reading
from explorer.domain.match_reasons import CardWords
from explorer.domain.references import SEPARATOR
from explorer.domain.timeline_lane_keys import LANE_KEY_PREFIX
from explorer.store.connection import Connection
from explorer.store.database import open_database
from explorer.store.id_lists import ANY_OF, ids_json
from explorer.store.read_models import CardListItem, RelatedCard

if TYPE_CHECKING:  # NumPy, which the columns need, is not imported at start
    from explorer.domain.timeline_event_columns import EventColumns
    from explorer.store.map_places import MapPlaces

_CHRONOLOGICAL = "sort_day IS NULL, sort_day, sort_rank, sort_precision, position"


def _labelled_dates(text: str | None) -> tuple[LabelledDate, ...]:
    if not text:
        return ()
    return tuple(
        LabelledDate(item["label"], date_or_interval(item["date"])) for item in json.loads(text)
    )


def _date(text: str | None) -> FuzzyDate | None:
    return FuzzyDate.parse(text) if text else None


class ContentStore:
    """The collection as the interface sees it. One instance per thread."""

    def __init__(self, db: Connection, path: Path | None = None):
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path, *, read_only: bool = True, shared: bool = False) -> ContentStore:
        """``shared``: usable from several threads, one call at a time (see open_database)."""
        return cls(open_database(path, read_only=read_only, shared=shared), path)

    def close(self) -> None:
        self.db.close()

    def languages(self) -> list[str]:
        found: list[str] = []
        for (languages_json,) in self.db.execute("SELECT languages_json FROM packs ORDER BY id"):
            found.extend(lang for lang in json.loads(languages_json) if lang not in found)
        return found

    def pack_titles(self) -> dict[str, dict[str, str]]:
        """Each pack's title by language, by pack id, in the order of the packs' ranks."""
        return {
            pack_id: json.loads(title_json)
            for pack_id, title_json in self.db.execute(
                "SELECT id, title_json FROM packs ORDER BY rank, id"
            )
        }

    def manifest(self, pack_id: str) -> Manifest:
        """The manifest of the pack ``pack_id`` (KeyError when no such pack is imported)."""
        row = next(iter(self.db.query("SELECT * FROM packs WHERE id = ?", [pack_id])), None)
        if row is None:
            raise KeyError(f"no pack with id {pack_id!r}")
        return Manifest(
            row["id"],
            json.loads(row["title_json"]),
            row["version"],
            tuple(json.loads(row["languages_json"])),
            row["licence"],
            json.loads(row["description_json"]),
        )

    def card_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM cards").fetchone()[0]

    def categories(self) -> list[Category]:
        return [
            Category(row["id"], json.loads(row["name_json"]), row["colour"])
            for row in self.db.query("SELECT * FROM categories ORDER BY pack_id, position")
        ]

    def lanes(self) -> list[Lane]:
        """The packs' own timeline lanes, each pack's in the order of its ``lanes.json``."""
        return [
            Lane(row["id"], json.loads(row["name_json"]), row["colour"])
            for row in self.db.query("SELECT * FROM lanes ORDER BY pack_id, position")
        ]

    def eras(self) -> list[Era]:
        return [
            Era(
                id=row["id"],
                name=json.loads(row["name_json"]),
                start=FuzzyDate.parse(row["start"]),
                colour=row["colour"],
                end=None if row["end"] is None else FuzzyDate.parse(row["end"]),
            )
            for row in self.db.query("SELECT * FROM eras ORDER BY first_day")
        ]

    def card_ids(self, *, category: str | None = None) -> list[str]:
        """Keys of the cards (of one category), in chronological order.

        Searching is ``explorer.store.search_index.SearchIndex``'s work.
        """
        where, params = ("WHERE category = ?", [category]) if category else ("", [])
        sql = f"SELECT id FROM cards {where} ORDER BY {_CHRONOLOGICAL}"
        return [row[0] for row in self.db.execute(sql, params)]

    def timeline_events(self) -> EventColumns:
        """Every dated card as the timeline sees it, with its number in the search index,
        as columns: in the order of the ids. A card's lane is the key of the lane it names
        (``timeline_lane_keys``), else its category."""
        rows = self.db.execute(
            "SELECT c.id, COALESCE(? || c.lane, c.category), c.first_day, c.last_day, "
            'c.timeline_qualifier, c.timeline_precision, c."end" IS NOT NULL, '
            "COALESCE(s.number, -1) "
            "FROM cards c LEFT JOIN search_cards s ON s.card_id = c.id "
            "WHERE c.first_day IS NOT NULL ORDER BY c.id",
            [LANE_KEY_PREFIX],
        )
        from explorer.domain.timeline_event_columns import EventColumns

        return EventColumns.from_rows(rows)

    def card_items(self, ids: Sequence[str], language: str) -> dict[str, CardListItem]:
        if not ids:
            return {}
        texts = self._texts(ids, ("title", "summary"))
        # A remote medium is never fetched: its card is listed as a card without a picture.
        rows = self.db.execute(
            'SELECT c.id, c.category, c.start, c."end", '
            "CASE WHEN m.data IS NULL THEN NULL ELSE c.image END "
            "FROM cards c LEFT JOIN media m ON m.id = c.image "
            f"WHERE c.id IN ({ANY_OF})",
            [ids_json(ids)],
        )
        items = {}
        for card_id, category, start, end, image in rows:
            title, fallback = pick(texts["title"].get(card_id, {}), language)
            summary, _ = pick(texts["summary"].get(card_id, {}), language)
            items[card_id] = CardListItem(
                card_id, title, summary, category, _date(start), _date(end), image, fallback
            )
        return items

    def card_words(self, ids: Sequence[str]) -> dict[str, CardWords]:
        """Every text of each card that the search index reads, to show why it matched."""
        if not ids:
            return {}
        texts = self._texts(ids, ("title", "summary", "body", "date_note"))
        names: dict[str, list[dict[str, str]]] = {}
        for card_id, name_json in self.db.execute(
            f"SELECT cp.card_id, p.name_json FROM card_places cp JOIN places p "
            f"ON p.id = cp.place_id WHERE cp.card_id IN ({ANY_OF}) ORDER BY cp.position",
            [ids_json(ids)],
        ):
            names.setdefault(card_id, []).append(json.loads(name_json))
        words = {}
        for card_id, kind, tags_json, start, end in self.db.execute(
            f'SELECT id, kind, tags_json, start, "end" FROM cards WHERE id IN ({ANY_OF})',
            [ids_json(ids)],
        ):
            words[card_id] = CardWords(
                titles=texts["title"].get(card_id, {}),
                summaries=texts["summary"].get(card_id, {}),
                bodies=texts["body"].get(card_id, {}),
                date_notes=texts["date_note"].get(card_id, {}),
                places=tuple(names.get(card_id, ())),
                tags=tuple(json.loads(tags_json)),
                kind=kind,
                years=tuple(FuzzyDate.parse(date).year for date in (start, end) if date),
            )
        return words

    def _texts(self, ids: Sequence[str], fields: Iterable[str]) -> dict[str, dict[str, dict]]:
        fields = tuple(fields)
        result: dict[str, dict[str, dict]] = {field: {} for field in fields}
        sql = (
            f"SELECT card_id, lang, {', '.join(fields)} FROM card_texts WHERE card_id IN ({ANY_OF})"
        )
        for row in self.db.execute(sql, [ids_json(ids)]):
            card_id, lang = row[0], row[1]
            for field, value in zip(fields, row[2:], strict=True):
                result[field].setdefault(card_id, {})[lang] = value
        return result

    def resolve_card(self, reference: str) -> str | None:
        """The key of the card ``reference`` names: a key (``pack:id``) or a bare id.

        A bare id names the card of that id in the pack of lowest rank (the bundled pack
        first); None when there is no such card.
        """
        if SEPARATOR in reference:
            row = self.db.execute("SELECT id FROM cards WHERE id = ?", [reference]).fetchone()
        else:
            row = self.db.execute(
                "SELECT c.id FROM cards c JOIN packs p ON p.id = c.pack_id "
                "WHERE c.id = p.id || ? ORDER BY p.rank, p.id LIMIT 1",
                [SEPARATOR + reference],
            ).fetchone()
        return row[0] if row else None

    def card(self, card_id: str) -> Card:
        rows = list(self.db.query("SELECT * FROM cards WHERE id = ?", [card_id]))
        if not rows:
            raise KeyError(f"no card with id {card_id!r}")
        row = rows[0]
        texts = self._texts([card_id], ("title", "summary", "body", "date_note"))
        places = [
            r[0]
            for r in self.db.execute(
                "SELECT place_id FROM card_places WHERE card_id = ? ORDER BY position", [card_id]
            )
        ]
        sources = [
            r[0]
            for r in self.db.execute(
                "SELECT source_id FROM card_sources WHERE card_id = ? ORDER BY position", [card_id]
            )
        ]
        status = json.loads(row["status_json"])
        return Card(
            id=row["id"],
            kind=Kind(row["kind"]),
            category=row["category"],
            side=None if row["side"] is None else Side(row["side"]),
            title=texts["title"].get(card_id, {}),
            summary=texts["summary"].get(card_id, {}),
            body={k: v for k, v in texts["body"].get(card_id, {}).items() if v},
            sources=tuple(sources),
            start=_date(row["start"]),
            end=_date(row["end"]),
            date_note={k: v for k, v in texts["date_note"].get(card_id, {}).items() if v},
            places=tuple(places),
            tags=tuple(json.loads(row["tags_json"])),
            image=row["image"],
            translation_status={k: TranslationStatus(v) for k, v in status.items()},
            dates=_labelled_dates(row["dates_json"]),
            lane=row["lane"],
        )

    def related(self, card_id: str, language: str) -> list[RelatedCard]:
        """The cards linked to ``card_id`` either way, each with the link's label as it
        reads from ``card_id`` (see :mod:`explorer.domain.link_types`)."""
        rows = self.db.execute(
            """
            SELECT l.id, l.source_card, l.target_card, l.type, l.label_json,
                l.reverse_label_json, 1 FROM links l WHERE l.source_card = ?
            UNION ALL
            SELECT l.id, l.source_card, l.target_card, l.type, l.label_json,
                l.reverse_label_json, 0 FROM links l WHERE l.target_card = ?
            """,
            [card_id, card_id],
        ).fetchall()
        other_ids = [row[2] if row[6] else row[1] for row in rows]
        items = self.card_items(other_ids, language)
        related = []
        for other_id, row in zip(other_ids, rows, strict=True):
            item = items.get(other_id)
            if item is None:
                continue  # a link to a card of a pack that is not (or no longer) imported
            link_id, source, target, link_type, label_json, reverse_json, outgoing = row
            link = Link(
                link_id,
                source,
                target,
                link_type,
                json.loads(label_json),
                reverse_label=json.loads(reverse_json),
            )
            label, _ = pick(reading(link, outgoing=bool(outgoing)), language)
            related.append(RelatedCard(other_id, item.title, label, bool(outgoing), item.category))
        return related

    def all_places(self) -> list[Place]:
        return self.places([row[0] for row in self.db.execute("SELECT id FROM places")])

    def map_places(self) -> MapPlaces:
        """Every place with its names and coordinates, as columns."""
        from explorer.store.map_places import map_places  # NumPy: not imported at start

        return map_places(self.db)

    def places(self, ids: Sequence[str]) -> list[Place]:
        countries: dict[str, list[str]] = {}
        for place_id, country in self.db.execute(
            f"SELECT place_id, country FROM place_countries WHERE place_id IN "
            f"({ANY_OF}) ORDER BY place_id, position",
            [ids_json(ids)],
        ):
            countries.setdefault(place_id, []).append(country)
        by_id = {
            row["id"]: Place(
                row["id"],
                json.loads(row["name_json"]),
                row["latitude"],
                row["longitude"],
                tuple(countries.get(row["id"], ())),
            )
            for row in self.db.query(
                f"SELECT * FROM places WHERE id IN ({ANY_OF})", [ids_json(ids)]
            )
        }
        return [by_id[place_id] for place_id in ids if place_id in by_id]

    def routes(self) -> list[Route]:
        """Every pack's routes, each pack's in the order of its ``routes.json``; every id in
        them (waypoints, sources, cards) qualified with its pack's id."""
        return [
            Route(
                id=row["id"],
                name=json.loads(row["name_json"]),
                waypoints=tuple(json.loads(row["waypoints_json"])),
                sources=tuple(json.loads(row["sources_json"])),
                kind=None if row["kind"] is None else RouteKind(row["kind"]),
                caption=json.loads(row["caption_json"]),
                path=None if row["path"] is None else RoutePath(row["path"]),
                start=_date(row["start"]),
                end=_date(row["end"]),
                approximate=bool(row["approximate"]),
                cards=tuple(json.loads(row["cards_json"])),
                translation_status={
                    lang: TranslationStatus(status)
                    for lang, status in json.loads(row["status_json"]).items()
                },
            )
            for row in self.db.query("SELECT * FROM routes ORDER BY pack_id, position")
        ]

    def stories(self) -> list[Story]:
        """Every pack's guided stories, the bundled pack's first and each pack's in the
        order of its ``stories.json``; every id in them qualified with its pack's id."""
        from explorer.store.story_rows import read_stories  # not needed to start

        return read_stories(self.db)

    def story(self, story_id: str) -> Story:
        """The story keyed ``story_id`` (``pack:id``); KeyError when there is none."""
        from explorer.store.story_rows import read_stories

        found = read_stories(self.db, story_id)
        if not found:
            raise KeyError(f"no story with id {story_id!r}")
        return found[0]

    def sources(self, ids: Sequence[str]) -> list[Source]:
        by_id = {
            row["id"]: Source(
                row["id"],
                row["title"],
                row["publisher"],
                _date(row["date"]),
                row["url"],
                row["note"],
            )
            for row in self.db.query(
                f"SELECT * FROM sources WHERE id IN ({ANY_OF})", [ids_json(ids)]
            )
        }
        return [by_id[source_id] for source_id in ids if source_id in by_id]

    def figures(self) -> list[Figure]:
        """Every figure of every pack, each pack's in the order of its ``figures.json``;
        card and source ids are qualified, as everywhere in the store."""
        return [
            Figure(
                row["id"],
                row["card_id"],
                json.loads(row["label_json"]),
                row["value"],
                json.loads(row["unit_json"]),
                FuzzyDate.parse(row["date"]),
                row["source_id"],
            )
            for row in self.db.query("SELECT * FROM figures ORDER BY pack_id, rowid")
        ]

    def media(self, media_id: str) -> Media:
        rows = list(
            self.db.query(
                "SELECT id, file, credit, licence, caption_json, alt_json, illustration, url, "
                "kind FROM media WHERE id = ?",
                [media_id],
            )
        )
        if not rows:
            raise KeyError(f"no media with id {media_id!r}")
        row = rows[0]
        return Media(
            row["id"],
            row["file"],
            row["credit"],
            row["licence"],
            json.loads(row["caption_json"]),
            json.loads(row["alt_json"]),
            bool(row["illustration"]),
            row["url"],
            MediaKind(row["kind"]),
        )

    def media_data(self, media_id: str) -> tuple[str, bytes]:
        """The picture's content hash and its bytes; KeyError for a remote medium too."""
        row = self.db.execute(
            "SELECT content_hash, data FROM media WHERE id = ?", [media_id]
        ).fetchone()
        if row is None or row[1] is None:
            raise KeyError(f"no media with id {media_id!r}")
        return row[0], row[1]
