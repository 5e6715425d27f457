"""Stories written into a real content database, read back by ``ContentStore.stories`` and
``story``, replaced with their pack and kept through a rebuild from the kept packs."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.content.importer import import_pack
from explorer.content.library import ContentLibrary
from explorer.content.validate import load_pack
from explorer.domain.entities import StoryStep, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.store.content_schema import SCHEMA_VERSION, create_schema, schema_version
from explorer.store.content_store import ContentStore
from explorer.store.content_writer import replace_pack
from explorer.store.database import open_database
from tests.content.pack_builder import PACK_ID, write_valid_pack
from tests.content.stories_packs import SHORT, write_stories_pack

OTHER_PACK = "second-pack"


def key(local_id: str, pack: str = PACK_ID) -> str:
    return f"{pack}:{local_id}"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    path = folder / "content.db"
    import_pack(write_stories_pack(folder), path)
    other = write_stories_pack(folder, name="other", stories=[SHORT], manifest={"id": OTHER_PACK})
    import_pack(other, path)
    store = ContentStore.open(path)
    yield store
    store.close()


def test_the_schema_is_the_version_with_stories(store):
    assert SCHEMA_VERSION >= 10
    assert schema_version(store.db) == SCHEMA_VERSION
    assert {"stories", "story_steps"} <= set(store.db.table_names())


def test_stories_read_back_in_pack_order_with_qualified_ids(store):
    assert [story.id for story in store.stories()] == [
        key("abai-in-rome"),
        key("one-step"),
        key("one-step", OTHER_PACK),
    ]
    full = store.story(key("abai-in-rome"))
    assert full.title == {"en": "Abai in Rome", "it": "Abai a Roma", "ru": "Абай в Риме"}
    assert full.summary["it"] == "Da Semey a Roma."
    assert full.sources == (key("astana-times-2025"), key("abai-encyclopedia"))
    assert full.translation_status == {
        "it": TranslationStatus.DRAFT,
        "ru": TranslationStatus.REVIEWED,
    }
    assert full.steps == (
        StoryStep(
            card=key("abai"),
            text={"en": "Abai was born in the steppe.", "ru": "Абай родился в степи."},
            period=(FuzzyDate.parse("1845"), FuzzyDate.parse("1904")),
            places=(key("semey"),),
        ),
        StoryStep(
            card=key("abai-monument-rome"),
            text={"en": "A monument stands in Rome."},
            route=key("semey-to-rome"),
        ),
        StoryStep(card=key("dante"), text={"en": "Dante, read beside Abai."}),
    )


def test_every_step_names_a_card_the_store_holds(store):
    for story in store.stories():
        for step in story.steps:
            assert store.card(step.card).id == step.card


def test_an_unknown_story_is_a_key_error(store):
    with pytest.raises(KeyError, match="no story with id 'test-pack:nowhere'"):
        store.story(key("nowhere"))


def test_importing_and_reading_back_changes_nothing_but_the_ids(tmp_path):
    pack = write_stories_pack(tmp_path)
    path = tmp_path / "content.db"
    import_pack(pack, path)
    store = ContentStore.open(path)
    try:
        read = store.stories()
    finally:
        store.close()
    for written, back in zip(load_pack(pack).stories, read, strict=True):
        assert back.id == key(written.id)
        assert (back.title, back.summary) == (written.title, written.summary)
        assert back.translation_status == written.translation_status
        assert [step.text for step in back.steps] == [step.text for step in written.steps]
        assert [step.period for step in back.steps] == [step.period for step in written.steps]


def test_a_pack_imported_again_replaces_its_stories(tmp_path):
    path = tmp_path / "content.db"
    import_pack(write_stories_pack(tmp_path), path)
    import_pack(write_stories_pack(tmp_path, name="again", stories=[SHORT]), path, replace=True)
    store = ContentStore.open(path)
    try:
        assert [story.id for story in store.stories()] == [key("one-step")]
        steps = store.db.execute("SELECT count(*) FROM story_steps").fetchone()[0]
        assert steps == 1
    finally:
        store.close()


def test_a_whole_collection_written_at_once_keeps_its_stories(tmp_path):
    pack = write_stories_pack(tmp_path)
    db = open_database(tmp_path / "content.db")
    try:
        create_schema(db)
        replace_pack(db, load_pack(pack), "fingerprint", lambda media: b"")
        store = ContentStore(db)
        assert [story.id for story in store.stories()] == [key("abai-in-rome"), key("one-step")]
        assert store.story(key("one-step")).steps[0].card == key("dante")
    finally:
        db.close()


def test_a_pack_without_stories_has_none(tmp_path):
    path = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path), path)
    store = ContentStore.open(path)
    try:
        assert store.stories() == []
    finally:
        store.close()


def test_an_older_database_is_rebuilt_with_the_kept_packs_stories(tmp_path):
    library = ContentLibrary(tmp_path / "data", write_valid_pack(tmp_path, name="bundled"))
    library.prepare()
    library.import_pack(write_stories_pack(tmp_path, manifest={"id": "mine"}))
    before = _stories(library)
    conn = sqlite3.connect(library.database)
    conn.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    conn.execute("DELETE FROM stories")
    conn.commit()
    conn.close()
    assert library.prepare().rebuilt
    assert [story.id for story in before] == ["mine:abai-in-rome", "mine:one-step"]
    assert _stories(library) == before


def _stories(library: ContentLibrary) -> list:
    store = ContentStore.open(library.database)
    try:
        return store.stories()
    finally:
        store.close()
