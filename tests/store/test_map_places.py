"""Every place of an imported pack, with the number of cards naming it."""

from __future__ import annotations

from explorer.content.importer import import_pack
from explorer.domain.map_counts import place_counts
from explorer.store.content_store import ContentStore
from explorer.store.map_links import read_map_links
from explorer.store.map_places import PlaceNames, map_places
from tests.content.pack_builder import valid_pack_data, write_valid_pack


def _store(tmp_path, **changes) -> ContentStore:
    database = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path, **changes), database)
    return ContentStore.open(database)


def test_places_come_with_names_coordinates_and_card_counts(tmp_path):
    cards = valid_pack_data()["cards"]
    places = valid_pack_data()["places"] + [
        {
            "id": "almaty",
            "name": {"en": "Almaty", "kk": "Алматы"},
            "latitude": 43.24,
            "longitude": 76.89,
            "country": "KZ",
        }
    ]
    cards[2]["places"] = ["rome", "semey"]
    store = _store(tmp_path, cards=cards, places=places)
    try:
        found = store.map_places()
        links = read_map_links(store.db, found.ids)
        counts = place_counts(
            len(found),
            links.pair_places,
            links.pair_numbers,
            links.pair_first_days,
            links.pair_last_days,
        )
    finally:
        store.close()
    expected_counts = {
        place["id"]: sum(place["id"] in card.get("places", ()) for card in cards)
        for place in places
    }
    local_ids = [place_id.split(":", 1)[1] for place_id in found.ids]  # ids are pack-qualified
    assert local_ids == ["almaty", "rome", "semey"]
    assert dict(zip(local_ids, counts.tolist(), strict=True)) == expected_counts
    assert expected_counts["rome"] == 2 and expected_counts["almaty"] == 0
    rome = local_ids.index("rome")
    assert found.names[rome]["it"] == "Roma"
    assert (found.longitudes[rome], found.latitudes[rome]) == (12.4964, 41.9028)
    assert len(found) == 3


def test_a_pack_without_places_gives_none(tmp_path):
    cards = valid_pack_data()["cards"]
    for card in cards:
        card.pop("places", None)
    store = _store(tmp_path, cards=cards, places=[], routes=[])
    try:
        found = map_places(store.db)
    finally:
        store.close()
    assert found.ids == [] and found.longitudes.shape == found.latitudes.shape == (0,)


def test_names_are_decoded_when_asked_for():
    names = PlaceNames(['{"en": "Rome", "it": "Roma"}', "not JSON until read"])
    assert len(names) == 2
    assert names[0] == {"en": "Rome", "it": "Roma"} and names[0] is names[0]
    assert names[-2] is names[0] and names[:1] == [{"en": "Rome", "it": "Roma"}]
