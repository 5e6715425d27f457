"""The wheel is the whole app: it ships the bundled collection, the fonts with their licence,
the icons and the compiled translations, and nothing of the tests or the tools."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from explorer.ui.shell.language import LANGUAGE_NAMES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "explorer"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the working tree: setuptools' in-tree build folder would
    keep files of earlier builds, and so could hide a missing one."""
    work = tmp_path_factory.mktemp("packaging")
    source = work / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".*", "build", "dist", "*.egg-info", "__pycache__", "docs"),
    )
    # The project's build backend called as pip calls it (pip's own start-up doubled the cost).
    backend = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["build-backend"]
    build = f"import importlib, sys; importlib.import_module({backend!r}).build_wheel(sys.argv[1])"
    (work / "dist").mkdir()
    subprocess.run(
        [sys.executable, "-c", build, str(work / "dist")],
        check=True,
        capture_output=True,
        cwd=source,
    )
    (built,) = (work / "dist").glob("*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _shipped_names(folder: Path) -> set[str]:
    return {
        path.relative_to(ROOT).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_holds_the_bundled_collection(wheel_names):
    collection = _shipped_names(PACKAGE / "collection")
    assert {"explorer/collection/manifest.json", "explorer/collection/cards.json"} <= collection
    assert any(name.startswith("explorer/collection/media/") for name in collection)
    assert collection - wheel_names == set()


def test_the_wheel_holds_every_font_with_its_licence(wheel_names):
    fonts = _shipped_names(PACKAGE / "assets" / "fonts")
    assert "explorer/assets/fonts/OFL.txt" in fonts
    assert any(name.endswith(".ttf") for name in fonts)
    assert fonts - wheel_names == set()


def test_the_wheel_holds_every_icon(wheel_names):
    icons = _shipped_names(PACKAGE / "assets" / "icons")
    assert any(name.endswith(".svg") for name in icons)
    assert icons - wheel_names == set()


def test_the_wheel_holds_the_basemap(wheel_names):
    basemap = _shipped_names(PACKAGE / "assets" / "map")
    assert "explorer/assets/map/countries.geojson" in basemap
    assert basemap - wheel_names == set()


@pytest.mark.parametrize("language", LANGUAGE_NAMES)
def test_the_wheel_holds_the_compiled_translation(wheel_names, language):
    assert f"explorer/assets/translations/explorer_{language}.qm" in wheel_names


def test_the_wheel_holds_only_the_explorer_package_and_its_metadata(wheel_names):
    top_level = {name.split("/")[0] for name in wheel_names}
    assert {folder for folder in top_level if not folder.endswith(".dist-info")} == {"explorer"}


def test_the_wheel_installs_the_explorer_command(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = (
            name for name in archive.namelist() if name.endswith(".dist-info/entry_points.txt")
        )
        text = archive.read(entry_points).decode()
    assert "explorer = explorer.cli:main" in text
