"""Anonymous daily usage counts: increments, exact CSV, and the migration that adds them."""

from __future__ import annotations

import io
import sqlite3
from datetime import date, datetime

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from explorer.store.usage_stats import UsageStats, write_csv
from explorer.store.user_db import UserStore, migrations_pending, open_user_database
from explorer.store.user_db_migrations import m001_settings, migrations

DAY1 = date(2025, 3, 1)
DAY2 = date(2025, 3, 2)


@pytest.fixture
def stats(tmp_path):
    db = open_user_database(tmp_path / "user.db")
    yield UsageStats(db)
    db.close()


def test_counts_increment_per_day_metric_and_key(stats):
    stats.record_session(DAY1)
    stats.record_session(DAY1)
    stats.record_card_view("abai", DAY1)
    stats.record_card_view("abai", DAY1)
    stats.record_card_view("marco-polo", DAY1)
    stats.record_language("it", DAY1)
    stats.record_session(DAY2)
    rows = stats.db.execute(
        "SELECT day, metric, key, count FROM usage_daily ORDER BY day, metric, key"
    ).fetchall()
    assert rows == [
        ("2025-03-01", "card_view", "abai", 2),
        ("2025-03-01", "card_view", "marco-polo", 1),
        ("2025-03-01", "language", "it", 1),
        ("2025-03-01", "session", "", 2),
        ("2025-03-02", "session", "", 1),
    ]


def test_a_time_of_day_is_never_kept(stats):
    stats.record_session(datetime(2025, 3, 1, 14, 35, 12))
    assert stats.db.execute("SELECT day FROM usage_daily").fetchall() == [("2025-03-01",)]


def test_bad_keys_are_refused(stats):
    with pytest.raises(ValueError):
        stats.record_card_view("", DAY1)
    with pytest.raises(ValueError):
        stats.record_language("a search someone typed", DAY1)
    with pytest.raises(TypeError):
        stats.record_session("2025-03-01")
    assert stats.daily_rows() == []


def test_daily_rows_and_csv_are_exact(stats):
    stats.record_card_view("late", DAY2)
    for card, views in [("a", 1), ("b", 4), ("c", 2), ("d", 2), ("e", 3), ("f", 1), ("g", 5)]:
        for _ in range(views):
            stats.record_card_view(card, DAY1)
    for code, times in [("en", 3), ("it", 1), ("kk-Latn", 3)]:
        for _ in range(times):
            stats.record_language(code, DAY1)
    for _ in range(4):
        stats.record_session(DAY1)

    first, second = stats.daily_rows()
    assert first.day == "2025-03-01" and first.sessions == 4 and first.card_views == 18
    assert first.top_cards == (("g", 5), ("b", 4), ("e", 3), ("c", 2), ("d", 2))
    assert first.languages == (("en", 3), ("kk-Latn", 3), ("it", 1))
    assert first.languages_json() == '{"en": 3, "kk-Latn": 3, "it": 1}'
    assert second == ("2025-03-02", 0, 1, (("late", 1),), ())
    assert stats.totals("card_view")[:2] == [("g", 5), ("b", 4)]

    out = io.StringIO()
    write_csv(stats.daily_rows(), out)
    assert out.getvalue() == (
        "day,sessions,card_views,top_cards,languages\n"
        "2025-03-01,4,18,g:5;b:4;e:3;c:2;d:2,en:3;kk-Latn:3;it:1\n"
        "2025-03-02,0,1,late:1,\n"
    )


def test_an_empty_database_gives_the_header_only(stats):
    out = io.StringIO()
    write_csv(stats.daily_rows(), out)
    assert out.getvalue() == "day,sessions,card_views,top_cards,languages\n"


def test_counts_persist_across_reopening(tmp_path):
    path = tmp_path / "user.db"
    db = open_user_database(path)
    UsageStats(db).record_session(DAY1)
    db.close()
    db = open_user_database(path)
    UsageStats(db).record_session(DAY1)
    assert UsageStats(db).daily_rows()[0].sessions == 2
    db.close()


def test_the_migration_adds_usage_counts_to_an_existing_user_database(tmp_path):
    path = tmp_path / "user.db"
    # A user database as the previous release left it: only m001 applied.
    old_release = Migrations(migrations.name)
    old_release()(m001_settings)
    old = Database(sqlite3.connect(path))
    old_release.apply(old)
    old["settings"].insert({"key": "content_language", "value": "kk"})
    old.close()

    user = UserStore.open(path)
    assert not migrations_pending(user.db)
    assert user.setting("content_language") == "kk"
    UsageStats(user.db).record_session(DAY1)
    assert UsageStats(user.db).daily_rows()[0].sessions == 1
    user.close()

    (backup,) = tmp_path.glob("user.backup-*.db")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT value FROM settings").fetchall() == [("kk",)]
    assert copy.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'usage_daily'"
    ).fetchone() == (0,)
    copy.close()


def test_the_usage_table_keeps_nothing_finer_than_a_day(tmp_path):
    db = open_user_database(tmp_path / "user.db")
    table = Database(db.conn)["usage_daily"]
    columns = {column.name: column.type for column in table.columns}
    assert columns == {"day": "TEXT", "metric": "TEXT", "key": "TEXT", "count": "INTEGER"}
    assert table.pks == ["day", "metric", "key"]
    db.close()
