"""Interface translations: every .ts entry finished, plural forms read correctly."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.ui.translations import TRANSLATIONS

SOURCES = sorted(TRANSLATIONS.glob("*.ts"))


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
    from explorer.ui.app import create_application

    create_application()
    one = QCoreApplication.translate("CardsPage", "%n card(s)", "", 1)
    many = QCoreApplication.translate("CardsPage", "%n card(s)", "", 12)
    assert (one, many) == ("1 card", "12 cards")
