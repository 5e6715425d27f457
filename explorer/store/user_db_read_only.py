"""Reading the user database without ever changing it, even in a folder that cannot be written.

A read-only connection (``mode=ro``) is tried first: it sees what other connections commit,
such as a running kiosk's counts. SQLite cannot open a WAL-mode file that way when its ``-shm``
file is missing and the folder cannot be written (or the disk is too full to make it), nor a
file with a hot journal left by a killed writer. Then the file and its ``-wal`` or
``-journal`` are copied to a temporary folder, SQLite recovers the copy there, and the result
is loaded into memory. (``immutable=1`` would open such a file too, but it ignores the
``-wal`` file, silently dropping changes that were committed and not yet copied into the
main file.)
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from explorer.store.connection import Connection
from explorer.store.database import open_database
from explorer.store.storage_problem import check_intact

COPIED_SIDE_FILES = ("-wal", "-journal")


def open_user_database_read_only(path: Path) -> Connection:
    """The database at ``path``, checked intact, for reading only.

    Raises ``DamagedDatabase`` for a damaged file, and ``sqlite3.Error`` or ``OSError`` for
    one that cannot be read (missing, locked, unreadable, no room for the copy).
    """
    try:
        db = open_database(path, read_only=True)
    except sqlite3.OperationalError as error:
        if not _needs_a_copy(error):
            raise
        return _read_a_copy(path)
    try:
        check_intact(db)
    except sqlite3.OperationalError as error:
        db.close()
        if not _needs_a_copy(error):
            raise
        return _read_a_copy(path)
    except BaseException:
        db.close()
        raise
    return db


def _needs_a_copy(error: sqlite3.OperationalError) -> bool:
    """Whether a copy may be read where the file itself cannot: not when it is locked (a
    copy made while another connection writes may be torn)."""
    name = getattr(error, "sqlite_errorname", None) or ""
    return not name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _read_a_copy(path: Path) -> Connection:
    with tempfile.TemporaryDirectory(prefix="explorer-user-db-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        for side in COPIED_SIDE_FILES:
            side_file = path.with_name(path.name + side)
            if side_file.exists():
                shutil.copyfile(side_file, copy.with_name(copy.name + side))
        source = sqlite3.connect(copy)
        memory = sqlite3.connect(":memory:")
        try:
            check_intact(Connection(source))
            source.backup(memory)
        except BaseException:
            memory.close()
            raise
        finally:
            source.close()
    return Connection(memory)
