"""Where the explorer keeps its files on this machine.

``EXPLORER_HOME`` overrides the user data folder; every test sets it to a temporary folder.
"""

from __future__ import annotations

import logging
import os
import tempfile
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_FOLDER = "italy-kazakhstan-explorer"
# Package data. The explorer is installed as files on disk, so these are real folders that
# glob, copytree and Qt can open; Path() refuses a zip-imported package rather than guess.
BUNDLED_COLLECTION = Path(files("explorer") / "collection")
ASSETS = Path(files("explorer") / "assets")

log = logging.getLogger(__name__)


def user_data_folder() -> Path:
    """The user data folder, made if needed; raises OSError when it cannot be made."""
    folder = user_data_path()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_data_path() -> Path:
    """Where the user data folder is, whether or not it exists (or can exist): the platform's
    place for an application's data (platformdirs), or ``EXPLORER_HOME``."""
    override = os.environ.get("EXPLORER_HOME")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_FOLDER, appauthor=False, roaming=True)


def content_database_path() -> Path:
    """Where the content database is; the folder may not exist (see ContentLibrary)."""
    return user_data_path() / "content.db"


USER_DATABASE = "user.db"


def user_database_path() -> Path:
    """Where the user database is, its folder made; raises OSError when it cannot be."""
    return user_data_folder() / USER_DATABASE


def thumbnail_cache_folder() -> Path:
    """The thumbnail cache; a temporary folder for this run when the data folder can't
    take it (read-only, or a full disk)."""
    folder = user_data_path() / "cache" / "thumbnails"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("Thumbnails are cached in a temporary folder: %s", error)
        return Path(tempfile.mkdtemp(prefix="explorer-thumbnails-"))
    return folder
