"""A 100,000-row spreadsheet into the explorer: `explorer convert csv` then `explorer import`,
against importing the same cards from a pack.

    .venv/bin/python -m pytest tests/bench/csv_import_bench.py -s

The search benchmark's seeded cards (``synthetic_pack.py``), in English only, are written as
a CSV of one row a card (id, title, summary, body, dates, category, kind, tags, a place with
its coordinates and country, a source) with its mapping file. Then, ``CSV_BENCH_ROUNDS``
times (2 unless set), in turns:

- ``from the CSV at once``: ``explorer import cards.csv --from csv --mapping …`` into a data
  folder holding the bundled collection (converted into a temporary folder, then imported);
- ``from the CSV in two steps``: ``explorer convert csv`` into a pack folder (which it checks
  as ``explorer validate`` would), then ``explorer import`` of that folder;
- ``from a pack``: ``explorer import`` of the pack the first conversion made, the same cards,
  into a fresh data folder: the floor.

Each command runs in a process of its own (``csv_child.py``), timed from its start to its
end, with its peak RSS. The figures are for docs/performance.md; the test checks only that
every run succeeded and every card arrived. ``CSV_BENCH_ROWS`` sets the size.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from explorer.content.library import ContentLibrary
from explorer.store.locations import BUNDLED_COLLECTION
from tests.bench.search_bench import synthetic_parts

REPO = Path(__file__).resolve().parents[2]
ROWS = int(os.environ.get("CSV_BENCH_ROWS", "100000"))
ROUNDS = int(os.environ.get("CSV_BENCH_ROUNDS", "2"))
TIMEOUT_S = 3600
MB = 1_000_000
COLUMNS = (
    "id", "title", "summary", "body", "start", "end", "category", "kind", "tags", "place",
    "lat", "lon", "country", "source",
)  # fmt: skip
MAPPING = {
    "columns": {
        "id": "id",
        "title": "title",
        "summary": "summary",
        "body": "body",
        "start": "start",
        "end": "end",
        "category": "category",
        "kind": "kind",
        "tags": "tags",
        "place_name": "place",
        "latitude": "lat",
        "longitude": "lon",
        "country": "country",
        "source_title": "source",
    },
    "split": {"tags": ";"},
}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def write_csv(folder: Path, rows: int) -> tuple[Path, Path]:
    """The synthetic cards as a CSV of one row a card, and its mapping file."""
    parts = synthetic_parts(rows)
    places = {place.id: place for place in parts.places}
    categories = {category.id: category.name["en"] for category in parts.categories}
    sources = {source.id: source.title for source in parts.sources}
    source, mapping = folder / "cards.csv", folder / "mapping.json"
    with source.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for card in parts.cards:
            place = places[card.places[0]] if card.places else None
            writer.writerow([
                card.id, card.title["en"], card.summary["en"], card.body["en"],
                str(card.start or ""), str(card.end or ""), categories[card.category],
                card.kind.value, ";".join(card.tags),
                place.name["en"] if place else "", place.latitude if place else "",
                place.longitude if place else "", place.countries[0] if place else "",
                sources[card.sources[0]],
            ])  # fmt: skip
    mapping.write_text(json.dumps(MAPPING), encoding="utf-8")
    return source, mapping


def _run(arguments: list[str], home: Path | None = None) -> Run:
    environment = {**os.environ, **({"EXPLORER_HOME": str(home)} if home else {})}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.csv_child", *arguments],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr[-3000:]
    return Run(seconds, report["peak_rss_kib"] * 1024 / MB)


def _fresh_home(work: Path) -> Path:
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    ContentLibrary(home, BUNDLED_COLLECTION).prepare()
    return home


def _imported(home: Path) -> int:
    database = home / "content.db"
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM cards WHERE pack_id = 'csv-bench'").fetchone()[0]


def test_a_spreadsheet_against_a_pack(tmp_path: Path) -> None:
    source, mapping = write_csv(tmp_path, ROWS)
    direct, converts, imports, floors = [], [], [], []
    floor_pack = None
    for round_number in range(ROUNDS):
        home = _fresh_home(tmp_path)
        direct.append(_run(["import-csv", str(source), str(mapping)], home))
        assert _imported(home) == ROWS
        pack = tmp_path / f"converted-{round_number}"
        converts.append(_run(["convert", str(source), str(mapping), str(pack)]))
        home = _fresh_home(tmp_path)
        imports.append(_run(["import", str(pack)], home))
        assert _imported(home) == ROWS
        floor_pack = floor_pack or pack
        home = _fresh_home(tmp_path)
        floors.append(_run(["import", str(floor_pack)], home))
        assert _imported(home) == ROWS
    direct_s = statistics.median(run.seconds for run in direct)
    convert_s = statistics.median(run.seconds for run in converts)
    import_s = statistics.median(run.seconds for run in imports)
    floor_s = statistics.median(run.seconds for run in floors)
    size_mb = source.stat().st_size / MB
    print(f"\nload average {os.getloadavg()[0]:.2f}; {ROWS:,} rows, CSV {size_mb:.0f} MB")
    print("| step | median s | runs s | peak MB |")
    print("| --- | ---: | --- | ---: |")
    for name, runs in (("import the CSV at once (--from csv)", direct),
                       ("convert the CSV", converts), ("import what it made", imports),
                       ("import the same pack (floor)", floors)):  # fmt: skip
        seconds = ", ".join(f"{run.seconds:.1f}" for run in runs)
        peak = max(run.peak_mb for run in runs)
        median = statistics.median(run.seconds for run in runs)
        print(f"| {name} | {median:.1f} | {seconds} | {peak:.0f} |")
    total = convert_s + import_s
    print(f"the pack's import (floor): {floor_s:.1f} s")
    print(f"CSV at once: {direct_s:.1f} s, {direct_s / floor_s:.2f}x the floor")
    print(f"CSV in two steps: {total:.1f} s, {total / floor_s:.2f}x the floor")
