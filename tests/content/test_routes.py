"""Routes of a pack: routes.json (or .jsonl) read, checked and handed on as ``Route``."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.content.problems import PackInvalid
from explorer.content.validate import check_pack, load_pack
from explorer.domain.entities import Route, RouteKind, RoutePath, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate
from tests.content.pack_builder import REMOVE, valid_pack_data, write_valid_pack
from tests.content.routes_packs import (
    FLIGHT,
    JOURNEY,
    RAIL,
    routes_file,
    with_fields,
    write_routes_pack,
)


def problems_of(pack: Path) -> list[str]:
    with pytest.raises(PackInvalid) as error:
        load_pack(pack)
    return [str(problem) for problem in error.value.problems]


def test_routes_load_in_file_order_with_every_field(tmp_path):
    flight, journey, rail = load_pack(write_routes_pack(tmp_path)).routes
    assert flight == Route(
        id="rome-semey-flight",
        name={"en": "Rome – Semey", "it": "Roma – Semey", "ru": "Рим – Семей"},
        waypoints=("rome", "semey"),
        sources=("astana-times-2025",),
        kind=RouteKind.FLIGHT,
        caption={"en": "A flight from Rome to Semey.", "it": "Un volo da Roma a Semey."},
        start=FuzzyDate.parse("2025-09-29"),
        cards=("abai-monument-rome",),
        translation_status={"it": TranslationStatus.DRAFT, "ru": TranslationStatus.REVIEWED},
    )
    assert journey.waypoints == ("semey", "rome")
    assert (str(journey.start), str(journey.end)) == ("circa 1890", "1900")
    assert journey.approximate and not flight.approximate
    assert journey.sources == ("abai-encyclopedia", "astana-times-2025")
    assert rail.path is RoutePath.GREAT_CIRCLE


def test_a_route_is_drawn_as_written_else_as_its_kind_is(tmp_path):
    flight, journey, rail = load_pack(write_routes_pack(tmp_path)).routes
    assert flight.path is None and flight.drawn_as is RoutePath.GREAT_CIRCLE
    assert journey.drawn_as is RoutePath.STRAIGHT
    assert rail.drawn_as is RoutePath.GREAT_CIRCLE
    straight_flight = with_fields(FLIGHT, path="straight")
    (route,) = load_pack(write_routes_pack(tmp_path, routes=[straight_flight])).routes
    assert route.drawn_as is RoutePath.STRAIGHT


def test_a_waypoint_may_be_a_place_of_either_country_and_many_in_order(tmp_path):
    places = [
        {
            "id": f"stop-{n}",
            "name": {"en": f"Stop {n}"},
            "latitude": n,
            "longitude": n,
            "country": "KZ",
        }
        for n in range(5)
    ]
    order = ["stop-3", "rome", "stop-0", "semey", "stop-4"]
    route = with_fields(JOURNEY, waypoints=order)
    pack = write_valid_pack(tmp_path, routes=[route], places=[*places, *_test_places()])
    (loaded,) = load_pack(pack).routes
    assert loaded.waypoints == tuple(order)


def _test_places() -> list[dict]:
    return valid_pack_data()["places"]


def test_routes_as_json_lines_load_the_same_as_a_json_array(tmp_path):
    as_array = load_pack(write_routes_pack(tmp_path, name="array"))
    as_lines = load_pack(
        write_valid_pack(tmp_path, name="lines", routes=REMOVE, files=routes_file(lines=True))
    )
    assert as_lines.routes == as_array.routes


def test_a_pack_without_routes_has_none(tmp_path):
    assert load_pack(write_valid_pack(tmp_path, routes=REMOVE)).routes == ()


def test_a_route_written_before_waypoints_still_loads_without_a_kind(tmp_path):
    (route,) = load_pack(write_valid_pack(tmp_path)).routes
    assert route.waypoints == ("semey", "rome")
    assert route.kind is None and route.caption == {}
    assert route.drawn_as is RoutePath.STRAIGHT


BROKEN = [
    (
        "unknown place",
        with_fields(FLIGHT, waypoints=["rome", "almaty"]),
        "routes.json: rome-semey-flight: waypoints: unknown place 'almaty'",
    ),
    (
        "one waypoint",
        with_fields(FLIGHT, waypoints=["rome"]),
        "routes.json: rome-semey-flight: waypoints: must list at least two places",
    ),
    (
        "a place twice",
        with_fields(FLIGHT, waypoints=["rome", "semey", "rome"]),
        "routes.json: rome-semey-flight: waypoints: lists 'rome' more than once",
    ),
    (
        "bad kind",
        with_fields(FLIGHT, kind="ferry"),
        "routes.json: rome-semey-flight: kind: 'ferry' is not a kind; use one of flight, "
        "land, sea, rail, corridor, journey",
    ),
    (
        "bad path",
        with_fields(FLIGHT, path="curved"),
        "routes.json: rome-semey-flight: path: 'curved' is not a way to draw a route; use "
        "one of great_circle, straight",
    ),
    (
        "name without English",
        with_fields(FLIGHT, name={"it": "Roma – Semey"}),
        "routes.json: rome-semey-flight: name: the English text ('en') is required",
    ),
    (
        "caption without English",
        with_fields(FLIGHT, caption={"ru": "Рейс"}),
        "routes.json: rome-semey-flight: caption: the English text ('en') is required",
    ),
    (
        "unknown source",
        with_fields(FLIGHT, sources=["astana-times-2026"]),
        "routes.json: rome-semey-flight: sources: unknown source 'astana-times-2026'",
    ),
    (
        "no source",
        with_fields(FLIGHT, sources=[]),
        "routes.json: rome-semey-flight: sources: must list at least one source",
    ),
    (
        "unknown card",
        with_fields(FLIGHT, cards=["marco-polo"]),
        "routes.json: rome-semey-flight: cards: unknown card 'marco-polo'",
    ),
    (
        "no kind",
        with_fields(FLIGHT, kind=None),
        "routes.json: rome-semey-flight: kind: required but missing",
    ),
    (
        "no caption",
        with_fields(FLIGHT, caption=None),
        "routes.json: rome-semey-flight: caption: required but missing",
    ),
    (
        "no waypoints",
        with_fields(FLIGHT, waypoints=None),
        "routes.json: rome-semey-flight: waypoints: required but missing",
    ),
    (
        "both waypoints and places",
        with_fields(FLIGHT, places=["rome", "semey"]),
        "routes.json: rome-semey-flight: places: give either waypoints or places (the older "
        "name of waypoints), not both",
    ),
    (
        "end before start",
        with_fields(JOURNEY, start="1900", end="1890"),
        "routes.json: abai-journey: end: the end 1890 comes before the start 1900",
    ),
    (
        "interval as start",
        with_fields(JOURNEY, start="1890/1900", end=None),
        None,
    ),
    (
        "approximate not true or false",
        with_fields(JOURNEY, approximate="yes"),
        None,
    ),
    (
        "misspelt field",
        with_fields(JOURNEY, waypionts=["rome", "semey"]),
        "routes.json: abai-journey: waypionts: unknown field; did you mean 'waypoints'?",
    ),
]


@pytest.mark.parametrize(
    ("route", "problem"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN]
)
def test_each_rule_of_a_route_is_a_problem_naming_file_route_and_field(tmp_path, route, problem):
    found = problems_of(write_routes_pack(tmp_path, routes=[route]))
    if problem is None:  # the field's own wording, tested where its parser is
        (only,) = found
        assert only.startswith(f"routes.json: {route['id']}: ")
    else:
        assert found == [problem]


def test_a_route_of_the_older_form_needs_no_kind_caption_or_source(tmp_path):
    older = {"id": "old", "name": {"en": "Old"}, "places": ["rome", "semey"], "sources": []}
    (route,) = load_pack(write_routes_pack(tmp_path, routes=[older])).routes
    assert (route.kind, route.sources) == (None, ())


def test_markup_in_a_caption_is_a_warning_not_a_problem(tmp_path):
    marked = with_fields(RAIL, caption={"en": "By <i>rail</i>"})
    summary = check_pack(write_routes_pack(tmp_path, routes=[marked]))
    assert summary.counts["routes.json"] == 1
    assert [str(w) for w in summary.warnings] == [
        "routes.json: rome-semey-rail: caption: 'en': holds markup ('<i>') in a plain-text "
        "field: it is shown exactly as written, tags and all; write plain text (a blank line "
        "between paragraphs)"
    ]
