"""Routes written into a real content database and read back by ``ContentStore.routes``."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from explorer.domain.entities import RouteKind, RoutePath, TranslationStatus
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack
from tests.content.routes_packs import write_routes_pack

OTHER_PACK = "second-pack"


def key(local_id: str, pack: str = PACK_ID) -> str:
    return f"{pack}:{local_id}"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("routes")
    path = folder / "content.db"
    import_pack(write_routes_pack(folder), path)
    older = write_valid_pack(folder, name="older", manifest={"id": OTHER_PACK})
    import_pack(older, path)
    store = ContentStore.open(path)
    yield store
    store.close()


def test_routes_read_back_in_file_order_with_their_waypoints_in_order(store):
    ours = [route for route in store.routes() if route.id.startswith(f"{PACK_ID}:")]
    assert [route.id for route in ours] == [
        key("rome-semey-flight"),
        key("abai-journey"),
        key("rome-semey-rail"),
    ]
    assert ours[0].waypoints == (key("rome"), key("semey"))
    assert ours[1].waypoints == (key("semey"), key("rome"))


def test_a_route_reads_back_with_its_texts_dates_sources_and_cards(store):
    routes = {route.id: route for route in store.routes()}
    flight = routes[key("rome-semey-flight")]
    assert flight.kind is RouteKind.FLIGHT
    assert flight.name == {"en": "Rome – Semey", "it": "Roma – Semey", "ru": "Рим – Семей"}
    assert flight.caption["it"] == "Un volo da Roma a Semey."
    assert str(flight.start) == "2025-09-29" and flight.end is None
    assert flight.sources == (key("astana-times-2025"),)
    assert flight.cards == (key("abai-monument-rome"),)
    assert flight.translation_status == {
        "it": TranslationStatus.DRAFT,
        "ru": TranslationStatus.REVIEWED,
    }
    assert flight.path is None and flight.drawn_as is RoutePath.GREAT_CIRCLE
    journey = routes[key("abai-journey")]
    assert (str(journey.start), str(journey.end), journey.approximate) == (
        "circa 1890",
        "1900",
        True,
    )
    assert routes[key("rome-semey-rail")].path is RoutePath.GREAT_CIRCLE


def test_a_route_of_the_older_form_reads_back_without_kind_or_caption(store):
    (older,) = [route for route in store.routes() if route.id.startswith(f"{OTHER_PACK}:")]
    assert older.waypoints == (key("semey", OTHER_PACK), key("rome", OTHER_PACK))
    assert (older.kind, older.caption, older.approximate) == (None, {}, False)
    assert older.drawn_as is RoutePath.STRAIGHT


def test_a_pack_without_routes_imports_and_has_none(tmp_path):
    path = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path, routes=REMOVE), path)
    store = ContentStore.open(path)
    try:
        assert store.routes() == []
        assert store.card_count() == 3
    finally:
        store.close()


def test_the_bundled_collection_s_routes_are_in_its_database_each_with_a_source(bundled_store):
    routes = {route.id: route for route in bundled_store.routes()}
    assert set(routes) == {
        key(route_id, "italy-kazakhstan")
        for route_id in (
            "neos-first-flight-2021",
            "neos-milan-almaty",
            "neos-milan-astana",
            "trans-caspian-route",
            "marco-polo-journey",
        )
    }
    for route in routes.values():
        assert route.sources, route.id
        assert bundled_store.sources(route.sources), route.id
        assert len(bundled_store.places(route.waypoints)) == len(route.waypoints), route.id
