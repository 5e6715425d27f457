"""The user database: what a person made and chose. It is precious.

Its schema changes only through the migration chain below, one function per change, never
edited once released. Before pending migrations run on an existing file, a backup copy is
written next to it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from explorer.store.database import open_database

migrations = Migrations("explorer-user")


@migrations()
def m001_settings(db: Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_usage_counts(db: Database) -> None:
    """Anonymous usage counts per day (see usage_stats.py): nothing finer than a day."""
    db.execute(
        """
        CREATE TABLE usage_daily (
            day TEXT NOT NULL,
            metric TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, metric, key)
        )
        """
    )


def backup(path: Path) -> Path:
    """Copy the database at ``path`` with SQLite's backup API; returns the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def open_user_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the user database."""
    existed = path.exists() and path.stat().st_size > 0
    db = open_database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    if migrations.pending(db):
        if existed:
            backup(path)
        migrations.apply(db)
    return db


class UserStore:
    """The person's own data; every change in its own transaction."""

    def __init__(self, db: Database):
        self.db = db

    @classmethod
    def open(cls, path: Path) -> UserStore:
        return cls(open_user_database(path))

    def close(self) -> None:
        self.db.close()

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")
