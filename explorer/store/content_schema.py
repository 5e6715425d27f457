"""Tables of the content database.

The content database is derived from content packs and can be rebuilt at any time, so it
has a schema version instead of a migration chain: a database of another version is
rebuilt from its packs.

Every id is qualified with its pack's id (``pack:local``, see
:mod:`explorer.domain.references`). A link may join cards of two packs, so its ends carry no
foreign key: a link whose other end is not (or no longer) there is not shown.

The ``search_*`` tables hold the search index over every pack's cards; their layout is in
:mod:`explorer.store.search_format`, and ``content_writer.replace_pack`` rebuilds them in
the import's transaction.
"""

from __future__ import annotations

from explorer.store.connection import Connection

SCHEMA_VERSION = 11
"""11: a figure's unit is a text in several languages (``figures.unit_json``, English
always); a database of 10 is rebuilt.

10: a pack may have guided stories (``stories``, in the pack's order by ``position``, with
their title, summary, sources and translation statuses as JSON) and their steps
(``story_steps``, in order: a card, the story's text at it, an optional period, places
and route); a database of 9 is rebuilt.

9: a route has a kind (NULL for a route written before kinds), a caption, its waypoints
(``waypoints_json``, in order), how it is drawn (``path``, NULL for its kind's default), a
``start`` and ``end``, whether it is ``approximate``, related ``cards_json``, translation
statuses and its ``position`` in its pack's file; a database of 8 is rebuilt.

8: a pack may have timeline lanes of its own (``lanes``, in the pack's order by
``position``), and a card may name one (``cards.lane``, NULL for its category's lane); a
database of 7 is rebuilt.

7: a card's ``first_day``, ``last_day`` and ``sort_day`` are REAL, a day number with the
part of the day gone by for a date with a time of day (``2025-09-29T14:30``); a card's
labelled dates are in ``cards.dates_json`` (``[{"label": {...}, "date": "1389/1405"}]``, NULL
when it has none); a database of 6 is rebuilt.

6: a card may have no side (``cards.side`` empty); a place may lie in several countries
(``place_countries``, one row each); a medium may be remote (``media.url`` and ``kind``,
with no ``file`` and no ``data``); a database of 5 is rebuilt.

5: an era may have no end (``eras.end`` empty); a link may carry a reverse label
(``links.reverse_label_json``); the search index ranks by where in the title a query is
(``search_titles``, the cards' title lengths, the titles' first words); a database of 4 is
rebuilt."""

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE packs (
    id TEXT PRIMARY KEY, title_json TEXT NOT NULL, version TEXT NOT NULL,
    languages_json TEXT NOT NULL, licence TEXT NOT NULL, description_json TEXT NOT NULL,
    fingerprint TEXT NOT NULL, imported_at TEXT NOT NULL, rank INTEGER NOT NULL
);
CREATE TABLE categories (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    name_json TEXT NOT NULL, colour TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    title TEXT NOT NULL, publisher TEXT NOT NULL, date TEXT, url TEXT, note TEXT
);
CREATE TABLE places (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    name_json TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL
);
CREATE TABLE place_countries (
    place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE, country TEXT NOT NULL,
    position INTEGER NOT NULL, PRIMARY KEY (place_id, country)
);
CREATE TABLE routes (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    kind TEXT, name_json TEXT NOT NULL, caption_json TEXT NOT NULL,
    waypoints_json TEXT NOT NULL, path TEXT, start TEXT, "end" TEXT,
    approximate INTEGER NOT NULL, sources_json TEXT NOT NULL, cards_json TEXT NOT NULL,
    status_json TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE eras (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    name_json TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT, colour TEXT NOT NULL,
    first_day INTEGER NOT NULL, last_day INTEGER
);
CREATE TABLE lanes (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    name_json TEXT NOT NULL, colour TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE media (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    file TEXT, credit TEXT NOT NULL, licence TEXT NOT NULL,
    caption_json TEXT NOT NULL, alt_json TEXT NOT NULL, illustration INTEGER NOT NULL,
    content_hash TEXT, data BLOB, url TEXT, kind TEXT NOT NULL
);
CREATE TABLE cards (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, category TEXT NOT NULL REFERENCES categories(id),
    side TEXT, start TEXT, "end" TEXT, first_day REAL, last_day REAL,
    sort_day REAL, sort_rank INTEGER, sort_precision INTEGER,
    timeline_qualifier TEXT, timeline_precision INTEGER, image TEXT REFERENCES media(id),
    tags_json TEXT NOT NULL, status_json TEXT NOT NULL, position INTEGER NOT NULL,
    dates_json TEXT, lane TEXT REFERENCES lanes(id)
);
CREATE INDEX cards_by_category ON cards(category, sort_day, sort_rank, sort_precision, position);
CREATE INDEX cards_by_date ON cards(sort_day, sort_rank, sort_precision, position);
CREATE TABLE card_texts (
    card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE, lang TEXT NOT NULL,
    title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, date_note TEXT NOT NULL,
    PRIMARY KEY (card_id, lang)
);
CREATE TABLE card_places (
    card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL REFERENCES places(id), position INTEGER NOT NULL,
    PRIMARY KEY (card_id, place_id)
);
CREATE TABLE card_sources (
    card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id), position INTEGER NOT NULL,
    PRIMARY KEY (card_id, source_id)
);
CREATE TABLE links (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    source_card TEXT NOT NULL,
    target_card TEXT NOT NULL,
    type TEXT NOT NULL, label_json TEXT NOT NULL, sources_json TEXT NOT NULL,
    reverse_label_json TEXT NOT NULL
);
CREATE INDEX links_from ON links(source_card);
CREATE INDEX links_to ON links(target_card);
CREATE TABLE figures (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE, label_json TEXT NOT NULL,
    value REAL NOT NULL, unit_json TEXT NOT NULL, date TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id)
);
CREATE TABLE stories (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    title_json TEXT NOT NULL, summary_json TEXT NOT NULL, sources_json TEXT NOT NULL,
    status_json TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE story_steps (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, card_id TEXT NOT NULL REFERENCES cards(id),
    text_json TEXT NOT NULL, period_start TEXT, period_end TEXT,
    places_json TEXT NOT NULL, route_id TEXT REFERENCES routes(id),
    PRIMARY KEY (story_id, position)
);
CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE search_cards (
    number INTEGER PRIMARY KEY, card_id TEXT NOT NULL UNIQUE, title_words INTEGER NOT NULL
);
CREATE TABLE search_titles (title TEXT PRIMARY KEY, postings BLOB NOT NULL);
CREATE TABLE search_terms (
    field INTEGER NOT NULL, term TEXT NOT NULL, postings BLOB NOT NULL,
    PRIMARY KEY (field, term)
);
CREATE TABLE search_prefixes (
    field INTEGER NOT NULL, prefix TEXT NOT NULL, postings BLOB NOT NULL,
    PRIMARY KEY (field, prefix)
);
CREATE TABLE search_facets (
    name TEXT PRIMARY KEY, cards BLOB, codes BLOB NOT NULL, labels_json TEXT NOT NULL
);
"""


def create_schema(db: Connection) -> None:
    db.executescript(_TABLES)
    db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    db.conn.commit()


def schema_version(db: Connection) -> int | None:
    if "meta" not in db.table_names():
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None
