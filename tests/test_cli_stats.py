"""`explorer stats`: the anonymous usage counts as CSV or a summary, without Qt."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from explorer.cli import main
from explorer.store.locations import user_database_path
from explorer.store.usage_stats import UsageStats
from explorer.store.user_db import open_user_database

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
