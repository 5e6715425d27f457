"""Timeline lanes of a pack's own: lanes.json (or .jsonl) and a card's ``lane``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.content.export.export_command import export_timeline
from explorer.content.importer import import_pack
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack
from explorer.domain.entities import Lane
from explorer.domain.timeline_lane_keys import lane_key
from explorer.store.content_store import ContentStore
from tests.content.lanes_packs import LANES, lanes_file, write_lanes_pack
from tests.content.pack_builder import PACK_ID, write_valid_pack


def problems_of(pack: Path) -> list[str]:
    with pytest.raises(PackInvalid) as error:
        load_pack(pack)
    return [str(problem) for problem in error.value.problems]


def imported(pack: Path, tmp_path: Path) -> ContentStore:
    database = tmp_path / "content.db"
    import_pack(pack, database)
    return ContentStore.open(database)


def test_a_pack_with_lanes_loads_them_in_file_order_and_its_cards_name_them(tmp_path):
    collection = load_pack(write_lanes_pack(tmp_path))
    assert collection.lanes == (
        Lane("journeys", {"en": "Journeys", "it": "Viaggi"}, "#2a9d8f"),
        Lane("poetry", {"en": "Poetry", "it": "Poesia"}, "#e76f51"),
    )
    lanes = {card.id: card.lane for card in collection.cards}
    assert lanes == {"abai": "poetry", "abai-monument-rome": "journeys", "dante": None}


def test_lanes_as_json_lines_load_the_same_as_a_json_array(tmp_path):
    as_array = load_pack(write_lanes_pack(tmp_path, name="array"))
    as_lines = load_pack(write_lanes_pack(tmp_path, name="lines", files=lanes_file(lines=True)))
    assert as_lines.lanes == as_array.lanes
    assert as_lines.cards == as_array.cards


def test_a_pack_without_lanes_has_none_and_its_cards_none(tmp_path):
    collection = load_pack(write_valid_pack(tmp_path))
    assert collection.lanes == ()
    assert {card.lane for card in collection.cards} == {None}


def test_lanes_that_no_card_names_are_fine(tmp_path):
    collection = load_pack(write_valid_pack(tmp_path, files=lanes_file()))
    assert [lane.id for lane in collection.lanes] == ["journeys", "poetry"]


def test_a_card_naming_an_unknown_lane_is_a_problem_naming_file_card_and_field(tmp_path):
    pack = write_lanes_pack(tmp_path, cards={"dante": {"lane": "painting"}})
    assert problems_of(pack) == [
        "cards.json: dante: lane: unknown lane 'painting'; a card's lane must be the id of a "
        "lane in the pack's lanes.json"
    ]


def test_a_card_naming_a_lane_in_a_pack_without_lanes_is_a_problem(tmp_path):
    pack = write_valid_pack(tmp_path, cards={"abai": {"lane": "poetry"}})
    assert problems_of(pack) == [
        "cards.json: abai: lane: unknown lane 'poetry'; a card's lane must be the id of a "
        "lane in the pack's lanes.json"
    ]


def test_an_unknown_lane_is_found_in_json_lines_cards_too(tmp_path):
    pack = as_json_lines_cards(write_lanes_pack(tmp_path, cards={"dante": {"lane": "painting"}}))
    assert problems_of(pack) == [
        "cards.jsonl, line 3: dante: lane: unknown lane 'painting'; a card's lane must be the "
        "id of a lane in the pack's lanes.json"
    ]


def test_a_lane_id_that_is_not_an_id_is_a_problem(tmp_path):
    pack = write_lanes_pack(tmp_path, cards={"dante": {"lane": "Poetry Lane"}})
    (problem,) = problems_of(pack)
    assert problem.startswith("cards.json: dante: lane: 'Poetry Lane' is not")


@pytest.mark.parametrize(
    ("lane", "expected"),
    [
        (
            {"colour": "teal"},
            "lanes.json: journeys: colour: 'teal' is not a colour; write it #rrggbb, e.g. #1f77b4",
        ),
        ({"name": "Journeys"}, "lanes.json: journeys: name: "),
        ({"order": 1}, "lanes.json: journeys: order: unknown field; the fields here are id, "),
    ],
)
def test_a_bad_lane_record_is_a_problem_naming_lanes_json_the_lane_and_the_field(
    tmp_path, lane, expected
):
    lanes = [{**LANES[0], **lane}, LANES[1]]
    pack = write_lanes_pack(tmp_path, files=lanes_file(lanes))
    found = problems_of(pack)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_lane_id_used_twice_is_a_problem(tmp_path):
    pack = write_lanes_pack(tmp_path, files=lanes_file([LANES[0], LANES[1], LANES[0]]))
    assert problems_of(pack) == [
        "lanes.json: journeys: id: the id is used twice in this file (items 1 and 3); "
        "ids must be unique within a file"
    ]


def test_imported_lanes_are_stored_qualified_in_file_order(tmp_path):
    store = imported(write_lanes_pack(tmp_path), tmp_path)
    try:
        assert store.lanes() == [
            Lane(f"{PACK_ID}:journeys", {"en": "Journeys", "it": "Viaggi"}, "#2a9d8f"),
            Lane(f"{PACK_ID}:poetry", {"en": "Poetry", "it": "Poesia"}, "#e76f51"),
        ]
        assert store.card(f"{PACK_ID}:abai").lane == f"{PACK_ID}:poetry"
        assert store.card(f"{PACK_ID}:dante").lane is None
    finally:
        store.close()


def test_a_dated_card_is_in_its_lane_and_a_card_without_one_in_its_category(tmp_path):
    store = imported(write_lanes_pack(tmp_path), tmp_path)
    try:
        lanes = {event.id: event.lane for event in store.timeline_events()}
    finally:
        store.close()
    assert lanes == {
        f"{PACK_ID}:abai": lane_key(f"{PACK_ID}:poetry"),
        f"{PACK_ID}:abai-monument-rome": lane_key(f"{PACK_ID}:journeys"),
        f"{PACK_ID}:dante": f"{PACK_ID}:literature",
    }


def test_a_lane_and_a_category_of_the_same_id_stay_two_lanes(tmp_path):
    lanes = [{"id": "literature", "name": {"en": "Poets' lives"}, "colour": "#264653"}]
    pack = write_lanes_pack(
        tmp_path,
        files=lanes_file(lanes),
        cards={"abai": {"lane": "literature"}, "abai-monument-rome": {"lane": "literature"}},
    )
    store = imported(pack, tmp_path)
    try:
        lanes_of = {event.id: event.lane for event in store.timeline_events()}
    finally:
        store.close()
    assert lanes_of[f"{PACK_ID}:abai"] != lanes_of[f"{PACK_ID}:dante"]
    assert lanes_of[f"{PACK_ID}:dante"] == f"{PACK_ID}:literature"


def test_a_pack_without_lanes_imports_as_before(tmp_path):
    store = imported(write_valid_pack(tmp_path), tmp_path)
    try:
        assert store.lanes() == []
        categories = {category.id for category in store.categories()}
        assert {event.lane for event in store.timeline_events()} <= categories
    finally:
        store.close()


def test_an_exported_event_is_grouped_by_its_lane_else_its_category(tmp_path):
    store = imported(write_lanes_pack(tmp_path), tmp_path)
    try:
        out = tmp_path / "timeline.json"
        export_timeline(store, "timelinejs", out, language="it")
    finally:
        store.close()
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    groups = {event["unique_id"]: event["group"] for event in events}
    assert groups == {
        f"{PACK_ID}:abai": "Poesia",
        f"{PACK_ID}:abai-monument-rome": "Viaggi",
        f"{PACK_ID}:dante": "Letteratura",
    }


def as_json_lines_cards(pack: Path) -> Path:
    """The pack's cards moved from cards.json to cards.jsonl, one line a card."""
    cards = json.loads((pack / "cards.json").read_text(encoding="utf-8"))
    (pack / "cards.json").unlink()
    lines = "".join(json.dumps(card) + "\n" for card in cards)
    (pack / "cards.jsonl").write_text(lines, encoding="utf-8")
    return pack


def test_cards_as_json_lines_name_their_lanes_as_a_json_array_does(tmp_path):
    as_array = load_pack(write_lanes_pack(tmp_path, name="array"))
    as_lines = load_pack(as_json_lines_cards(write_lanes_pack(tmp_path, name="lines")))
    assert as_lines.cards == as_array.cards
    assert [card.lane for card in as_lines.cards] == ["poetry", "journeys", None]


def test_the_lanes_of_two_packs_are_each_packs_in_file_order(tmp_path):
    database = tmp_path / "content.db"
    import_pack(write_lanes_pack(tmp_path, name="first"), database)
    reversed_lanes = lanes_file([LANES[1], LANES[0]])
    second = write_lanes_pack(
        tmp_path, name="second", manifest={"id": "second-pack"}, files=reversed_lanes
    )
    import_pack(second, database)
    store = ContentStore.open(database)
    try:
        ids = [lane.id for lane in store.lanes()]
    finally:
        store.close()
    assert ids == [
        "second-pack:poetry",
        "second-pack:journeys",
        f"{PACK_ID}:journeys",
        f"{PACK_ID}:poetry",
    ]
