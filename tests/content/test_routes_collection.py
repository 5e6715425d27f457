"""The bundled collection's routes: the Neos flights, the Trans-Caspian crossing and Marco
Polo's journey, each with its kind, its dates and the sources that support it."""

from __future__ import annotations

import pytest

from explorer.content.validate import check_pack, load_pack
from explorer.domain.entities import RouteKind, RoutePath, TranslationStatus
from explorer.store.locations import BUNDLED_COLLECTION

LANGUAGES = ("en", "it", "kk", "ru")


@pytest.fixture(scope="module")
def collection():
    return load_pack(BUNDLED_COLLECTION)


@pytest.fixture(scope="module")
def routes(collection):
    return {route.id: route for route in collection.routes}


def test_the_collection_still_validates_without_a_warning():
    summary = check_pack(BUNDLED_COLLECTION)
    assert summary.counts["routes.json"] == 5
    assert summary.warnings == ()


def test_the_flights_are_the_three_neos_routes_with_their_first_days(routes):
    flights = {
        route_id: (route.waypoints, str(route.start), route.sources)
        for route_id, route in routes.items()
        if route.kind is RouteKind.FLIGHT
    }
    assert flights == {
        "neos-first-flight-2021": (
            ("milan", "almaty"),
            "2021-07-06",
            ("embassy-2021-07-first-flight",),
        ),
        "neos-milan-almaty": (
            ("milan-malpensa", "almaty"),
            "2022-06",
            ("italpress-2023-neos", "italpress-2024-neos-80000"),
        ),
        "neos-milan-astana": (("milan", "astana"), "2024-07-13", ("astana-times-2024-07-neos",)),
    }
    assert {routes[f].drawn_as for f in flights} == {RoutePath.GREAT_CIRCLE}


def test_the_trans_caspian_corridor_is_drawn_only_across_the_caspian_and_says_so(routes):
    route = routes["trans-caspian-route"]
    assert route.kind is RouteKind.CORRIDOR
    assert route.waypoints == ("aktau", "baku")
    assert "astana" not in route.waypoints
    assert route.approximate and route.drawn_as is RoutePath.STRAIGHT
    assert "schematic" in route.caption["en"]
    assert {"kazinform-2022-11-25-aktau", "astana-times-2022-08-24-baku"} <= set(route.sources)


def test_marco_polo_s_journey_is_approximate_from_venice_1271_to_1295(routes, collection):
    route = routes["marco-polo-journey"]
    assert route.kind is RouteKind.JOURNEY and route.approximate
    assert (str(route.start), str(route.end)) == ("1271", "1295")
    assert route.waypoints[0] == "venice"
    assert route.sources == ("britannica-marco-polo",)
    assert route.cards == ("marco-polo",)
    places = {place.id: place for place in collection.places}
    khanbaliq = places["khanbaliq"]
    assert (khanbaliq.latitude, khanbaliq.longitude, khanbaliq.countries) == (39.9, 116.4, ("CN",))


def test_every_route_cites_a_source_with_an_address(routes, collection):
    sources = {source.id: source for source in collection.sources}
    for route in routes.values():
        assert route.sources, route.id
        for source_id in route.sources:
            assert sources[source_id].url.startswith("https://"), (route.id, source_id)


def test_every_route_reads_in_four_languages_marked_as_draft_translations(routes):
    for route in routes.values():
        assert set(route.name) == set(LANGUAGES), route.id
        assert set(route.caption) == set(LANGUAGES), route.id
        assert route.translation_status == {
            language: TranslationStatus.DRAFT for language in LANGUAGES[1:]
        }, route.id
