"""CPU time to the first painted window, for code trees compared in turns.

    python -m tests.bench.startup_cpu 31 /path/to/old/tree /path/to/new/tree

On a shared machine the wall clock of a start is mostly waiting for a core; the CPU time a
start has used by its first paint (``time.process_time()`` in the process, the search thread
not yet started) moves far less. Each start is a new process running the explorer's window
from the given tree (``explorer`` imported from it, the Qt-free layers before PySide6 as the
command does), in a data folder of its own per tree (the bundled collection's remembered
fingerprint is kept against that tree's files), with a bare PySide6 window (the floor) in
the same turns. Two starts of each warm up (the first builds the content database). Not a
pytest benchmark: run it as above, one tree being, say, ``git archive main | tar -x -C``.
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

CHILD = """
import json, os, sys, time

if sys.argv[1] != "bare":
    from explorer.ui.shell.app import create_application, create_main_window
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if sys.argv[1] == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1360, 880)
else:
    from explorer.store.logs import configure_logging

    configure_logging(None)
    app = create_application()
    window = create_main_window(app)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            print(json.dumps({"cpu_s": time.process_time()}), flush=True)
            window.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
os._exit(0)  # the search thread may still be loading the index: what follows is not timed
"""


def start_once(tree: Path, kind: str, home: Path) -> tuple[float, float]:
    """CPU milliseconds to the first paint, and wall milliseconds from the spawn to it."""
    environment = {
        **os.environ,
        "EXPLORER_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(tree),
    }
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, kind],
        cwd=tree,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = child.stdout.readline()
    wall = time.perf_counter() - started
    child.wait(timeout=60)
    if not line:
        raise RuntimeError(f"the {kind} start from {tree} printed nothing ({child.returncode})")
    return json.loads(line)["cpu_s"] * 1000, wall * 1000


def main(rounds: int, trees: list[Path]) -> None:
    starts = [("bare", trees[0]), *(("explorer", tree) for tree in trees)]
    with tempfile.TemporaryDirectory(prefix="startup-cpu-") as folder:
        homes = []
        for number, (kind, tree) in enumerate(starts):
            home = Path(folder, f"home-{number}")
            home.mkdir()
            homes.append(home)
            for _ in range(2):
                start_once(tree, kind, home)
        figures: list[list[tuple[float, float]]] = [[] for _ in starts]
        loads = []
        for _ in range(rounds):
            for kind_figures, (kind, tree), home in zip(figures, starts, homes, strict=True):
                kind_figures.append(start_once(tree, kind, home))
            loads.append(os.getloadavg()[0])
    floor = statistics.median(cpu for cpu, _ in figures[0])
    floor_wall = statistics.median(wall for _, wall in figures[0])
    print(f"load average {min(loads):.2f}–{max(loads):.2f}, {rounds} rounds in turns")
    print(
        "| start | CPU to first paint: median ms | lower quartile | min | × floor "
        "| wall: median ms | × floor |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (kind, tree), kind_figures in zip(starts, figures, strict=True):
        cpus = [cpu for cpu, _ in kind_figures]
        wall = statistics.median(wall for _, wall in kind_figures)
        name = "bare PySide6 window (floor)" if kind == "bare" else f"explorer, {tree}"
        print(
            f"| {name} | {statistics.median(cpus):.0f} | {statistics.quantiles(cpus, n=4)[0]:.0f} "
            f"| {min(cpus):.0f} | {statistics.median(cpus) / floor:.2f}× | {wall:.0f} "
            f"| {wall / floor_wall:.2f}× |"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]), [Path(tree).resolve() for tree in sys.argv[2:]])
