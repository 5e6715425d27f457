"""Where the explorer keeps its files on this machine.

``EXPLORER_HOME`` overrides the user data folder; every test sets it to a temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "italy-kazakhstan-explorer"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
BUNDLED_COLLECTION = PROJECT_ROOT / "db" / "collection"
ASSETS = PROJECT_ROOT / "assets"


def user_data_folder() -> Path:
    override = os.environ.get("EXPLORER_HOME")
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA", Path.home())) / APP_FOLDER
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / APP_FOLDER
    else:
        base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
        folder = Path(base) / APP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def content_database_path() -> Path:
    return user_data_folder() / "content.db"


def user_database_path() -> Path:
    return user_data_folder() / "user.db"


def thumbnail_cache_folder() -> Path:
    folder = user_data_folder() / "cache" / "thumbnails"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
