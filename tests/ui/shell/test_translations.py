"""Interface translations: every .ts entry finished, plural forms read correctly."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.ui.shell.translations import TRANSLATIONS

SOURCES = sorted(TRANSLATIONS.glob("*.ts"))
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_every_translation_entry_is_finished(source):
    root = ElementTree.parse(source).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        text = message.findtext("source")
        assert translation.get("type") != "unfinished", f"{source.name}: {text!r} is unfinished"
        forms = translation.findall("numerusform") or [translation]
        assert all((form.text or "").strip() for form in forms), f"{source.name}: {text!r}"


def test_english_plurals_are_installed(qapp):
    from explorer.ui.shell.app import create_application

    create_application()
    one = QCoreApplication.translate("CardsPage", "%n card(s)", "", 1)
    many = QCoreApplication.translate("CardsPage", "%n card(s)", "", 12)
    assert (one, many) == ("1 card", "12 cards")


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_every_interface_string_of_the_code_is_in_the_sources(source, tmp_path):
    """What pyside6-lupdate finds in explorer/ui is translated: nothing new, nothing left."""
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    language = source.stem.removeprefix("explorer_")
    options = ["-pluralonly"] if language == "en" else []
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    code = sorted(str(path) for path in (ROOT / "explorer" / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(lupdate),
            *code,
            "-locations",
            "none",
            "-no-obsolete",
            *options,
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    root = ElementTree.parse(copy).getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    sources = {message.findtext("source") for message in root.iter("message")}
    before = {message.findtext("source") for message in ElementTree.parse(source).iter("message")}
    assert sources == before, "refresh the .ts sources (see assets/translations/README.md)"
