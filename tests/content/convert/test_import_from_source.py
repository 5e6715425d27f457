"""`explorer import SOURCE --from FORMAT`: converted into a temporary folder and imported
from there, all or nothing, with the conversion's report printed and its progress shown."""

# ruff: noqa: F811 (fixtures imported from a shared module, then asked for by name)

from __future__ import annotations

import io
import json

from explorer.cli import main
from explorer.content.convert.convert_command import convert
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.import_progress import CONVERTING, READING
from explorer.content.importer import imported_versions
from explorer.content.progress_line import MB, ProgressLine, describe
from explorer.store.content_store import ContentStore
from explorer.store.locations import content_database_path
from tests.content.convert.converting import FIXTURES, temporary  # noqa: F401 (a fixture)
from tests.content.pack_builder import write_valid_pack


def test_a_timeline_is_converted_and_imported_with_its_report(temporary, capsys):
    source = FIXTURES / "timeline_v3.json"
    code = main(["import", str(source), "--from", "timelinejs", "--id", "shared-history"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert printed.out.startswith(f"Converted {source} (TimelineJS JSON version 3) to be imported.")
    assert "background: the background #0b1d3a was dropped" in printed.out
    assert "Imported 'shared-history' version 1.0.0 (7 cards)" in printed.out
    assert printed.err.startswith("Reading the source…\nConverting the source…\nChecking the pack…")
    assert imported_versions(content_database_path())["shared-history"] == "1.0.0"
    store = ContentStore.open(content_database_path())
    try:
        titles = {
            store.card(i).title["en"] for i in store.card_ids() if i.startswith("shared-history:")
        }
    finally:
        store.close()
    assert "Gagarin launched from Baikonur" in titles
    assert main(["import", str(source), "--from", "timelinejs", "--id", "shared-history"]) == 0
    again = capsys.readouterr().out
    assert "'shared-history' version 1.0.0 is already imported; nothing changed" in again
    assert list(temporary.iterdir()) == []


def test_a_source_that_cannot_be_converted_imports_nothing(temporary, tmp_path, capsys):
    source = tmp_path / "broken.json"
    source.write_text(json.dumps({"events": [{"start_date": {"year": 1990, "month": 13}}]}))
    assert main(["import", str(source), "--from", "timelinejs", "--id", "broken"]) == 1
    error = capsys.readouterr().err
    assert "event 1: start_date: month 13 is not between 1 and 12" in error
    assert error.rstrip().endswith("Nothing was imported.")
    assert "broken" not in imported_versions(content_database_path())
    assert list(temporary.iterdir()) == []


def test_a_csv_needs_its_mapping_and_converting_options_need_from(tmp_path, capsys):
    people = FIXTURES / "people.csv"
    assert main(["import", str(people), "--from", "csv"]) == 1
    assert "the format csv needs a mapping file" in capsys.readouterr().err
    mapping = FIXTURES / "people.mapping.json"
    assert main(["import", str(people), "--from", "csv", "--mapping", str(mapping)]) == 0
    capsys.readouterr()
    assert main(["import", str(people), "--id", "people"]) == 2
    assert "--id converts a file and needs --from FORMAT" in capsys.readouterr().err


def test_the_reading_and_converting_steps_say_how_far_they_have_come_on_a_terminal():
    assert describe(READING, 0, None) == "Reading the source…"
    assert describe(READING, 34 * MB, 69 * MB) == "Reading the source: 34 / 69 MB (49 %)"
    assert describe(CONVERTING, 0, None) == "Converting the source…"
    assert (
        describe(CONVERTING, 1_200, 4_800) == "Converting the source: 1,200 / 4,800 records (25 %)"
    )
    stream = io.StringIO()
    line = ProgressLine(stream, in_place=True, clock=iter(range(0, 100, 1)).__next__)
    line(CONVERTING, 0, 10)
    line(CONVERTING, 5, 10)
    line.end_line()
    assert stream.getvalue().endswith("\rConverting the source: 5 / 10 records (50 %)\n")


def test_a_large_sheet_tells_its_reading_then_its_converting_as_they_go(tmp_path):
    source = tmp_path / "many.csv"
    rows = "".join(f"Row {n},{1000 + n % 900},{'x' * 50}\n" for n in range(9_000))
    source.write_text("title,start,text\n" + rows, encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"columns": {"title": "title", "start": "start", "body": "text"}})
    )
    heard: list[tuple[str, int, int | None]] = []
    convert(
        "csv", source, tmp_path / "pack", PackOptions(), mapping, lambda *told: heard.append(told)
    )
    size = source.stat().st_size
    reading = [(done, total) for step, done, total in heard if step == READING]
    converting = [(done, total) for step, done, total in heard if step == CONVERTING]
    assert [step for step, _, _ in heard] == [READING] * len(reading) + [CONVERTING] * len(
        converting
    ), "read, then converted"
    assert reading[0] == (0, None) and reading[1] == (0, size) and reading[-1] == (size, size)
    between = [done for done, _ in reading[2:-1]]
    assert len(between) == 4, "every 2,000 rows of the 9,000"
    assert between == sorted(between) and 0 < between[0] < between[-1] < size
    assert converting[0] == (0, 9_000) and converting[-1] == (9_000, 9_000)
    assert [done for done, _ in converting] == list(range(9_001))


def test_an_id_taken_by_a_pack_from_elsewhere_names_the_source_and_needs_replace(
    temporary, tmp_path, capsys
):
    assert main(["import", str(write_valid_pack(tmp_path, manifest={"id": "shared"}))]) == 0
    capsys.readouterr()
    source = FIXTURES / "timeline_v2.json"
    assert main(["import", str(source), "--from", "timelinejs", "--id", "shared"]) == 1
    error = capsys.readouterr().err
    assert f"Importing {source} (version 1.0.0, 3 cards) would replace it." in error
    assert "--replace" in error and "Nothing was imported." in error
    assert main(["import", str(source), "--from", "timelinejs", "--id", "shared", "--replace"]) == 0
    assert list(temporary.iterdir()) == []
