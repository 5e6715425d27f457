"""Importing packs into a real content database: all or nothing."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.content.importer import ensure_imported, import_pack, imported_versions, is_imported
from explorer.content.problems import PackInvalid
from explorer.store.content_store import ContentStore
from explorer.store.content_writer import PackConflict
from tests.content.bad_packs import BAD_PACKS
from tests.content.pack_builder import REMOVE, write_valid_pack


def dump(database) -> list[str]:
    conn = sqlite3.connect(database)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path, name="good"), path)
    return path


def test_a_valid_pack_is_imported_whole(database):
    store = ContentStore.open(database)
    assert store.card_count() == 3
    assert store.media_data("abai-monument")[1][:4] == b"\x89PNG"
    store.close()


def test_a_zipped_pack_imports_the_same_as_its_folder(tmp_path, database):
    zipped = tmp_path / "zipped.db"
    import_pack(write_valid_pack(tmp_path, name="z", zipped=True, top_folder="pack"), zipped)
    assert [line for line in dump(zipped) if "imported_at" not in line and "packs" not in line] == [
        line for line in dump(database) if "imported_at" not in line and "packs" not in line
    ]


@pytest.mark.parametrize("case", sorted(BAD_PACKS))
def test_a_bad_pack_leaves_the_database_exactly_as_it_was(tmp_path, database, case):
    pack, expected_message = BAD_PACKS[case](tmp_path)
    before = dump(database)
    with pytest.raises(PackInvalid) as raised:
        import_pack(pack, database)
    assert expected_message in str(raised.value)
    assert dump(database) == before


@pytest.mark.parametrize("case", ["malformed-json", "missing-media-file", "zip-member-escapes"])
def test_a_bad_pack_creates_no_database_where_there_was_none(tmp_path, case):
    pack, _ = BAD_PACKS[case](tmp_path)
    database = tmp_path / "new" / "content.db"
    with pytest.raises(PackInvalid):
        import_pack(pack, database)
    assert not database.exists()


def test_reimporting_a_pack_replaces_its_content(tmp_path, database):
    changed = write_valid_pack(
        tmp_path, name="changed", cards={"dante": {"title": {"en": "Dante"}}}
    )
    data_without_monument = write_valid_pack(
        tmp_path,
        name="smaller",
        cards={"abai-monument-rome": REMOVE},
        links={"monument-named-after-abai": REMOVE},
        figures=REMOVE,
    )
    import_pack(changed, database)
    store = ContentStore.open(database)
    assert store.card("dante").title["en"] == "Dante"
    store.close()
    import_pack(data_without_monument, database)
    store = ContentStore.open(database)
    assert store.card_ids() == ["dante", "abai"]
    assert store.card_ids(query="monument") == []
    store.close()


def test_a_pack_whose_ids_clash_with_another_pack_changes_nothing(tmp_path, database):
    other = write_valid_pack(tmp_path, name="other", manifest={"id": "another-pack"})
    before = dump(database)
    with pytest.raises(PackConflict, match="another-pack"):
        import_pack(other, database)
    assert dump(database) == before


def test_ensure_imported_builds_once_and_again_when_the_pack_changes(tmp_path):
    database = tmp_path / "content.db"
    pack = write_valid_pack(tmp_path, name="p")
    assert ensure_imported(pack, database) is True
    assert ensure_imported(pack, database) is False
    (pack / "cards.json").write_text(
        (pack / "cards.json").read_text(encoding="utf-8").replace("Italian poet.", "Poet."),
        encoding="utf-8",
    )
    assert not is_imported(pack, database)
    assert ensure_imported(pack, database) is True
    store = ContentStore.open(database)
    assert store.card("dante").summary["en"] == "Poet."
    store.close()


def test_a_damaged_database_file_is_rebuilt(tmp_path):
    database = tmp_path / "content.db"
    database.write_bytes(b"this is not a database")
    assert ensure_imported(write_valid_pack(tmp_path, name="p"), database) is True
    store = ContentStore.open(database)
    assert store.card_count() == 3
    store.close()


def test_ensure_imported_never_downgrades_a_newer_import_of_the_same_pack(tmp_path):
    database = tmp_path / "content.db"
    newer = write_valid_pack(
        tmp_path,
        name="newer",
        manifest={"version": "1.10.0"},
        cards={"dante": {"title": {"en": "Dante"}}},
    )
    import_pack(newer, database)
    bundled = write_valid_pack(tmp_path, name="bundled", manifest={"version": "1.9.2"})
    before = dump(database)
    assert ensure_imported(bundled, database) is False
    assert dump(database) == before


def test_ensure_imported_replaces_an_older_import_of_the_same_pack(tmp_path):
    database = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path, name="older", manifest={"version": "0.9"}), database)
    assert ensure_imported(write_valid_pack(tmp_path, name="bundled"), database) is True
    assert imported_versions(database) == {"test-pack": "1.0.0"}
