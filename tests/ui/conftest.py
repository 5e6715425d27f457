"""Fixtures for widget tests: the bundled collection imported once, copied into each home."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from explorer.content.importer import import_pack
from explorer.store.content_store import ContentStore
from explorer.store.locations import BUNDLED_COLLECTION, content_database_path
from tests.ui.windows import shown


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The build compiles the .ts sources; do the same when pytest runs on its own."""
    from explorer.ui.shell.translations import TRANSLATIONS
    from tools.kazakh_latin_ts import derive

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"

    def compile_if_older(source: Path, compiled: Path, since: Path) -> None:
        if not compiled.exists() or compiled.stat().st_mtime < since.stat().st_mtime:
            subprocess.run(
                [str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True
            )

    for source in TRANSLATIONS.glob("*.ts"):
        compile_if_older(source, source.with_suffix(".qm"), source)
    # Kazakh Latin is derived from the Kazakh source, as the build does.
    kazakh = TRANSLATIONS / "explorer_kk.ts"
    latin = TRANSLATIONS / "explorer_kk-Latn.qm"
    if not latin.exists() or latin.stat().st_mtime < kazakh.stat().st_mtime:
        with tempfile.TemporaryDirectory() as folder:
            derived = Path(folder) / "explorer_kk-Latn.ts"
            derive(kazakh, derived)
            compile_if_older(derived, latin, kazakh)


@pytest.fixture(scope="session")
def bundled_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("bundled") / "content.db"
    import_pack(BUNDLED_COLLECTION, path)
    return path


@pytest.fixture
def content_database(bundled_database, explorer_home):
    target = content_database_path()
    shutil.copyfile(bundled_database, target)
    return target


@pytest.fixture
def store(content_database):
    store = ContentStore.open(content_database)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, content_database):
    from explorer.ui.shell.app import create_application, create_main_window

    with shown(qtbot, create_main_window(create_application())) as window:
        yield window
