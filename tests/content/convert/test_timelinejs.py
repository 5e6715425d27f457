import json

import pytest

from explorer.content.convert.convert_command import convert
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.pack_builder import PackOptions
from explorer.domain.fuzzy_date import FuzzyDate
from tests.content.convert.converting import FIXTURES, card, converted, imported_cards, losses


def test_a_version_3_timeline_becomes_a_valid_pack_that_imports(tmp_path):
    collection, report, out = converted(
        tmp_path, "timelinejs", FIXTURES / "timeline_v3.json", licence="CC BY 4.0"
    )
    assert report.format_name == "TimelineJS JSON version 3"
    assert collection.manifest.title["en"] == "Italy & Kazakhstan: a shared history"
    assert collection.manifest.description["en"] == (
        "Moments when the two countries met.\n\nCompiled by the centre's library."
    )
    assert collection.manifest.licence == "CC BY 4.0"
    assert len(collection.cards) == 7
    assert imported_cards(out, tmp_path) == 7


def test_html_becomes_paragraphs_lists_and_link_sources(tmp_path):
    collection, _, _ = converted(tmp_path, "timelinejs", FIXTURES / "timeline_v3.json")
    polo = card(collection, "Marco Polo's journey")
    assert polo.summary["en"] == "Marco Polo crossed the steppe on the way to Khanbaliq."
    assert polo.body["en"] == "See Marco Polo on Wikipedia."
    sources = {s.id: s for s in collection.sources}
    cited = [sources[i] for i in polo.sources]
    assert [(s.title, s.url) for s in cited] == [
        ("Marco Polo on Wikipedia", "https://en.wikipedia.org/wiki/Marco_Polo"),
    ]
    abai = card(collection, "Абай Құнанбайұлы")
    assert abai.summary["en"] == "Kazakh poet, translator of Pushkin & Lermontov."
    assert abai.body["en"] == "• poet\n• thinker"
    assert abai.id == "abay-qunanbayuly"


def test_dates_groups_and_eras_are_carried(tmp_path):
    collection, _, _ = converted(tmp_path, "timelinejs", FIXTURES / "timeline_v3.json")
    polo = card(collection, "Marco Polo's journey")
    assert (polo.start, polo.end) == (FuzzyDate(1271), FuzzyDate(1295))
    assert not polo.date_note, "a display date saying only '1271 – 1295' is not repeated"
    saka = card(collection, "Saka gold")
    assert (str(saka.start), str(saka.end)) == ("-500", "-330")
    assert str(card(collection, "Абай Құнанбайұлы").start) == "1845-08-10"
    categories = {c.id: c for c in collection.categories}
    assert categories[polo.category].name["en"] == "Travel"
    assert len({c.colour for c in collection.categories}) == len(collection.categories)
    lanes = {lane.id: lane for lane in collection.lanes}
    assert lanes[polo.lane].name["en"] == "Travel", "a group is the timeline's row, too"
    assert sorted(lane.name["en"] for lane in lanes.values()) == sorted(
        c.name["en"] for c in collection.categories if c.name["en"] != "General"
    )
    assert all(card.lane is None for card in collection.cards if card.category == "general")
    assert [(e.name["en"], str(e.start), str(e.end)) for e in collection.eras] == [
        ("Silk Road", "1200", "1400"),
        ("Independence", "1991", "2025"),
    ]


def test_a_display_date_that_says_more_than_the_dates_is_kept_as_their_note(tmp_path):
    import json

    timeline = {
        "events": [
            {
                "start_date": {"year": 1271},
                "end_date": {"year": 1295},
                "display_date": "Spring 1271 – winter 1295",
                "text": {"headline": "Marco Polo's journey", "text": "Across Asia."},
            },
            {
                "start_date": {"year": 2001},
                "display_date": "2001",
                "text": {"headline": "Agreement", "text": "Signed."},
            },
        ]
    }
    source = tmp_path / "timeline.json"
    source.write_text(json.dumps(timeline), encoding="utf-8")
    collection, _, _ = converted(tmp_path, "timelinejs", source)
    assert card(collection, "Marco Polo's journey").date_note["en"] == "Spring 1271 – winter 1295"
    assert not card(collection, "Agreement").date_note


def test_times_deep_time_and_remote_media_are_carried(tmp_path):
    collection, report, out = converted(tmp_path, "timelinejs", FIXTURES / "timeline_v3.json")
    assert str(card(collection, "Gagarin launched from Baikonur").start) == "1961-04-12T09:07"
    big_bang = card(collection, "The Big Bang")
    assert str(big_bang.start) == "Y-13799999999"
    assert big_bang.start.year == -13_800_000_000
    assert big_bang.date_note == {}
    assert losses(report, "start date") == []
    polo = card(collection, "Marco Polo's journey")
    media = next(m for m in collection.media if m.id == polo.image)
    assert (media.url, media.kind, media.caption["en"], media.credit) == (
        "https://www.youtube.com/watch?v=abc123",
        "video",
        "A lecture",
        "Centre TV",
    )
    assert media.licence == media.alt["en"] == "Not stated in the source"
    assert any("Not stated in the source" in note for note in report.notes)
    assert imported_cards(out, tmp_path) == 7


def test_what_the_format_cannot_hold_is_reported_per_record(tmp_path):
    _, report, out = converted(tmp_path, "timelinejs", FIXTURES / "timeline_v3.json")
    assert losses(report, "background") == [
        "event 4 ('Gagarin launched from Baikonur'): the background #0b1d3a was dropped: "
        "cards have none"
    ]
    written = (tmp_path / "pack.report.txt").read_text(encoding="utf-8")
    assert "the title slide: media: the media https://example.org/cover.jpg was dropped" in written
    assert "media: the media https://www.youtube.com" not in written
    assert not (out / "report.txt").exists()


def test_missing_headline_and_text_are_filled_and_reported(tmp_path):
    collection, report, _ = converted(tmp_path, "timelinejs", FIXTURES / "timeline_v3.json")
    untitled = card(collection, "An event with no headline, only this text.")
    assert untitled.body["en"] == "An event with no headline, only this text."
    only_title = card(collection, "Abai monument in Rome")
    assert only_title.summary["en"] == only_title.body["en"] == "Abai monument in Rome"
    assert losses(report, "text") == [
        "event 7 ('Abai monument in Rome'): the record has no text; the card repeats its title"
    ]
    file_source = next(s for s in collection.sources if s.id in only_title.sources)
    assert file_source.title == "timeline_v3.json"


def test_a_version_2_timeline_is_detected_and_read(tmp_path):
    collection, report, _ = converted(tmp_path, "timelinejs", FIXTURES / "timeline_v2.json")
    assert report.format_name == "TimelineJS JSON version 2"
    assert collection.manifest.title["en"] == "Steppe and Peninsula"
    relations = card(collection, "Diplomatic relations")
    assert (str(relations.start), str(relations.end)) == ("1992-01-01", "1992-12-31")
    assert str(card(collection, "A date with day").start) == "1963-08-09"
    assert str(card(collection, "A moment with a time").start) == "2011-12-10T07:02:10"
    assert {c.name["en"] for c in collection.categories} == {"Diplomacy", "General"}
    assert [(e.name["en"], str(e.start)) for e in collection.eras] == [
        ("First twenty years", "1991-12-16")
    ]
    assert losses(report, "start date") == []


@pytest.mark.parametrize(
    ("timeline", "message"),
    [
        (
            {"events": [{"start_date": {"year": 1990, "month": 13}}]},
            "event 1: start_date: month 13 is not between 1 and 12",
        ),
        ({"events": [{"start_date": {"year": "MCM"}}]}, "event 1: start_date: 'MCM' is not a year"),
        ({"events": [{"text": ["not", "an object"]}]}, "event 1: text: must be an object"),
        ({"events": {"a": 1}}, "events: must be a list, not an object"),
        ({"slides": []}, "is not a TimelineJS timeline"),
        ({"timeline": {"date": [{"startDate": "1992,2,30"}]}}, "date 1: startDate: '1992,2,30'"),
    ],
)
def test_malformed_timelines_name_the_record_and_field_and_write_nothing(
    tmp_path, timeline, message
):
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(timeline), encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        convert("timelinejs", source, tmp_path / "pack", PackOptions())
    assert str(raised.value).startswith(str(source))
    assert message in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_a_display_date_in_the_packs_form_is_the_date_itself(tmp_path):
    events = [
        {"start_date": {"year": 1254, "display_date": "circa 1254"}, "text": {"headline": "A"}},
        {
            "start_date": {"year": -114998051, "display_date": "115 Ma"},
            "end_date": {"year": 2001, "month": 3, "display_date": "2001-21"},
            "text": {"headline": "B"},
        },
        {
            "start_date": {"year": 1961, "month": 4, "day": 12, "display_date": "1961"},
            "text": {"headline": "C"},
        },
        {"start_date": {"year": 1961, "display_date": "spring 1961"}, "text": {"headline": "D"}},
    ]
    source = tmp_path / "timeline.json"
    source.write_text(json.dumps({"events": events}), encoding="utf-8")
    collection, _, _ = converted(tmp_path, "timelinejs", source)
    assert str(card(collection, "A").start) == "circa 1254"
    b = card(collection, "B")
    assert (str(b.start), str(b.end), b.date_note) == ("115 Ma", "2001-21", {})
    c = card(collection, "C")
    assert (str(c.start), c.date_note["en"]) == ("1961-04-12", "1961")
    d = card(collection, "D")
    assert (str(d.start), d.date_note["en"]) == ("1961", "spring 1961")
