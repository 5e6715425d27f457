"""The map at 100,000 places and 1,000 routes: the places layer against a naive scene.

Both draw the same synthetic places (dense in Europe and Central Asia, sparse elsewhere) and
routes (polylines of 2 to 20 points) into a 1440 x 900 offscreen frame:

- ``floor``: the host widget drawing nothing but its ground; what any frame costs here.
- ``naive``: a QGraphicsScene with one QGraphicsEllipseItem per place (a fixed size on
  screen) and one QGraphicsPathItem per route, in a QGraphicsView zoomed by its transform.
- ``ours``: a minimal host widget (a transform, the route paths, then the PlacesLayer);
- ``ours in the view``: the window's ``MapView``: the basemap, the ``RoutesLayer`` and the
  ``PlacesLayer`` (the targets are checked on this one).

Each approach runs in a subprocess of its own, so that its peak RSS is its own, and prints
its figures as one JSON line; the test prints the table. A frame is ``widget.render(image)``
into a QImage of the whole viewport. The first frame includes building the layer or the
scene and, for ours, the first clustering. Only the measurement is checked, never the
targets: the figures are for docs/performance.md. Run with
``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -s tests/bench/map_bench.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from explorer.domain.map_projection import WORLD, project, project_arrays
from explorer.ui.map.places_layer import PlacesLayer
from explorer.ui.shell.theme import PALETTE, apply_theme
from tests.bench.memory import peak_rss_kib

WIDTH, HEIGHT = 1440, 900
PLACES, ROUTES = 100_000, 1_000
REPEATS = 15
SEED = 1254
ZOOMED_OUT_PPU = WIDTH / (WORLD[2] - WORLD[0])
ZOOMED_IN_PPU = 120.0  # about 7 degrees of latitude across the view's height
ZOOM_CENTRE = project(12.0, 45.0)  # northern Italy, among the densest places
PAN_PX = WIDTH / 10
CASES = ("zoomed_out", "zoomed_in", "pan")
FRAME_BUDGET_MS, FIRST_FRAME_MS, RSS_MB = 16.0, 100.0, 300.0
REPO = Path(__file__).resolve().parents[2]


# ---- the synthetic map ---------------------------------------------------------------------


def synthetic_places(count: int = PLACES, seed: int = SEED):
    """Longitudes, latitudes and card counts: 55% around towns of Europe, 30% of Central
    Asia, 15% anywhere; card counts heavy-tailed (most places named by one or two cards)."""
    rng = np.random.default_rng(seed)
    europe, asia = int(count * 0.55), int(count * 0.30)
    rest = count - europe - asia
    lon_parts, lat_parts = [], []
    for n, (west, east, south, north), towns in (
        (europe, (-9.0, 40.0, 36.0, 60.0), 400),
        (asia, (46.0, 87.0, 37.0, 55.0), 200),
    ):
        town_lon = rng.uniform(west, east, towns)
        town_lat = rng.uniform(south, north, towns)
        which = rng.integers(0, towns, n)
        lon_parts.append(town_lon[which] + rng.normal(0, 0.4, n))
        lat_parts.append(town_lat[which] + rng.normal(0, 0.3, n))
    lon_parts.append(rng.uniform(-170, 170, rest))
    lat_parts.append(rng.uniform(-55, 70, rest))
    counts = np.minimum(rng.zipf(2.2, count), 500).astype(np.int64)
    return np.concatenate(lon_parts), np.concatenate(lat_parts), counts


def synthetic_routes(longitudes, latitudes, count: int = ROUTES, seed: int = SEED):
    """Map-unit paths of 2 to 20 stops each: a journey from a random place, each stop a few
    degrees on from the last (as roads, rivers and flights between neighbours run)."""
    rng = np.random.default_rng(seed + 1)
    paths = []
    for start in rng.integers(0, len(longitudes), count).tolist():
        stops = int(rng.integers(2, 21))
        lon = longitudes[start] + np.cumsum(np.r_[0.0, rng.normal(0, 2.5, stops - 1)])
        lat = latitudes[start] + np.cumsum(np.r_[0.0, rng.normal(0, 1.5, stops - 1)])
        x, y = project_arrays(lon, np.clip(lat, -85, 85))
        path = QPainterPath(QPointF(x[0], y[0]))
        for px, py in zip(x[1:].tolist(), y[1:].tolist(), strict=True):
            path.lineTo(px, py)
        paths.append(path)
    return paths


def transform_for(centre: tuple[float, float], ppu: float) -> QTransform:
    return QTransform(ppu, 0, 0, ppu, WIDTH / 2 - centre[0] * ppu, HEIGHT / 2 - centre[1] * ppu)


def visible_for(centre: tuple[float, float], ppu: float) -> QRectF:
    w, h = WIDTH / ppu, HEIGHT / ppu
    return QRectF(centre[0] - w / 2, centre[1] - h / 2, w, h)


# ---- the approaches ------------------------------------------------------------------------


class Host(QWidget):
    """A map view at its simplest: a ground, the routes, the layer, under one transform."""

    def __init__(self, layer: PlacesLayer | None, routes: Sequence[QPainterPath]):
        super().__init__()
        self.layer = layer
        self.routes = list(routes)
        self.bounds = [path.boundingRect() for path in self.routes]
        self.centre, self.ppu = (0.0, 0.0), ZOOMED_OUT_PPU
        self.resize(WIDTH, HEIGHT)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(PALETTE.ground))
        to_widget = transform_for(self.centre, self.ppu)
        visible = visible_for(self.centre, self.ppu)
        if self.routes:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(QColor(PALETTE.red), 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setTransform(to_widget)
            for path, bounds in zip(self.routes, self.bounds, strict=True):
                if bounds.intersects(visible):
                    painter.drawPath(path)
            painter.resetTransform()
        if self.layer is not None:
            self.layer.paint(painter, to_widget, visible, self.ppu)
        painter.end()


class Floor:
    def __init__(self) -> None:
        self.widget: QWidget = Host(None, [])

    def build(self, lon, lat, counts, routes) -> None:
        pass

    def show(self, centre, ppu) -> None:
        self.widget.centre, self.widget.ppu = centre, ppu


class Ours(Floor):
    """The places come as the store gives them: ids and names made before the clock starts."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.names: list[dict[str, str]] = []

    def build(self, lon, lat, counts, routes) -> None:
        layer = PlacesLayer()
        layer.set_places(self.ids, self.names, lon, lat, counts)
        self.widget = Host(layer, routes)


class Naive(Floor):
    def build(self, lon, lat, counts, routes) -> None:
        scene = QGraphicsScene()
        x, y = project_arrays(lon, lat)
        brush, pen = QBrush(QColor(PALETTE.sky_deep)), QPen(QColor("#ffffff"), 1.5)
        for px, py in zip(x.tolist(), y.tolist(), strict=True):
            item = scene.addEllipse(-5, -5, 10, 10, pen, brush)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setPos(px, py)
        route_pen = QPen(QColor(PALETTE.red), 1.0)
        route_pen.setCosmetic(True)
        for path in routes:
            scene.addPath(path, route_pen)
        view = QGraphicsView(scene)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFrameShape(QGraphicsView.Shape.NoFrame)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setBackgroundBrush(QColor(PALETTE.ground))
        view.setSceneRect(QRectF(WORLD[0], WORLD[1], WORLD[2] - WORLD[0], WORLD[3] - WORLD[1]))
        view.resize(WIDTH, HEIGHT)
        self.scene, self.widget = scene, view

    def show(self, centre, ppu) -> None:
        self.widget.setTransform(QTransform.fromScale(ppu, ppu))
        self.widget.centerOn(*centre)


class OursInTheView(Ours):
    """The map as the window shows it: the basemap, the routes layer and the places layer,
    in a ``MapView``."""

    def build(self, lon, lat, counts, routes) -> None:
        from explorer.domain.entities import Route, RouteKind
        from explorer.ui.map.map_view import MapView
        from explorer.ui.map.routes_layer import DrawnRoute, RoutesLayer

        view = MapView()
        view.resize(WIDTH, HEIGHT)
        layer = RoutesLayer(view)
        kinds = list(RouteKind)
        drawn = []
        for number, path in enumerate(routes):
            points = tuple(
                QPointF(path.elementAt(i).x, path.elementAt(i).y)
                for i in range(path.elementCount())
            )
            route = Route(f"r{number}", {"en": f"Route {number}"}, (), kind=kinds[number % 6])
            drawn.append(DrawnRoute(route, path, points, path.controlPointRect()))
        layer.routes = drawn
        view.add_layer(layer)
        places = PlacesLayer(view)
        places.set_places(self.ids, self.names, lon, lat, counts)
        view.add_layer(places)
        self.widget = view

    def show(self, centre, ppu) -> None:
        self.widget._set_view(QPointF(*centre), ppu)


APPROACHES: dict[str, Callable[[], Floor]] = {
    "floor": Floor,
    "naive": Naive,
    "ours": Ours,
    "ours in the view": OursInTheView,
}


# ---- measuring one approach (in its own process) ------------------------------------------


@dataclass
class Figures:
    approach: str
    first_frame_ms: float = 0.0
    frames: dict[str, list[float]] = field(default_factory=dict)
    drawn: dict[str, bool] = field(default_factory=dict)
    peak_rss_kib: int = 0


def _frame(widget: QWidget, image: QImage) -> None:
    image.fill(0)
    QWidget.render(widget, image)  # QGraphicsView.render would draw the scene, not the view


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter_ns()
    action()
    return (time.perf_counter_ns() - start) / 1e6


def _not_one_colour(image: QImage) -> bool:
    pixels = bytes(image.constBits())
    return pixels != pixels[:4] * (len(pixels) // 4)


def measure(approach: str) -> Figures:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    figures = Figures(approach)
    lon, lat, counts = synthetic_places()
    routes = synthetic_routes(lon, lat)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    subject = APPROACHES[approach]()
    if isinstance(subject, Ours):  # and the view
        subject.ids = [f"p{i}" for i in range(len(lon))]
        subject.names = [{"en": f"Place {i}"} for i in range(len(lon))]

    def first() -> None:
        subject.build(lon, lat, counts, routes)
        subject.show((0.0, -30.0), ZOOMED_OUT_PPU)
        subject.widget.show()
        _frame(subject.widget, image)

    figures.first_frame_ms = _timed(first)
    views = {
        "zoomed_out": ((0.0, -30.0), ZOOMED_OUT_PPU),
        "zoomed_in": (ZOOM_CENTRE, ZOOMED_IN_PPU),
    }
    for case in CASES:
        centre, ppu = views.get(case, views["zoomed_in"])
        subject.show(centre, ppu)
        _frame(subject.widget, image)  # warm-up
        times = []
        for step in range(1, REPEATS + 1):
            if case == "pan":
                moved = (centre[0] + step * PAN_PX / ppu, centre[1])
                times.append(
                    _timed(
                        lambda m=moved, z=ppu: (subject.show(m, z), _frame(subject.widget, image))
                    )
                )
            else:
                times.append(_timed(lambda: _frame(subject.widget, image)))
        figures.frames[case] = times
        figures.drawn[case] = _not_one_colour(image)
    figures.peak_rss_kib = peak_rss_kib()
    return figures


def main(argv: Sequence[str]) -> None:
    """``python -m tests.bench.map_bench APPROACH``: one JSON line of figures."""
    print(json.dumps(asdict(measure(argv[0]))), flush=True)


# ---- running every approach and reporting -------------------------------------------------


def run_approach(approach: str) -> Figures:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.map_bench", approach],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, f"{approach} failed:\n{done.stderr}"
    return Figures(**json.loads(done.stdout.strip().splitlines()[-1]))


def _ms(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:,.1f}"


def _median_max(values: Sequence[float]) -> str:
    return f"{_ms(statistics.median(values))} / {_ms(max(values))}"


def report(results: Sequence[Figures]) -> str:
    header = [
        "approach",
        "first frame ms",
        *(f"{case.replace('_', '-')} frame ms (median / max)" for case in CASES),
        "peak RSS MB",
    ]
    rows = [
        [
            f.approach,
            _ms(f.first_frame_ms),
            *(_median_max(f.frames[case]) for case in CASES),
            f"{f.peak_rss_kib * 1024 / 1e6:.0f}",
        ]
        for f in results
    ]
    lines = [header, ["---", *("---:" for _ in header[1:])], *rows]
    table = "\n".join("| " + " | ".join(cells) + " |" for cells in lines)
    ours = next(f for f in results if f.approach == "ours in the view")
    checks = [
        *(
            (f"{case} median", statistics.median(ours.frames[case]), FRAME_BUDGET_MS)
            for case in CASES
        ),
        ("first frame", ours.first_frame_ms, FIRST_FRAME_MS),
        ("peak RSS MB", ours.peak_rss_kib * 1024 / 1e6, RSS_MB),
    ]
    verdicts = [
        f"- {name} {_ms(value)} < {limit:.0f}: {'met' if value < limit else 'NOT MET'}"
        for name, value, limit in checks
    ]
    return "\n".join(
        [
            f"Map bench: {PLACES:,} places, {ROUTES:,} routes, {WIDTH}x{HEIGHT}, "
            f"{REPEATS} frames per case, a frame = widget.render(QImage); MB = 10^6 bytes",
            "",
            table,
            "",
            "Targets, for the map as the window shows it (ours in the view):",
            *verdicts,
        ]
    )


def test_map_frames() -> None:
    results = [run_approach(approach) for approach in APPROACHES]
    for figures in results:
        assert figures.first_frame_ms > 0 and figures.peak_rss_kib > 0
        for case in CASES:
            assert len(figures.frames[case]) == REPEATS
            assert figures.drawn[case] or figures.approach == "floor", (figures.approach, case)
    print()
    print(report(results))


if __name__ == "__main__":
    main(sys.argv[1:])
