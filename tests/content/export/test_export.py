"""Export: a pack, the library or a search as TimelineJS JSON or its spreadsheet CSV."""

from __future__ import annotations

import csv
import json

import pytest

from explorer.content.export.export_command import export_timeline
from explorer.content.export.selection import ExportRefused
from explorer.content.export.timeline_csv import COLUMNS
from explorer.content.importer import import_pack
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack

TRICKY_TITLE = "Dante & the <Comedy>"


@pytest.fixture
def store(tmp_path):
    """A library of the test pack, one title holding markup characters and one card undated."""
    pack = write_valid_pack(
        tmp_path,
        cards={
            "dante": {"title": {"en": TRICKY_TITLE}, "start": "circa 1265"},
            "abai": {"start": REMOVE, "end": REMOVE},
        },
    )
    database = tmp_path / "content.db"
    import_pack(pack, database)
    opened = ContentStore.open(database)
    yield opened
    opened.close()


def qualified(card_id: str) -> str:
    return f"{PACK_ID}:{card_id}"


def test_every_dated_card_becomes_an_event_and_the_undated_are_named(store, tmp_path):
    out = tmp_path / "timeline.json"
    written, undated = export_timeline(store, "timelinejs", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    ids = [event["unique_id"] for event in document["events"]]
    assert written == len(ids) == 2
    assert set(ids) == {qualified("dante"), qualified("abai-monument-rome")}
    assert undated == [qualified("abai")]
    assert document["title"]["text"]["headline"] == "Test pack"


def test_an_event_carries_its_dates_text_group_sources_and_picture(store, tmp_path):
    out = tmp_path / "timeline.json"
    export_timeline(store, "timelinejs", out)
    events = {e["unique_id"]: e for e in json.loads(out.read_text("utf-8"))["events"]}
    monument = events[qualified("abai-monument-rome")]
    assert monument["start_date"] == {"year": 2025, "month": 9, "day": 29}
    assert "end_date" not in monument
    assert monument["group"] == "Architecture"
    text = monument["text"]["text"]
    assert text.startswith("<p>A monument to Abai in Rome.</p><p>The monument stands in Rome.")
    assert "<p>Unveiling date as reported.</p>" in text
    assert '<a href="https://astanatimes.com/">Abai monument unveiled in Rome</a>' in text
    media = monument["media"]
    picture = tmp_path / media["url"]
    assert media["url"].startswith("timeline-timelinejs-media/")
    assert picture.read_bytes() == store.media_data(qualified("abai-monument"))[1]
    assert media["credit"] == "Test photographer, CC BY 4.0"
    assert media["caption"] == "The monument"


def test_a_remote_medium_is_exported_by_its_own_address(tmp_path):
    video = "https://www.youtube.com/watch?v=abc"
    pack = write_valid_pack(
        tmp_path,
        media={"abai-monument": {"file": REMOVE, "url": video, "kind": "video"}},
        files={"media/abai-monument.png": REMOVE},
    )
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    try:
        out = tmp_path / "timeline.json"
        export_timeline(store, "timelinejs", out)
    finally:
        store.close()
    events = {e["unique_id"]: e for e in json.loads(out.read_text("utf-8"))["events"]}
    assert events[qualified("abai-monument-rome")]["media"]["url"] == video
    assert not (tmp_path / "timeline-timelinejs-media" / "test-pack--abai-monument.png").exists()


def test_markup_in_a_title_is_escaped_and_a_qualified_date_keeps_its_words(store, tmp_path):
    out = tmp_path / "timeline.json"
    export_timeline(store, "timelinejs", out)
    events = {e["unique_id"]: e for e in json.loads(out.read_text("utf-8"))["events"]}
    dante = events[qualified("dante")]
    assert dante["text"]["headline"] == "Dante &amp; the &lt;Comedy&gt;"
    assert dante["start_date"] == {"year": 1265, "display_date": "circa 1265"}
    assert dante["end_date"] == {"year": 1321, "month": 9, "day": 14}


def test_eras_come_with_their_span(store, tmp_path):
    out = tmp_path / "timeline.json"
    export_timeline(store, "timelinejs", out)
    [era] = json.loads(out.read_text("utf-8"))["eras"]
    assert era == {
        "start_date": {"year": 1801},
        "end_date": {"year": 1900},
        "text": {"headline": "19th century"},
    }


def test_another_language_is_written_where_the_pack_has_it(store, tmp_path):
    out = tmp_path / "timeline.json"
    export_timeline(store, "timelinejs", out, language="it")
    document = json.loads(out.read_text("utf-8"))
    headlines = {e["unique_id"]: e["text"]["headline"] for e in document["events"]}
    assert headlines[qualified("abai-monument-rome")] == "Il monumento ad Abai a Roma"
    assert headlines[qualified("dante")] == "Dante &amp; the &lt;Comedy&gt;"  # English kept
    assert document["title"]["text"]["headline"] == "Pacchetto di prova"


def test_the_csv_has_the_template_columns_a_title_row_events_and_eras(store, tmp_path):
    out = tmp_path / "timeline.csv"
    written, _ = export_timeline(store, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        assert tuple(reader.fieldnames) == COLUMNS
        rows = list(reader)
    assert [row["Type"] for row in rows] == ["title", "", "", "era"]
    assert rows[0]["Headline"] == "Test pack"
    dante = next(row for row in rows if row["Headline"] == TRICKY_TITLE)
    assert (dante["Year"], dante["Month"], dante["End Year"], dante["End Day"]) == (
        "1265", "", "1321", "14"
    )  # fmt: skip
    assert dante["Display Date"] == "circa 1265 – 1321-09-14"
    assert dante["Group"] == "Literature"
    assert written == 2


def test_a_search_exports_its_answer_and_a_pack_only_its_cards(store, tmp_path):
    out = tmp_path / "found.json"
    export_timeline(store, "timelinejs", out, query="monument")
    ids = [e["unique_id"] for e in json.loads(out.read_text("utf-8"))["events"]]
    assert ids == [qualified("abai-monument-rome")]
    with pytest.raises(ExportRefused, match="no pack 'elsewhere' is imported; the packs are"):
        export_timeline(store, "timelinejs", tmp_path / "other.json", pack="elsewhere")
    assert not (tmp_path / "other.json").exists()


def test_nothing_is_overwritten_and_nothing_half_written(store, tmp_path):
    out = tmp_path / "timeline.json"
    out.write_text("kept", encoding="utf-8")
    before = sorted(tmp_path.iterdir())
    with pytest.raises(ExportRefused, match="exists already"):
        export_timeline(store, "timelinejs", out)
    assert out.read_text(encoding="utf-8") == "kept"
    with pytest.raises(ExportRefused, match="'pdf' is not an export format"):
        export_timeline(store, "pdf", tmp_path / "t.pdf")
    assert sorted(tmp_path.iterdir()) == before


def test_a_write_that_fails_leaves_no_picture_folder_behind(store, tmp_path):
    out = tmp_path / "timeline.json"
    (tmp_path / "timeline.json.partial").mkdir()  # the JSON cannot be written there
    before = sorted(tmp_path.iterdir())
    with pytest.raises(IsADirectoryError):
        export_timeline(store, "timelinejs", out)
    assert sorted(tmp_path.iterdir()) == before


def test_the_command_writes_the_bundled_collection_and_says_what_it_left_out(tmp_path, capsys):
    from explorer.cli import main

    out = tmp_path / "abai.json"
    assert main(["export", "timelinejs", str(out), "--search", "abai", "--language", "kk"]) == 0
    said = capsys.readouterr().out
    events = json.loads(out.read_text("utf-8"))["events"]
    assert said.startswith(f"Wrote {len(events)} events to {out}")
    assert "Left out" in said and "cards without a date" in said
    assert any("Абай" in event["text"]["headline"] for event in events)
    assert main(["export", "csv", str(tmp_path / "x.csv"), "--pack", "nowhere"]) == 1
    assert "no pack 'nowhere' is imported" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
