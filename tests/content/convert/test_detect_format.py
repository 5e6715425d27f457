"""Telling a timeline's format from the file itself, as the window's import does."""

from __future__ import annotations

import json
import shutil
import tracemalloc

import pytest

from explorer.content.convert.detect_format import detect_format, is_timeline_file
from explorer.content.convert.errors import ConvertError
from tests.content.convert.converting import FIXTURES


@pytest.mark.parametrize(
    ("fixture", "format_name"),
    [
        ("timeline_v3.json", "timelinejs"),
        ("timeline_v2.json", "timelinejs"),
        ("sheet_cp1252.csv", "timelinejs-csv"),
        ("simile_events.xml", "simile"),
        ("simile_events.json", "simile"),
    ],
)
def test_each_fixture_is_told_its_format(fixture, format_name):
    assert detect_format(FIXTURES / fixture) == format_name


def test_a_csv_that_is_not_the_template_is_refused_pointing_to_the_mapping():
    with pytest.raises(ConvertError) as refused:
        detect_format(FIXTURES / "people.csv")
    message = str(refused.value)
    assert message.startswith(f"{FIXTURES / 'people.csv'}: line 1: is not the TimelineJS template")
    assert "its header has no column Year, Headline (the template" in message
    assert "explorer import FILE --from csv --mapping MAPPING.json" in message
    assert "docs/importing.md" in message


def test_a_large_sheet_is_told_by_its_header_without_decoding_it_whole(tmp_path):
    rows = "".join(f"1992,1,Событие {n},{'Казахстан ' * 20}\n" for n in range(20_000))
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Year,Month,Headline,Text\n" + rows, encoding="utf-8")
    size = sheet.stat().st_size
    tracemalloc.start()
    try:
        assert detect_format(sheet) == "timelinejs-csv"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The sheet's bytes, and a megabyte's text at a time while its encoding is checked.
    assert peak < size + (5 << 20), f"{peak:,} bytes at most for a sheet of {size:,}"


def test_a_bad_byte_past_the_header_still_refuses_the_sheet(tmp_path):
    sheet = tmp_path / "sheet.csv"
    rows = "1992,1,Relations,Begun.\n" * 60_000
    sheet.write_bytes(b"\xef\xbb\xbfYear,Month,Headline,Text\n" + rows.encode() + b"\xff\n")
    with pytest.raises(ConvertError, match=r"sheet.csv: byte \d+: is not valid UTF-8"):
        detect_format(sheet)


def test_the_template_is_told_by_its_header_whatever_the_delimiter(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Year;Month;Headline;Text\n1992;1;Relations;Begun.\n", encoding="utf-8")
    assert detect_format(sheet) == "timelinejs-csv"


@pytest.mark.parametrize(
    ("content", "format_name"),
    [
        ({"title": {"text": {"headline": "Only a title"}}}, "timelinejs"),
        ({"events": [{"start_date": {"year": "1992"}, "text": {"headline": "A"}}]}, "timelinejs"),
        ({"events": [{"start": "1992", "title": "A"}]}, "simile"),
        ({"dateTimeFormat": "iso8601", "events": []}, "simile"),
        ({"timeline": {"headline": "Old", "date": []}}, "timelinejs"),
    ],
)
def test_a_json_timeline_is_told_by_its_shape(tmp_path, content, format_name):
    source = tmp_path / "timeline.json"
    source.write_text(json.dumps(content), encoding="utf-8")
    assert detect_format(source) == format_name


def test_an_xml_file_under_another_name_is_still_simile(tmp_path):
    source = tmp_path / "events.json"
    shutil.copyfile(FIXTURES / "simile_events.xml", source)
    assert detect_format(source) == "simile"


@pytest.mark.parametrize("content", ['{"cards": []}', "[1, 2]", '"events"'])
def test_a_json_of_no_timeline_is_refused_saying_what_each_format_has(tmp_path, content):
    source = tmp_path / "other.json"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(ConvertError, match=r"is neither a TimelineJS timeline .* nor a SIMILE"):
        detect_format(source)


def test_a_broken_json_is_refused_where_it_breaks(tmp_path):
    source = tmp_path / "broken.json"
    source.write_text('{"events": [\n  {"start": }\n]}', encoding="utf-8")
    with pytest.raises(ConvertError, match=r"broken.json: line 2, column 13: not valid JSON"):
        detect_format(source)


def test_packs_are_not_timelines(tmp_path):
    folder_named_json = tmp_path / "pack.json"
    folder_named_json.mkdir()
    assert not is_timeline_file(tmp_path / "manifest.json")
    assert not is_timeline_file(tmp_path / "pack.zip")
    assert not is_timeline_file(folder_named_json)
    assert is_timeline_file(tmp_path / "Timeline.JSON")
    assert is_timeline_file(tmp_path / "sheet.csv") and is_timeline_file(tmp_path / "a.xml")
