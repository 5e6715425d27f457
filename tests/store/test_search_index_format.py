"""A content database built before the index knew whole titles (schema 4, index format 1) is
refused by the index and rebuilt at start-up, so ranking never runs on an index that lacks
what it needs."""

from __future__ import annotations

import pytest

from explorer.content.content_health import State, inspect
from explorer.content.importer import ensure_imported
from explorer.domain.references import qualify
from explorer.store.database import open_database
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.store.search_format import INDEX_FORMAT
from explorer.store.search_index import SearchIndex, SearchIndexMissing


def make_it_look_older(path) -> None:
    """What the previous version wrote: schema 4, no ``search_titles``, no index format."""
    db = open_database(path)
    try:
        with db.atomic():
            db.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
            db.execute("DELETE FROM search_meta WHERE key = 'format'")
            db.execute("DROP TABLE search_titles")
    finally:
        db.close()


@pytest.fixture
def database(tmp_path):
    prepared = ensure_imported(BUNDLED_COLLECTION, tmp_path / "content.db")
    assert not prepared.notices
    return prepared.database


def test_an_index_of_another_format_is_refused_by_name(database):
    make_it_look_older(database)
    db = open_database(database, read_only=True)
    try:
        with pytest.raises(SearchIndexMissing, match="format 1, not 3"):
            SearchIndex.load(db)
    finally:
        db.close()


def test_an_older_database_is_outdated_and_rebuilt_at_start(database):
    make_it_look_older(database)
    # Before anything else: the packs of an outdated schema are not even compared.
    assert inspect(database, {}).state is State.OUTDATED

    prepared = ensure_imported(BUNDLED_COLLECTION, database)

    assert prepared.rebuilt
    db = open_database(prepared.database, read_only=True)
    try:
        assert db.execute("SELECT value FROM search_meta WHERE key = 'format'").fetchone() == (
            str(INDEX_FORMAT),
        )
        found = SearchIndex.load(db).search("Almaty").ids()
        assert found[0] == qualify("italy-kazakhstan", "almaty")
    finally:
        db.close()
