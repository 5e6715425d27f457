"""What an import tells of its progress, and how the command line shows it."""

from __future__ import annotations

import io

import pytest

from explorer.content.import_progress import ImportStep
from explorer.content.library import ContentLibrary
from explorer.content.progress_line import ProgressLine, describe
from tests.content.lines_packs import write_lines_pack
from tests.content.pack_builder import write_valid_pack


def test_an_import_tells_each_step_in_order_and_how_far_it_has_come(tmp_path):
    library = ContentLibrary(tmp_path / "data", write_valid_pack(tmp_path, name="bundled"))
    library.prepare()
    pack = write_lines_pack(tmp_path, manifest={"id": "told"})
    heard: list[tuple[str, int, int | None]] = []
    library.import_pack(pack, progress=lambda step, done, total: heard.append((step, done, total)))

    steps = list(dict.fromkeys(step for step, _, _ in heard))
    assert steps == list(ImportStep)
    assert all(isinstance(step, str) for step in steps)
    pictures = [(done, total) for step, done, total in heard if step == ImportStep.PICTURES]
    assert pictures == [(0, 2), (1, 2), (2, 2)]
    records = [(done, total) for step, done, total in heard if step == ImportStep.RECORDS]
    counted = ("cards.jsonl", "links.json", "figures.json")
    size = sum((pack / name).stat().st_size for name in counted)
    assert records[0] == (0, size) and records[-1] == (size, size)
    assert [done for done, _ in records] == sorted(done for done, _ in records)
    unmeasured = [step for step, _, total in heard if total is None]
    assert unmeasured == [ImportStep.CHECKING, ImportStep.KEEPING]
    index = [(done, total) for step, done, total in heard if step == ImportStep.INDEX]
    parts = index[0][1]
    assert index == [(done, parts) for done in range(parts + 1)] and parts > 5


class Stop(Exception):
    pass


@pytest.mark.parametrize("at", ["first", "last"])
def test_an_import_stopped_in_its_search_index_changes_nothing(tmp_path, at):
    library = ContentLibrary(tmp_path / "data", write_valid_pack(tmp_path, name="bundled"))
    library.prepare()
    data = tmp_path / "data"
    before = {path: path.read_bytes() for path in data.rglob("*") if path.is_file()}

    def stop_in_the_index(step: str, done: int, total: int | None) -> None:
        if step == ImportStep.INDEX and done == (0 if at == "first" else total):
            raise Stop

    with pytest.raises(Stop):
        library.import_pack(
            write_lines_pack(tmp_path, manifest={"id": "stopped"}), progress=stop_in_the_index
        )
    after = {path: path.read_bytes() for path in data.rglob("*") if path.is_file()}
    assert after == before
    assert [pack.id for pack in library.kept_packs()] == []


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_on_a_terminal_the_line_is_rewritten_in_place_at_most_ten_times_a_second():
    out, clock = io.StringIO(), FakeClock()
    line = ProgressLine(out, in_place=True, clock=clock)
    line(ImportStep.CHECKING, 0, None)
    clock.now = 1
    line(ImportStep.RECORDS, 0, 200 * 1024 * 1024)
    line(ImportStep.RECORDS, 90 * 1024 * 1024, 200 * 1024 * 1024)  # too soon: not drawn
    clock.now = 1.5
    line(ImportStep.RECORDS, 100 * 1024 * 1024, 200 * 1024 * 1024)
    line(ImportStep.RECORDS, 200 * 1024 * 1024, 200 * 1024 * 1024)  # the end is always drawn
    line.end_line()
    assert out.getvalue() == (
        "\rChecking the pack…\n"
        "\rImporting its cards: 0 / 200 MB (0 %)"
        "\rImporting its cards: 100 / 200 MB (50 %)"
        "\rImporting its cards: 200 / 200 MB (100 %)\n"
    )


def test_elsewhere_each_step_is_one_line():
    out = io.StringIO()
    line = ProgressLine(out, in_place=False)
    for step, done, total in [
        (ImportStep.CHECKING, 0, None),
        (ImportStep.PICTURES, 0, 3),
        (ImportStep.PICTURES, 3, 3),
        (ImportStep.RECORDS, 0, 10),
        (ImportStep.RECORDS, 10, 10),
    ]:
        line(step, done, total)
    line.end_line()
    assert out.getvalue().splitlines() == [
        "Checking the pack…",
        "Storing its pictures…",
        "Importing its cards…",
    ]


def test_a_step_is_described_in_its_unit():
    pictures = describe(ImportStep.PICTURES, 45, 100)
    assert pictures == "Storing its pictures: 45 / 100 pictures (45 %)"
    assert describe(ImportStep.INDEX, 3, 12) == "Building the search index: 3 / 12 parts (25 %)"
    assert describe(ImportStep.RECORDS, 0, 0) == "Importing its cards: 0 / 0 MB (100 %)"
