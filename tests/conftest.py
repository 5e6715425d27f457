"""Every test runs headless, in a temporary home: no test touches the user's real data."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# ``database`` and ``drop`` for the drop-folder tests here and in tests/ui.
pytest_plugins = ["tests.content.drop_fixtures"]


@pytest.fixture(autouse=True)
def explorer_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EXPLORER_HOME", str(home))
    return home
