"""The user database: what a person made and chose. It is precious.

Its schema changes only through the migration chain of user_db_migrations.py, one function
per change, never edited once released. Before pending migrations run on an existing file, a
backup copy is written next to it. A damaged file is never written to: opening it raises
``DamagedDatabase``.
The kiosk then runs on an in-memory database (``UserStore.open_or_in_memory``), leaving the file
as it was; the desktop keeps it aside and starts a fresh one (``user_db_recovery.py``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from explorer.store.connection import Connection
from explorer.store.database import open_database
from explorer.store.storage_problem import (
    StorageProblem,
    check_intact,
    storage_problem,
    storage_problem_in,
)
from explorer.store.usage_stats import UsageStats

log = logging.getLogger(__name__)

MIGRATION_SET = "explorer-user"
MIGRATIONS = ("m001_settings", "m002_usage_counts", "m003_my_collection")
"""The names of the chain in user_db_migrations.py, so that an up-to-date database is opened
without importing it."""


def migrations_pending(db: Connection) -> bool:
    if "_sqlite_migrations" not in db.table_names():
        return True
    applied = {
        row[0]
        for row in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    return not applied.issuperset(MIGRATIONS)


def migrate(db: Connection) -> None:
    """Apply every pending migration of the chain."""
    from explorer.store.user_db_migrations import apply_migrations

    apply_migrations(db)


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


def open_user_database(path: Path, *, busy_timeout_ms: int | None = None) -> Connection:
    """Open (creating if needed) and migrate the user database.

    An existing file is checked before anything writes to it; a damaged one raises
    ``DamagedDatabase`` and is left untouched. ``busy_timeout_ms`` replaces the default
    wait for a lock held by another connection.
    """
    existed = path.exists() and path.stat().st_size > 0
    checked = existed and _checked_read_only(path)
    db = open_database(path)
    try:
        if busy_timeout_ms is not None:
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if existed and not checked:
            check_intact(db)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        if migrations_pending(db):
            if existed:
                backup(path)
            migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _checked_read_only(path: Path) -> bool:
    """With a leftover -wal (a writer was killed), check the file on a read-only connection:
    a read-write one would copy the -wal into it when closing, writing to a file that may be
    damaged. False when there is no leftover -wal (the read-write connection checks it then,
    leaving no side files behind) or the check cannot be made read-only (no -shm in a folder
    that cannot be written)."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return False
    try:
        db = open_database(path, read_only=True)
    except sqlite3.OperationalError:
        return False
    try:
        check_intact(db)  # DamagedDatabase passes through: it is not an OperationalError
    except sqlite3.OperationalError:
        return False
    finally:
        db.close()
    return True


def memory_user_database() -> Connection:
    """A migrated user database that lives only as long as its connection."""
    db = Connection.memory()
    migrate(db)
    return db


def _failure_kind(error: sqlite3.Error | OSError) -> str:
    return getattr(error, "sqlite_errorname", None) or type(error).__name__


ProblemListener = Callable[[StorageProblem, "sqlite3.Error | OSError"], None]


LANGUAGE_SETTING = "content_language"
"""The setting that keeps the language the person last chose."""


def setting_in(db: Connection, key: str) -> str | None:
    """The setting ``key`` of a user database; None when it was never set. Raises
    ``sqlite3.Error`` for a file that cannot be read so."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


class UserStore:
    """The person's own data; every change in its own transaction.

    A setting or usage count that cannot be written (disk full, database locked, read-only
    file) is dropped and logged, once per kind of failure so that a kiosk's log does not grow
    with every click; the explorer carries on. A setting that cannot be read gives its default.
    Listeners (``report_problems_to``) hear of each kind of ``StorageProblem`` once.
    """

    def __init__(self, db: Connection, *, path: Path | None = None, persistent: bool = True):
        self.db = db
        self.path = path
        self.persistent = persistent
        self.usage = UsageStats(db, on_write_error=self._failed)
        self._failures_logged: set[str] = set()
        self.problems: dict[StorageProblem, sqlite3.Error | OSError] = {}
        self._listeners: list[ProblemListener] = []

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int | None = None) -> UserStore:
        return cls(open_user_database(path, busy_timeout_ms=busy_timeout_ms), path=path)

    @classmethod
    def open_or_in_memory(cls, path: Path, *, busy_timeout_ms: int | None = None) -> UserStore:
        """Open the user database at ``path``; if it cannot be used, log a warning and return
        a store on an in-memory database (``persistent`` False). Never raises for an unusable
        file, and never changes it."""
        try:
            return cls.open(path, busy_timeout_ms=busy_timeout_ms)
        except (sqlite3.Error, OSError) as error:
            log.warning(
                "Cannot use the user database %s (%s: %s); running on an in-memory database, "
                "so settings and usage counts will not be kept after the explorer closes.",
                path,
                type(error).__name__,
                error,
            )
            return cls(memory_user_database(), persistent=False)

    def close(self) -> None:
        self.db.close()

    def report_problems_to(self, listener: ProblemListener) -> None:
        """Call ``listener(problem, error)`` for the first write failure of each kind of
        problem: those already met (e.g. while a window was being built) and those to come."""
        self._listeners.append(listener)
        for problem, error in self.problems.items():
            listener(problem, error)

    def setting(self, key: str, default: str | None = None) -> str | None:
        try:
            value = setting_in(self.db, key)
        except sqlite3.Error as error:
            self._failed(f"read the setting {key!r}", error, writing=False)
            return default
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        try:
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
        except (sqlite3.Error, OSError) as error:
            self._failed(f"save the setting {key!r}", error)

    def _failed(self, action: str, error: sqlite3.Error | OSError, *, writing: bool = True) -> None:
        kind = _failure_kind(error)
        if kind not in self._failures_logged:
            self._failures_logged.add(kind)
            log.warning(
                "Could not %s in the user database %s: %s. The explorer carries on, but "
                "settings and usage counts may not be kept; further %s failures are not logged.",
                action,
                self.path or "(in memory)",
                error,
                kind,
            )
        if writing:
            self._tell(error)

    def _tell(self, error: sqlite3.Error | OSError) -> None:
        folder = self.path.parent if self.path else None
        problem = storage_problem_in(error, folder) if folder else storage_problem(error)
        if problem in self.problems:
            return
        self.problems[problem] = error
        for listener in self._listeners:
            listener(problem, error)
