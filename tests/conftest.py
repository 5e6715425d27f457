"""Every test runs headless, in a temporary home: no test touches the user's real data."""

from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# ``database`` and ``drop`` for the drop-folder tests here and in tests/ui.
pytest_plugins = ["tests.content.drop_fixtures"]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Widgets closed at a test's end are deleted before the next test, not at some later
    event loop: a kiosk left alive keeps filtering every event of the application. The
    application speaks English again: a test in another language must not leave it to the
    next test of the same process."""
    result = yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            switcher = getattr(app, "language_switcher", None)
            if switcher is not None:
                switcher.apply("en")
    return result


@pytest.fixture(autouse=True)
def explorer_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EXPLORER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory):
    """The bundled collection imported once per test process, read only by the tests."""
    from explorer.content.importer import import_pack
    from explorer.store.content_store import ContentStore
    from explorer.store.locations import BUNDLED_COLLECTION

    path = tmp_path_factory.mktemp("bundled-store") / "content.db"
    import_pack(BUNDLED_COLLECTION, path)
    store = ContentStore.open(path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def bundled_index(bundled_store):
    from explorer.store.search_index import SearchIndex

    return SearchIndex.load(bundled_store.db)
