"""Text folding for matching: case, accents and the letters of Kazakh and Russian.

"Città" and "citta", "Қазақстан" and "казакстан", "Ёлка" and "елка" fold to the same text,
so a search typed without the special letters still finds them.

Folding stays inside each script: "Абай" folds to "абаи", not to "abai". Matching across
scripts ("Абай" and "Abay") is the job of :func:`explorer.domain.transliteration.skeleton`.

The steps, in order:

1. NFKD and ``casefold``: lower case ("ß" becomes "ss") and accents split off the letters.
2. The nine Kazakh letters to the Cyrillic letters they are built on (table below), and the
   Latin dotless "ı" to "i". "ё" needs no entry: NFKD has already split it into "е" and a
   diaeresis.
3. Every combining mark dropped: "à" is "a" + grave accent, so it becomes "a".
4. NFC, so what is left is in the usual composed form.

The result is idempotent: ``fold(fold(text)) == fold(text)``.
"""

from __future__ import annotations

import unicodedata

#: Kazakh letter -> the letter it is built on, used when matching (not when displaying).
KAZAKH_BASE_LETTERS = {
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
}

_LETTERS = str.maketrans({**KAZAKH_BASE_LETTERS, "ı": "i"})


class _CombiningMarks(dict):
    """A ``str.translate`` table that deletes combining marks, learning each code point once.

    After the first sight of a character the lookup stays in C, which is several times faster
    than testing ``unicodedata.combining`` for every character of every word.
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents and script-specific letters to their base."""
    if text.isascii():  # no accents, no other scripts: only case to fold
        return text.lower()
    lowered = unicodedata.normalize("NFKD", text).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return unicodedata.normalize("NFC", decomposed.translate(_DROP_MARKS))
