"""Where the explorer keeps its files: the platform's place, or EXPLORER_HOME."""

from __future__ import annotations

import sys

import pytest

from explorer.store.locations import APP_FOLDER, content_database_path, user_data_path


def test_explorer_home_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("EXPLORER_HOME", str(tmp_path / "home"))
    assert user_data_path() == tmp_path / "home"
    assert content_database_path() == tmp_path / "home" / "content.db"
    assert not (tmp_path / "home").exists(), "finding the folder does not make it"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are Linux's")
def test_on_linux_the_data_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("EXPLORER_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert user_data_path() == tmp_path / "xdg" / APP_FOLDER
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    assert user_data_path() == tmp_path / "person" / ".local" / "share" / APP_FOLDER
