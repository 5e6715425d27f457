"""Cold start to the first painted window, against a bare PySide6 window in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/bench/startup_bench.py -s

Each start is a new process (``tests/bench/startup_child.py``) timed from its spawn to its
window's first paint, imports included; the content database is ready (the first start of a
home, which imports the bundled collection, is not counted). The files are in the OS cache:
these are warm-disk figures. ``STARTUP_SIZES`` (e.g. ``100000,300000``) adds homes holding
that many more cards, imported with ``explorer import`` from a generated pack. The kinds of
start take turns, ``STARTUP_RUNS`` rounds (11 unless set), and medians are compared.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("STARTUP_RUNS", "11"))
SIZES = [int(size) for size in os.environ.get("STARTUP_SIZES", "").split(",") if size]
ROOT = Path(__file__).resolve().parents[2]


def start_once(kind: str, home: Path) -> tuple[float, float, float]:
    """Seconds from spawn to first paint, the process's peak RSS in MiB, and seconds from
    spawn to the first cards painted (the first paint again for the bare window)."""
    environment = {**os.environ, "EXPLORER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # Modules start from their cached bytecode, as after any install (pip compiles it): a
    # shell that forbids writing it would have every start compile the explorer's source.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.startup_child", kind],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    cards_line = child.stdout.readline() if kind != "bare" else line
    cards_elapsed = time.perf_counter() - started if kind != "bare" else elapsed
    child.wait(timeout=60)
    if not line or not cards_line:
        raise RuntimeError(f"the {kind} start printed too little (exit {child.returncode})")
    return elapsed, json.loads(cards_line)["peak_rss_kib"] / 1024, cards_elapsed


def measure(starts: list[tuple[str, Path]]) -> list[dict]:
    """Figures for each (kind, home) of ``starts``, whose runs take turns, round by round, so
    that a change in the machine's load falls on all of them alike."""
    for kind, home in starts:
        start_once(kind, home)  # warm the OS cache (and, for a new home, build its database)
    runs: list[list[tuple[float, float, float]]] = [[] for _ in starts]
    for _ in range(RUNS):
        for kind_runs, (kind, home) in zip(runs, starts, strict=True):
            kind_runs.append(start_once(kind, home))
    return [
        {
            "median_s": statistics.median(run[0] for run in kind_runs),
            "min_s": min(run[0] for run in kind_runs),
            "max_s": max(run[0] for run in kind_runs),
            "peak_mib": statistics.median(run[1] for run in kind_runs),
            "cards_median_s": statistics.median(run[2] for run in kind_runs),
        }
        for kind_runs in runs
    ]


def home_with(cards: int, folder: Path) -> Path:
    """A data folder holding the bundled collection and a generated pack of ``cards``."""
    from tests.bench.synthetic_pack import write_synthetic_pack

    home = folder / f"home-{cards}"
    home.mkdir()
    pack = write_synthetic_pack(folder / f"pack-{cards}", cards)
    subprocess.run(
        [sys.executable, "-m", "explorer", "import", str(pack)],
        cwd=ROOT,
        env={**os.environ, "EXPLORER_HOME": str(home)},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return home


def test_cold_start_against_a_bare_window() -> None:
    with tempfile.TemporaryDirectory(prefix="startup-") as folder:
        folder = Path(folder)
        bundled = folder / "home-bundled"
        bundled.mkdir()
        names = ["bare PySide6 window (floor)", "explorer, bundled collection"]
        starts = [("bare", bundled), ("explorer", bundled)]
        for cards in SIZES:
            names.append(f"explorer, bundled + {cards:,} cards")
            starts.append(("explorer", home_with(cards, folder)))
        rows = list(zip(names, measure(starts), strict=True))
    floor = rows[0][1]
    print()
    print(f"load average {os.getloadavg()[0]:.2f}, {RUNS} starts each, in turns, after a warm-up")
    print(
        "| start | first paint: median s | min s | max s | × floor (median) "
        "| cards painted: median s | × floor | peak RSS MiB |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, figures in rows:
        ratio = figures["median_s"] / floor["median_s"]
        cards_ratio = figures["cards_median_s"] / floor["median_s"]
        print(
            f"| {name} | {figures['median_s']:.3f} | {figures['min_s']:.3f} | "
            f"{figures['max_s']:.3f} | {ratio:.1f}× | {figures['cards_median_s']:.3f} | "
            f"{cards_ratio:.1f}× | {figures['peak_mib']:.0f} |"
        )
    assert all(figures["median_s"] > 0 for _, figures in rows)
    assert rows[1][1]["peak_mib"] > rows[0][1]["peak_mib"], "the explorer holds more than nothing"
