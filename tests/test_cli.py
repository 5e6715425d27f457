"""The `explorer` command's headless verbs: clear output, right exit status, no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from explorer.cli import main
from explorer.content.importer import imported_versions
from explorer.domain.references import split_key
from explorer.store.content_store import ContentStore
from explorer.store.locations import content_database_path
from tests.content.bad_packs import BAD_PACKS
from tests.content.pack_builder import PACK_ID, write_valid_pack

ROOT = Path(__file__).resolve().parents[1]
BUNDLED_ID = "italy-kazakhstan"


def test_validate_accepts_a_valid_pack(tmp_path, capsys):
    assert main(["validate", str(write_valid_pack(tmp_path))]) == 0
    assert "valid pack 'test-pack' with 3 cards" in capsys.readouterr().out


def test_validate_lists_the_problems_of_a_bad_pack(tmp_path, capsys):
    pack, message = BAD_PACKS["link-to-unknown-card"](tmp_path)
    assert main(["validate", str(pack)]) == 1
    error = capsys.readouterr().err
    assert message in error and "links.json" in error


def test_import_adds_the_pack_to_the_content_database(tmp_path, capsys):
    assert main(["import", str(write_valid_pack(tmp_path))]) == 0
    database = content_database_path()
    assert f"Imported 'test-pack' version 1.0.0 (3 cards) into {database}" in (
        capsys.readouterr().out
    )
    assert imported_versions(database) == {BUNDLED_ID: "1.0.0", PACK_ID: "1.0.0"}
    store = ContentStore.open(database)
    imported = [key for key in store.card_ids() if split_key(key)[0] == PACK_ID]
    assert len(imported) == 3, "the pack's cards, each keyed by the pack's id"
    assert store.resolve_card("dante") == f"{PACK_ID}:dante"
    store.close()


def test_a_refused_import_says_nothing_was_imported(tmp_path, capsys):
    pack, message = BAD_PACKS["text-named-jpg"](tmp_path)
    assert main(["import", str(pack)]) == 1
    error = capsys.readouterr().err
    assert message in error and "Nothing was imported." in error
    assert not content_database_path().exists()


def test_headless_verbs_never_load_qt(tmp_path):
    pack = write_valid_pack(tmp_path)
    code = (
        "import sys\n"
        "from explorer.cli import main\n"
        f"assert main(['validate', {str(pack)!r}]) == 0\n"
        f"assert main(['import', {str(pack)!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not loaded, loaded\n"
    )
    env = {"EXPLORER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
