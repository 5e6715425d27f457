"""Fixtures for widget tests: the bundled collection imported once, copied into each home."""

from __future__ import annotations

import shutil

import pytest

from explorer.content.importer import import_pack
from explorer.content.library import bundled_fingerprint_memo
from explorer.content.pack_reader import Limits
from explorer.content.remembered_fingerprint import remembered_pack
from explorer.store.content_store import ContentStore
from explorer.store.locations import (
    BUNDLED_COLLECTION,
    content_database_path,
    thumbnail_cache_folder,
)
from tests.ui.made_thumbnails import made_thumbnails, share_thumbnails
from tests.ui.windows import shown


@pytest.fixture(scope="session")
def bundled_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("bundled") / "content.db"
    import_pack(BUNDLED_COLLECTION, path)
    remembered_pack(BUNDLED_COLLECTION, Limits(), bundled_fingerprint_memo(path.parent))
    return path


@pytest.fixture
def content_database(bundled_database, explorer_home):
    """The bundled collection's database in the test's home, with the fingerprint memo that
    a home keeps after its first start (hashing the collection costs 0.1 s a window)."""
    target = content_database_path()
    shutil.copyfile(bundled_database, target)
    memo = bundled_fingerprint_memo(target.parent)
    memo.parent.mkdir(exist_ok=True)
    shutil.copyfile(bundled_fingerprint_memo(bundled_database.parent), memo)
    return target


@pytest.fixture
def store(content_database):
    store = ContentStore.open(content_database)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, content_database):
    """The desktop window, its thumbnail cache holding what earlier windows made."""
    from explorer.ui.shell.app import create_application, create_main_window

    share_thumbnails(made_thumbnails(), thumbnail_cache_folder())
    with shown(qtbot, create_main_window(create_application())) as window:
        yield window
    share_thumbnails(window.thumbnails.cache, made_thumbnails())
