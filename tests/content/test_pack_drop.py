"""The kiosk's drop folder with real folders, real zips and a real content database."""

from __future__ import annotations

import fcntl
import logging
import time

import pytest

from explorer.content.importer import import_pack, imported_versions
from explorer.content.library import LOCK_FILE
from explorer.content.pack_drop import (
    DropFolder,
    apply_staged,
    has_staged,
    staged_path,
)
from explorer.domain.references import local_id
from explorer.store.content_store import ContentStore
from tests.content.bad_packs import BAD_PACKS
from tests.content.pack_builder import PACK_ID, valid_pack_data, write_valid_pack

PETRARCH = {
    **valid_pack_data()["cards"][2],
    "id": "petrarch",
    "title": {"en": "Francesco Petrarca"},
    "summary": {"en": "Italian poet and scholar."},
}


def later() -> float:
    """A scan time at which every file written so far has settled."""
    return time.time() + 60


def drop_pack(folder, version, *, name=None, zipped=True, **changes):
    return write_valid_pack(
        folder,
        name=name or f"pack-{version}",
        zipped=zipped,
        manifest={"version": version, **changes.pop("manifest", {})},
        **changes,
    )


def with_petrarch():
    return [*valid_pack_data()["cards"], PETRARCH]


@pytest.fixture
def kiosk_log(caplog):
    caplog.set_level(logging.INFO, logger="explorer.kiosk")
    return caplog


def warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def card_ids(database) -> list[str]:
    """The cards' ids within their pack (the database qualifies them with the pack's id)."""
    store = ContentStore.open(database)
    try:
        return sorted(local_id(key) for key in store.card_ids())
    finally:
        store.close()


def test_a_newer_zip_is_staged_beside_the_database_then_applied(database, drop, kiosk_log):
    drop_pack(drop, "1.1.0", cards=with_petrarch())
    live = database.read_bytes()

    result = DropFolder(drop, database).scan(now=later())

    assert [staged.describe() for staged in result.staged] == [
        "Test pack (test-pack) version 1.1.0"
    ]
    assert result.refused == ()
    assert database.read_bytes() == live
    assert has_staged(database)
    assert staged_path(database).parent == database.parent
    assert imported_versions(staged_path(database)) == {PACK_ID: "1.1.0"}

    assert apply_staged(database) is True
    assert imported_versions(database) == {PACK_ID: "1.1.0"}
    assert "petrarch" in card_ids(database)
    assert not has_staged(database)
    assert apply_staged(database) is False
    messages = [record.getMessage() for record in kiosk_log.records]
    assert any("Staged Test pack (test-pack) version 1.1.0" in m for m in messages)
    assert any(m.startswith("Applied new content") and "1.1.0" in m for m in messages)


def test_a_newer_pack_folder_is_staged_too(database, drop):
    drop_pack(drop, "2.0", zipped=False, cards=with_petrarch())
    result = DropFolder(drop, database).scan(now=later())
    assert [staged.identity.version for staged in result.staged] == ["2.0"]
    apply_staged(database)
    assert "petrarch" in card_ids(database)


def test_a_pack_the_kiosk_does_not_have_is_refused_naming_it(database, drop, kiosk_log):
    live = database.read_bytes()
    stranger = drop_pack(drop, "1.0.0", name="stranger", manifest={"id": "stranger-pack"})
    result = DropFolder(drop, database).scan(now=later())
    assert result.staged == ()
    assert [refused.path for refused in result.refused] == [stranger]
    message = result.refused[0].message
    assert "stranger-pack" in message and "not one of this kiosk's packs" in message
    assert "explorer import" in message
    assert not has_staged(database)
    assert database.read_bytes() == live
    assert len(warnings(kiosk_log)) == 1


def test_a_pack_is_refused_when_the_database_holds_no_pack_yet(tmp_path, drop):
    database = tmp_path / "fresh" / "content.db"
    drop_pack(drop, "1.0.0")
    result = DropFolder(drop, database).scan(now=later())
    assert result.staged == () and len(result.refused) == 1
    assert not database.exists()


def test_equal_and_older_versions_are_ignored_quietly(database, drop, kiosk_log):
    live = database.read_bytes()
    drop_pack(drop, "1.0.0", cards=with_petrarch())
    drop_pack(drop, "1.0", name="same-version-shorter")
    drop_pack(drop, "0.9.5", zipped=False)
    result = DropFolder(drop, database).scan(now=later())
    assert (result.staged, result.refused, result.waiting) == ((), (), ())
    assert not has_staged(database)
    assert database.read_bytes() == live
    assert warnings(kiosk_log) == []


def test_versions_compare_as_numbers_and_only_the_newest_is_staged(database, drop):
    drop_pack(drop, "1.9.2")
    drop_pack(drop, "1.10.0", cards=with_petrarch())
    result = DropFolder(drop, database).scan(now=later())
    assert [staged.path.name for staged in result.staged] == ["pack-1.10.0.zip"]
    apply_staged(database)
    assert imported_versions(database) == {PACK_ID: "1.10.0"}


def test_an_absurd_version_is_refused_and_never_blocks_later_updates(database, drop, kiosk_log):
    absurd = drop_pack(drop, "99999999999999999999999999.0", name="absurd")
    result = DropFolder(drop, database).scan(now=later())
    assert [refused.path for refused in result.refused] == [absurd]
    assert "digits" in result.refused[0].message
    assert not has_staged(database)
    drop_pack(drop, "1.1.0", cards=with_petrarch())
    result = DropFolder(drop, database).scan(now=later())
    assert [staged.identity.version for staged in result.staged] == ["1.1.0"]


def test_versions_are_compared_with_the_staged_copy(database, drop):
    scanner = DropFolder(drop, database)
    drop_pack(drop, "1.1.0")
    assert len(scanner.scan(now=later()).staged) == 1
    assert scanner.scan(now=later()).staged == ()

    drop_pack(drop, "1.2.0", cards=with_petrarch())
    assert [s.identity.version for s in scanner.scan(now=later()).staged] == ["1.2.0"]
    apply_staged(database)
    assert imported_versions(database) == {PACK_ID: "1.2.0"}
    assert "petrarch" in card_ids(database)


REFUSED_CASES = sorted(set(BAD_PACKS) - {"not-a-pack"})  # a .txt file is not even looked at


@pytest.mark.parametrize("case", REFUSED_CASES)
def test_an_invalid_pack_is_refused_and_the_database_is_untouched(tmp_path, drop, case, caplog):
    database = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path / "old", manifest={"version": "0.9.0"}), database)
    live = database.read_bytes()
    pack, fragment = BAD_PACKS[case](drop)  # version 1.0.0, newer than what is installed

    result = DropFolder(drop, database).scan(now=later())

    assert result.staged == ()
    [refused] = result.refused
    assert refused.path == pack
    assert str(pack) in refused.message
    assert fragment in refused.message
    assert database.read_bytes() == live
    assert not has_staged(database)
    [warning] = warnings(caplog)
    assert str(pack) in warning and fragment in warning


def test_a_pack_clashing_with_another_pack_is_refused(database, drop):
    live = database.read_bytes()
    drop_pack(drop, "1.0.0", manifest={"id": "another-pack"})
    [refused] = DropFolder(drop, database).scan(now=later()).refused
    assert "another-pack" in refused.message and "pack-1.0.0.zip" in refused.message
    assert database.read_bytes() == live
    assert not has_staged(database)


def test_a_refused_pack_is_not_checked_or_logged_again(database, drop, caplog, monkeypatch):
    drop_pack(drop, "2.0.0", name="new", cards={"dante": {"sources": ["nowhere"]}})
    scanner = DropFolder(drop, database)
    assert len(scanner.scan(now=later()).refused) == 1

    def must_not_import(*args, **kwargs):
        raise AssertionError("a refused pack was read again")

    monkeypatch.setattr("explorer.content.pack_drop.stage_pack", must_not_import)
    assert scanner.scan(now=later()) == scanner.scan(now=later())
    assert scanner.scan(now=later()).refused == ()
    assert len(warnings(caplog)) == 1


def test_a_fixed_pack_under_the_same_name_is_checked_again(database, drop):
    drop_pack(drop, "2.0.0", name="new", cards={"dante": {"sources": ["nowhere"]}})
    scanner = DropFolder(drop, database)
    assert len(scanner.scan(now=later()).refused) == 1

    fixed = drop_pack(drop, "2.0.0", name="new", cards=with_petrarch())
    assert scanner.scan(now=later()).waiting == (fixed,)  # it changed since the last scan
    result = scanner.scan(now=later())
    assert [staged.path for staged in result.staged] == [fixed]
    apply_staged(database)
    assert imported_versions(database) == {PACK_ID: "2.0.0"}


def test_the_newest_valid_pack_is_staged_when_a_newer_one_is_refused(database, drop):
    drop_pack(drop, "1.2.0", cards={"dante": {"sources": ["nowhere"]}})
    drop_pack(drop, "1.1.0", cards=with_petrarch())
    result = DropFolder(drop, database).scan(now=later())
    assert [refused.path.name for refused in result.refused] == ["pack-1.2.0.zip"]
    assert [staged.path.name for staged in result.staged] == ["pack-1.1.0.zip"]


def test_a_zip_still_being_written_waits_until_it_settles(database, drop, tmp_path):
    whole = drop_pack(tmp_path, "1.1.0").read_bytes()
    arriving = drop / "pack.zip"
    arriving.write_bytes(whole[: len(whole) // 2])
    scanner = DropFolder(drop, database)

    result = scanner.scan(now=time.time())  # written just now
    assert (result.staged, result.refused, result.waiting) == ((), (), (arriving,))

    arriving.write_bytes(whole)
    assert scanner.scan(now=later()).waiting == (arriving,)  # grew since the last scan
    assert [staged.path for staged in scanner.scan(now=later()).staged] == [arriving]


def test_a_zip_with_a_future_time_waits_for_one_unchanged_scan(database, drop):
    pack = drop_pack(drop, "1.1.0")
    scanner = DropFolder(drop, database)
    assert scanner.scan(now=time.time() - 3600).waiting == (pack,)
    assert len(scanner.scan(now=time.time() - 3600).staged) == 1


def test_hidden_and_partial_files_are_not_looked_at(database, drop, tmp_path):
    whole = drop_pack(tmp_path, "1.1.0").read_bytes()
    for name in (".pack.zip", "pack.zip.part", "pack.zip.tmp", "pack.zip.crdownload", "notes.txt"):
        (drop / name).write_bytes(whole)
    (drop / ".hidden-folder").mkdir()
    result = DropFolder(drop, database).scan(now=later())
    assert (result.staged, result.refused, result.waiting) == ((), (), ())


def test_a_pack_renamed_from_part_is_staged(database, drop, tmp_path):
    scanner = DropFolder(drop, database)
    partial = drop / "pack.zip.part"
    partial.write_bytes(drop_pack(tmp_path, "1.1.0").read_bytes())
    assert scanner.scan(now=later()) == scanner.scan(now=later())
    partial.rename(drop / "pack.zip")
    assert len(scanner.scan(now=later()).staged) == 1


def test_a_missing_drop_folder_is_logged_once_and_used_when_it_appears(database, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="explorer.kiosk")
    folder = tmp_path / "not-yet"
    scanner = DropFolder(folder, database)
    assert scanner.scan(now=later()) == scanner.scan(now=later())
    [warning] = warnings(caplog)
    assert str(folder) in warning and "does not exist" in warning

    folder.mkdir()
    drop_pack(folder, "1.1.0")
    assert len(scanner.scan(now=later()).staged) == 1
    assert any("can be read now" in record.getMessage() for record in caplog.records)


def test_at_start_newer_packs_are_applied_at_once(database, drop):
    drop_pack(drop, "1.1.0", cards=with_petrarch())
    result = DropFolder(drop, database).apply_at_start(later())
    assert len(result.staged) == 1
    assert imported_versions(database) == {PACK_ID: "1.1.0"}
    assert "petrarch" in card_ids(database)
    assert not has_staged(database)


def test_at_start_a_staged_copy_left_by_an_earlier_run_is_discarded(database, drop):
    live = database.read_bytes()
    staged_path(database).write_bytes(b"left over from yesterday")
    assert DropFolder(drop, database).apply_at_start(later()).staged == ()
    assert database.read_bytes() == live
    assert not has_staged(database)


def test_applying_removes_the_old_database_journal_files(database, drop):
    drop_pack(drop, "1.1.0")
    DropFolder(drop, database).scan(now=later())
    for suffix in ("-journal", "-wal", "-shm"):
        database.with_name(database.name + suffix).write_bytes(b"stale")
    assert apply_staged(database)
    side_files = [f"content.db{suffix}" for suffix in ("-journal", "-wal", "-shm")]
    assert not [path.name for path in database.parent.iterdir() if path.name in side_files]
    assert imported_versions(database) == {PACK_ID: "1.1.0"}


def test_applying_never_waits_while_the_content_is_being_changed(database, drop):
    """Another process (or the staging thread) holds the content lock: the reset carries on
    with the old content and applies the new at a later reset."""
    drop_pack(drop, "1.1.0")
    DropFolder(drop, database).scan(now=later())
    with open(database.parent / LOCK_FILE, "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        started = time.monotonic()
        assert apply_staged(database) is False
        assert time.monotonic() - started < 1.0
        assert imported_versions(database) == {PACK_ID: "1.0.0"}
        fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
    assert apply_staged(database) is True
    assert imported_versions(database) == {PACK_ID: "1.1.0"}
