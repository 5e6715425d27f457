"""Opening SQLite files with the pragmas the explorer relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open ``path``; read-only connections can never change the file."""
    if read_only:
        if not path.exists():
            raise FileNotFoundError(f"no database at {path}")
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return Database(conn)
