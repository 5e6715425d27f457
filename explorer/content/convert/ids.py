"""Pack ids made from titles: lower-case ASCII letters, digits and hyphens, unique, short."""

from __future__ import annotations

import re
import unicodedata

from explorer.content.limits import MAX_ID_CHARS

_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "і": "i", "к": "k", "қ": "q",
    "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "є": "ye", "ї": "yi", "ґ": "g",
}  # fmt: skip
_TO_LATIN = str.maketrans(_CYRILLIC | {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l"})
_NOT_ID = re.compile(r"[^a-z0-9]+")
_ROOM_FOR_NUMBER = 8
"""Characters kept free at the end of a long id for "-2", "-3", … when it is used twice."""


_ID_ALREADY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slug(text: str) -> str:
    """``text`` as id characters: "Абай Құнанбайұлы" -> "abay-qunanbayuly"; "" if none."""
    if _ID_ALREADY.fullmatch(text):  # a sheet's id column, often: nothing to change
        return text
    latin = text.lower().translate(_TO_LATIN)
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    return _NOT_ID.sub("-", ascii_text).strip("-")


def _shorten(text: str, length: int) -> str:
    if len(text) <= length:
        return text
    cut = text[:length]
    if text[length] != "-" and "-" in cut:
        cut = cut.rsplit("-", 1)[0]
    return cut.strip("-")


class IdMaker:
    """Gives each title a unique id within one file of the pack."""

    def __init__(self, fallback: str) -> None:
        self._fallback = fallback
        self._used: set[str] = set()

    def make(self, *seeds: str | None) -> str:
        """An unused id from the first seed that has id characters, else the fallback."""
        base = next((s for s in (slug(seed or "") for seed in seeds) if s), self._fallback)
        base = _shorten(base, MAX_ID_CHARS - _ROOM_FOR_NUMBER)
        candidate, number = base, 1
        while candidate in self._used:
            number += 1
            candidate = f"{base}-{number}"
        self._used.add(candidate)
        return candidate
