"""One cold start, in a process of its own: ``python -m tests.bench.startup_child KIND``.

KIND is ``bare`` (a PySide6 window with nothing in it: the floor) or ``explorer`` (the
explorer's window on the content database of ``EXPLORER_HOME``, opened as ``explorer`` opens
it). When the window's first paint has been delivered, the process prints one JSON line,
``{"peak_rss_kib": …}``; the explorer then prints a second when its card grid has been
painted with the first answer (its search index loaded), and quits. The parent times the
process from its spawn to each line.
"""

from __future__ import annotations

import json
import sys


def main(kind: str) -> None:
    if kind != "bare":
        # As the `explorer` command does: the explorer's Qt-free layers come before PySide6,
        # whose import hook reads the source of every module imported after it.
        from explorer.ui.shell.app import create_application, create_main_window

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from tests.bench.memory import peak_rss_kib

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1360, 880)
    else:
        from explorer.store.logs import configure_logging

        configure_logging(None)
        app = create_application()
        window = create_main_window(app)

    grid = None

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:
            nonlocal grid
            if event.type() != QEvent.Type.Paint:
                return False
            if watched is window:
                print(json.dumps({"peak_rss_kib": peak_rss_kib()}), flush=True)
                window.removeEventFilter(self)
                if kind == "bare":
                    QTimer.singleShot(0, app.quit)
                else:
                    # Asked for only now: the viewport's type is one PySide6 has to look for
                    # among all of QtWidgets' classes, which the window itself never asks.
                    grid = window.cards_page.grid.viewport()
                    grid.installEventFilter(self)
            elif watched is grid and window.answered:
                print(json.dumps({"peak_rss_kib": peak_rss_kib()}), flush=True)
                grid.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Paints()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    if kind != "bare":
        window.close()


if __name__ == "__main__":
    main(sys.argv[1])
