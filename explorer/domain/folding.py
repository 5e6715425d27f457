"""Text folding for matching: case, accents and the letters of Kazakh and Russian.

"Città" and "citta", "Қазақстан" and "казакстан", "Ёлка" and "елка" fold to the same text,
so a search typed without the special letters still finds them.
"""

from __future__ import annotations

import unicodedata

_LETTERS = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents and script-specific letters to their base."""
    lowered = unicodedata.normalize("NFKD", text).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)
