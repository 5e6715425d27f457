"""Opening SQLite files with the pragmas the explorer relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.store.connection import Connection


def open_database(path: Path, *, read_only: bool = False, shared: bool = False) -> Connection:
    """Open ``path``; read-only connections can never change the file.

    A ``shared`` connection may be used from several threads, one call at a time (the
    caller serialises them, as ``SearchIndex`` does with its lock).
    """
    if read_only:
        if not path.exists():
            raise FileNotFoundError(f"no database at {path}")
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=not shared
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return Connection(conn)
