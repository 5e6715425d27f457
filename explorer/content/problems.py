"""What is wrong with a content pack, said so that a curator can find and fix it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str) -> str:
    """``text`` with every control, format or separator character written as an escape.

    Pack text quoted in a message is shown this way, so that a message can never hide a
    character, break a line or turn itself around (as U+202E RIGHT-TO-LEFT OVERRIDE would).
    """
    if text.isprintable():
        return text
    return "".join(_escape(character) for character in text)


def _escape(character: str) -> str:
    if character == " " or unicodedata.category(character) not in _HIDDEN_CATEGORIES:
        return character
    if character in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[character]
    code = ord(character)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: where it is (file, item id, field) and what it is."""

    file: str
    item: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        place = [part for part in (self.file, self.item, self.field) if part is not None]
        return printable(": ".join([*place, self.message]))


class PackInvalid(Exception):
    """A pack that cannot be used, with every problem found in it."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        heading = f"the pack has {count} problem{'' if count == 1 else 's'}:"
        return "\n".join([heading, *(str(problem) for problem in self.problems)])
