"""The user database: migrations, backups before migrating, settings that persist."""

from __future__ import annotations

import sqlite3

from explorer.store.user_db import UserStore, migrations_pending, open_user_database


def test_settings_survive_closing_and_reopening(tmp_path):
    path = tmp_path / "user.db"
    user = UserStore.open(path)
    user.set_setting("content_language", "kk")
    user.set_setting("content_language", "it")
    user.close()
    reopened = UserStore.open(path)
    assert reopened.setting("content_language") == "it"
    assert reopened.setting("missing", "default") == "default"
    reopened.close()


def test_a_new_database_has_every_migration_and_no_backup(tmp_path):
    db = open_user_database(tmp_path / "user.db")
    assert not migrations_pending(db)
    db.close()
    assert not list(tmp_path.glob("*.backup-*"))


def test_an_existing_database_is_backed_up_before_pending_migrations(tmp_path):
    path = tmp_path / "user.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE keepsake (text TEXT)")
    conn.execute("INSERT INTO keepsake VALUES ('my note')")
    conn.commit()
    conn.close()

    open_user_database(path).close()

    backups = list(tmp_path.glob("user.backup-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT text FROM keepsake").fetchall() == [("my note",)]
    assert copy.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'settings'"
    ).fetchone() == (0,)
    copy.close()


def test_no_backup_when_nothing_is_pending(tmp_path):
    path = tmp_path / "user.db"
    open_user_database(path).close()
    open_user_database(path).close()
    assert not list(tmp_path.glob("*.backup-*"))


def test_the_names_the_start_checks_are_the_whole_migration_chain():
    from sqlite_utils import Database

    from explorer.store.user_db import MIGRATION_SET, MIGRATIONS
    from explorer.store.user_db_migrations import migrations

    assert migrations.name == MIGRATION_SET
    assert tuple(m.name for m in migrations.pending(Database(memory=True))) == MIGRATIONS
