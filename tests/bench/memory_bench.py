"""Steady memory of the running window at 100,000 cards, against floors measured in the same run.

    ANSWER_BENCH_FOLDER=/some/folder QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest tests/bench/memory_bench.py -s -q

Each measurement is a process of its own (``python -m tests.bench.memory_bench KIND DB``),
which reads its resident memory (``VmRSS``) at three moments, each after the event loop has
been left to settle: the window opened and painted (cards page); a search answered
(``SEARCH``, typed as a person would, answered by the window's own search thread); and the
timeline page shown with that answer laid out. The last is the steady memory.

Floors: a bare ``QMainWindow`` of the same size (what Qt and Python cost at the least) and
the same window, through the same steps, on the bundled collection alone (what the explorer
costs with almost no cards). Databases are those of ``answer_bench`` (kept in
``ANSWER_BENCH_FOLDER`` and reused, else written to a temporary folder); ``MEMORY_SIZES``
changes the sizes and ``MEMORY_RUNS`` the processes per figure (the median is kept). The test
checks only that the measurement worked; the target is for docs/performance.md.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

SIZES = tuple(int(size) for size in os.environ.get("MEMORY_SIZES", "100000").split(",") if size)
RUNS = int(os.environ.get("MEMORY_RUNS", "3"))
SEARCH = "a"
"""A query naming most cards: the largest layout of an answer, so the worst case."""
SETTLE_S = 1.0
TIMEOUT_S = 120.0
TARGET_MB = 160.0
REPO = Path(__file__).resolve().parents[2]
STAGES = ("window", "answered", "timeline")


def resident_kib() -> int:
    """This process's resident memory now (``VmRSS``), in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


# ---- the child -------------------------------------------------------------------------------


def _settle(app) -> None:
    """Let the event loop run until what was posted (layouts, paints, timers) has been done."""
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    gc.collect()
    app.processEvents()


def _wait(app, ready: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited too long for {what}")
        app.processEvents()
        time.sleep(0.005)


def _laid_out(window) -> bool:
    """The page shown is the timeline, and it shows the layout of the latest answer."""
    page = window.pages.currentWidget()
    builder = getattr(page, "builder", None)
    if getattr(page, "layout_failed", False):
        raise RuntimeError("the timeline could not be laid out")
    return (
        builder is not None
        and builder.up_to_date
        and not builder.busy
        and page.view.layout_ is not None
    )


def measure_bare() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1360, 880)
    window.show()
    _settle(app)
    rss = resident_kib()
    return dict.fromkeys(STAGES, rss)


def measure_window(database: Path) -> dict:
    from explorer.session.session import Pace
    from explorer.store.user_db import UserStore
    from explorer.ui.shell.app import create_application, open_window

    home = Path(tempfile.mkdtemp(prefix="memory-bench-home-"))
    os.environ["EXPLORER_HOME"] = str(home)
    app = create_application()
    user = UserStore.open(home / "user.db")
    window = open_window(app, database, user)
    window.resize(1360, 880)
    window.show()
    _settle(app)
    figures = {"window": resident_kib()}

    before = window.session.answer
    window.session.set_query(SEARCH, Pace.NOW)
    _wait(app, lambda: window.session.answer is not before, "the answer")
    _settle(app)
    figures["answered"] = resident_kib()

    window.session.show_view("timeline")
    _wait(app, lambda: _laid_out(window), "the timeline's layout")
    _settle(app)
    figures["timeline"] = resident_kib()
    page = window.pages.currentWidget()
    figures["answer_cards"] = len(window.session.answer)
    figures["events_shown"] = len(page.view.layout_)
    figures["event_columns_bytes"] = page.all_events.nbytes
    figures["python_objects"] = len(gc.get_objects())
    return figures


def main(argv: Sequence[str]) -> None:
    """``python -m tests.bench.memory_bench bare|window [DATABASE]``: one JSON line."""
    figures = measure_bare() if argv[0] == "bare" else measure_window(Path(argv[1]))
    print(json.dumps(figures), flush=True)
    os._exit(0)  # the figures are out; tearing the window down is not measured


# ---- the parent ------------------------------------------------------------------------------


def run_child(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.memory_bench", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{args} failed:\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_of(runs: Sequence[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def bundled_database(folder: Path) -> Path:
    """The content database of the bundled collection alone."""
    from explorer.content.importer import ensure_imported
    from explorer.store.locations import BUNDLED_COLLECTION

    return ensure_imported(BUNDLED_COLLECTION, folder / "bundled.db").database


def mb(kib: float) -> str:
    return f"{kib * 1024 / 1e6:.0f}"


def report(rows: Sequence[tuple[str, dict]]) -> str:
    bare = rows[0][1]["timeline"]
    lines = [
        f"load average {os.getloadavg()[0]:.2f}; {RUNS} processes each, medians; "
        f"MB are 10^6 bytes; search {SEARCH!r}",
        "| process | window MB | search answered MB | timeline laid out MB "
        "| over the bare window MB | events shown | event columns MB | Python objects |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, figures in rows:
        events = figures.get("events_shown")
        objects = figures.get("python_objects")
        columns = figures.get("event_columns_bytes")
        lines.append(
            f"| {name} | {mb(figures['window'])} | {mb(figures['answered'])} "
            f"| {mb(figures['timeline'])} | +{mb(figures['timeline'] - bare)} "
            f"| {'–' if events is None else f'{events:,.0f}'} "
            f"| {'–' if columns is None else f'{columns / 1e6:.1f}'} "
            f"| {'–' if objects is None else f'{objects:,.0f}'} |"
        )
    return "\n".join(lines)


def test_steady_memory() -> None:
    from tests.bench.answer_bench import database_for

    kept = os.environ.get("ANSWER_BENCH_FOLDER")
    with tempfile.TemporaryDirectory(prefix="memory-bench-") as temporary:
        folder = Path(kept or temporary)
        folder.mkdir(parents=True, exist_ok=True)
        bundled = bundled_database(Path(temporary))
        databases = [(count, database_for(count, folder)) for count in SIZES]
        rows = [("bare QMainWindow (floor)", median_of([run_child("bare") for _ in range(RUNS)]))]
        rows.append(
            (
                "explorer, bundled collection (floor)",
                median_of([run_child("window", str(bundled)) for _ in range(RUNS)]),
            )
        )
        for count, database in databases:
            runs = [run_child("window", str(database)) for _ in range(RUNS)]
            rows.append((f"explorer, {count:,} cards", median_of(runs)))
    print()
    print(report(rows))
    floor, bundled_row = rows[0][1], rows[1][1]
    assert floor["timeline"] > 0
    assert bundled_row["timeline"] > floor["timeline"], "the explorer holds more than nothing"
    for _, figures in rows[2:]:
        assert figures["events_shown"] > 0 and figures["answer_cards"] > 0
        assert figures["timeline"] > bundled_row["timeline"]


if __name__ == "__main__":
    main(sys.argv[1:])
