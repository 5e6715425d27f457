"""User database files in the states the explorer must survive, each made for real."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from explorer.store.user_db import UserStore

GARBAGE = b"These are someone's notes, not an SQLite database.\n" * 100


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``folder`` with its bytes (None for a folder)."""
    return {
        str(item.relative_to(folder)): None if item.is_dir() else item.read_bytes()
        for item in sorted(folder.rglob("*"))
    }


def user_database_with(path: Path, **settings: str) -> Path:
    """A healthy user database (WAL mode, closed cleanly: no side files) holding ``settings``."""
    user = UserStore.open(path)
    for key, value in settings.items():
        user.set_setting(key, value)
    user.close()
    return path


def left_in_the_wal(path: Path, sql: str, *parameters: str) -> None:
    """Run ``sql`` as a writer killed before closing: the change is committed but stays in
    ``user.db-wal`` only, never copied into the main file."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute(sys.argv[2], sys.argv[3:])\n"
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), sql, *parameters], check=True)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the change should be in the -wal only"


def change_left_in_the_wal(path: Path, key: str, value: str) -> None:
    """Save the setting ``key`` = ``value`` as a writer killed before closing."""
    left_in_the_wal(path, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", key, value)
