"""Importing packs into the content database: validate everything first, then write once."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from explorer.content.pack_reader import Limits, PackReadError, open_pack
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack, pack_fingerprint
from explorer.domain.collection import Collection
from explorer.domain.pack_version import PackVersion
from explorer.store.content_schema import SCHEMA_VERSION, create_schema, schema_version
from explorer.store.content_writer import replace_pack
from explorer.store.database import open_database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PackIdentity:
    """What a pack says it is, read from its manifest without checking the rest."""

    id: str
    version: str
    title: str

    def describe(self) -> str:
        return f"{self.title} ({self.id}) version {self.version}"


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


def imported_versions(database: Path) -> dict[str, str]:
    """The version of every pack in ``database``, by pack id; empty when there is none."""
    if not _is_current(database):
        return {}
    try:
        db = open_database(database, read_only=True)
        try:
            return dict(db.execute("SELECT id, version FROM packs").fetchall())
        finally:
            db.close()
    except (FileNotFoundError, sqlite3.DatabaseError):
        return {}


def read_pack_identity(pack: Path, limits: Limits | None = None) -> PackIdentity | None:
    """The id, version and English title in ``pack``'s manifest; None when they cannot be read.

    Only the manifest is read: a pack with an identity may still be invalid.
    """
    try:
        with open_pack(pack, limits or Limits()) as reader:
            manifest = json.loads(reader.read_bytes("manifest.json"))
    except (PackInvalid, PackReadError, OSError, ValueError):
        return None
    if not isinstance(manifest, dict):
        return None
    pack_id, version, title = manifest.get("id"), manifest.get("version"), manifest.get("title")
    if not isinstance(pack_id, str) or not isinstance(version, str):
        return None
    english = title.get("en") if isinstance(title, dict) else None
    return PackIdentity(pack_id, version, english if isinstance(english, str) else pack_id)


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
    """Import ``pack`` unless ``database`` holds it already; True when it was (re)built.

    A newer version of the same pack in ``database`` (from the kiosk's drop folder) is kept:
    the bundled pack never downgrades it.
    """
    if is_imported(pack, database):
        return False
    identity = read_pack_identity(pack)
    if identity is not None:
        installed = imported_versions(database).get(identity.id)
        if installed is not None and PackVersion(installed) > PackVersion(identity.version):
            log.info(
                "Keeping %s version %s: it is newer than %s's version %s",
                identity.id,
                installed,
                pack,
                identity.version,
            )
            return False
    import_pack(pack, database)
    return True
