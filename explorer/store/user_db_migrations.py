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


@migrations()
def m003_my_collection(db: Database) -> None:
    """What a reader keeps (see my_collection.py): starred cards, named collections with
    their cards in the reader's order, and one private note per card. Card ids are content
    keys ("pack:card"), never foreign keys: a card whose pack is removed stays kept."""
    # One statement at a time: executescript would commit whatever the chain has begun.
    for statement in (
        "CREATE TABLE starred (card_id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "added TEXT NOT NULL)",
        "CREATE TABLE collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "created TEXT NOT NULL, position INTEGER NOT NULL)",
        "CREATE TABLE collection_cards (collection_id INTEGER NOT NULL, card_id TEXT NOT NULL, "
        "position INTEGER NOT NULL, added TEXT NOT NULL, PRIMARY KEY (collection_id, card_id))",
        "CREATE TABLE notes (card_id TEXT PRIMARY KEY, text TEXT NOT NULL, updated TEXT NOT NULL)",
    ):
        db.execute(statement)


def apply_migrations(db: Connection) -> None:
    migrations.apply(Database(db.conn))
