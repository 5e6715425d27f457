"""What a start imports before the window is drawn: only what that first picture needs.

NumPy (the search index), sqlite-utils (making schemas), Pillow (thumbnails) and the timeline
cost a good share of a start; they come later, on the search thread or when first used. The
Qt-free layers come before PySide6, whose import hook reads every module imported after it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LATER = (
    "numpy",
    "sqlite_utils",
    "PIL",
    "explorer.ui.timeline.timeline_page",
    "pyqtgraph",
    "explorer.ui.charts.figures_view",
    "segno",
    "explorer.store.my_collection",
    "explorer.ui.stories.stories_page",
    "explorer.ui.quiz.quiz_page",
    "explorer.ui.mine.mine_page",
    "explorer.ui.print.study_sheet",
)

_START = """
import json, sys, threading

on_main_thread = set()


class Witness:
    \"\"\"Notes each module first imported on the main thread; finds nothing itself.\"\"\"

    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is threading.main_thread():
            on_main_thread.add(name)
        return None


sys.meta_path.insert(0, Witness())
from explorer.ui.shell.app import create_application, create_main_window

app = create_application()
window = create_main_window(app)
window.show()
for _ in range(20):
    app.processEvents()
window.search_worker.stop()
print(json.dumps({name: name in on_main_thread for name in NAMES}))
"""


def test_a_window_is_made_without_numpy_sqlite_utils_pillow_or_the_timeline(
    content_database, explorer_home: Path
):
    imported = _everyday_start(f"NAMES = {LATER!r}\n{_START}")
    assert imported == dict.fromkeys(LATER, False)


def _everyday_start(code: str) -> dict:
    """What ``code`` prints last, as JSON, run as the second start of a home: the first
    makes the user database, which needs sqlite-utils."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):
        started = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
            check=True,
        )
    return json.loads(started.stdout.strip().splitlines()[-1])


def test_the_qt_free_layers_are_imported_before_pyside6():
    """PySide6's import hook reads the source of every module imported after it."""
    code = "import sys\nimport explorer.ui.shell.app\nprint(' '.join(sys.modules))\n"
    started = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    )
    order = started.stdout.split()
    before_pyside = set(order[: order.index("PySide6")])
    layers = ("explorer.content.library", "explorer.store.content_store", "explorer.store.user_db")
    standard = ("json", "sqlite3", "zipfile", "logging", "dataclasses")
    assert set(layers + standard) <= before_pyside


_FIRST_PAINT = """
import json, sys

from explorer.ui.shell.app import create_application, create_main_window
from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QEvent, QObject

app = create_application()
window = create_main_window(app)
seen = {}


class FirstPaint(QObject):
    \"\"\"Notes, at the window's first paint, which of QT_NAMES PySide6 has made and which of
    MODULES are imported.\"\"\"

    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint and not seen:
            made = {**vars(QtWidgets), **vars(QtGui)}
            seen.update({name: name in made for name in QT_NAMES})
            seen.update({name: name in sys.modules for name in MODULES})
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
while not seen:
    app.processEvents()
window.search_worker.stop()
print(json.dumps(seen))
"""


def test_the_first_paint_makes_no_qt_class_the_window_does_not_draw_with(
    content_database, explorer_home: Path
):
    """PySide6 makes a class, and every Python enum in it, when it is first used: QStyle's
    enums, or the whole of QtWidgets (``QWizard`` and the rest) looked through for a widget
    whose type it does not know, as the grid's viewport is, cost a start 15–25 ms each;
    the shortcuts (``QKeySequence``) are made after the first paint. The dialogs, the kiosk
    settings, CSV and what imports a pack from the window come when they are used, and
    reading a pack (its reader, hashing) only when the bundled collection changed; the
    tiles' text is drawn with, and imported, once an answer comes; the converters and the
    arithmetic of deep time when they are used."""
    qt_names = ("QStyle", "QGradient", "QMessageBox", "QFileDialog", "QWizard", "QKeySequence")
    modules = (
        "explorer.domain.kiosk_config",
        "csv",
        "hmac",
        "explorer.content.pack_reader",
        "explorer.content.pack_fingerprint",
        "hashlib",
        "explorer.ui.shell.pack_import",
        "explorer.ui.cards.tile_text",
        "explorer.content.convert",  # the converters, and their errors
        "decimal",  # years before present (115 Ma) only
    )
    made = _everyday_start(f"QT_NAMES = {qt_names!r}\nMODULES = {modules!r}\n{_FIRST_PAINT}")
    assert made == dict.fromkeys(qt_names + modules, False)
