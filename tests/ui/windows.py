"""Showing a real window for a test and closing it with everything it opened."""

from __future__ import annotations

import contextlib


@contextlib.contextmanager
def shown(qtbot, window):
    """``window`` shown at a laptop's size, with its first answer, while the block runs,
    then closed with its workers and databases."""
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.answered)
    try:
        yield window
    finally:
        window.thumbnails.wait()
        window.close()
        window.store.close()
        window.user.close()
