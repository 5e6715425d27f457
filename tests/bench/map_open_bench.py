"""Opening the map on a library of 100,000 places and 100,000 cards: how long until the
basemap shows, how long until the places show, and how long the window is held up.

A seeded collection (the search benchmark's cards, each naming 0 to 3 of 100,000 places laid
out as the map benchmark lays them) is imported with ``replace_pack``, as an import does.
Then, in a process of its own, the window's ``MapPage`` is made on that database and shown:

- ``basemap frame``: from making the page to its first frame (the places are read on a task
  of their own meanwhile);
- ``places shown``: from making the page to the first frame with its places;
- ``held up``: the longest the UI thread spent in one piece of the map's loading (taking the
  places read on the task and drawing them), when nothing else can be drawn;
- each read of ``read_map_content``, timed once more on its own connection, and the places'
  countries, which only the list reads (when it is first shown);
- ``floor``: the least any such read costs: ``SELECT id, longitude, latitude FROM places``
  and ``SELECT place_id FROM card_places`` fetched whole, on the same database.

Only the measurement is checked, never the targets: the figures are for docs/performance.md.
Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -s tests/bench/map_open_bench.py``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from explorer.domain.collection import Collection
from explorer.domain.entities import Place
from explorer.store import content_writer
from explorer.store.content_schema import create_schema
from explorer.store.database import open_database
from tests.bench.map_bench import HEIGHT, WIDTH, synthetic_places
from tests.bench.memory import peak_rss_kib
from tests.bench.search_bench import synthetic_parts

PLACES, CARDS, ROUNDS = 100_000, 100_000, 5
REPO = Path(__file__).resolve().parents[2]
COUNTRIES = ("IT", "KZ", "FR", "DE", "UZ", "KG", "TR", "CN", "RU", "ES")


def build(database: Path, places: int = PLACES, cards: int = CARDS) -> None:
    """The collection, imported into ``database`` as an import writes it."""
    longitudes, latitudes, _ = synthetic_places(places)
    made = tuple(
        Place(
            f"place-{n:06d}",
            {"en": f"Place {n}", "ru": f"Место {n}"},
            float(lat),
            float(lon),
            (COUNTRIES[n % len(COUNTRIES)],),
        )
        for n, (lon, lat) in enumerate(zip(longitudes.tolist(), latitudes.tolist(), strict=True))
    )
    ids = [place.id for place in made]
    rng = random.Random(PLACES)
    parts = synthetic_parts(cards)
    placed = (
        dataclasses.replace(card, places=tuple(rng.sample(ids, len(card.places))))
        for card in parts.cards
    )
    collection = Collection(
        parts.manifest, parts.categories, parts.sources, made, (), (), (), tuple(placed), (), ()
    )
    db = open_database(database)
    create_schema(db)
    content_writer.replace_pack(db, collection, "bench", lambda media: b"")
    db.close()


def _ms_since(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter_ns()
    action()
    return _ms_since(start)


def floor(database: Path) -> float:
    from explorer.store.content_store import ContentStore

    store = ContentStore.open(database, shared=True)
    try:
        return _timed(
            lambda: (
                store.db.execute("SELECT id, longitude, latitude FROM places").fetchall(),
                store.db.execute("SELECT place_id FROM card_places").fetchall(),
            )
        )
    finally:
        store.close()


def reads(database: Path) -> dict[str, float]:
    """Each read of the map's content, on a connection of its own."""
    from explorer.store.content_store import ContentStore
    from explorer.store.map_links import read_map_links, read_place_countries

    store = ContentStore.open(database, shared=True)
    try:
        ids = store.map_places().ids
        return {
            "places": _timed(store.map_places),
            "links": _timed(lambda: read_map_links(store.db, ids)),
            "countries (for the list, later)": _timed(lambda: read_place_countries(store.db)),
            "routes": _timed(store.routes),
        }
    finally:
        store.close()


def open_map(database: Path) -> dict[str, float]:
    """Make the window's map page on ``database`` and time it until its places show."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from explorer.store.content_store import ContentStore
    from explorer.ui.map.map_page import MapPage
    from explorer.ui.shell.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    store = ContentStore.open(database)
    held: list[float] = []
    slot = MapPage._content_read

    def timed_slot(page: MapPage, content) -> None:
        start = time.perf_counter_ns()
        slot(page, content)
        held.append(_ms_since(start))

    MapPage._content_read = timed_slot  # the same slot, timed
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    start = time.perf_counter_ns()
    page = MapPage(store)
    page.resize(WIDTH, HEIGHT)
    page.show()
    QWidget.render(page, image)
    basemap = _ms_since(start)
    while not page.loaded:
        page.tasks.wait(1)
        QCoreApplication.processEvents()
    paint = _timed(lambda: QWidget.render(page, image))
    shown = _ms_since(start)
    assert len(page.map_places) and page.counts().sum() > 0, "the places were read and counted"
    MapPage._content_read = slot
    return {
        "basemap frame": basemap,
        "places shown": shown,
        "held up": max(held[0], paint),
        "taking the places": held[0],
        "first frame with places": paint,
    }


def main(argv: Sequence[str]) -> None:
    """``python -m tests.bench.map_open_bench DATABASE``: one JSON line of figures."""
    database = Path(argv[0])
    figures = {"floor": floor(database), **reads(database), **open_map(database)}
    figures["peak RSS MB"] = peak_rss_kib() * 1024 / 1e6
    print(json.dumps(figures), flush=True)


def run_once(database: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.map_open_bench", str(database)],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(rounds: Sequence[dict[str, float]]) -> str:
    names = list(rounds[0])
    lines = [
        f"Opening the map: {PLACES:,} places, {CARDS:,} cards, {len(rounds)} rounds "
        "(each a fresh process), median / max",
        "",
        "| measure | median | max |",
        "| --- | ---: | ---: |",
    ]
    for name in names:
        values = sorted(figures[name] for figures in rounds)
        median = values[len(values) // 2]
        unit = "" if name == "peak RSS MB" else " ms"
        lines.append(f"| {name} | {median:,.1f}{unit} | {values[-1]:,.1f}{unit} |")
    return "\n".join(lines)


def test_opening_the_map_at_scale() -> None:
    with tempfile.TemporaryDirectory(prefix="map-open-") as folder:
        database = Path(folder) / "content.sqlite"
        build(database)
        rounds = [run_once(database) for _ in range(ROUNDS)]
    for figures in rounds:
        assert figures["floor"] > 0 and figures["places shown"] >= figures["basemap frame"]
    print()
    print(report(rounds))


if __name__ == "__main__":
    main(sys.argv[1:])
