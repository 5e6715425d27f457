"""The standard-library connection the explorer opens its databases with."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.store.database import open_database


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "things.db")
    db.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
    yield db
    db.close()


def _names(path) -> list[str]:
    """What another connection sees: only what was committed."""
    other = sqlite3.connect(path)
    try:
        return [row[0] for row in other.execute("SELECT name FROM things ORDER BY id")]
    finally:
        other.close()


def test_a_statement_outside_a_transaction_is_committed_at_once(db, tmp_path):
    db.execute("INSERT INTO things (name) VALUES (?)", ["abai"])
    assert _names(tmp_path / "things.db") == ["abai"]


def test_atomic_commits_everything_or_nothing(db, tmp_path):
    with db.atomic():
        db.execute("INSERT INTO things (name) VALUES ('marco')")
        db.execute("INSERT INTO things (name) VALUES ('polo')")
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO things (name) VALUES ('venice')")
        db.execute("INSERT INTO things (id, name) VALUES (1, 'again')")
    assert _names(tmp_path / "things.db") == ["marco", "polo"]
    assert not db.conn.in_transaction


def test_a_nested_atomic_undoes_only_its_own_part(db, tmp_path):
    with db.atomic():
        db.execute("INSERT INTO things (name) VALUES ('outer')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO things (name) VALUES ('inner')")
            raise ValueError("undo the inner part")
    assert _names(tmp_path / "things.db") == ["outer"]


def test_query_gives_rows_by_column_name_and_tables_are_listed(db):
    db.executemany("INSERT INTO things (name) VALUES (?)", [("almaty",), ("rome",)])
    assert list(db.query("SELECT id, name FROM things WHERE name = ?", ["rome"])) == [
        {"id": 2, "name": "rome"}
    ]
    assert db.table_names() == ["things"]


def test_a_read_only_connection_cannot_write(db, tmp_path):
    reader = open_database(tmp_path / "things.db", read_only=True)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("INSERT INTO things (name) VALUES ('nope')")
    finally:
        reader.close()
