"""Importing packs into the content database: validate everything first, then write once."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from explorer.content.pack_reader import Limits, open_pack
from explorer.content.validate import load_pack, pack_fingerprint
from explorer.domain.collection import Collection
from explorer.store.content_schema import SCHEMA_VERSION, create_schema, schema_version
from explorer.store.content_writer import replace_pack
from explorer.store.database import open_database


def import_pack(pack: Path, database: Path, limits: Limits | None = None) -> Collection:
    """Validate ``pack`` and write it into ``database``, replacing an earlier import of it.

    Raises PackInvalid (nothing written) for a bad pack and PackConflict (nothing written)
    when its ids clash with another pack's.
    """
    limits = limits or Limits()
    collection = load_pack(pack, limits)
    fingerprint = pack_fingerprint(pack, limits)
    if _is_current(database):
        _write(pack, database, collection, fingerprint, limits)
    else:
        # A new or outdated database is built beside the old one and swapped in whole.
        fresh = database.with_name(database.name + ".building")
        fresh.unlink(missing_ok=True)
        try:
            _write(pack, fresh, collection, fingerprint, limits)
            os.replace(fresh, database)
        finally:
            fresh.unlink(missing_ok=True)
    return collection


def is_imported(pack: Path, database: Path, limits: Limits | None = None) -> bool:
    """Whether ``database`` already holds exactly this version of ``pack``."""
    if not _is_current(database):
        return False
    fingerprint = pack_fingerprint(pack, limits or Limits())
    db = open_database(database, read_only=True)
    try:
        row = db.execute("SELECT 1 FROM packs WHERE fingerprint = ?", [fingerprint]).fetchone()
    finally:
        db.close()
    return row is not None


def _is_current(database: Path) -> bool:
    if not database.exists():
        return False
    try:
        db = open_database(database, read_only=True)
        try:
            return schema_version(db) == SCHEMA_VERSION
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False


def _write(
    pack: Path, database: Path, collection: Collection, fingerprint: str, limits: Limits
) -> None:
    db = open_database(database)
    try:
        if schema_version(db) is None:
            create_schema(db)
        with open_pack(pack, limits) as reader:
            replace_pack(db, collection, fingerprint, lambda media: reader.read_bytes(media.file))
    finally:
        db.close()


def ensure_imported(pack: Path, database: Path) -> bool:
    """Import ``pack`` unless ``database`` holds it already; True when it was (re)built."""
    if is_imported(pack, database):
        return False
    import_pack(pack, database)
    return True
