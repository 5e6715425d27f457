"""The desktop opens the user database whatever state it is in: a damaged file is kept aside,
unchanged, and a fresh one started; anything else (a folder that cannot be written, a full
disk, no data folder at all) leaves the file as it is and runs on an in-memory copy of what
could be read. Nothing here ever writes to a damaged file."""

from __future__ import annotations

import logging
import re
from datetime import datetime

import pytest

from explorer.store.storage_problem import StorageProblem
from explorer.store.user_db import UserStore
from explorer.store.user_db_recovery import keep_aside, open_user_data
from tests.disk_fixtures import fill, read_only, small_disk
from tests.store.user_db_files import (
    GARBAGE,
    change_left_in_the_wal,
    snapshot,
    user_database_with,
)

KEPT_NAME = re.compile(r"user\.db\.damaged-\d{8}T\d{6}")


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def _works_in_memory(user: UserStore) -> None:
    user.set_setting("content_language", "kk")
    assert user.setting("content_language") == "kk"
    user.usage.record_session()
    assert user.usage.daily_rows()[0].sessions == 1


def test_a_usable_file_is_opened_as_always(folder, caplog):
    path = user_database_with(folder / "user.db", content_language="it")
    with caplog.at_level(logging.WARNING, logger="explorer"):
        opening = open_user_data(lambda: path)
    assert opening.problem is None and opening.kept_aside is None
    assert opening.store.persistent and opening.store.setting("content_language") == "it"
    opening.store.close()
    assert caplog.records == []


def test_a_damaged_file_is_kept_aside_unchanged_and_a_fresh_one_started(folder, caplog):
    path = folder / "user.db"
    path.write_bytes(GARBAGE)
    with caplog.at_level(logging.WARNING, logger="explorer"):
        opening = open_user_data(lambda: path)

    assert opening.problem is StorageProblem.DAMAGED
    kept = opening.kept_aside
    assert kept is not None and kept.parent == folder and KEPT_NAME.fullmatch(kept.name)
    assert kept.read_bytes() == GARBAGE
    assert opening.store.persistent
    opening.store.set_setting("content_language", "ru")
    opening.store.close()
    reopened = UserStore.open(path)
    assert reopened.setting("content_language") == "ru"
    reopened.close()
    assert kept.read_bytes() == GARBAGE
    [warning] = [r.getMessage() for r in caplog.records]
    assert str(path) in warning and str(kept) in warning


def test_a_damaged_file_goes_aside_with_its_wal_which_is_never_copied_into_it(folder):
    path = user_database_with(folder / "user.db", content_language="it")
    change_left_in_the_wal(path, "content_language", "kk")
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page but the first is lost
    path.write_bytes(bytes(data))
    before = snapshot(folder)

    opening = open_user_data(lambda: path)

    assert opening.problem is StorageProblem.DAMAGED
    kept = opening.kept_aside
    for side in ("", "-wal"):
        assert (folder / f"{kept.name}{side}").read_bytes() == before[f"user.db{side}"]
    assert (folder / f"{kept.name}-shm").exists()  # only an index of the -wal: it went along
    assert opening.store.setting("content_language") is None  # fresh, not the old -wal
    opening.store.close()


def test_a_damaged_file_that_cannot_be_moved_is_left_and_the_explorer_runs_in_memory(
    folder, caplog
):
    path = folder / "user.db"
    path.write_bytes(GARBAGE)
    with read_only(folder):
        before = snapshot(folder)
        with caplog.at_level(logging.WARNING, logger="explorer"):
            opening = open_user_data(lambda: path)
        assert opening.problem is StorageProblem.DAMAGED
        assert opening.kept_aside is None and not opening.store.persistent
        _works_in_memory(opening.store)
        opening.store.close()
        assert snapshot(folder) == before
    assert "cannot be moved aside" in caplog.text


def test_damage_seen_only_through_a_copy_is_still_called_damage(folder):
    # A WAL file without its -shm cannot even be checked in place in a folder that cannot
    # be written; the damage shows when its copy is read.
    path = user_database_with(folder / "user.db", **{f"key-{n}": "value " * 20 for n in range(300)})
    data = bytearray(path.read_bytes())
    data[3 * 4096 : 4 * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    with read_only(folder):
        before = snapshot(folder)
        opening = open_user_data(lambda: path)
        assert opening.problem is StorageProblem.DAMAGED and opening.kept_aside is None
        assert not opening.store.persistent
        opening.store.close()
        assert snapshot(folder) == before


def test_a_folder_that_cannot_be_written_gives_an_in_memory_copy_of_the_settings(folder):
    path = user_database_with(folder / "user.db", content_language="ru")
    with read_only(folder):
        before = snapshot(folder)
        opening = open_user_data(lambda: path)
        assert opening.problem is StorageProblem.READ_ONLY
        assert not opening.store.persistent
        assert opening.store.setting("content_language") == "ru"  # what could be read
        _works_in_memory(opening.store)
        opening.store.close()
        assert snapshot(folder) == before


def test_a_folder_that_cannot_be_written_and_has_no_database_yet(folder):
    with read_only(folder):
        opening = open_user_data(lambda: folder / "user.db")
        assert opening.problem is StorageProblem.READ_ONLY
        _works_in_memory(opening.store)
        opening.store.close()
        assert snapshot(folder) == {}


def test_no_data_folder_at_all_gives_an_in_memory_store(tmp_path, monkeypatch):
    (tmp_path / "home").write_text("a regular file where the data folder's parent should be\n")
    monkeypatch.setenv("EXPLORER_HOME", str(tmp_path / "home" / "explorer"))
    opening = open_user_data()
    assert opening.path is None and opening.problem is StorageProblem.UNUSABLE
    _works_in_memory(opening.store)
    opening.store.close()


def test_a_full_disk_at_start_leaves_the_file_and_runs_on_a_copy(tmp_path):
    with small_disk(tmp_path / "disk", 512) as disk:
        path = user_database_with(disk / "user.db", content_language="it")
        fill(disk, 0)
        database_before = path.read_bytes()
        opening = open_user_data(lambda: path)
        assert opening.problem is StorageProblem.DISK_FULL
        assert not opening.store.persistent
        assert opening.store.setting("content_language") == "it"
        _works_in_memory(opening.store)
        opening.store.close()
        assert path.read_bytes() == database_before


def test_keeping_aside_never_replaces_an_earlier_kept_copy(folder):
    moment = datetime(2026, 12, 3, 10, 15)
    first = folder / "user.db"
    first.write_bytes(b"first damaged file")
    kept_first = keep_aside(first, moment)
    first.write_bytes(b"second damaged file")
    kept_second = keep_aside(first, moment)
    assert kept_first.name == "user.db.damaged-20261203T101500"
    assert kept_second.name == "user.db.damaged-20261203T101500-2"
    assert kept_first.read_bytes() == b"first damaged file"
    assert kept_second.read_bytes() == b"second damaged file"
    assert not first.exists()
