"""An unusable user database never stops the explorer: it runs on an in-memory database, says
so in the log and leaves the file exactly as it was; writes that fail later are dropped and
logged once per kind of failure."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from explorer.store.database import open_database
from explorer.store.storage_problem import StorageProblem
from explorer.store.usage_stats import UsageStats
from explorer.store.user_db import UserStore, migrations_pending, open_user_database

DAY = date(2025, 3, 1)


def _parent_is_a_file(tmp_path: Path) -> Path:
    (tmp_path / "data").write_text("a regular file, not a folder\n")
    return tmp_path / "data" / "user.db"


def _a_directory(tmp_path: Path) -> Path:
    path = tmp_path / "user.db"
    path.mkdir()
    (path / "inside.txt").write_text("keep me\n")
    return path


def _not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "user.db"
    path.write_bytes(b"these are someone's notes, not SQLite\n" * 200)
    return path


def _damaged_database(tmp_path: Path) -> Path:
    path = tmp_path / "user.db"
    user = UserStore.open(path)
    for number in range(500):
        user.set_setting(f"key-{number}", "value " * 20)
    user.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : 3 * page] = b"\xff" * page  # the header survives, a page does not
    path.write_bytes(bytes(data))
    return path


def _locked_database(tmp_path: Path) -> Path:
    path = tmp_path / "user.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE keepsake (text TEXT)")
    conn.commit()
    conn.close()
    return path


def _snapshot(tmp_path: Path) -> dict[str, bytes | None]:
    """Every file and folder under tmp_path with its bytes (None for a folder)."""
    return {
        str(item.relative_to(tmp_path)): None if item.is_dir() else item.read_bytes()
        for item in sorted(tmp_path.rglob("*"))
    }


@pytest.mark.parametrize(
    "make_path",
    [_parent_is_a_file, _a_directory, _not_a_database, _damaged_database],
    ids=["parent-is-a-file", "directory", "not-a-database", "damaged-database"],
)
def test_an_unusable_file_gives_a_working_in_memory_store_and_stays_untouched(
    tmp_path, caplog, make_path
):
    path = make_path(tmp_path)
    before = _snapshot(tmp_path)

    with caplog.at_level(logging.WARNING, logger="explorer"):
        user = UserStore.open_or_in_memory(path)

    assert not user.persistent
    assert not migrations_pending(user.db)
    user.set_setting("content_language", "kk")
    assert user.setting("content_language") == "kk"
    user.usage.record_session(DAY)
    user.usage.record_card_view("abai", DAY)
    assert user.usage.daily_rows()[0].card_views == 1
    user.close()

    assert _snapshot(tmp_path) == before
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert str(path) in message
    assert "will not be kept" in message


def test_a_database_locked_at_start_gives_an_in_memory_store(tmp_path, caplog):
    path = _locked_database(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    before = path.read_bytes()
    try:
        with caplog.at_level(logging.WARNING, logger="explorer"):
            user = UserStore.open_or_in_memory(path, busy_timeout_ms=20)
        assert not user.persistent
        user.set_setting("content_language", "it")
        assert user.setting("content_language") == "it"
        user.close()
    finally:
        holder.rollback()
        holder.close()
    assert path.read_bytes() == before
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert str(path) in caplog.records[0].getMessage()
    assert "locked" in caplog.records[0].getMessage()


def test_a_usable_file_is_opened_persistently_without_warnings(tmp_path, caplog):
    path = tmp_path / "user.db"
    with caplog.at_level(logging.WARNING, logger="explorer"):
        user = UserStore.open_or_in_memory(path)
        user.set_setting("content_language", "ru")
        user.close()
        reopened = UserStore.open_or_in_memory(path)
    assert reopened.persistent
    assert reopened.setting("content_language") == "ru"
    reopened.close()
    assert caplog.records == []


def test_a_damaged_file_is_refused_by_the_normal_open_too(tmp_path):
    path = _damaged_database(tmp_path)
    before = _snapshot(tmp_path)
    with pytest.raises(sqlite3.DatabaseError):
        open_user_database(path)
    assert _snapshot(tmp_path) == before


@pytest.fixture
def user(tmp_path):
    store = UserStore.open(tmp_path / "user.db", busy_timeout_ms=20)
    store.set_setting("content_language", "it")
    yield store
    store.close()


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_writes_while_another_connection_holds_the_lock_are_logged_once(user, caplog):
    holder = sqlite3.connect(user.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.WARNING, logger="explorer"):
            user.set_setting("content_language", "kk")
            user.set_setting("content_language", "ru")
            user.usage.record_session(DAY)
            user.usage.record_card_view("abai", DAY)
            user.usage.record_language("en", DAY)
        assert not user.db.conn.in_transaction
        assert user.setting("content_language") == "it"  # reads keep working
    finally:
        holder.rollback()
        holder.close()

    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert str(user.path) in warnings[0]
    assert "locked" in warnings[0]

    user.set_setting("content_language", "kk")  # the lock is gone: writes work again
    user.usage.record_session(DAY)
    assert user.setting("content_language") == "kk"
    assert user.usage.daily_rows()[0].sessions == 1


def test_each_kind_of_write_failure_is_logged_once(user, caplog):
    with caplog.at_level(logging.WARNING, logger="explorer"):
        holder = sqlite3.connect(user.path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        user.set_setting("a", "1")
        user.set_setting("b", "2")
        holder.rollback()
        holder.close()

        pages = user.db.execute("PRAGMA page_count").fetchone()[0]
        user.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
        for number in range(50):
            user.set_setting(f"key-{number}", "x" * 2000)
            user.usage.record_card_view(f"card-{number}", DAY)

    warnings = _warnings(caplog)
    assert len(warnings) == 2
    assert "locked" in warnings[0]
    assert "full" in warnings[1]
    assert user.setting("content_language") == "it"


def test_writes_to_a_read_only_connection_are_logged_once(tmp_path, caplog):
    path = tmp_path / "user.db"
    UserStore.open(path).close()
    user = UserStore(open_database(path, read_only=True), path=path)
    before = path.read_bytes()
    with caplog.at_level(logging.WARNING, logger="explorer"):
        user.set_setting("content_language", "kk")
        user.usage.record_session(DAY)
        user.usage.record_session(DAY)
    assert user.setting("content_language", "en") == "en"
    user.close()
    assert path.read_bytes() == before
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert "readonly" in warnings[0]
    assert str(path) in warnings[0]


def test_a_setting_that_cannot_be_read_gives_its_default(tmp_path, caplog):
    user = UserStore.open(tmp_path / "user.db")
    user.db.execute("DROP TABLE settings")
    with caplog.at_level(logging.WARNING, logger="explorer"):
        assert user.setting("content_language", "en") == "en"
    user.close()
    assert len(_warnings(caplog)) == 1


def test_usage_stats_on_its_own_still_raises_and_bad_arguments_always_raise(tmp_path):
    path = tmp_path / "user.db"
    open_user_database(path).close()
    db = open_database(path, read_only=True)
    with pytest.raises(sqlite3.OperationalError):
        UsageStats(db).record_session(DAY)
    db.close()

    user = UserStore.open(path)
    with pytest.raises(ValueError):
        user.usage.record_card_view("")
    with pytest.raises(ValueError):
        user.usage.record_language("xx")
    user.close()


def test_listeners_hear_of_each_kind_of_problem_once_and_of_earlier_ones_at_once(user):
    heard: list[StorageProblem] = []
    user.report_problems_to(lambda problem, _error: heard.append(problem))
    pages = user.db.execute("PRAGMA page_count").fetchone()[0]
    user.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full (SQLITE_FULL)
    for number in range(20):
        user.set_setting(f"key-{number}", "x" * 5000)
        user.usage.record_card_view(f"card-{number}", DAY)
    assert heard == [StorageProblem.DISK_FULL]

    user.db.execute("DROP TABLE settings")
    assert user.setting("content_language", "en") == "en"  # a failed read is not a problem
    assert heard == [StorageProblem.DISK_FULL]

    later: list[StorageProblem] = []
    user.report_problems_to(lambda problem, _error: later.append(problem))
    assert later == [StorageProblem.DISK_FULL]


def test_a_read_only_database_is_a_read_only_problem(tmp_path):
    path = tmp_path / "user.db"
    UserStore.open(path).close()
    user = UserStore(open_database(path, read_only=True), path=path)
    heard = []
    user.report_problems_to(lambda problem, error: heard.append((problem, str(error))))
    user.set_setting("content_language", "kk")
    user.close()
    assert heard == [(StorageProblem.READ_ONLY, "attempt to write a readonly database")]
