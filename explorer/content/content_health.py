"""Is the content database on disk the one the kept packs describe, and is it whole?"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from explorer.store.content_schema import SCHEMA_VERSION, schema_version
from explorer.store.database import open_database
from explorer.store.durable_files import side_files


class State(Enum):
    CURRENT = "current"
    MISSING = "missing"
    INTERRUPTED = "interrupted"
    """A journal or WAL of a writer that was killed lies beside it."""
    DAMAGED = "damaged"
    OUTDATED = "outdated"
    """Another schema version: built by another version of the explorer."""
    DIFFERENT = "different"
    """Whole, but its packs are not the ones in effect (an import finished only halfway)."""


@dataclass(frozen=True)
class Health:
    """How the content database stands, and why, with the packs read from it."""

    state: State
    reason: str = ""
    packs: dict[str, str] = field(default_factory=dict)
    """Pack id to fingerprint, as far as they could be read."""


def verified_path(database: Path) -> Path:
    return database.with_name(database.name + ".verified")


def identity(database: Path) -> str:
    """What changes whenever the file does: any write (mtime), a copy or a rename over it
    (inode), a cut (size)."""
    info = database.stat()
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"


def remember_verified(database: Path) -> None:
    """Note that this very file was checked whole (or just built), so that start-up need not
    read every page of it again. A folder that cannot be written only costs the check."""
    with suppress(OSError):
        verified_path(database).write_text(identity(database), encoding="ascii")


def _was_verified(database: Path) -> bool:
    try:
        return verified_path(database).read_text(encoding="ascii") == identity(database)
    except (OSError, UnicodeDecodeError):
        return False


def inspect(database: Path, wanted: dict[str, str]) -> Health:
    """How ``database`` stands against ``wanted`` (pack id to fingerprint).

    Only reads (a hot journal is reported, never rolled back or removed here), but for
    noting a whole file as verified. Every page is read once per file: the content database
    is never written in place, so a file that was verified and still has the same size,
    modification time and inode has not changed since.
    """
    if not database.exists():
        return Health(State.MISSING)
    leftovers = [path.name for path in side_files(database) if path.exists()]
    if leftovers:
        return Health(State.INTERRUPTED, f"{', '.join(leftovers)} left by an interrupted write")
    try:
        db = open_database(database, read_only=True)
    except (sqlite3.Error, OSError) as error:
        return Health(State.DAMAGED, str(error))
    try:
        problem = _structure_problem(db.conn, database)
        if problem:
            return Health(State.DAMAGED, problem)
        if schema_version(db) != SCHEMA_VERSION:
            return Health(State.OUTDATED, f"schema version {schema_version(db)}")
        packs = dict(db.execute("SELECT id, fingerprint FROM packs").fetchall())
    except sqlite3.Error as error:
        return Health(State.DAMAGED, str(error))
    finally:
        db.close()
    if packs != wanted:
        return Health(State.DIFFERENT, "its packs are not the ones imported", packs)
    return Health(State.CURRENT, packs=packs)


def old_packs(database: Path) -> dict[str, str]:
    """Pack id to version of whatever readable database is at ``database``; empty if none."""
    try:
        db = open_database(database, read_only=True)
    except (sqlite3.Error, OSError):
        return {}
    try:
        return dict(db.execute("SELECT id, version FROM packs").fetchall())
    except sqlite3.Error:
        return {}
    finally:
        db.close()


def _structure_problem(conn: sqlite3.Connection, database: Path) -> str | None:
    """A truncated file or damaged pages, in SQLite's words; None when it is whole."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    size = database.stat().st_size
    if size < page_size * page_count:
        return f"the file is cut short ({size} bytes of {page_size * page_count})"
    if _was_verified(database):
        return None
    rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    messages = [row[0] for row in rows]
    if messages != ["ok"]:
        return "; ".join(messages)
    remember_verified(database)
    return None
