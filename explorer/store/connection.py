"""A SQLite connection with the few helpers the explorer uses, on the standard library only.

Start-up opens the content and user databases through it: sqlite-utils (and the NumPy it
imports) is imported only where a schema is made or migrated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from typing import Any

Parameters = Sequence[Any] | dict[str, Any]
_savepoints = count()


class Connection:
    """``conn`` in autocommit mode: a statement outside ``atomic()`` is committed at once,
    as sqlite-utils does; ``atomic()`` makes one transaction (a savepoint when nested)."""

    def __init__(self, conn: sqlite3.Connection):
        conn.isolation_level = None
        self.conn = conn

    @classmethod
    def memory(cls) -> Connection:
        return cls(sqlite3.connect(":memory:"))

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def executescript(self, script: str) -> sqlite3.Cursor:
        return self.conn.executescript(script)

    def query(self, sql: str, parameters: Parameters | None = None) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dictionaries keyed by column name."""
        cursor = self.execute(sql, parameters)
        names = [column[0] for column in cursor.description or ()]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        tables = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [row[0] for row in tables]

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """Everything inside in one transaction, undone whole if anything raises."""
        if self.conn.in_transaction:
            name = f"explorer_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended the transaction
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()
