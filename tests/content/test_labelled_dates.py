"""A card's labelled dates (``dates``): read from a real pack, refused with clear messages,
stored and read back in order; packs without them unchanged."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack
from explorer.domain.date_interval import DateInterval, End
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.references import qualify
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, write_valid_pack

MONUMENT_DATES = [
    {"label": {"en": "built", "it": "costruito"}, "date": "1389/1405"},
    {"label": {"en": "inscribed"}, "date": "2003"},
    {"label": {"en": "extended"}, "date": "2017~"},
    {"label": {"en": "restoration"}, "date": "2019-06/.."},
]


def card_of(collection, card_id):
    return next(card for card in collection.cards if card.id == card_id)


def test_labelled_dates_are_read_in_order_and_start_still_places_the_card(tmp_path):
    pack = write_valid_pack(tmp_path, cards={"abai-monument-rome": {"dates": MONUMENT_DATES}})
    card = card_of(load_pack(pack), "abai-monument-rome")
    assert [item.label["en"] for item in card.dates] == [
        "built",
        "inscribed",
        "extended",
        "restoration",
    ]
    assert card.dates[0].date == DateInterval(FuzzyDate(1389), FuzzyDate(1405))
    assert card.dates[1].date == FuzzyDate(2003)
    assert card.dates[3].date.end is End.OPEN
    assert str(card.start) == "2025-09-29"


def test_labelled_dates_are_stored_and_read_back_as_written(tmp_path):
    pack = write_valid_pack(tmp_path, cards={"abai-monument-rome": {"dates": MONUMENT_DATES}})
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    try:
        card = store.card(qualify(PACK_ID, "abai-monument-rome"))
        assert [(dict(i.label), str(i.date)) for i in card.dates] == [
            (item["label"], item["date"]) for item in MONUMENT_DATES
        ]
        assert store.card(qualify(PACK_ID, "dante")).dates == ()
    finally:
        store.close()


BAD = {
    "not a list": ("1389", "dates: must be a list of labelled dates"),
    "not an object": (["1389"], "list item '1389': must be an object with a label and a date"),
    "no label": ([{"date": "1389"}], "has no label; a labelled date has a label and a date"),
    "no date": ([{"label": {"en": "built"}}], "has no date"),
    "unknown field": (
        [{"label": {"en": "built"}, "date": "1389", "note": "x"}],
        "has the unknown field(s) 'note'",
    ),
    "no English label": (
        [{"label": {"it": "costruito"}, "date": "1389"}],
        "label: the English text ('en') is required",
    ),
    "bad date": (
        [{"label": {"en": "built"}, "date": "13890-99"}],
        "date: month 99 is not between 1 and 12",
    ),
    "interval backwards": (
        [{"label": {"en": "built"}, "date": "1405/1389"}],
        "date: the end 1389 comes before the start 1405",
    ),
    "date not text": ([{"label": {"en": "built"}, "date": 1389}], "must be a date written as text"),
}


@pytest.mark.parametrize("case", BAD.values(), ids=list(BAD))
def test_bad_labelled_dates_are_refused_naming_the_card_and_field(tmp_path, case):
    value, message = case
    pack = write_valid_pack(tmp_path, cards={"abai-monument-rome": {"dates": value}})
    with pytest.raises(PackInvalid) as raised:
        load_pack(pack)
    said = str(raised.value)
    assert "cards.json: abai-monument-rome: dates:" in said, said
    assert message in said, said


def test_an_interval_in_start_is_refused_pointing_to_dates(tmp_path):
    pack = write_valid_pack(tmp_path, cards={"abai-monument-rome": {"start": "1389/1405"}})
    with pytest.raises(PackInvalid, match="is an interval, not a date") as raised:
        load_pack(pack)
    assert "abai-monument-rome: start:" in str(raised.value)
