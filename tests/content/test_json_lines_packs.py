"""Packs whose records are JSON Lines: read a line at a time, checked and named by line."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from explorer.content import problem_list
from explorer.content.importer import import_pack
from explorer.content.library import ContentLibrary
from explorer.content.pack_fingerprint import pack_fingerprint
from explorer.content.pack_reader import DEFAULT_LIMITS, Limits
from explorer.content.problems import PackInvalid
from explorer.content.validate import check_pack, load_pack
from tests.content.lines_packs import json_line, write_lines_pack
from tests.content.pack_builder import REMOVE, valid_pack_data, write_valid_pack


def content(database: Path) -> list[str]:
    """Everything in the database but what names the pack's files: the pack rows (their
    fingerprint) and the search index's build id (made from the fingerprints)."""
    conn = sqlite3.connect(database)
    try:
        return [
            line
            for line in conn.iterdump()
            if 'INSERT INTO "packs"' not in line and "VALUES('build'," not in line
        ]
    finally:
        conn.close()


def problems(pack: Path, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    with pytest.raises(PackInvalid) as raised:
        check_pack(pack, limits)
    return [str(problem) for problem in raised.value.problems]


def card_lines() -> list[str]:
    return [json_line(card) for card in valid_pack_data()["cards"]]


@pytest.fixture
def as_array(tmp_path) -> list[str]:
    database = tmp_path / "array" / "content.db"
    import_pack(write_valid_pack(tmp_path, name="array-pack"), database)
    return content(database)


@pytest.mark.parametrize(
    "form",
    [
        {},
        {"parts": 2},
        {"parts": 3, "zipped": True},
        {"ending": "\r\n"},
        {"files_extra": {"links.json": REMOVE, "links.jsonl": None}},
    ],
    ids=["one file", "two parts", "zipped parts", "windows line ends", "links too"],
)
def test_json_lines_import_the_same_content_as_json_arrays(tmp_path, as_array, form):
    extra = form.pop("files_extra", None)
    pack = write_lines_pack(tmp_path, **form)
    if extra:
        links = "".join(json_line(link) + "\n" for link in valid_pack_data()["links"])
        (pack / "links.json").unlink()
        (pack / "links.jsonl").write_text(links, encoding="utf-8")
    database = tmp_path / "data" / "content.db"
    import_pack(pack, database)
    assert content(database) == as_array


def test_blank_lines_a_byte_order_mark_and_no_final_line_break_are_fine(tmp_path):
    lines = card_lines()
    text = "\ufeff" + lines[0] + "\n\n   \n" + lines[1] + "\r\n\t\n" + lines[2]
    pack = write_lines_pack(tmp_path, lines=[])
    (pack / "cards.jsonl").write_text(text, encoding="utf-8")
    assert [card.id for card in load_pack(pack).cards] == ["abai", "abai-monument-rome", "dante"]


def test_a_bad_line_is_named_by_file_and_line_and_changes_nothing(tmp_path, as_array):
    database = tmp_path / "array" / "content.db"
    packs_before = sorted(path.name for path in (database.parent / "packs").iterdir())
    lines = card_lines()
    lines[1] = lines[1].replace('"kind": "work",', '"kind": "work",,')
    lines[2] = lines[2].replace('"kind": "person"', '"kind": "poet"')
    pack = write_lines_pack(tmp_path, lines=lines, manifest={"id": "another-pack"})
    with pytest.raises(PackInvalid) as raised:
        import_pack(pack, database)
    assert [str(problem) for problem in raised.value.problems] == [
        "cards.jsonl, line 2: not valid JSON: Expecting property name enclosed in double "
        f"quotes at column {lines[1].index(',,') + 2}",
        "cards.jsonl, line 3: dante: kind: 'poet' is not a kind; use one of person, place, "
        "institution, work, event, topic, figure",
    ], "and the links to the card of line 2 are not reported: its id can still be seen"
    assert content(database) == as_array
    assert sorted(path.name for path in (database.parent / "packs").iterdir()) == packs_before


def test_a_line_that_is_not_an_object_or_repeats_a_key_is_named(tmp_path):
    lines = card_lines()
    lines[0] = lines[0].replace('"kind": "person"', '"kind": "person", "kind": "topic"')
    lines[2] = '["dante"]'
    assert problems(write_lines_pack(tmp_path, lines=lines)) == [
        "cards.jsonl, line 1: abai: the key 'kind' appears twice in one object; keep only one",
        "cards.jsonl, line 3: must be an object, not a list",
        "links.json: abai-related-dante: to: unknown card 'dante'",
    ]


def test_a_line_longer_than_a_record_may_be_is_refused_and_the_rest_still_checked(tmp_path):
    lines = card_lines()
    lines[2] = lines[2].replace("Author of the Divine Comedy.", "Dante " * 2_000)
    lines.append(lines[1].replace('"kind": "work"', '"kind": "poem"'))
    limits = Limits(max_record_bytes=4 * 1024)
    assert problems(write_lines_pack(tmp_path, lines=lines), limits) == [
        "cards.jsonl, line 3: the line is longer than 4 KB, the most one record may take (a "
        "record is one line: a line break inside a record must be written \\n)",
        "cards.jsonl, line 4: abai-monument-rome: kind: 'poem' is not a kind; use one of person, "
        "place, institution, work, event, topic, figure",
        "cards.jsonl, line 4: abai-monument-rome: id: the id is used twice in this file (lines 2 "
        "and 4); ids must be unique within a file",
        "links.json: abai-related-dante: to: unknown card 'dante'",
    ]


def test_a_json_lines_file_is_not_held_to_the_size_of_a_file_read_whole(tmp_path):
    lines = card_lines()
    lines[2] = lines[2].replace("Author of the Divine Comedy.", "Dante " * 2_000)
    limits = Limits(max_member_bytes=8 * 1024)  # the file is about 14 KB
    pack = write_lines_pack(tmp_path, lines=lines)
    assert (pack / "cards.jsonl").stat().st_size > limits.max_member_bytes
    assert check_pack(pack, limits).cards == 3
    as_array = write_valid_pack(
        tmp_path,
        name="array",
        cards={"dante": {"body": {"en": "Dante " * 2_000}}},
    )
    assert problems(as_array, limits) == [
        "cards.json: the file is larger than 8 KB, the most one file may hold"
    ]


def test_records_written_two_ways_are_refused(tmp_path):
    pack = write_lines_pack(tmp_path)
    (pack / "cards.json").write_text("[]", encoding="utf-8")
    assert problems(pack)[0] == (
        "cards.json: the cards are also written in cards.jsonl; write them in one way only"
    )


def test_only_json_lines_files_may_be_in_a_records_folder(tmp_path):
    pack = write_lines_pack(tmp_path, parts=2)
    (pack / "cards" / "0003.json").write_text("[]", encoding="utf-8")
    assert problems(pack)[0] == (
        "cards/0003.json: only JSON Lines files may be in cards/ (cards/0001.jsonl, "
        "cards/0002.jsonl, …)"
    )


def test_parts_are_read_in_the_order_of_their_names_and_an_id_twice_names_both(tmp_path):
    lines = card_lines()
    pack = write_lines_pack(tmp_path, lines=[lines[2], lines[0], lines[1], lines[0]], parts=2)
    assert problems(pack) == [
        "cards/0002.jsonl, line 2: abai: id: the id is used twice in this file (cards/0001.jsonl "
        "line 2 and cards/0002.jsonl line 2); ids must be unique within a file"
    ]
    (pack / "cards" / "0002.jsonl").write_text(lines[1] + "\n", encoding="utf-8")
    assert [card.id for card in load_pack(pack).cards] == ["dante", "abai", "abai-monument-rome"]


def test_streamed_records_are_counted_against_the_limits(tmp_path):
    pack = write_lines_pack(tmp_path)
    assert problems(pack, Limits(max_cards=2)) == [
        "cards.jsonl, line 3: holds more than 2 cards, the most a pack may hold"
    ]  # and the links to its cards are not reported as unknown


def test_past_a_thousand_problems_only_their_number_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(problem_list, "MAX_LISTED_PROBLEMS", 5)
    bad = json_line({"id": "Not An Id"})
    with pytest.raises(PackInvalid) as raised:
        check_pack(write_lines_pack(tmp_path, lines=[bad] * 40))
    assert len(raised.value.problems) == 5
    assert str(raised.value).splitlines()[0].startswith("the pack has ")
    assert raised.value.unlisted > 100  # every line has several
    assert "problems; the first 5 are:" in str(raised.value).splitlines()[0]


def test_a_kept_json_lines_pack_is_built_again_from_its_archive(tmp_path):
    library = ContentLibrary(tmp_path / "data", write_valid_pack(tmp_path, name="bundled"))
    library.prepare()
    library.import_pack(write_lines_pack(tmp_path, parts=2, manifest={"id": "mine"}))
    before = content(library.database)
    (kept,) = library.kept_packs()
    with zipfile.ZipFile(library.registry.archive_path(kept)) as archive:
        assert {"cards/0001.jsonl", "cards/0002.jsonl"} <= set(archive.namelist())
    library.database.unlink()
    assert library.prepare().rebuilt
    assert content(library.database) == before


@pytest.mark.parametrize("zipped", [False, True])
def test_the_fingerprint_taken_while_importing_is_the_packs_fingerprint(tmp_path, zipped):
    library = ContentLibrary(tmp_path / "data", write_valid_pack(tmp_path, name="bundled"))
    library.prepare()
    pack = write_lines_pack(tmp_path, parts=2, zipped=zipped, manifest={"id": "mine"})
    library.import_pack(pack)
    (kept,) = library.kept_packs()
    assert kept.fingerprint == pack_fingerprint(pack)
    assert library.import_pack(pack).unchanged
