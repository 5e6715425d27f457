"""`explorer import`: what it keeps, what it refuses to replace, a full disk, what it shows
as it goes, and a pack of thousands of cards in JSON Lines."""

from __future__ import annotations

import io
import os
import sys

from explorer.cli import main
from explorer.content.importer import imported_versions
from explorer.store.content_store import ContentStore
from explorer.store.locations import content_database_path, user_data_folder
from explorer.store.search_index import SearchIndex
from tests.bench.search_bench import PACK_ID, synthetic_parts
from tests.bench.synthetic_pack import write_synthetic_pack
from tests.content.pack_builder import write_valid_pack
from tests.disk_fixtures import fill, small_disk

BUNDLED_ID = "italy-kazakhstan"


def test_a_pack_with_the_bundled_collections_id_needs_replace(tmp_path, capsys):
    takeover = write_valid_pack(tmp_path, name="takeover", manifest={"id": BUNDLED_ID})
    assert main(["import", str(takeover)]) == 1
    error = capsys.readouterr().err
    assert "bundled collection" in error and "--replace" in error
    assert "3 cards" in error, "says what would come in"
    assert "Nothing was imported." in error
    bundled_cards = imported_versions(content_database_path())
    assert bundled_cards == {BUNDLED_ID: "1.0.0"}

    assert main(["import", "--replace", str(takeover)]) == 0
    assert capsys.readouterr().out.startswith("Replaced the bundled collection")
    assert imported_versions(content_database_path()) == {BUNDLED_ID: "1.0.0"}
    assert (user_data_folder() / "packs" / "registry.json").exists()


def test_the_same_pack_id_from_elsewhere_needs_replace(tmp_path, capsys):
    first = write_valid_pack(tmp_path, name="first", manifest={"id": "events"})
    second = write_valid_pack(tmp_path, name="second", manifest={"id": "events"})
    assert main(["import", str(first)]) == 0
    capsys.readouterr()
    assert main(["import", str(second)]) == 1
    error = capsys.readouterr().err
    assert str(first) in error and str(second) in error and "--replace" in error


def test_a_full_disk_says_so_and_changes_nothing(tmp_path, capsys, monkeypatch):
    with small_disk(tmp_path / "disk", 16384) as disk:
        monkeypatch.setenv("EXPLORER_HOME", str(disk / "home"))
        assert (
            main(["import", str(write_valid_pack(tmp_path, name="a", manifest={"id": "a"}))]) == 0
        )
        home = disk / "home"
        before = {p.name: p.read_bytes() for p in home.rglob("*") if p.is_file()}
        fill(disk, 30_000)
        pack = write_valid_pack(tmp_path, name="b", manifest={"id": "b"})
        assert main(["import", str(pack)]) == 1
        error = capsys.readouterr().err
        assert "The disk is full" in error and "Nothing was imported." in error
        after = {p.name: p.read_bytes() for p in home.rglob("*") if p.is_file()}
        assert after == before
        assert not any(
            name.endswith((".building", ".partial", ".tmp")) for name in os.listdir(home)
        )


def test_import_says_each_step_as_it_starts_when_not_on_a_terminal(tmp_path, capsys):
    assert main(["import", str(write_valid_pack(tmp_path, manifest={"id": "steps"}))]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "Checking the pack…",
        "Keeping a copy of it…",
        "Storing its pictures…",
        "Importing its cards…",
        "Building the search index…",
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_json_lines_pack_of_2000_cards_is_imported_whole(tmp_path, capsys, monkeypatch):
    """A short run of the import benchmark (tests/bench/import_bench.py), checked, not timed."""
    pack = write_synthetic_pack(tmp_path / "synthetic.zip", 2_000, zipped=True)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["import", str(pack)]) == 0
    assert "(2,000 cards)" in capsys.readouterr().out
    shown = terminal.getvalue()
    assert "\rImporting its cards: " in shown and "(100 %)" in shown
    assert shown.endswith("\n")

    expected = {card.id: card for card in synthetic_parts(2_000).cards}
    store = ContentStore.open(content_database_path())
    try:
        keys = store.db.execute("SELECT id FROM cards WHERE pack_id = ?", [PACK_ID]).fetchall()
        assert len(keys) == 2_000
        for key in ("card-000000", "card-001234", "card-001999"):
            card = store.card(f"{PACK_ID}:{key}")
            assert card.title == expected[key].title and card.body == expected[key].body
        index = SearchIndex.load(store.db)
        abai = [card.id for card in expected.values() if "Abai" in card.title["en"]]
        assert set(index.search("Абай").ids()) >= {f"{PACK_ID}:{key}" for key in abai}
    finally:
        store.close()
    archive = next((user_data_folder() / "packs").glob(f"{PACK_ID}-*.zip"))
    assert archive.read_bytes() == pack.read_bytes(), "a zip is kept as it came"


def test_import_prints_the_packs_warnings_and_imports_it(tmp_path, capsys):
    pack = write_valid_pack(
        tmp_path,
        manifest={"id": "marked"},
        cards={"dante": {"title": {"en": "<i>Dante</i>"}}},
    )
    assert main(["import", str(pack)]) == 0
    captured = capsys.readouterr()
    assert "Imported 'marked' version" in captured.out
    warnings = [line for line in captured.err.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: cards.json: dante: title: 'en': holds markup ('<i>') in a plain-text field: "
        "it is shown exactly as written, tags and all; write plain text (a blank line between "
        "paragraphs)"
    ]
    assert "marked" in imported_versions(content_database_path())
