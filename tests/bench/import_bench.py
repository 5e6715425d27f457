"""Importing 100,000 and 300,000 cards: the whole `explorer import` against a floor.

    .venv/bin/python -m pytest tests/bench/import_bench.py -s

A seeded generator (the search benchmark's multilingual cards, ``synthetic_pack.py``)
writes a pack whose cards are JSON Lines, as a folder and as a zip. For each size and form:

- ``floor``: ``import_floor.py``, the least an import of those cards must do: read each
  line, parse it, insert the same ``cards`` and ``card_texts`` rows with sqlite-utils
  ``insert_all`` into a new file, index their texts with FTS5, flush it. The import builds
  a search index too, so this is the floor it is held to; the floor without its FTS5 step
  (its time less the time FTS5 took) is printed beside it.
- ``import``: ``explorer import PACK`` (``import_child.py``) on a data folder holding the
  bundled collection, built beforehand: everything the command does, from reading and
  checking the pack, keeping a copy, writing the database and its search index, to the
  file flushed and renamed into place.

Floor and import take turns, ``IMPORT_BENCH_ROUNDS`` times (2 unless set), with one more
floor at the end; each figure is the median of its runs, since a shared machine's load
moves single runs by ±20%.

Each runs in a process of its own, timed by this one from its start to its end (Python's
start included, for both); each reports its own peak RSS (``VmHWM``). Only the measurement
is checked (every run succeeded, every card arrived), never a target: the figures are for
docs/performance.md. ``IMPORT_BENCH_SIZES`` (e.g. ``2000,100000``) and ``IMPORT_BENCH_FORMS``
(``zip``, ``folder``) choose what runs; ``IMPORT_BENCH_PROFILE=STATS`` writes the cProfile
statistics of the first import to STATS.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from explorer.content.library import ContentLibrary
from explorer.store.locations import BUNDLED_COLLECTION
from tests.bench.search_bench import PACK_ID
from tests.bench.synthetic_pack import ZIP_LEVEL, write_synthetic_pack

SIZES = tuple(int(n) for n in os.environ.get("IMPORT_BENCH_SIZES", "100000,300000").split(","))
FORMS = tuple(os.environ.get("IMPORT_BENCH_FORMS", "zip,folder").split(","))
PROFILE = os.environ.get("IMPORT_BENCH_PROFILE")
ROUNDS = int(os.environ.get("IMPORT_BENCH_ROUNDS", "2"))
REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 3600
MB = 1_000_000


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    peak_mb: float
    fts_seconds: float = 0.0
    """Of ``seconds``, the FTS5 index of a floor run."""

    @property
    def without_fts(self) -> float:
        return self.seconds - self.fts_seconds


@dataclass
class Figures:
    cards: int
    form: str
    pack_mb: float
    database_mb: float
    floors: list[Run]
    imports: list[Run]

    @property
    def floor(self) -> Run:
        return _median(self.floors)

    @property
    def ours(self) -> Run:
        return _median(self.imports)


def _median(runs: list[Run]) -> Run:
    """Each figure's median over ``runs`` (the mean of the middle two of an even number)."""
    return Run(
        statistics.median(run.seconds for run in runs),
        statistics.median(run.cpu_seconds for run in runs),
        statistics.median(run.peak_mb for run in runs),
        statistics.median(run.fts_seconds for run in runs),
    )


def _run(arguments: list[str], environment: dict[str, str] | None = None) -> tuple[Run, dict]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", *arguments],
        cwd=REPO,
        env={**os.environ, **(environment or {})},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    fts = report.get("fts_seconds", 0.0)
    return Run(seconds, cpu, report["peak_rss_kib"] * 1024 / MB, fts), report


def _zip(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as pack:
        for path in sorted(folder.iterdir()):
            pack.write(path, path.name)
    return target


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def _floor(pack: Path, cards: int, work: Path) -> Run:
    floor_db = work / "floor.db"
    floor, report = _run(["tests.bench.import_floor", str(pack), str(floor_db)])
    assert report["cards"] == cards
    floor_db.unlink()
    return floor


def _import(pack: Path, cards: int, work: Path, profile: str | None) -> tuple[Run, float]:
    """One import into a data folder holding the bundled collection; its run and the
    database's size in MB."""
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    ContentLibrary(home, BUNDLED_COLLECTION).prepare()
    arguments = ["tests.bench.import_child", str(pack)]
    if profile:
        arguments += ["--profile", profile]
    ours, report = _run(arguments, {"EXPLORER_HOME": str(home)})
    assert report["status"] == 0
    database = home / "content.db"
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as conn:
        query = "SELECT count(*) FROM cards WHERE pack_id = ?"
        assert conn.execute(query, [PACK_ID]).fetchone()[0] == cards
        numbered = conn.execute("SELECT count(*) FROM search_cards").fetchone()[0]
    assert numbered >= cards
    database_mb = database.stat().st_size / MB
    shutil.rmtree(home)
    return ours, database_mb


def _measure(pack: Path, cards: int, form: str, work: Path, profile: str | None) -> Figures:
    """Floor and import in turn, ROUNDS times, with a floor at the end too."""
    floors, imports = [_floor(pack, cards, work)], []
    for _ in range(ROUNDS):
        ours, database_mb = _import(pack, cards, work, profile)
        imports.append(ours)
        profile = None
        floors.append(_floor(pack, cards, work))
    return Figures(cards, form, _size(pack) / MB, database_mb, floors, imports)


def _print(figures: list[Figures], loads: tuple[str, str]) -> None:
    print()
    print(f"load average before: {loads[0]}; after: {loads[1]}")
    head = (
        "| cards | pack | pack MB | floor s | import s | import / floor "
        "| floor without FTS5 s | import / that "
        "| floor peak MB | import peak MB | import CPU s | cards/s |"
    )
    print(head)
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for f in figures:
        floor, ours = f.floor, f.ours
        print(
            f"| {f.cards:,} | {f.form} | {f.pack_mb:,.0f} | {floor.seconds:.1f} "
            f"| {ours.seconds:.1f} | {ours.seconds / floor.seconds:.2f}× "
            f"| {floor.without_fts:.1f} | {ours.seconds / floor.without_fts:.2f}× "
            f"| {floor.peak_mb:,.0f} | {ours.peak_mb:,.0f} | {ours.cpu_seconds:.1f} "
            f"| {f.cards / ours.seconds:,.0f} |"
        )
    print()
    for f in figures:
        floors = ", ".join(
            f"{run.seconds:.1f} s (CPU {run.cpu_seconds:.1f} s, FTS5 {run.fts_seconds:.1f} s)"
            for run in f.floors
        )
        imports = ", ".join(
            f"{run.seconds:.1f} s (CPU {run.cpu_seconds:.1f} s)" for run in f.imports
        )
        print(f"{f.cards:,} {f.form}: floors {floors}; imports {imports}")
        print(f"{f.cards:,} {f.form}: database {f.database_mb:,.0f} MB")


def test_import_against_the_floor() -> None:
    loads = [", ".join(f"{load:.2f}" for load in os.getloadavg())]
    figures = []
    profile = PROFILE
    with tempfile.TemporaryDirectory(prefix="import-bench-") as folder:
        work = Path(folder)
        for cards in SIZES:
            pack_folder = write_synthetic_pack(work / f"pack-{cards}", cards)
            packs = {"folder": pack_folder}
            if "zip" in FORMS:
                packs["zip"] = _zip(pack_folder, work / f"pack-{cards}.zip")
            for form in FORMS:
                figures.append(_measure(packs[form], cards, form, work, profile))
                profile = None
            for pack in packs.values():
                shutil.rmtree(pack) if pack.is_dir() else pack.unlink()
    loads.append(", ".join(f"{load:.2f}" for load in os.getloadavg()))
    _print(figures, (loads[0], loads[1]))
    assert all(f.ours.seconds > 0 and f.floor.seconds > 0 for f in figures)
