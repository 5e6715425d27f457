"""`explorer stats`: the anonymous usage counts as CSV or a summary, without Qt."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.store.locations import user_database_path
from explorer.store.usage_stats import UsageStats
from explorer.store.user_db import open_user_database
from tests.disk_fixtures import read_only
from tests.store.user_db_files import GARBAGE, left_in_the_wal, snapshot

ROOT = Path(__file__).resolve().parents[1]
HEADER = "day,sessions,card_views,top_cards,languages\n"


def record_some_usage() -> None:
    db = open_user_database(user_database_path())
    stats = UsageStats(db)
    for day in (date(2025, 5, 2), date(2025, 5, 1)):
        stats.record_session(day)
    stats.record_card_view("abai", date(2025, 5, 1))
    stats.record_card_view("abai", date(2025, 5, 1))
    stats.record_card_view("marco-polo", date(2025, 5, 2))
    stats.record_language("kk", date(2025, 5, 1))
    stats.record_language("it", date(2025, 5, 2))
    db.close()


def test_stats_csv_prints_one_row_per_day(capsys):
    record_some_usage()
    assert main(["stats", "--csv"]) == 0
    assert capsys.readouterr().out == (
        HEADER + "2025-05-01,1,2,abai:2,kk:1\n" + "2025-05-02,1,1,marco-polo:1,it:1\n"
    )


def test_stats_prints_a_summary(capsys):
    record_some_usage()
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "2 days with usage, 2025-05-01 to 2025-05-02: 2 sessions, 3 card views" in out
    assert "Most viewed cards: abai (2), marco-polo (1)" in out
    assert "Languages: it (1), kk (1)" in out


def test_without_a_user_database_only_the_header_and_nothing_is_created(capsys):
    assert main(["stats", "--csv"]) == 0
    assert capsys.readouterr().out == HEADER
    assert main(["stats"]) == 0
    assert capsys.readouterr().out == "No usage recorded yet.\n"
    assert not user_database_path().exists()


def test_stats_reads_an_unmigrated_user_database_without_changing_it(capsys):
    path = user_database_path()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.commit()
    conn.close()
    assert main(["stats", "--csv"]) == 0
    assert capsys.readouterr().out == HEADER
    assert not list(path.parent.glob("*.backup-*"))


def test_stats_never_loads_qt(tmp_path):
    home = tmp_path / "home"
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from explorer.store.locations import user_database_path\n"
        "from explorer.store.usage_stats import UsageStats\n"
        "from explorer.store.user_db import open_user_database\n"
        "db = open_user_database(user_database_path())\n"
        "UsageStats(db).record_card_view('abai', date(2025, 5, 1))\n"
        "db.close()\n"
        "from explorer.cli import main\n"
        "assert main(['stats', '--csv']) == 0\n"
        "assert main(['stats']) == 0\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not loaded, loaded\n"
    )
    env = {"EXPLORER_HOME": str(home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(HEADER + "2025-05-01,0,1,abai:1,\n")


def test_stats_reads_a_wal_database_in_a_folder_that_cannot_be_written(capsys, explorer_home):
    record_some_usage()
    path = user_database_path()
    left_in_the_wal(  # a kiosk killed after a visit: its last count is in user.db-wal only
        path,
        "UPDATE usage_daily SET count = count + 1 WHERE day = ? AND metric = 'card_view'",
        "2025-05-02",
    )
    path.with_name("user.db-shm").unlink()  # only an index of the -wal, rebuilt from it
    with read_only(explorer_home):
        before = snapshot(explorer_home)
        assert main(["stats", "--csv"]) == 0
        assert capsys.readouterr().out == (
            HEADER + "2025-05-01,1,2,abai:2,kk:1\n" + "2025-05-02,1,2,marco-polo:2,it:1\n"
        )
        assert main(["stats"]) == 0
        assert "2 sessions, 4 card views" in capsys.readouterr().out
        assert snapshot(explorer_home) == before


def _stats_in_a_new_process(home: Path, *arguments: str) -> subprocess.CompletedProcess:
    env = {"EXPLORER_HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "explorer", "stats", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("arguments", [(), ("--csv",)], ids=["summary", "csv"])
def test_stats_on_a_damaged_database_says_so_in_one_line_and_fails(explorer_home, arguments):
    path = user_database_path()
    path.write_bytes(GARBAGE)
    result = _stats_in_a_new_process(explorer_home, *arguments)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line == (
        f"explorer stats: the user database {path} is damaged (file is not a database) "
        "and was left as it is."
    )
    assert path.read_bytes() == GARBAGE
    assert sorted(item.name for item in explorer_home.iterdir()) == ["user.db"]
