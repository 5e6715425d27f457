"""The timeline at 10,000 and 100,000 cards: ours against a naive view and against nothing.

Three approaches paint the same synthetic collection into a 1400 x 800 viewport:

- ``floor``: an empty QGraphicsView, a frame of nothing; what any paint costs on this machine.
  Run once more as ``events``, holding the synthetic events, to weigh them alone.
- ``naive``: one QGraphicsEllipseItem (a QGraphicsRectItem for a span) and one
  QGraphicsSimpleTextItem label per event in a QGraphicsScene with its default BSP index,
  laid out at the zoomed-in scale and zoomed out by scaling the view transform.
- ``ours``: the app's TimelineView on a TimelineLayout.

Each (approach, size) runs in a subprocess of its own, so that its peak RSS is its own, and
prints its figures as one JSON line; the test collects them and prints the tables. A frame is
``view.viewport().grab()``: the viewport's real paintEvent into a fresh pixmap of the whole
viewport (a QImage underneath on the offscreen platform), timed by the wall clock and, to
tell a slow paint from a busy machine, by the process's CPU time. Only the measurement is
checked, never the targets: the figures are for docs/performance.md. Run with ``make bench``.
"""

from __future__ import annotations

import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from explorer.domain.fuzzy_date import FuzzyDate, Qualifier, day_number
from explorer.domain.timeline_events import TimelineEvent, event_from_dates
from explorer.domain.timeline_layout import TimelineLayout
from explorer.ui.shell.theme import PALETTE, apply_theme, font
from explorer.ui.timeline.timeline_geometry import MARK_GAP_PX, EventText, LaneStyle
from explorer.ui.timeline.timeline_view import TimelineView
from tests.bench.memory import peak_rss_kib

VIEW_WIDTH, VIEW_HEIGHT = 1400, 800
SIZES = (10_000, 100_000)
REPEATS = 31
WARM_UP = 1
FRAME_BUDGET_MS = 16.0
SEED = 1254
FIRST_YEAR, LAST_YEAR = 1200, 2030
ZOOM_FIRST_DAY, ZOOM_LAST_DAY = day_number(1990, 1, 1), day_number(1992, 1, 1)
PAN_PX = VIEW_WIDTH // 10
SUBPROCESS_TIMEOUT_S = 3600
REPO = Path(__file__).resolve().parents[2]

LANES: tuple[tuple[str, str, str], ...] = (
    ("history", "History & heritage", "#8a5a2b"),
    ("arts", "Arts & culture", "#b03a48"),
    ("education", "Education & science", "#2f6f9f"),
    ("diplomacy", "Diplomacy", "#1f7a5a"),
    ("economy", "Economy", "#b8860b"),
    ("transport", "Transport", "#00829b"),
    ("society", "Society", "#6b4f8a"),
)
LANE_IDS = tuple(lane for lane, _, _ in LANES)
LANE_WEIGHTS = (25, 20, 15, 12, 12, 10, 6)

CASES = ("zoomed_out", "zoomed_in", "pan")
BLANK = ("floor", "events")  # approaches that paint nothing
TARGET_PAINT_MS = FRAME_BUDGET_MS
TARGET_BUILD_MS = 1000.0
TARGET_RSS_MB = 300.0


# ---- the synthetic collection -------------------------------------------------------------


def synthetic_events(count: int, seed: int = SEED) -> list[TimelineEvent]:
    """``count`` events over 1200-2030 in 7 lanes, the same for the same seed.

    60% points known to the day, 25% whole years, 12% spans of up to 10 years, 3% months.
    The years get denser towards the present (density rising linearly: half the events
    fall after 1787), as a collection of cultural links does.
    """
    rng = random.Random(seed)
    return [_synthetic_event(rng, index) for index in range(count)]


def _synthetic_event(rng: random.Random, index: int) -> TimelineEvent:
    lane = rng.choices(LANE_IDS, weights=LANE_WEIGHTS)[0]
    year = FIRST_YEAR + int((LAST_YEAR - FIRST_YEAR + 1) * math.sqrt(rng.random()))
    qualifier = _qualifier(rng, year)
    kind = rng.random()
    end: FuzzyDate | None = None
    if kind < 0.60:
        start = _day_date(rng, year, qualifier)
    elif kind < 0.85:
        start = FuzzyDate(year, qualifier=qualifier)
    elif kind < 0.97:
        start, end = _span(rng, year, qualifier)
    else:
        start = FuzzyDate(year, rng.randint(1, 12), qualifier=qualifier)
    return event_from_dates(f"e{index}", lane, start, end)


def _qualifier(rng: random.Random, year: int) -> Qualifier:
    """Mostly exact; "planned" for most dates after 2025; a few circa, before and after."""
    if year > 2025 and rng.random() < 0.8:
        return Qualifier.PLANNED
    roll = rng.random()
    if roll < 0.07:
        return Qualifier.CIRCA
    if roll < 0.09:
        return Qualifier.BEFORE
    if roll < 0.11:
        return Qualifier.AFTER
    return Qualifier.EXACT


def _day_date(rng: random.Random, year: int, qualifier: Qualifier) -> FuzzyDate:
    day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    return FuzzyDate(day.year, day.month, day.day, qualifier)


def _span(rng: random.Random, year: int, qualifier: Qualifier) -> tuple[FuzzyDate, FuzzyDate]:
    """Half known to the day, half to the year ("1850 to 1855"); at most 10 years, by 2030."""
    if rng.random() < 0.5:
        end_year = min(LAST_YEAR, year + rng.randint(1, 9))
        return FuzzyDate(year, qualifier=qualifier), FuzzyDate(end_year)
    start = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    end = min(date(LAST_YEAR, 12, 31), start + timedelta(days=rng.randint(30, 3652)))
    return (
        FuzzyDate(start.year, start.month, start.day, qualifier),
        FuzzyDate(end.year, end.month, end.day),
    )


def title_of(event_id: str) -> str:
    return f"Event {event_id.removeprefix('e')}"


# ---- the three approaches -----------------------------------------------------------------


class Subject(Protocol):
    """What the measurement drives: a view of VIEW_WIDTH x VIEW_HEIGHT and its data."""

    view: QGraphicsView

    def build(self, events: Sequence[TimelineEvent]) -> None: ...
    def zoom_out(self) -> None: ...
    def zoom_in(self) -> None: ...
    def pan(self, dx: int) -> None: ...


def _plain_view() -> QGraphicsView:
    """A QGraphicsView set up as ours is: antialiased, no frame, no scroll bars."""
    view = QGraphicsView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.setBackgroundBrush(QColor(PALETTE.surface))
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def _scroll_by(view: QGraphicsView, dx: int) -> None:
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + dx)


class Floor:
    """An empty scene in a plain view: a frame of nothing."""

    def __init__(self) -> None:
        self.view = _plain_view()

    def build(self, events: Sequence[TimelineEvent]) -> None:
        self.view.setScene(QGraphicsScene(self.view))

    def zoom_out(self) -> None:
        pass

    def zoom_in(self) -> None:
        pass

    def pan(self, dx: int) -> None:
        _scroll_by(self.view, dx)


NAIVE_DAYS_PER_PIXEL = (ZOOM_LAST_DAY - ZOOM_FIRST_DAY) / VIEW_WIDTH
"""The naive scene is laid out so that the zoomed-in window fills the view untransformed."""

NAIVE_LANE_TOP, NAIVE_LANE_HEIGHT = 68.0, 70.0
NAIVE_MARGIN_DAYS = 365


def _naive_x(day: float) -> float:
    return day / NAIVE_DAYS_PER_PIXEL


def _naive_item_adder(scene: QGraphicsScene) -> Callable[[TimelineEvent], None]:
    """A function adding one event's mark and label to ``scene``, as items."""
    lane_y = {lane: NAIVE_LANE_TOP + NAIVE_LANE_HEIGHT * i + 18 for i, lane in enumerate(LANE_IDS)}
    brushes = {lane: QBrush(QColor(colour)) for lane, _, colour in LANES}
    pen = QPen(QColor(PALETTE.surface), 2)
    label_font = font(9.5)

    def add(event: TimelineEvent) -> None:
        x, y = _naive_x(event.first_day), lane_y[event.lane]
        if event.is_span:
            width = max(8.0, _naive_x(event.last_day) - x)
            scene.addRect(x, y - 6, width, 12, pen, brushes[event.lane])
        else:
            scene.addEllipse(x - 6, y - 6, 12, 12, pen, brushes[event.lane])
        scene.addSimpleText(title_of(event.id), label_font).setPos(x + 8, y + 10)

    return add


class Naive:
    """One ellipse or rectangle and one label per event; zoom by the view transform."""

    def __init__(self) -> None:
        self.view = _plain_view()
        self.left = self.right = 0.0

    def build(self, events: Sequence[TimelineEvent]) -> None:
        scene = QGraphicsScene(self.view)
        add = _naive_item_adder(scene)
        for event in events:
            add(event)
        self.left = _naive_x(min(event.first_day for event in events) - NAIVE_MARGIN_DAYS)
        self.right = _naive_x(max(event.last_day for event in events) + NAIVE_MARGIN_DAYS)
        height = NAIVE_LANE_TOP + NAIVE_LANE_HEIGHT * len(LANES) + 12
        scene.setSceneRect(QRectF(self.left, 0, self.right - self.left, height))
        self.view.setScene(scene)
        scene.items(QRectF(self.left, 0, 1, 1))  # the BSP index is built on the first query

    def zoom_out(self) -> None:
        self.view.setTransform(QTransform.fromScale(VIEW_WIDTH / (self.right - self.left), 1.0))
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())

    def zoom_in(self) -> None:
        self.view.setTransform(QTransform())
        self.view.horizontalScrollBar().setValue(round(_naive_x(ZOOM_FIRST_DAY)))

    def pan(self, dx: int) -> None:
        _scroll_by(self.view, dx)


def _text_for(ids: Sequence[str]) -> dict[str, EventText]:
    return {card_id: EventText(title_of(card_id), "") for card_id in ids}


class Ours:
    """The app's TimelineView: a layout of precomputed clusters and one canvas item."""

    def __init__(self) -> None:
        self.view = TimelineView(_text_for)

    def build(self, events: Sequence[TimelineEvent]) -> None:
        layout = TimelineLayout(events, LANE_IDS, gap_px=MARK_GAP_PX)
        styles = {lane: LaneStyle(name, colour) for lane, name, colour in LANES}
        self.view.set_layout(layout, styles, [])

    def zoom_out(self) -> None:
        self.view.fit_all()

    def zoom_in(self) -> None:
        self.view.show_days(ZOOM_FIRST_DAY, ZOOM_LAST_DAY)

    def pan(self, dx: int) -> None:
        self.view.pan_pixels(dx)


APPROACHES: dict[str, Callable[[], Subject]] = {
    "floor": Floor,
    "events": Floor,  # the floor holding the synthetic events: what they alone weigh
    "naive": Naive,
    "ours": Ours,
}


# ---- measuring one configuration (in its own process) -------------------------------------


@dataclass
class Figures:
    """What one (approach, size) run measured. Times in milliseconds: wall-clock, and the
    process's CPU time alongside, which other processes on the machine disturb less."""

    approach: str
    count: int
    build_ms: float = 0.0
    build_cpu_ms: float = 0.0
    first_paint_ms: float = 0.0
    paints: dict[str, list[float]] = field(default_factory=dict)
    paints_cpu: dict[str, list[float]] = field(default_factory=dict)
    images_ok: dict[str, bool] = field(default_factory=dict)
    viewport: tuple[int, int] = (0, 0)
    peak_rss_kib: int = 0
    load_average: float = 0.0


def _elapsed_ms(action: Callable[[], object]) -> tuple[float, float]:
    """Run ``action``; its wall-clock and process CPU time in milliseconds."""
    wall, cpu = time.perf_counter_ns(), time.process_time_ns()
    action()
    return (time.perf_counter_ns() - wall) / 1e6, (time.process_time_ns() - cpu) / 1e6


def _application() -> QApplication:
    """The application as the explorer sets it up: bundled fonts, palette, style sheet."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    return app


def _show(view: QGraphicsView) -> None:
    view.resize(VIEW_WIDTH, VIEW_HEIGHT)
    view.show()
    QApplication.processEvents()


def _grab(view: QGraphicsView) -> QPixmap:
    """One frame: the viewport's paintEvent into a new pixmap of the whole viewport."""
    return view.viewport().grab()


def _image_ok(pixmap: QPixmap, blank_expected: bool) -> bool:
    """The grab covers the whole viewport and, unless blank is expected, is not one colour."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    if image.isNull() or (image.width(), image.height()) != (VIEW_WIDTH, VIEW_HEIGHT):
        return False
    pixels = bytes(image.constBits())
    return blank_expected or pixels != pixels[:4] * (len(pixels) // 4)


def _frames(
    view: QGraphicsView, before_each: Callable[[], None]
) -> tuple[list[float], list[float], QPixmap]:
    """REPEATS timed frames, each ``before_each()`` then a grab: wall and CPU times, last frame."""
    walls: list[float] = []
    cpus: list[float] = []
    frame = QPixmap()

    def one_frame() -> None:
        nonlocal frame
        before_each()
        frame = _grab(view)

    for _ in range(REPEATS):
        wall, cpu = _elapsed_ms(one_frame)
        walls.append(wall)
        cpus.append(cpu)
    return walls, cpus, frame


def _measure_case(subject: Subject, case: str, figures: Figures) -> None:
    """Zoomed out or in: a warm-up frame, then REPEATS of the same frame. Pan: from the
    zoomed-in window, REPEATS frames each PAN_PX further right, pan and paint timed."""
    if case == "zoomed_out":
        subject.zoom_out()
    else:
        subject.zoom_in()
    if case == "pan":
        walls, cpus, frame = _frames(subject.view, lambda: subject.pan(PAN_PX))
    else:
        for _ in range(WARM_UP):
            _grab(subject.view)
        walls, cpus, frame = _frames(subject.view, lambda: None)
    figures.paints[case] = walls
    figures.paints_cpu[case] = cpus
    figures.images_ok[case] = _image_ok(frame, blank_expected=figures.approach in BLANK)


def measure(approach: str, count: int) -> Figures:
    """Build, paint zoomed out, zoomed in and while panning; then read the peak RSS."""
    figures = Figures(approach, count, load_average=os.getloadavg()[0])
    _app = _application()
    events = synthetic_events(count)
    subject = APPROACHES[approach]()
    _show(subject.view)
    figures.build_ms, figures.build_cpu_ms = _elapsed_ms(lambda: subject.build(events))
    subject.zoom_out()
    figures.first_paint_ms, _ = _elapsed_ms(lambda: _grab(subject.view))
    for case in CASES:
        _measure_case(subject, case, figures)
    viewport = subject.view.viewport()
    figures.viewport = (viewport.width(), viewport.height())
    # ``events`` is still alive here (so is the view), so the peak counts them.
    figures.peak_rss_kib = peak_rss_kib()
    return figures


def main(argv: Sequence[str]) -> None:
    """``python -m tests.bench.timeline_bench APPROACH COUNT``: one JSON line of figures."""
    print(json.dumps(asdict(measure(argv[0], int(argv[1])))), flush=True)


# ---- running every configuration and reporting -------------------------------------------


def run_configuration(approach: str, count: int) -> Figures:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.timeline_bench", approach, str(count)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, f"{approach} {count} failed:\n{done.stderr}"
    raw = json.loads(done.stdout.strip().splitlines()[-1])
    raw["viewport"] = tuple(raw["viewport"])
    return Figures(**raw)


def configurations() -> Iterator[tuple[str, int]]:
    yield "floor", 0
    for count in SIZES:
        yield "events", count
        yield "naive", count
        yield "ours", count


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest value with ``fraction`` of them at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def megabytes(kib: int) -> float:
    return kib * 1024 / 1e6


def _ms(value: float) -> str:
    if value < 10:
        return f"{value:.2f}"
    return f"{value:.1f}" if value < 1000 else f"{value:,.0f}"


def _median_p95(values: Sequence[float]) -> str:
    return f"{_ms(median(values))} / {_ms(percentile(values, 0.95))}"


def _label(figures: Figures) -> list[str]:
    return [figures.approach, f"{figures.count:,}" if figures.count else "–"]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = [header, ["---", *("---:" for _ in header[1:])], *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def _figures_row(figures: Figures) -> list[str]:
    paints = [_median_p95(figures.paints[case]) for case in CASES]
    rss = f"{megabytes(figures.peak_rss_kib):.0f}"
    return [*_label(figures), _ms(figures.build_ms), _ms(figures.first_paint_ms), *paints, rss]


def figures_table(results: Sequence[Figures]) -> str:
    header = [
        "approach",
        "events",
        "build ms",
        "first paint ms",
        "zoomed-out paint ms (median / p95)",
        "zoomed-in paint ms (median / p95)",
        "pan frame ms (median / p95)",
        "peak RSS MB",
    ]
    return _table(header, [_figures_row(figures) for figures in results])


def _relative_row(figures: Figures, floor: Figures) -> list[str]:
    cells = _label(figures)
    for case in CASES:
        value = median(figures.paints[case])
        times_floor = value / median(floor.paints[case])
        cells.append(f"{times_floor:,.0f}× / {100 * value / FRAME_BUDGET_MS:,.0f}%")
    cells.append(f"+{megabytes(figures.peak_rss_kib - floor.peak_rss_kib):.0f}")
    return cells


def relative_table(results: Sequence[Figures], floor: Figures) -> str:
    header = [
        "approach",
        "events",
        "zoomed-out (× floor / % of 16 ms)",
        "zoomed-in (× floor / % of 16 ms)",
        "pan (× floor / % of 16 ms)",
        "peak RSS over floor MB",
    ]
    rows = [_relative_row(figures, floor) for figures in results if figures is not floor]
    return _table(header, rows)


def _cpu_row(figures: Figures) -> list[str]:
    paints = [_median_p95(figures.paints_cpu[case]) for case in CASES]
    return [*_label(figures), _ms(figures.build_cpu_ms), *paints, f"{figures.load_average:.2f}"]


def cpu_table(results: Sequence[Figures]) -> str:
    header = [
        "approach",
        "events",
        "build CPU ms",
        "zoomed-out CPU ms (median / p95)",
        "zoomed-in CPU ms (median / p95)",
        "pan CPU ms (median / p95)",
        "load average at start",
    ]
    return _table(header, [_cpu_row(figures) for figures in results])


def target_lines(ours: Figures) -> list[str]:
    def verdict(value: float, limit: float) -> str:
        return "met" if value < limit else "NOT MET"

    lines = [
        f"- {case} paint median {_ms(median(ours.paints[case]))} ms < {TARGET_PAINT_MS:.0f} ms: "
        f"{verdict(median(ours.paints[case]), TARGET_PAINT_MS)}"
        for case in CASES
    ]
    lines.append(
        f"- build {_ms(ours.build_ms)} ms < {TARGET_BUILD_MS:.0f} ms: "
        f"{verdict(ours.build_ms, TARGET_BUILD_MS)}"
    )
    rss = megabytes(ours.peak_rss_kib)
    lines.append(f"- peak RSS {rss:.0f} MB < {TARGET_RSS_MB:.0f} MB: {verdict(rss, TARGET_RSS_MB)}")
    return lines


def report(results: Sequence[Figures]) -> str:
    drawn = [figures for figures in results if figures.approach != "events"]
    floor = next(figures for figures in results if figures.approach == "floor")
    ours = next(f for f in results if f.approach == "ours" and f.count == max(SIZES))
    data = ", ".join(
        f"{f.count:,} events {megabytes(f.peak_rss_kib):.0f} MB"
        for f in results
        if f.approach == "events"
    )
    return "\n".join(
        [
            f"Timeline bench: viewport {VIEW_WIDTH}x{VIEW_HEIGHT}, {REPEATS} frames per case, "
            "a frame = viewport().grab(), wall-clock; MB = 10^6 bytes",
            "",
            figures_table(drawn),
            "",
            relative_table(drawn, floor),
            "",
            cpu_table(drawn),
            "",
            f"Peak RSS of the floor holding the synthetic events, drawn by no one: {data}",
            "",
            f"Targets for ours at {max(SIZES):,} events:",
            *target_lines(ours),
        ]
    )


def _check(figures: Figures) -> None:
    """The measurement worked: it timed something and painted the whole viewport."""
    assert figures.viewport == (VIEW_WIDTH, VIEW_HEIGHT), figures.viewport
    assert figures.peak_rss_kib > 0
    assert figures.build_ms > 0 and figures.first_paint_ms > 0
    for case in CASES:
        assert len(figures.paints[case]) == REPEATS
        assert all(value > 0 for value in figures.paints[case]), case
        assert figures.images_ok[case], f"{figures.approach} {figures.count} {case}: blank"


def test_timeline_paints_and_builds() -> None:
    results = [run_configuration(approach, count) for approach, count in configurations()]
    for figures in results:
        _check(figures)
    print()
    print(report(results))


if __name__ == "__main__":
    main(sys.argv[1:])
