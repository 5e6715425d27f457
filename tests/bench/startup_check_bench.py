"""What checking the content database costs at start-up, at 100,000 cards.

    .venv/bin/python -m pytest tests/bench/startup_check_bench.py -s

The floor is opening the database read-only and reading its schema version. The first
check of a file reads every page; later checks of the same file read its header and packs.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from explorer.content.content_health import State, inspect
from explorer.store import content_writer
from explorer.store.content_schema import create_schema, schema_version
from explorer.store.database import open_database
from tests.bench.search_bench import synthetic_collection

CARDS = int(os.environ.get("STARTUP_CHECK_CARDS", "100000"))


def _seconds(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _floor(database: Path) -> None:
    db = open_database(database, read_only=True)
    schema_version(db)
    db.close()


def test_the_start_up_check_is_paid_once_per_file() -> None:
    with tempfile.TemporaryDirectory(prefix="startup-check-") as folder:
        database = Path(folder) / "content.db"
        db = open_database(database)
        create_schema(db)
        content_writer.replace_pack(db, synthetic_collection(CARDS), "bench", lambda m: b"")
        db.close()
        wanted = {"bench-pack": "not this"}
        floor = min(_seconds(lambda: _floor(database)) for _ in range(3))
        first = _seconds(lambda: inspect(database, wanted))
        later = min(_seconds(lambda: inspect(database, wanted)) for _ in range(3))
        health = inspect(database, wanted)
        size_mb = database.stat().st_size / 1e6
    print()
    print(f"{CARDS} cards, {size_mb:.0f} MB database")
    print(f"floor (open read-only, read the schema version): {floor * 1000:.1f} ms")
    print(f"first check of this file (every page): {first * 1000:.0f} ms")
    print(f"later checks of the same file: {later * 1000:.1f} ms ({later / floor:.1f}x the floor)")
    assert health.state is State.DIFFERENT  # whole, and not the packs asked for
