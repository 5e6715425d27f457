"""Switching language while the app runs: interface, cards, dates, Kazakh Latin, fonts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

from explorer.domain.entities import KAZAKH_LATIN
from explorer.domain.transliteration import kazakh_latin
from explorer.ui.cards.card_model import CardRole
from tests.ui.shell.test_main_window import bundled


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choose(window, language: str) -> None:
    bar = window.top_bar
    bar.language.setCurrentIndex(bar.language.findData(language))
    assert window.language == language


def visible_strings(window) -> dict[str, str]:
    return {
        "rail": window.rail.buttons["cards"].text(),
        "search": window.top_bar.search.placeholderText(),
        "count": window.cards_page.count_label.text(),
        "refine": window.facet_panel.title.text(),
        "fit": window.timeline_page.fit_button.text(),
        "title": window.windowTitle(),
    }


@pytest.mark.parametrize("language", ["it", "kk", "ru"])
def test_every_visible_string_follows_the_language(window, language):
    english = visible_strings(window)
    choose(window, language)
    now = visible_strings(window)
    for key in english:
        assert now[key] != english[key], key
    assert now["rail"] == tr("NavigationRail", "Cards")
    choose(window, "en")
    assert visible_strings(window) == english


def test_dates_follow_the_locale(window, store):
    row = window.model.row_of(bundled("first-neos-flight-2021"))
    assert row >= 0
    assert window.model.index(row).data(CardRole.DateText) == "6 July 2021"
    choose(window, "it")
    assert window.model.index(row).data(CardRole.DateText) == "6 luglio 2021"
    choose(window, "ru")
    assert "2021" in window.model.index(row).data(CardRole.DateText)
    assert "июл" in window.model.index(row).data(CardRole.DateText)


def test_kazakh_latin_is_derived_from_the_cyrillic(window, store):
    choose(window, KAZAKH_LATIN)
    cards_label = window.rail.buttons["cards"].text()
    assert not re.search("[\u0400-\u04ff]", cards_label), cards_label
    card = store.card(window.model.index(0).data(CardRole.Id))
    assert window.model.index(0).data(CardRole.Title) == kazakh_latin(card.title["kk"])
    window.open_card(card.id)
    assert window.detail.card.id == card.id
    picture = next(w for w in window.detail.findChildren(QLabel) if w.objectName() == "cardImage")
    assert not picture.pixmap().isNull(), "pictures still load in Kazakh Latin"
    assert window.user.setting("content_language") == KAZAKH_LATIN


def test_the_bundled_noto_fonts_are_loaded_and_used(window):
    families = QFontDatabase.families()
    assert "Noto Sans" in families and "Noto Serif" in families
    assert QApplication.font().family() == "Noto Sans"
    assert QFontDatabase.writingSystems("Noto Sans").count(QFontDatabase.WritingSystem.Cyrillic)


def test_switching_back_and_forth_reuses_each_languages_translators(window):
    from PySide6.QtCore import QTranslator

    app = QApplication.instance()
    for language in ("it", "ru", "en"):
        window.set_language(language)
    loaded = len(app.findChildren(QTranslator))
    for _ in range(20):  # a day of visitors at a kiosk
        for language in ("it", "ru", "en"):
            window.set_language(language)
    assert len(app.findChildren(QTranslator)) == loaded
    assert QCoreApplication.translate("NavigationRail", "Timeline") == "Timeline"
    window.set_language("it")
    assert QCoreApplication.translate("NavigationRail", "Timeline") != "Timeline"
