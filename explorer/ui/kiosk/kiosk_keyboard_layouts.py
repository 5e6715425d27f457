"""The letters of the kiosk's on-screen keyboard, for each interface language.

Lower case only: search ignores case. Kazakh (Cyrillic) has the Russian letters with its
nine own letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) on a row above them, as on a Kazakh keyboard's top row;
Kazakh Latin has the 2021 alphabet's letters with diacritics and the dotless ı above the
Latin rows; Italian has its accented vowels. Each layout names the layout of the other
script, for names written in it ("Верди" and "Verdi" find the same card anyway).
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.domain.entities import KAZAKH_LATIN

LATIN_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
RUSSIAN_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё")
KAZAKH_LETTERS = "әіңғүұқөһ"
KAZAKH_LATIN_LETTERS = "äğıñöşūü"
ITALIAN_LETTERS = "àèéìòù"
DIGIT_ROWS = ("789", "456", "123", "-0'")


@dataclass(frozen=True)
class KeyboardLayout:
    rows: tuple[str, ...]
    label: str  # written on the key that switches to this layout
    other: str  # the language whose layout has the other script


LAYOUTS = {
    "en": KeyboardLayout(LATIN_ROWS, "ABC", "ru"),
    "it": KeyboardLayout((ITALIAN_LETTERS, *LATIN_ROWS), "ABC", "ru"),
    KAZAKH_LATIN: KeyboardLayout((KAZAKH_LATIN_LETTERS, *LATIN_ROWS), "ÄBC", "kk"),
    "ru": KeyboardLayout(RUSSIAN_ROWS, "АБВ", "en"),
    "kk": KeyboardLayout((KAZAKH_LETTERS, *RUSSIAN_ROWS), "ӘБВ", KAZAKH_LATIN),
}


def layout_for(language: str) -> KeyboardLayout:
    """The layout of ``language``; English for a language without one of its own."""
    return LAYOUTS.get(language, LAYOUTS["en"])
