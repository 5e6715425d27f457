"""The language of the whole interface and of the cards, switched while the app runs.

English, Italian, Kazakh (Cyrillic), Kazakh in the 2021 Latin alphabet and Russian. Kazakh
Latin has no translation source of its own: the build derives it from the Kazakh one
(tools/kazakh_latin_ts.py). Qt's own strings and locale are the Kazakh ones.
"""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer.domain.entities import KAZAKH_LATIN, base_language
from explorer.domain.transliteration import kazakh_latin
from explorer.ui.shell.translations import qm_path

LANGUAGE_NAMES = {
    "en": "English",
    "it": "Italiano",
    "kk": "Қазақша",
    KAZAKH_LATIN: "Qazaqşa",
    "ru": "Русский",
}


def offered_languages(content_languages: list[str]) -> list[str]:
    """The languages to offer: those of the content, with Kazakh Latin after Kazakh."""
    offered = []
    for code in content_languages:
        offered.append(code)
        if code == "kk":
            offered.append(KAZAKH_LATIN)
    return offered


def in_script(text: str) -> str:
    """``text`` in the current language's script: Kazakh Latin transliterates what Qt's
    Kazakh locale writes in Cyrillic (month names); other languages leave it as it is."""
    app = QCoreApplication.instance()
    if app is not None and app.property("explorer_language") == KAZAKH_LATIN:
        return kazakh_latin(text)
    return text


PSEUDO_VARIABLE = "EXPLORER_PSEUDO_LOCALE"
PSEUDO_GROWTH = 0.4


def pseudo_text(text: str) -> str:
    """``text`` made 40% longer and bracketed, placeholders intact: shows at a glance what
    is not translatable and what a longer language would clip."""
    padding = max(2, math.ceil(len(text) * PSEUDO_GROWTH) - 2)
    return f"[{text}{'~' * padding}]"


class _PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return pseudo_text(source) if source else source


class LanguageSwitcher:
    """Installs the translators for one language at a time and sets the default locale.

    Each language's translators are loaded once and kept: a kiosk switches language with
    every visitor, all day.
    """

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.installed: list[QTranslator] = []
        self.loaded: dict[tuple[str, bool], list[QTranslator]] = {}
        self.language = ""
        self.pseudo = False

    def apply(self, language: str) -> None:
        pseudo = bool(os.environ.get(PSEUDO_VARIABLE))
        if (language, pseudo) == (self.language, self.pseudo):
            return
        for translator in self.installed:
            self.app.removeTranslator(translator)
        QLocale.setDefault(QLocale(base_language(language)))
        if (language, pseudo) not in self.loaded:
            self.loaded[(language, pseudo)] = self._load(language, pseudo)
        self.installed = self.loaded[(language, pseudo)]
        self.app.setProperty("explorer_language", language)
        for translator in self.installed:
            self.app.installTranslator(translator)
        self.language, self.pseudo = language, pseudo

    def _load(self, language: str, pseudo: bool) -> list[QTranslator]:
        translators = []
        qt_translator = QTranslator(self.app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(QLocale(base_language(language)), "qtbase", "_", qt_folder):
            translators.append(qt_translator)
        ours = QTranslator(self.app)
        if ours.load(str(qm_path(language))):
            translators.append(ours)
        if pseudo:
            translators.append(_PseudoTranslator(self.app))
        return translators
