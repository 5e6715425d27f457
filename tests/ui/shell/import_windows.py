"""Fixtures for tests that import into a window: the window, which an import may replace (and
delete) by a new one, and the windows opened again, all closed with what they opened."""

from __future__ import annotations

import pytest
from shiboken6 import isValid

from explorer.ui.shell.app import create_application, create_main_window


@pytest.fixture
def window(qtbot, content_database):
    """A window a test may have replaced (and deleted) by a new one."""
    window = create_main_window(create_application())
    window.show()
    qtbot.waitExposed(window)
    store, user = window.store, window.user
    yield window
    if isValid(window):
        window.imports.wait()
        window.thumbnails.wait()
        window.close()
        window.deleteLater()
    store.close()
    user.close()


@pytest.fixture
def reopened():
    """Windows opened again by a test, closed with what they opened at its end."""
    windows = []
    yield windows
    for window in windows:
        window.imports.wait()
        window.thumbnails.wait()
        window.close()
        window.store.close()
