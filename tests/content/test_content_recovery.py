"""Start-up finds the content database damaged, outdated or half-written, and rebuilds it
from the bundled collection and every kept pack, saying what happened."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.content.content_health import identity, verified_path
from explorer.content.content_notices import NoticeKind
from explorer.content.importer import imported_versions
from explorer.content.kept_packs import PackRegistry
from explorer.content.library import ContentLibrary, ImportFailed
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, write_valid_pack
from tests.disk_fixtures import fill, read_only, small_disk


@pytest.fixture
def library(tmp_path) -> ContentLibrary:
    """The bundled test pack and one imported pack, in effect and built."""
    bundled = write_valid_pack(tmp_path, name="bundled")
    library = ContentLibrary(tmp_path / "data", bundled)
    library.prepare()
    library.import_pack(write_valid_pack(tmp_path, name="mine", manifest={"id": "mine"}))
    return library


def both_packs_are_there(database: Path) -> bool:
    store = ContentStore.open(database)
    try:
        return store.card_count() == 6 and imported_versions(database).keys() == {PACK_ID, "mine"}
    finally:
        store.close()


def told(prepared) -> list[str]:
    """The notices as the command line and the log give them."""
    return [str(notice) for notice in prepared.notices]


def integrity(database: Path) -> str:
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_a_healthy_database_is_left_alone(library):
    before = library.database.stat().st_mtime_ns
    prepared = library.prepare()
    assert not prepared.rebuilt and prepared.notices == []
    assert library.database.stat().st_mtime_ns == before


def test_a_file_that_is_not_a_database_is_rebuilt_with_the_kept_packs(library):
    library.database.write_bytes(b"this is not a database" * 100)
    prepared = library.prepare()
    assert prepared.rebuilt
    assert (
        told(prepared)[0].startswith("The content database was damaged")
        and "1 imported pack" in told(prepared)[0]
    )
    assert prepared.notices[0].kind is NoticeKind.DAMAGED_REBUILT
    assert both_packs_are_there(library.database)


def test_a_truncated_database_is_rebuilt_with_the_kept_packs(library):
    data = library.database.read_bytes()
    library.database.write_bytes(data[: len(data) // 2])
    prepared = library.prepare()
    assert prepared.rebuilt and prepared.notices[0].kind is NoticeKind.DAMAGED_REBUILT
    assert both_packs_are_there(library.database)


def test_damaged_pages_are_found_and_rebuilt(library):
    conn = sqlite3.connect(library.database)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'card_texts'").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(library.database, "r+b") as file:
        file.seek((root[0] - 1) * page_size)
        file.write(b"\xff" * page_size)
    prepared = library.prepare()
    assert prepared.rebuilt and prepared.notices[0].kind is NoticeKind.DAMAGED_REBUILT
    assert integrity(library.database) == "ok"
    assert both_packs_are_there(library.database)


def test_a_schema_change_keeps_every_imported_pack(library):
    conn = sqlite3.connect(library.database)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    prepared = library.prepare()
    assert prepared.rebuilt and prepared.notices == []
    assert both_packs_are_there(library.database)


def test_a_stale_journal_is_never_replayed_into_the_database(library):
    journal = Path(f"{library.database}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 4000)
    prepared = library.prepare()
    assert prepared.rebuilt
    assert not journal.exists()
    assert integrity(library.database) == "ok"
    assert both_packs_are_there(library.database)


def test_leftovers_of_an_interrupted_import_are_removed(library):
    packs = library.registry.folder
    leftovers = [
        library.building,
        Path(f"{library.building}-journal"),
        packs / "half-written.zip.partial",
        packs / "never-committed-0123456789abcdef0123.zip",
        packs / "registry.json.tmp",
    ]
    for path in leftovers:
        path.write_bytes(b"left behind")
    kept = {path.name for path in packs.iterdir() if path.name not in {p.name for p in leftovers}}
    assert not library.prepare().rebuilt
    assert not any(path.exists() for path in leftovers)
    assert {path.name for path in packs.iterdir()} == kept


def test_an_import_committed_but_not_switched_in_is_completed_at_start(tmp_path, library):
    """A kill after the registry was written and before the database was renamed."""
    live = library.database.read_bytes()
    library.import_pack(write_valid_pack(tmp_path, name="third", manifest={"id": "third"}))
    library.database.write_bytes(live)
    prepared = library.prepare()
    assert prepared.rebuilt and prepared.notices == []
    assert imported_versions(library.database).keys() == {PACK_ID, "mine", "third"}


def test_a_damaged_registry_is_made_again_from_the_kept_archives(library):
    library.registry.path.write_text("{ not json", encoding="utf-8")
    library.database.unlink()
    prepared = library.prepare()
    assert "list of imported packs was damaged" in told(prepared)[0]
    assert [pack.id for pack in library.kept_packs()] == ["mine"]
    assert list(library.registry.folder.glob("registry.json.damaged-*"))
    assert both_packs_are_there(library.database)


def test_a_kept_pack_that_no_longer_reads_is_left_out_and_said_so(library):
    archive = PackRegistry(library.registry.folder).archive_path(library.kept_packs()[0])
    archive.write_bytes(b"not a zip any more")
    library.database.unlink()
    prepared = library.prepare()
    assert any("“mine” could not be read again" in notice for notice in told(prepared))
    assert imported_versions(library.database).keys() == {PACK_ID}
    assert archive.exists(), "the archive is kept for someone to look at"


def test_a_read_only_data_folder_still_shows_the_collection(tmp_path):
    bundled = write_valid_pack(tmp_path, name="bundled")
    data = tmp_path / "data"
    data.mkdir()
    with read_only(data):
        prepared = ContentLibrary(data, bundled).prepare()
        assert prepared.database.parent != data
        assert "cannot take the collection" in told(prepared)[0]
        store = ContentStore.open(prepared.database)
        assert store.card_count() == 3
        store.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".content.lock"
    }


def test_a_full_disk_during_an_import_changes_nothing_and_says_so(tmp_path):
    bundled = write_valid_pack(tmp_path, name="bundled")
    with small_disk(tmp_path / "disk", 4096) as disk:
        library = ContentLibrary(disk / "data", bundled)
        library.prepare()
        before = files_in(library.folder)
        fill(disk, 20_000)
        with pytest.raises(ImportFailed, match="disk is full"):
            library.import_pack(write_valid_pack(tmp_path, name="mine", manifest={"id": "mine"}))
        assert files_in(library.folder) == before
        (disk / "filler").unlink()
        assert not library.prepare().rebuilt


def test_packs_imported_before_packs_were_kept_are_named_after_the_upgrade(library):
    conn = sqlite3.connect(library.database)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO packs SELECT 'from-long-ago', title_json, version, languages_json, licence, "
        "description_json, 'f', imported_at, 9 FROM packs LIMIT 1"
    )
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    prepared = library.prepare()
    assert len(prepared.notices) == 1
    assert "from-long-ago" in told(prepared)[0] and "imported again" in told(prepared)[0]
    assert both_packs_are_there(library.database)


def test_every_page_is_read_once_per_file_not_at_every_start(library):
    """The database is never written in place: a file checked whole stays checked until it
    changes, so start-up stays flat in the size of the collection."""
    stamp = verified_path(library.database)
    assert stamp.read_text() == identity(library.database), "noted when it was built"
    copy = library.database.with_name("copy.db")
    shutil.copyfile(library.database, copy)
    os.replace(copy, library.database)  # same bytes, another file: read whole again
    assert stamp.read_text() != identity(library.database)
    assert not library.prepare().rebuilt
    assert stamp.read_text() == identity(library.database)


def test_a_damaged_registry_in_a_read_only_folder_still_shows_every_kept_pack(library):
    library.registry.path.write_text("{ not json", encoding="utf-8")
    library.database.unlink()
    with read_only(library.folder):
        prepared = library.prepare()
        assert prepared.database.parent != library.folder, "built in a temporary folder"
        assert imported_versions(prepared.database).keys() == {PACK_ID, "mine"}
        assert library.registry.path.read_text(encoding="utf-8") == "{ not json"


def test_the_temporary_copy_is_deleted_when_the_process_ends(tmp_path):
    """A folder that cannot be written gets a copy in the temporary folder, for this run only."""
    data = tmp_path / "data"
    data.mkdir()
    script = f"""
from pathlib import Path
from explorer.content.library import ContentLibrary
from tests.content.pack_builder import write_valid_pack
from tests.disk_fixtures import read_only
bundled = write_valid_pack(Path({str(tmp_path)!r}), name="bundled")
with read_only(Path({str(data)!r})):
    prepared = ContentLibrary(Path({str(data)!r}), bundled).prepare()
    assert prepared.database.is_file()
    print(prepared.database)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    if "not permitted" in done.stdout + done.stderr:
        pytest.skip("a read-only folder cannot be made here")
    assert done.returncode == 0, done.stderr
    copy = Path(done.stdout.strip().splitlines()[-1])
    assert copy.parent != data and copy.name == "content.db"
    assert not copy.parent.exists()


def test_a_registry_naming_files_outside_the_packs_folder_is_not_followed(library):
    """Archives are read and deleted by name; a registry that names ../user.db is damaged."""
    user_database = library.folder / "user.db"
    user_database.write_bytes(b"the person's own data")
    registry = json.loads(library.registry.path.read_text(encoding="utf-8"))
    registry["packs"][0]["archive"] = "../user.db"
    library.registry.path.write_text(json.dumps(registry), encoding="utf-8")
    prepared = library.prepare()
    assert prepared.notices[0].kind is NoticeKind.REGISTRY_REMADE
    assert "outside" in told(prepared)[0]
    assert [pack.archive for pack in library.kept_packs()] != ["../user.db"]
    assert both_packs_are_there(library.database)
    library.import_pack(library.registry.archive_path(library.kept_packs()[0]), replace=True)
    assert user_database.read_bytes() == b"the person's own data"
