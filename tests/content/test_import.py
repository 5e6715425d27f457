"""Importing packs into a real content database: all or nothing, ids scoped to their pack."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from explorer.content.importer import import_pack, imported_versions
from explorer.content.kept_packs import PackRegistry
from explorer.content.library import ContentLibrary, PackTakeover
from explorer.content.problems import PackInvalid
from explorer.store.content_store import ContentStore
from explorer.store.search_index import SearchIndex
from tests.content.bad_packs import BAD_PACKS
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack


def dump(database) -> list[str]:
    conn = sqlite3.connect(database)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def key(local_id: str, pack_id: str = PACK_ID) -> str:
    return f"{pack_id}:{local_id}"


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "data" / "content.db"
    import_pack(write_valid_pack(tmp_path, name="good"), path)
    return path


def test_a_valid_pack_is_imported_whole_and_kept(database):
    store = ContentStore.open(database)
    assert store.card_count() == 3
    assert store.media_data(key("abai-monument"))[1][:4] == b"\x89PNG"
    store.close()
    kept = PackRegistry(database.parent / "packs").load()
    assert [pack.id for pack in kept] == [PACK_ID]
    assert (database.parent / "packs" / kept[0].archive).is_file()


def test_a_zipped_pack_imports_the_same_as_its_folder(tmp_path, database):
    zipped = tmp_path / "zipped" / "content.db"
    import_pack(write_valid_pack(tmp_path, name="z", zipped=True, top_folder="pack"), zipped)
    assert [line for line in dump(zipped) if 'INSERT INTO "packs"' not in line] == [
        line for line in dump(database) if 'INSERT INTO "packs"' not in line
    ]


@pytest.mark.parametrize("case", sorted(BAD_PACKS))
def test_a_bad_pack_leaves_the_database_and_kept_packs_exactly_as_they_were(
    tmp_path, database, case
):
    pack, expected_message = BAD_PACKS[case](tmp_path)
    before = dump(database)
    packs_before = sorted(path.name for path in (database.parent / "packs").iterdir())
    with pytest.raises(PackInvalid) as raised:
        import_pack(pack, database)
    assert expected_message in str(raised.value)
    assert dump(database) == before
    assert sorted(path.name for path in (database.parent / "packs").iterdir()) == packs_before


@pytest.mark.parametrize("case", ["malformed-json", "missing-media-file", "zip-member-escapes"])
def test_a_bad_pack_creates_no_database_where_there_was_none(tmp_path, case):
    pack, _ = BAD_PACKS[case](tmp_path)
    database = tmp_path / "new" / "content.db"
    with pytest.raises(PackInvalid):
        import_pack(pack, database)
    assert not database.exists()


@pytest.mark.parametrize("where", ["the packs folder", "the data folder", "a folder above it"])
def test_a_folder_holding_the_kept_packs_is_refused_and_nothing_changes(
    tmp_path, database, where
):
    """Its copy, kept in the packs folder, would be a file of the pack growing as it is read."""
    packs = database.parent / "packs"
    pack = {"the packs folder": packs, "the data folder": database.parent}.get(where, tmp_path)
    if pack != tmp_path:  # a valid pack's files, beside what the folder already holds
        shutil.copytree(write_valid_pack(tmp_path, name="inside"), pack, dirs_exist_ok=True)
    before = dump(database)
    packs_before = sorted(path.name for path in packs.iterdir())
    with pytest.raises(PackInvalid) as raised:
        import_pack(pack, database)
    assert f"holds the folder the explorer keeps packs in ({packs})" in str(raised.value)
    assert dump(database) == before
    assert sorted(path.name for path in packs.iterdir()) == packs_before


def test_reimporting_a_pack_from_the_same_place_replaces_its_content(tmp_path, database):
    pack = tmp_path / "good"
    write_valid_pack(tmp_path, name="good", cards={"dante": {"title": {"en": "Dante"}}})
    import_pack(pack, database)
    store = ContentStore.open(database)
    assert store.card(key("dante")).title["en"] == "Dante"
    store.close()
    shutil.rmtree(pack)
    write_valid_pack(
        tmp_path,
        name="good",
        cards={"abai-monument-rome": REMOVE},
        links={"monument-named-after-abai": REMOVE},
        figures=REMOVE,
    )
    import_pack(pack, database)
    store = ContentStore.open(database)
    assert store.card_ids() == [key("dante"), key("abai")]
    assert SearchIndex.load(store.db).search("monument").ids() == []
    store.close()
    archives = [path.name for path in (database.parent / "packs").glob("*.zip")]
    assert len(archives) == 1, "the replaced archive is removed"


def test_two_packs_that_share_every_id_live_side_by_side(tmp_path, database):
    other = write_valid_pack(
        tmp_path,
        name="other",
        manifest={"id": "another-pack"},
        cards={"dante": {"title": {"en": "Dante in the other pack"}}},
    )
    import_pack(other, database)
    store = ContentStore.open(database)
    assert store.card_count() == 6
    assert store.card(key("dante")).title["en"] != "Dante in the other pack"
    other_dante = store.card(key("dante", "another-pack"))
    assert other_dante.title["en"] == "Dante in the other pack"
    assert other_dante.category == key(
        store.card(key("dante")).category.split(":")[1], "another-pack"
    )
    assert {category.id for category in store.categories()} >= {
        key(other_dante.category.split(":")[1]),
        other_dante.category,
    }
    assert key("dante", "another-pack") in SearchIndex.load(store.db).search("other pack").ids()
    related = store.related(key("abai-monument-rome", "another-pack"), "en")
    assert related and all(item.card_id.startswith("another-pack:") for item in related)
    store.close()


def test_a_bare_id_resolves_to_the_lowest_ranked_pack_and_a_key_to_its_own(tmp_path, database):
    import_pack(write_valid_pack(tmp_path, name="other", manifest={"id": "another-pack"}), database)
    store = ContentStore.open(database)
    assert store.resolve_card("dante") == key("dante")
    assert store.resolve_card("another-pack:dante") == key("dante", "another-pack")
    assert store.resolve_card("no-such-card") is None
    assert store.resolve_card("another-pack:no-such-card") is None
    store.close()


def test_a_link_may_name_a_card_of_another_pack_and_is_hidden_while_it_is_missing(
    tmp_path, database
):
    linking = write_valid_pack(
        tmp_path,
        name="linking",
        manifest={"id": "linking-pack"},
        links={"monument-named-after-abai": {"to": f"{PACK_ID}:dante"}},
    )
    import_pack(linking, database)
    store = ContentStore.open(database)
    targets = [
        item.card_id for item in store.related(key("abai-monument-rome", "linking-pack"), "en")
    ]
    assert targets == [key("dante")]
    assert key("abai-monument-rome", "linking-pack") in [
        item.card_id for item in store.related(key("dante"), "en")
    ]
    store.close()


def test_the_same_id_from_another_place_needs_replace(tmp_path, database):
    elsewhere = write_valid_pack(tmp_path, name="elsewhere", manifest={"version": "2.0"})
    before = dump(database)
    with pytest.raises(PackTakeover) as raised:
        import_pack(elsewhere, database)
    message = str(raised.value)
    assert f"'{PACK_ID}'" in message and "would replace it" in message
    assert "--replace" not in message, "the command line says how, not the library"
    assert raised.value.replaceable
    assert str(tmp_path / "good") in message, "names where the present pack came from"
    assert "3 cards" in message
    assert dump(database) == before
    import_pack(elsewhere, database, replace=True)
    assert imported_versions(database) == {PACK_ID: "2.0"}


def test_the_bundled_collection_is_replaced_only_when_asked(tmp_path):
    bundled = write_valid_pack(tmp_path, name="bundled", manifest={"version": "1.0.0"})
    library = ContentLibrary(tmp_path / "data", bundled)
    library.prepare()
    before = dump(library.database)
    curator = write_valid_pack(
        tmp_path,
        name="curator",
        manifest={"version": "1.0.1"},
        cards={"dante": {"title": {"en": "The curator's Dante"}}},
    )
    with pytest.raises(PackTakeover, match="bundled collection"):
        library.import_pack(curator)
    assert dump(library.database) == before
    older = write_valid_pack(tmp_path, name="older", manifest={"version": "0.9"})
    with pytest.raises(PackTakeover, match="older") as raised:
        library.import_pack(older, replace=True)
    assert not raised.value.replaceable, "no asking would make an older version shown"
    library.import_pack(curator, replace=True)
    assert imported_versions(library.database) == {PACK_ID: "1.0.1"}
    assert not library.prepare().rebuilt, "the import is what start-up expects"
    store = ContentStore.open(library.database)
    assert store.card(key("dante")).title["en"] == "The curator's Dante"
    store.close()


def test_nothing_imported_can_block_the_bundled_collection(tmp_path):
    bundled = write_valid_pack(tmp_path, name="bundled")
    library = ContentLibrary(tmp_path / "data", bundled)
    library.prepare()
    library.import_pack(write_valid_pack(tmp_path, name="same-ids", manifest={"id": "mine"}))
    write_valid_pack(tmp_path, name="bundled", cards={"dante": {"title": {"en": "New Dante"}}})
    prepared = library.prepare()
    assert prepared.rebuilt and prepared.notices == []
    assert imported_versions(library.database).keys() == {PACK_ID, "mine"}
    store = ContentStore.open(library.database)
    assert store.card(key("dante")).title["en"] == "New Dante"
    store.close()


def test_an_unchanged_reimport_changes_nothing(tmp_path, database):
    before = dump(database)
    library = ContentLibrary.for_database(database)
    report = library.import_pack(tmp_path / "good")
    assert report.unchanged
    assert dump(database) == before
