"""The study sheet's own words in the sheet's language, whatever the interface's.

The words are marked with ``QT_TRANSLATE_NOOP`` in the context ``StudySheet``, so that
pyside6-lupdate files them, and looked up in that language's compiled translation.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from explorer.domain.entities import base_language
from explorer.domain.wording import fill
from explorer.ui.shell.translations import qm_path

CONTEXT = "StudySheet"
DATE_CONTEXT = "DateText"


class SheetWords:
    def __init__(self, language: str):
        self.language = language
        self.locale = QLocale(base_language(language))
        self._translator = QTranslator()
        self._loaded = self._translator.load(str(qm_path(language)))

    def say(self, source: str, values: list[str] | None = None) -> str:
        """``source`` (a template marked for ``StudySheet``) in the sheet's language, with
        ``values`` put in for %1, %2 …"""
        text = self._translator.translate(CONTEXT, source) if self._loaded else ""
        return fill(text or source, values or [])

    def date_word(self, source: str) -> str:
        """A word of dates (context ``DateText``, "c. %1" …) in the sheet's language."""
        text = self._translator.translate(DATE_CONTEXT, source) if self._loaded else ""
        return text or source
