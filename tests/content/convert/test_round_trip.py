"""A pack imported, exported (TimelineJS JSON or its spreadsheet CSV), converted back and
imported again keeps every event's title, text, dates, group and medium, its eras and its
title slide."""

from __future__ import annotations

import pytest

from explorer.content.convert.convert_command import convert
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.export.export_command import export_timeline
from explorer.content.export.timeline_document import title_slide
from explorer.content.importer import import_pack
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import valid_pack_data, write_valid_pack

EXTRA_CARDS = [
    {
        "id": "first-concert",
        "kind": "event",
        "category": "architecture",
        "title": {"en": "First concert"},
        "summary": {"en": "An evening concert."},
        "body": {"en": "The orchestra played.\n\nThe hall was full."},
        "sources": ["astana-times-2025"],
        "start": "2025-09-29T14:30",
        "image": "concert-video",
    },
    {
        "id": "tethys",
        "kind": "topic",
        "category": "literature",
        "title": {"en": "The Tethys Ocean"},
        "summary": {"en": "A sea where the steppe now lies."},
        "body": {"en": "Its floor became the steppe."},
        "sources": ["abai-encyclopedia"],
        "start": "115 Ma",
        "end": "Y-65000000",
    },
]
REMOTE_MEDIUM = {
    "id": "concert-video",
    "url": "https://www.youtube.com/watch?v=abc123",
    "kind": "video",
    "credit": "Embassy",
    "licence": "All rights reserved",
    "caption": {"en": "The concert"},
    "alt": {"en": "An orchestra on a stage"},
}


@pytest.fixture
def first_store(tmp_path):
    data = valid_pack_data()
    pack = write_valid_pack(
        tmp_path, cards=data["cards"] + EXTRA_CARDS, media=data["media"] + [REMOTE_MEDIUM]
    )
    database = tmp_path / "first" / "content.db"
    import_pack(pack, database)
    store = ContentStore.open(database)
    yield store
    store.close()


def _events(store: ContentStore) -> dict[str, tuple]:
    """Each dated card by its title: its texts, dates, group and medium."""
    groups = {category.id: category.name["en"] for category in store.categories()}
    events = {}
    for card_id in store.card_ids():
        card = store.card(card_id)
        if card.start is None:
            continue
        paragraphs = [card.summary["en"], *card.body["en"].split("\n\n")]
        if card.date_note:  # exported as a paragraph of the text
            paragraphs.append(card.date_note["en"])
        dates = [(str(d), d.precision, d.display) for d in (card.start, card.end) if d]
        events[card.title["en"]] = (paragraphs, dates, groups[card.category], _medium(store, card))
    return events


def _lanes(store: ContentStore) -> dict[str, str]:
    """The name of each dated card's lane, by card title."""
    names = {lane.id: lane.name["en"] for lane in store.lanes()}
    cards = (store.card(card_id) for card_id in store.card_ids())
    return {card.title["en"]: names[card.lane] for card in cards if card.start and card.lane}


def _medium(store: ContentStore, card) -> tuple | None:
    if card.image is None:
        return None
    media = store.media(card.image)
    if media.url is not None:
        return (media.url, media.kind, media.caption["en"])
    return (store.media_data(card.image)[1], media.caption["en"])


def _alt_texts(store: ContentStore) -> dict[str, str]:
    """The alt text of each card's medium, by card title (TimelineJS JSON carries it; the
    spreadsheet template has no column for it)."""
    cards = (store.card(card_id) for card_id in store.card_ids())
    return {card.title["en"]: store.media(card.image).alt["en"] for card in cards if card.image}


def _eras(store: ContentStore) -> list[tuple]:
    return [(era.name["en"], str(era.start), str(era.end)) for era in store.eras()]


@pytest.mark.parametrize(
    ("export_form", "convert_form"), [("timelinejs", "timelinejs"), ("csv", "timelinejs-csv")]
)
def test_export_then_convert_brings_the_events_back(
    first_store, tmp_path, export_form, convert_form
):
    exported = (
        tmp_path / "export" / ("timeline.json" if export_form == "timelinejs" else "timeline.csv")
    )
    exported.parent.mkdir()
    export_timeline(first_store, export_form, exported)
    converted = tmp_path / "converted"
    convert(
        convert_form, exported, converted, PackOptions(pack_id="round-trip", licence="CC BY 4.0")
    )
    database = tmp_path / "second" / "content.db"
    import_pack(converted, database)
    second = ContentStore.open(database)
    try:
        assert _events(second) == _events(first_store)
        assert _lanes(second) == {title: e[2] for title, e in _events(first_store).items()}
        assert _eras(second) == _eras(first_store)
        if export_form == "timelinejs":
            assert _alt_texts(second) == _alt_texts(first_store)
        assert title_slide(second, "round-trip", "en") == title_slide(first_store, None, "en")
    finally:
        second.close()


def test_the_round_trip_covers_time_deep_time_and_both_kinds_of_media(first_store):
    events = _events(first_store)
    concert = events["First concert"]
    assert concert[1] == [("2025-09-29T14:30", concert[1][0][1], None)]
    assert concert[3][0] == "https://www.youtube.com/watch?v=abc123"
    assert events["The Tethys Ocean"][1][0][0] == "115 Ma"
    assert isinstance(events["Abai monument in Rome"][3][0], bytes)
