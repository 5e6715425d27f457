"""The user database's migration chain: one function per change, never edited once released.

Only a database with a migration pending imports this module (and sqlite-utils with it).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from explorer.store.connection import Connection

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


def apply_migrations(db: Connection) -> None:
    migrations.apply(Database(db.conn))
