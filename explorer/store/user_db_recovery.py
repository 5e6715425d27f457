"""Opening the user database on the desktop, whatever state it is in.

- Usable: opened as always.
- **Damaged**: the file and its ``-wal``, ``-shm`` and ``-journal`` side files are moved aside,
  unchanged, to ``user.db.damaged-<local time>`` (side files keep their suffix after it, so
  SQLite still finds them with the copy), and a fresh database is started. If they cannot be
  moved (a folder that cannot be written), the explorer runs on an empty in-memory database;
  nothing is ever written to the damaged file.
- **Anything else** (a folder that cannot be written, a full disk, a lock, a folder where the
  file should be): the file is left as it is, and the explorer runs on an in-memory copy of
  what could be read from it, so the person's settings still apply but changes are not kept.

Every case is logged; ``UserDataOpening`` tells the interface what to say.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from explorer.store.connection import Connection
from explorer.store.durable_files import side_files
from explorer.store.locations import user_database_path
from explorer.store.storage_problem import StorageProblem, storage_problem, storage_problem_in
from explorer.store.user_db import UserStore, memory_user_database, migrate
from explorer.store.user_db_read_only import open_user_database_read_only

log = logging.getLogger("explorer.store.user_db")


@dataclass(frozen=True)
class UserDataOpening:
    """The store to use and, when the database could not be used as it was, why and what
    was done: ``kept_aside`` is where a damaged file now is; ``store.persistent`` says
    whether changes will be kept."""

    store: UserStore
    path: Path | None
    problem: StorageProblem | None = None
    error: BaseException | None = None
    kept_aside: Path | None = None


def open_user_data(locate: Callable[[], Path] = user_database_path) -> UserDataOpening:
    try:
        path = locate()
    except OSError as error:
        log.warning(
            "Cannot use the data folder (%s); running on an in-memory user database, so "
            "settings will not be kept after the explorer closes.",
            error,
        )
        return UserDataOpening(_in_memory(), None, storage_problem(error), error)
    try:
        return UserDataOpening(UserStore.open(path), path)
    except (sqlite3.Error, OSError) as error:
        problem = storage_problem_in(error, path.parent)
        if problem is StorageProblem.DAMAGED:
            return _start_afresh(path, error)
        return _read_what_can_be_read(path, problem, error)


def _start_afresh(path: Path, error: BaseException) -> UserDataOpening:
    try:
        kept = keep_aside(path)
    except OSError as move_error:
        log.warning(
            "The user database %s is damaged (%s) and cannot be moved aside (%s); it is left "
            "as it is, and the explorer runs on an empty in-memory database, so settings will "
            "not be kept after the explorer closes.",
            path,
            error,
            move_error,
        )
        return UserDataOpening(_in_memory(), path, StorageProblem.DAMAGED, error)
    log.warning(
        "The user database %s is damaged (%s); it was moved, unchanged, to %s, and a fresh "
        "one is started.",
        path,
        error,
        kept,
    )
    try:
        store = UserStore.open(path)
    except (sqlite3.Error, OSError) as fresh_error:
        log.warning(
            "Cannot start a fresh user database %s (%s); running on an in-memory database, so "
            "settings will not be kept after the explorer closes.",
            path,
            fresh_error,
        )
        store = _in_memory()
    return UserDataOpening(store, path, StorageProblem.DAMAGED, error, kept)


def _read_what_can_be_read(
    path: Path, problem: StorageProblem, error: BaseException
) -> UserDataOpening:
    try:
        db = _copy_in_memory(path)
    except (sqlite3.Error, OSError) as read_error:
        if storage_problem(read_error) is StorageProblem.DAMAGED:  # seen only from a copy
            return _start_afresh(path, read_error)
        db = memory_user_database()
    log.warning(
        "Cannot use the user database %s (%s: %s); it is left as it is, and the explorer runs "
        "on an in-memory copy, so settings will not be kept after the explorer closes.",
        path,
        problem.value,
        error,
    )
    return UserDataOpening(UserStore(db, persistent=False), path, problem, error)


def _copy_in_memory(path: Path) -> Connection:
    if not path.is_file() or path.stat().st_size == 0:
        return memory_user_database()
    db = open_user_database_read_only(path)
    memory = Connection.memory()
    try:
        db.conn.backup(memory.conn)
    finally:
        db.close()
    migrate(memory)
    return memory


def _in_memory() -> UserStore:
    return UserStore(memory_user_database(), persistent=False)


def keep_aside(path: Path, now: datetime | None = None) -> Path:
    """Move the database at ``path`` and its side files, unchanged, to
    ``<name>.damaged-<YYYYMMDDTHHMMSS>`` in the same folder; returns the new path.

    Side files go first and the main file last, so that a fresh database can never meet the
    old -wal; if any move fails, those done are undone and the error is raised.
    """
    stamp = f"{now or datetime.now():%Y%m%dT%H%M%S}"
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(candidate.exists() for candidate in (target, *side_files(target))):
        number += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    moves = [
        (source, destination)
        for source, destination in zip(side_files(path), side_files(target), strict=True)
        if source.exists()
    ]
    moves.append((path, target))
    done: list[tuple[Path, Path]] = []
    try:
        for source, destination in moves:
            source.rename(destination)
            done.append((source, destination))
    except OSError:
        for source, destination in reversed(done):
            destination.rename(source)
        raise
    return target
