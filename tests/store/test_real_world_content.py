"""Packs shaped like real collections, written into a real content database and read back:
cards of neither country, places in several countries, remote media, the Collection facet."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from explorer.domain.entities import MediaKind
from explorer.store.content_schema import SCHEMA_VERSION, schema_version
from explorer.store.content_store import ContentStore
from explorer.store.database import open_database
from explorer.store.search_index import Filters, SearchIndex
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack

OTHER_PACK = "heritage-register"
VIDEO = "https://www.youtube.com/watch?v=abc"


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("real-world")
    first = write_valid_pack(
        folder,
        name="first",
        cards={"dante": {"side": REMOVE}},
        places={"rome": {"country": REMOVE, "countries": ["IT", "VA"]}},
        media={"abai-monument": {"file": REMOVE, "url": VIDEO, "kind": "video"}},
        files={"media/abai-monument.png": REMOVE},
    )
    second = write_valid_pack(
        folder,
        name="second",
        manifest={"id": OTHER_PACK, "title": {"en": "Heritage register", "it": "Registro"}},
        cards={"abai": REMOVE, "abai-monument-rome": REMOVE},
        links=REMOVE,
        figures=REMOVE,
        media=REMOVE,
        files={"media/abai-portrait.jpg": REMOVE, "media/abai-monument.png": REMOVE},
    )
    path = folder / "content.db"
    import_pack(first, path)
    import_pack(second, path)
    return path


@pytest.fixture
def store(database):
    store = ContentStore.open(database)
    yield store
    store.close()


@pytest.fixture
def index(database):
    db = open_database(database, read_only=True)
    yield SearchIndex.load(db)
    db.close()


def key(local_id: str, pack: str = PACK_ID) -> str:
    return f"{pack}:{local_id}"


def test_the_schema_version_is_the_new_one(store):
    assert SCHEMA_VERSION == 11
    assert schema_version(store.db) == SCHEMA_VERSION


def test_a_card_without_side_reads_back_without_one(store):
    assert store.card(key("dante")).side is None
    assert store.card(key("abai")).side == "kazakhstan"


def test_a_place_in_two_countries_is_two_rows_read_back_in_order(store):
    rows = store.db.execute(
        "SELECT country FROM place_countries WHERE place_id = ? ORDER BY position",
        [key("rome")],
    ).fetchall()
    assert [row[0] for row in rows] == ["IT", "VA"]
    places = {place.id: place.countries for place in store.all_places()}
    assert places[key("rome")] == ("IT", "VA")
    assert places[key("semey")] == ("KZ",)


def test_a_remote_medium_is_stored_without_data(store):
    medium = store.media(key("abai-monument"))
    assert (medium.remote, medium.url, medium.kind, medium.file) == (
        True,
        VIDEO,
        MediaKind.VIDEO,
        None,
    )
    with pytest.raises(KeyError):
        store.media_data(key("abai-monument"))
    assert not store.media(key("abai-portrait")).remote


def test_a_card_whose_picture_is_remote_is_listed_without_picture(store):
    items = store.card_items([key("abai"), key("abai-monument-rome")], "en")
    assert items[key("abai")].image == key("abai-portrait")
    assert items[key("abai-monument-rome")].image is None
    assert store.card(key("abai-monument-rome")).image == key("abai-monument")


def test_the_side_facet_counts_cards_of_neither_country_apart(index):
    counts = index.search("").facets["side"]
    # The other pack's Dante keeps his side; this pack's has none, and is not "both".
    assert dict(counts) == {"italy": 1, "kazakhstan": 1, "both": 1, "neither": 1}
    assert index.search("", Filters(side={"neither"})).ids() == [key("dante")]


def test_the_collection_facet_counts_the_cards_of_each_pack(index):
    counts = index.search("").facets["collection"]
    assert dict(counts) == {PACK_ID: 3, OTHER_PACK: 1}
    assert index.facet_values("collection") == [PACK_ID, OTHER_PACK]


def test_the_collection_facet_narrows_to_one_pack_and_counts_the_others(index):
    result = index.search("", Filters(collection={OTHER_PACK}))
    assert result.ids() == [key("dante", OTHER_PACK)]
    assert dict(result.facets["collection"]) == {PACK_ID: 3, OTHER_PACK: 1}
    assert dict(result.facets["side"]) == {"italy": 1, "kazakhstan": 0, "both": 0, "neither": 0}


def test_pack_titles_are_given_by_pack(store):
    titles = store.pack_titles()
    assert list(titles) == [PACK_ID, OTHER_PACK]
    assert titles[OTHER_PACK] == {"en": "Heritage register", "it": "Registro"}
