"""Importing packs into a content database: the short forms of ``ContentLibrary``.

The library keeps every imported pack beside the database (in ``packs/``), so these work on
the data folder that holds ``database``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.content.library import ContentLibrary, ImportReport, Prepared
from explorer.content.pack_reader import Limits
from explorer.store.database import open_database


def import_pack(
    pack: Path, database: Path, limits: Limits | None = None, *, replace: bool = False
) -> ImportReport:
    """Validate ``pack`` and write it into ``database``, replacing an earlier import of it.

    Raises PackInvalid, PackTakeover or ImportFailed; in each case nothing was changed.
    """
    library = ContentLibrary.for_database(database, limits=limits)
    return library.import_pack(pack, replace=replace)


def ensure_imported(bundled: Path, database: Path) -> Prepared:
    """Make ``database`` hold ``bundled`` and every kept pack, rebuilding it when needed."""
    return ContentLibrary.for_database(database, bundled).prepare()


def imported_versions(database: Path) -> dict[str, str]:
    """The version of every pack in ``database``, by pack id; empty when there is none."""
    try:
        db = open_database(database, read_only=True)
        try:
            return dict(db.execute("SELECT id, version FROM packs").fetchall())
        finally:
            db.close()
    except (FileNotFoundError, sqlite3.DatabaseError):
        return {}
