"""Fixtures for the content drop folder, shared by its own tests and the kiosk watcher's:
a content database holding the valid test pack, and an empty drop folder beside it."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from tests.content.pack_builder import write_valid_pack


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "data" / "content.db"
    import_pack(write_valid_pack(tmp_path / "bundled"), path)
    return path


@pytest.fixture
def drop(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder
