import pytest

from explorer.content.convert.convert_command import convert
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.pack_builder import PackOptions
from tests.content.convert.converting import FIXTURES, card, converted, imported_cards, losses


def test_simile_xml_with_durations_and_tapers(tmp_path):
    collection, report, out = converted(tmp_path, "simile", FIXTURES / "simile_events.xml")
    assert report.format_name == "SIMILE Timeline XML"
    opening = card(collection, "Exhibition opening in Almaty")
    assert str(opening.start) == "2006-05-28T09:00:00-06:00"
    assert opening.body["en"] == "The exhibition opens with works from Florence & Astana."
    [link] = [s for s in collection.sources if s.id in opening.sources]
    assert link.url == "https://example.org/almaty-opening"
    duration = card(collection, "A duration")
    assert (str(duration.start), str(duration.end)) == ("1863", "1867")
    tapered = card(collection, "A tapered span")
    assert (str(tapered.start), str(tapered.end)) == ("1900-06-01", "1900-09-01")
    assert [(str(d.label["en"]), str(d.date)) for d in tapered.dates] == [
        ("latest start", "1900-06-15"),
        ("earliest end", "1900-08-01"),
    ]
    assert losses(report, "latestStart") == losses(report, "earliestEnd") == []
    assert [set(d.label) for d in tapered.dates] == [{"en"}, {"en"}], "the pack's languages only"
    assert str(card(collection, "Saka kurgans").start) == "-500"
    assert card(collection, "No start at all").start is None
    assert {c.name["en"] for c in collection.categories} == {"exhibitions", "history", "General"}
    assert losses(report, "start") == [
        "event 6 ('No start at all'): the event has no start date; the card has no date"
    ]
    picture = next(m for m in collection.media if m.id == duration.image)
    assert (picture.url, picture.kind) == ("https://example.org/pic.jpg", "image")
    assert imported_cards(out, tmp_path) == 6


def test_simile_json_uses_its_caption_as_summary(tmp_path):
    collection, report, _ = converted(tmp_path, "simile", FIXTURES / "simile_events.json")
    assert report.format_name == "SIMILE Timeline JSON"
    moved = card(collection, "Capital moves")
    assert (str(moved.start), str(moved.end)) == ("1994-10-01", "1997-10-01")
    assert moved.body["en"] == "From Almaty to Astana."
    assert [s.url for s in collection.sources if s.id in moved.sources] == [
        "https://example.org/astana"
    ]
    assert card(collection, "A plain year").summary["en"] == "Hover text used as the summary"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '<data><event start="1900" title="x"></data>',
            "line 1, column 39: not valid XML: mismatched tag",
        ),
        ("<timeline/>", "the top element is <timeline>; a SIMILE file has <data>"),
        ('<data><event start="the day after" title="x"/></data>', "event 1: start: 'the day"),
        (
            '<!DOCTYPE data [<!ENTITY a "aaaa">]><data><event start="1900" title="&a;"/></data>',
            "XML with a DOCTYPE or entity declarations is not read",
        ),
        ('{"events": [{"start": 1900, "title": ["x"]}]}', "event 1: title: must be text"),
        ('{"events": [', "line 1, column 13: not valid JSON"),
    ],
)
def test_broken_simile_sources_are_refused_with_their_place(tmp_path, content, message):
    source = tmp_path / "events.xml"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        convert("simile", source, tmp_path / "pack", PackOptions())
    assert message in str(raised.value)
    assert str(raised.value).startswith(str(source))
    assert not (tmp_path / "pack").exists()
    assert not (tmp_path / "pack.partial").exists()


def test_a_taper_in_a_russian_timeline_is_labelled_in_russian_too(tmp_path):
    collection, _, _ = converted(tmp_path, "simile", FIXTURES / "simile_events.xml", language="ru")
    tapered = next(c for c in collection.cards if c.title["ru"] == "A tapered span")
    assert [dict(d.label) for d in tapered.dates] == [
        {"ru": "начало не позднее", "en": "latest start"},
        {"ru": "окончание не ранее", "en": "earliest end"},
    ]
