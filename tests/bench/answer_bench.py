"""Applying a search answer at 100,000 and 300,000 cards: the UI thread's share, against a floor.

For each size a subprocess opens a real ``MainWindow`` offscreen (1360 x 880) on a content
database of synthetic cards (``search_bench``'s generator, written by the import's own
``replace_pack``), shows a page and answers a fixed sequence of real queries with the
window's own ``SearchIndex``, outside the clock. Each answer is then applied as the window
applies one that arrives (``MainWindow._show_result``, with the first page of cards that the
search thread reads with each answer and, the grid shown, the text of its tiles on screen
drawn, made here outside the clock) and timed:

- ``apply``: the call itself, on the UI thread; and how that splits between the card model,
  the category chips, the facet column and the timeline;
- ``with the next turn``: the call plus the next turn of the event loop, which handles what
  the call posted (layout requests, the repaint); and the longest of the later turns, until
  the UI thread is idle (the grid laid out in batches, thumbnails arriving):
  each turn is time the UI thread cannot paint;
- ``timeline ready`` (timeline shown): from the call until the timeline shows the layout of
  the answer, made off the UI thread; meanwhile the UI thread keeps painting the timeline
  (``viewport().grab()``, a frame every few ms), and the slowest of those frames is kept.

The floor, in the same process and window: an empty slot (a signal emitted to a Python
slot that does nothing), and the reset of a model of as many rows as the answer in a
``QListView`` set up as the card grid is, shown at its size; that is what any view of the
answer costs at the least. Scenes: the timeline page shown (the grid, chips and facet column
hidden behind it), then the cards page shown.

Databases are written to a temporary folder for the run, or kept in ``ANSWER_BENCH_FOLDER``
and reused. ``ANSWER_BENCH_SIZES`` (e.g. ``10000``) changes the sizes. Only the measurement
is checked, never the targets: the figures are for docs/performance.md.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSize, Signal
from PySide6.QtWidgets import QApplication, QListView

from tests.bench.search_bench import synthetic_collection, synthetic_queries

SIZES = tuple(
    int(size) for size in os.environ.get("ANSWER_BENCH_SIZES", "100000,300000").split(",")
)
WINDOW_SIZE = QSize(1360, 880)
TYPED = ("a", "ab", "abai", "t", "to", "tok", "tokayev", "ве", "вен", "венеция", "m", "ma", "mar")
QUERY_COUNT = 40  # TYPED, then the search benchmark's queries
TARGET_APPLY_MS = 3.0
FRAME_BUDGET_MS = 16.0
TIMELINE_TIMEOUT_S = 60.0
SUBPROCESS_TIMEOUT_S = 3600
REPO = Path(__file__).resolve().parents[2]
SCENES = ("timeline", "cards")
PARTS = ("model", "category", "facets", "timeline")


def queries() -> list[str]:
    """Typing two words letter by letter, then searches of every kind; the same every run."""
    searched = [
        query.text for query in synthetic_queries() if not query.category and not query.side
    ]
    return [*TYPED, *searched][:QUERY_COUNT]


# ---- the database --------------------------------------------------------------------------


def database_for(count: int, folder: Path) -> Path:
    """The content database of ``count`` synthetic cards in ``folder``, written if missing."""
    from explorer.store import content_writer
    from explorer.store.content_schema import create_schema
    from explorer.store.database import open_database

    path = folder / f"answer-bench-{count}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_database(partial)
    create_schema(db)
    content_writer.replace_pack(db, synthetic_collection(count), "bench", lambda media: b"")
    db.close()
    partial.rename(path)
    return path


# ---- the floor -------------------------------------------------------------------------------


class _Rows(QAbstractListModel):
    """A list of ``count`` rows that says nothing about them: a reset costs only the view."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.count

    def data(self, index, role=0):
        return None

    def reset_to(self, count: int) -> None:
        self.beginResetModel()
        self.count = count
        self.endResetModel()


class _Ping(QObject):
    ping = Signal(object)


def floor_view(grid: QListView) -> tuple[QListView, _Rows]:
    """A QListView set up as the card grid is, at its size, over rows of nothing."""
    view = QListView()
    for copy in (
        lambda: view.setViewMode(grid.viewMode()),
        lambda: view.setFlow(grid.flow()),
        lambda: view.setWrapping(grid.isWrapping()),
        lambda: view.setResizeMode(grid.resizeMode()),
        lambda: view.setMovement(grid.movement()),
        lambda: view.setUniformItemSizes(grid.uniformItemSizes()),
        lambda: view.setLayoutMode(grid.layoutMode()),
        lambda: view.setBatchSize(grid.batchSize()),
        lambda: view.setGridSize(grid.gridSize()),
    ):
        copy()
    model = _Rows()
    view.setModel(model)
    view.resize(grid.size())
    view.show()
    return view, model


# ---- measuring one size, in its own process -----------------------------------------------


@dataclass
class Figures:
    """What one run measured at one size. Times in milliseconds, wall clock."""

    count: int
    results: list[int] = field(default_factory=list)  # cards per answer
    apply: dict[str, list[float]] = field(default_factory=dict)  # per scene
    apply_cpu: dict[str, list[float]] = field(default_factory=dict)
    settled: dict[str, list[float]] = field(default_factory=dict)  # with the next turn
    later_turn: dict[str, list[float]] = field(default_factory=dict)  # the longest
    # The same, in CPU time of the UI thread: what the code costs, whatever else the machine
    # runs (on a shared machine, wall clock also counts the time other processes took).
    settled_cpu: dict[str, list[float]] = field(default_factory=dict)
    later_turn_cpu: dict[str, list[float]] = field(default_factory=dict)
    parts: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    timeline_ready: list[float] = field(default_factory=list)
    slowest_frame: list[float] = field(default_factory=list)  # while each layout was made
    shown_turn: list[float] = field(default_factory=list)  # the turn that shows the layout
    first_frame: list[float] = field(default_factory=list)  # of the new layout
    idle_frames: list[float] = field(default_factory=list)  # nothing being laid out
    timeline_ok: bool = True
    first_layout_ms: float = 0.0
    floor_slot: list[float] = field(default_factory=list)
    floor_reset: list[float] = field(default_factory=list)
    floor_reset_settled: list[float] = field(default_factory=list)
    floor_reset_later_turn: list[float] = field(default_factory=list)
    load_average: float = 0.0


IDLE_TURN_MS = 0.1
IDLE_TURNS = 3
MAX_TURNS = 5000


def _drain(app: QApplication) -> float:
    """Turn the event loop until it is idle (a few turns in a row with nothing to do); the
    longest turn, in ms."""
    return _drain_timed(app)[0]


def _drain_timed(app: QApplication) -> tuple[float, float]:
    """``_drain``, and the most CPU time of the UI thread that one of the turns took."""
    longest, longest_cpu, idle = 0.0, 0.0, 0
    for _ in range(MAX_TURNS):
        started, started_cpu = time.perf_counter_ns(), time.thread_time_ns()
        app.processEvents()
        turn = _ms(started)
        longest_cpu = max(longest_cpu, (time.thread_time_ns() - started_cpu) / 1e6)
        longest = max(longest, turn)
        idle = idle + 1 if turn < IDLE_TURN_MS else 0
        if idle >= IDLE_TURNS:
            break
    return longest, longest_cpu


def _ms(start_ns: int) -> float:
    return (time.perf_counter_ns() - start_ns) / 1e6


def _timed_parts(window, parts: dict[str, list[float]]) -> list[tuple[object, str]]:
    """Time the four things an answer updates, each time ``_show_result`` calls them; what
    was wrapped, to unwrap it."""
    targets = {
        "model": (window.model, "set_result"),
        "category": (window.cards_page.category_filter, "set_counts"),
        "facets": (window.facet_panel, "set_counts"),
        "timeline": (window.timeline_page, "set_filter"),
    }
    for part, (owner, name) in targets.items():
        original = getattr(owner, name)

        def timed(*args, _original=original, _part=part, **kwargs):
            started = time.perf_counter_ns()
            _original(*args, **kwargs)
            parts[_part].append(_ms(started))

        setattr(owner, name, timed)
    return list(targets.values())


@dataclass
class _Wait:
    """Waiting for the timeline to show the latest answer, painting it meanwhile."""

    ready_ms: float = 0.0  # from the answer to the layout shown
    slowest_frame_ms: float = 0.0  # painted while the layout was being made
    shown_turn_ms: float = 0.0  # the turn of the event loop that showed it
    first_frame_ms: float = 0.0  # the first frame of the new layout
    came: bool = False


def _frame_ms(page) -> float:
    started = time.perf_counter_ns()
    page.view.viewport().grab()
    return _ms(started)


def _wait_for_timeline(app: QApplication, page, started: int) -> _Wait:
    wait = _Wait()
    deadline = time.monotonic() + TIMELINE_TIMEOUT_S
    while time.monotonic() < deadline:
        turn = time.perf_counter_ns()
        app.processEvents()
        if page.builder.up_to_date and not page.builder.busy:
            wait.shown_turn_ms, wait.ready_ms = _ms(turn), _ms(started)
            wait.first_frame_ms, wait.came = _frame_ms(page), True
            return wait
        wait.slowest_frame_ms = max(wait.slowest_frame_ms, _frame_ms(page))
        time.sleep(0.002)
    wait.ready_ms = _ms(started)
    return wait


def measure(count: int, database: Path) -> Figures:
    from explorer.session.search_state import SearchState
    from explorer.store.user_db import UserStore
    from explorer.ui.shell.app import create_application, open_window

    figures = Figures(count, load_average=os.getloadavg()[0])
    home = Path(tempfile.mkdtemp(prefix="answer-bench-home-"))
    os.environ["EXPLORER_HOME"] = str(home)
    app = create_application()
    user = UserStore.open(home / "user.db")
    window = open_window(app, database, user)
    window.resize(WINDOW_SIZE)
    window.show()
    _drain(app)
    page = window.timeline_page
    started = time.perf_counter_ns()
    window.pages.setCurrentWidget(page)
    figures.first_layout_ms = _wait_for_timeline(app, page, started).ready_ms
    figures.idle_frames = [_frame_ms(page) for _ in range(20)]
    answers = [(text, window.index.search(text)) for text in queries()]
    figures.results = [len(result) for _, result in answers]
    view, rows = floor_view(window.cards_page.grid)
    ping = _Ping()
    ping.ping.connect(lambda _answer: None)
    for scene in SCENES:
        window.pages.setCurrentWidget(page if scene == "timeline" else window.cards_page)
        _drain(app)
        # The search thread reads each answer's first page of cards with it (and, the grid
        # shown, draws the text of its tiles on screen); so does this, unclocked.
        read = window._first_page_reader()
        first_pages = {id(result): read(result) for _, result in answers}
        parts = {part: [] for part in PARTS}
        wrapped = _timed_parts(window, parts)
        for timed in (
            figures.apply,
            figures.apply_cpu,
            figures.settled,
            figures.later_turn,
            figures.settled_cpu,
            figures.later_turn_cpu,
        ):
            timed[scene] = []
        for text, result in answers:
            window._first_page = (result, first_pages[id(result)])
            wall, cpu = time.perf_counter_ns(), time.process_time_ns()
            thread_cpu = time.thread_time_ns()
            window._show_result(result, SearchState(query=text))
            figures.apply[scene].append(_ms(wall))
            figures.apply_cpu[scene].append((time.process_time_ns() - cpu) / 1e6)
            app.processEvents()
            figures.settled[scene].append(_ms(wall))
            figures.settled_cpu[scene].append((time.thread_time_ns() - thread_cpu) / 1e6)
            later, later_cpu = _drain_timed(app)
            figures.later_turn[scene].append(later)
            figures.later_turn_cpu[scene].append(later_cpu)
            if scene == "timeline":
                wait = _wait_for_timeline(app, page, wall)
                figures.timeline_ready.append(wait.ready_ms)
                figures.slowest_frame.append(wait.slowest_frame_ms)
                figures.shown_turn.append(wait.shown_turn_ms)
                figures.first_frame.append(wait.first_frame_ms)
                figures.timeline_ok &= wait.came and _shows(page, result)
            _drain(app)
        figures.parts[scene] = parts
        for owner, name in wrapped:
            delattr(owner, name)
    for _, result in answers:
        started = time.perf_counter_ns()
        ping.ping.emit(result)
        figures.floor_slot.append(_ms(started))
        started = time.perf_counter_ns()
        rows.reset_to(len(result))
        figures.floor_reset.append(_ms(started))
        app.processEvents()
        figures.floor_reset_settled.append(_ms(started))
        figures.floor_reset_later_turn.append(_drain(app))
    view.close()
    window.close()
    window.store.close()
    user.close()
    return figures


def _shows(page, result) -> bool:
    """The timeline shows exactly the dated cards of ``result``."""
    dated = {event.id for event in page.all_events}
    return {event.id for event in page.view.layout_.ordered} == set(result.ids()) & dated


def main(argv: Sequence[str]) -> None:
    """``python -m tests.bench.answer_bench COUNT DATABASE``: one JSON line of figures."""
    print(json.dumps(asdict(measure(int(argv[0]), Path(argv[1])))), flush=True)


# ---- running every size and reporting --------------------------------------------------------


def run_size(count: int, database: Path) -> Figures:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.answer_bench", str(count), str(database)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, f"{count} failed:\n{done.stderr}"
    return Figures(**json.loads(done.stdout.strip().splitlines()[-1]))


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest value with ``fraction`` of them at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _ms_text(value: float) -> str:
    if value < 0.1:
        return f"{value:.3f}"
    if value < 10:
        return f"{value:.2f}"
    return f"{value:.1f}" if value < 1000 else f"{value:,.0f}"


def spread(values: Sequence[float]) -> str:
    """median / p95 / max."""
    return " / ".join(
        _ms_text(v) for v in (statistics.median(values), percentile(values, 0.95), max(values))
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = [header, ["---", *("---:" for _ in header[1:])], *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def apply_table(results: Sequence[Figures]) -> str:
    header = [
        "what",
        "cards",
        "the call: median / p95 / max ms",
        "with the next turn: median / p95 / max ms",
        "longest later turn: median / p95 / max ms",
    ]
    rows = []
    for figures in results:
        cards = f"{figures.count:,}"
        rows.append(["floor: an empty slot", cards, spread(figures.floor_slot), "–", "–"])
        rows.append(
            [
                "floor: a QListView model reset",
                cards,
                spread(figures.floor_reset),
                spread(figures.floor_reset_settled),
                spread(figures.floor_reset_later_turn),
            ]
        )
        for scene in SCENES:
            rows.append(
                [
                    f"apply an answer, {scene} shown",
                    cards,
                    spread(figures.apply[scene]),
                    spread(figures.settled[scene]),
                    spread(figures.later_turn[scene]),
                ]
            )
    return _table(header, rows)


def cpu_table(results: Sequence[Figures]) -> str:
    header = [
        "what",
        "cards",
        "call and next turn, UI thread CPU: median / p95 / max ms",
        "longest later turn, UI thread CPU: median / p95 / max ms",
    ]
    rows = [
        [
            f"apply an answer, {scene} shown",
            f"{figures.count:,}",
            spread(figures.settled_cpu[scene]),
            spread(figures.later_turn_cpu[scene]),
        ]
        for figures in results
        for scene in SCENES
    ]
    return _table(header, rows)


def parts_table(results: Sequence[Figures]) -> str:
    header = ["scene", "cards", *(f"{part} median / p95 / max ms" for part in PARTS)]
    rows = [
        [scene, f"{figures.count:,}", *(spread(figures.parts[scene][part]) for part in PARTS)]
        for figures in results
        for scene in SCENES
    ]
    return _table(header, rows)


def timeline_table(results: Sequence[Figures]) -> str:
    header = [
        "cards",
        "first layout ms",
        "answer to timeline shown: median / p95 / max ms",
        "the turn that shows it: median / p95 / max ms",
        "its first frame: median / p95 / max ms",
        "frames while it is made: slowest, median / p95 / max ms",
        "frames, nothing being made: median / max ms",
        "layouts right",
    ]
    rows = [
        [
            f"{figures.count:,}",
            _ms_text(figures.first_layout_ms),
            spread(figures.timeline_ready),
            spread(figures.shown_turn),
            spread(figures.first_frame),
            spread(figures.slowest_frame),
            f"{_ms_text(statistics.median(figures.idle_frames))} / "
            f"{_ms_text(max(figures.idle_frames))}",
            "all" if figures.timeline_ok else "NOT ALL",
        ]
        for figures in results
    ]
    return _table(header, rows)


def target_lines(results: Sequence[Figures]) -> list[str]:
    lines = []
    for figures in results:
        for scene in SCENES:
            value = statistics.median(figures.apply[scene])
            verdict = "met" if value <= TARGET_APPLY_MS else "NOT MET"
            lines.append(
                f"- {figures.count:,} cards, {scene} shown: apply median {_ms_text(value)} ms "
                f"<= {TARGET_APPLY_MS:.0f} ms: {verdict}; slowest with the next turn "
                f"{_ms_text(max(figures.settled[scene]))} ms, slowest later turn "
                f"{_ms_text(max(figures.later_turn[scene]))} ms (frame {FRAME_BUDGET_MS:.0f} ms)"
            )
        worst = max(figures.shown_turn)
        verdict = "met" if worst <= FRAME_BUDGET_MS else "NOT MET"
        lines.append(
            f"- {figures.count:,} cards: the timeline's work on the UI thread (the turn that "
            f"shows a new layout) at most {_ms_text(worst)} ms <= {FRAME_BUDGET_MS:.0f} ms: "
            f"{verdict}; frames: the new layout's first at most "
            f"{_ms_text(max(figures.first_frame))} ms, the slowest while one was made "
            f"{_ms_text(max(figures.slowest_frame))} ms, with nothing being made at most "
            f"{_ms_text(max(figures.idle_frames))} ms"
        )
    return lines


def report(results: Sequence[Figures]) -> str:
    loads = ", ".join(f"{f.count:,}: {f.load_average:.2f}" for f in results)
    answered = ", ".join(
        f"{f.count:,}: {min(f.results):,} to {max(f.results):,} cards" for f in results
    )
    return "\n".join(
        [
            f"Answer bench: {len(queries())} answers per scene; window "
            f"{WINDOW_SIZE.width()}x{WINDOW_SIZE.height()}; wall clock; load average at start "
            f"{loads}",
            f"Answers: {answered}",
            "",
            apply_table(results),
            "",
            cpu_table(results),
            "",
            parts_table(results),
            "",
            timeline_table(results),
            "",
            "Targets:",
            *target_lines(results),
        ]
    )


def _check(figures: Figures, answers: int) -> None:
    """The measurement worked: every answer applied and timed, every layout came."""
    assert figures.first_layout_ms > 0
    for scene in SCENES:
        assert len(figures.apply[scene]) == len(figures.settled[scene]) == answers, scene
        assert all(value > 0 for value in figures.apply[scene]), scene
        for part in PARTS:
            assert len(figures.parts[scene][part]) == answers, (scene, part)
    assert len(figures.timeline_ready) == answers and figures.timeline_ok
    assert len(figures.floor_reset) == len(figures.floor_slot) == answers
    assert any(results > 0 for results in figures.results)


def test_applying_an_answer() -> None:
    answers = len(queries())
    kept = os.environ.get("ANSWER_BENCH_FOLDER")
    with tempfile.TemporaryDirectory(prefix="answer-bench-") as temporary:
        folder = Path(kept or temporary)
        folder.mkdir(parents=True, exist_ok=True)
        results = [run_size(count, database_for(count, folder)) for count in SIZES]
    for figures in results:
        _check(figures, answers)
    print()
    print(report(results))


if __name__ == "__main__":
    main(sys.argv[1:])
