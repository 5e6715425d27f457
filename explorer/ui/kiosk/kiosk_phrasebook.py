"""A few phrases shown in every offered language at once, such as "Touch to explore".

The installed translator serves one language at a time, so each offered language gets its
own translator here, asked directly and never installed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from explorer.ui.shell.translations import qm_path

CONTEXT = "KioskPhrases"
TOUCH_TO_EXPLORE = QT_TRANSLATE_NOOP("KioskPhrases", "Touch to explore")
CHOOSE_LANGUAGE = QT_TRANSLATE_NOOP("KioskPhrases", "Choose your language")
BRAND = ("TopBar", "Italy · Kazakhstan")  # the top bar's own title, translated there


class Phrasebook:
    def __init__(self, languages: list[str] | tuple[str, ...]):
        self.languages = list(languages)
        self.translators: dict[str, QTranslator] = {}
        for language in self.languages:
            translator = QTranslator()
            if translator.load(str(qm_path(language))):
                self.translators[language] = translator

    def say(self, language: str, phrase: str, context: str = CONTEXT) -> str:
        """``phrase`` in ``language``; English (the source) when there is no translation."""
        translator = self.translators.get(language)
        return (translator.translate(context, phrase) if translator else "") or phrase

    def in_every_language(self, phrase: str) -> list[str]:
        """``phrase`` once per offered language, in their order, without repeats."""
        said: list[str] = []
        for language in self.languages:
            text = self.say(language, phrase)
            if text not in said:
                said.append(text)
        return said
