"""Reading the user database without changing it: live where SQLite allows it, from a copy
where it does not (a WAL file in a folder that cannot be written), never missing what the -wal
holds, and refusing a damaged file."""

from __future__ import annotations

import sqlite3
from contextlib import nullcontext

import pytest

from explorer.store.database import open_database
from explorer.store.storage_problem import DamagedDatabase
from explorer.store.user_db import UserStore
from explorer.store.user_db_read_only import open_user_database_read_only
from tests.disk_fixtures import read_only
from tests.store.user_db_files import (
    GARBAGE,
    change_left_in_the_wal,
    snapshot,
    user_database_with,
)


def _setting(db, key: str) -> str:
    return db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()[0]


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_a_cleanly_closed_wal_database_is_read_in_a_folder_that_cannot_be_written(folder):
    path = user_database_with(folder / "user.db", content_language="it")
    with read_only(folder):
        before = snapshot(folder)
        db = open_user_database_read_only(path)
        assert _setting(db, "content_language") == "it"
        db.close()
        assert snapshot(folder) == before


def test_changes_still_in_the_wal_are_read_in_a_folder_that_cannot_be_written(folder):
    path = user_database_with(folder / "user.db", content_language="it")
    change_left_in_the_wal(path, "content_language", "kk")
    path.with_name("user.db-shm").unlink()  # only an index of the -wal, rebuilt from it
    with read_only(folder):
        before = snapshot(folder)
        plain = open_database(path, read_only=True)
        with pytest.raises(sqlite3.OperationalError):  # why a copy is needed here
            plain.execute("SELECT count(*) FROM settings").fetchone()
        plain.close()

        db = open_user_database_read_only(path)
        assert _setting(db, "content_language") == "kk"  # immutable=1 would say "it"
        db.close()
        assert snapshot(folder) == before


def test_where_it_can_it_reads_live_and_sees_later_changes(folder):
    path = user_database_with(folder / "user.db", content_language="it")
    db = open_user_database_read_only(path)
    writer = UserStore.open(path)
    writer.set_setting("content_language", "ru")
    assert _setting(db, "content_language") == "ru"
    writer.close()
    db.close()


@pytest.mark.parametrize("writable", [True, False], ids=["writable", "read-only folder"])
def test_a_damaged_file_is_refused_and_left_as_it_is(folder, writable):
    path = folder / "user.db"
    path.write_bytes(GARBAGE)
    with nullcontext() if writable else read_only(folder):
        before = snapshot(folder)
        with pytest.raises(DamagedDatabase):
            open_user_database_read_only(path)
        assert snapshot(folder) == before


def test_a_damaged_page_is_found_even_where_nothing_reads_it(folder):
    path = user_database_with(folder / "user.db", **{f"key-{n}": "value " * 20 for n in range(300)})
    data = bytearray(path.read_bytes())
    data[3 * 4096 : 4 * 4096] = b"\xff" * 4096  # the header survives, a page does not
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase):
        open_user_database_read_only(path)
