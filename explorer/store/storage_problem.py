"""What kind of trouble an error from SQLite or the file system is, and the damaged-file check.

The explorer treats these differently: only a **damaged** file may be moved aside (never
written to); a **full disk**, a place that **cannot be written** or any other **unusable**
state leaves the file exactly as it is.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from enum import Enum
from pathlib import Path

from explorer.store.connection import Connection


class StorageProblem(Enum):
    DAMAGED = "damaged"
    DISK_FULL = "disk full"
    READ_ONLY = "cannot be written"
    UNUSABLE = "cannot be used"


class DamagedDatabase(sqlite3.DatabaseError):
    """The file is not an SQLite database, or its integrity check found damage."""


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # no space, or over quota
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
NEARLY_FULL_BYTES = 64 * 1024  # less than SQLite needs to open a WAL database's -shm file


def storage_problem(error: BaseException) -> StorageProblem:
    if isinstance(error, DamagedDatabase):
        return StorageProblem.DAMAGED
    if isinstance(error, OSError):
        if error.errno in _FULL:
            return StorageProblem.DISK_FULL
        if error.errno in _READ_ONLY:
            return StorageProblem.READ_ONLY
        return StorageProblem.UNUSABLE
    name = getattr(error, "sqlite_errorname", None) or ""
    if name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT"):
        return StorageProblem.DAMAGED
    if name == "SQLITE_FULL":
        return StorageProblem.DISK_FULL
    if name.startswith("SQLITE_READONLY"):
        return StorageProblem.READ_ONLY
    return StorageProblem.UNUSABLE


def storage_problem_in(error: BaseException, folder: Path) -> StorageProblem:
    """``storage_problem``, told more exactly from the state of ``folder``: SQLite says only
    "unable to open database file" where it cannot create a file, and "disk I/O error" where
    the disk is too full to grow its shared-memory file."""
    problem = storage_problem(error)
    if problem is not StorageProblem.UNUSABLE or not folder.is_dir():
        return problem
    if not os.access(folder, os.W_OK | os.X_OK):
        return StorageProblem.READ_ONLY
    try:
        if shutil.disk_usage(folder).free < NEARLY_FULL_BYTES:
            return StorageProblem.DISK_FULL
    except OSError:
        pass
    return problem


def check_intact(db: Connection) -> None:
    """Read the whole file once (``PRAGMA quick_check``, which never writes); raises
    ``DamagedDatabase`` when it is not a database or is damaged, and any other
    ``sqlite3.Error`` (locked, cannot open) as it comes."""
    try:
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        if storage_problem(error) is StorageProblem.DAMAGED:
            raise DamagedDatabase(str(error)) from error
        raise
    if problems != ["ok"]:
        raise DamagedDatabase(f"integrity check: {' '.join(problems[0].split())}")
