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
    """One thing wrong with a pack: where it is (file, line, item id, field) and what it is.

    ``line`` is set for records of a JSON Lines file, where the line finds the record faster
    than its id (which may be the very thing that is wrong).
    """

    file: str
    item: str | None
    field: str | None
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line:,}"
        place = [part for part in (where, self.item, self.field) if part is not None]
        return printable(": ".join([*place, self.message]))


class PackInvalid(Exception):
    """A pack that cannot be used, with the problems found in it.

    A pack of many records can hold many problems; past a few thousand only their number is
    kept (``unlisted``): the first ones show what to fix. ``warnings`` are what was worth a
    look besides (see ``warning_lines``).
    """

    def __init__(
        self,
        problems: Iterable[Problem],
        unlisted: int = 0,
        *,
        warnings: Iterable[Problem] = (),
        unlisted_warnings: int = 0,
    ) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.unlisted = unlisted
        self.warnings: tuple[Problem, ...] = tuple(warnings)
        self.unlisted_warnings = unlisted_warnings
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems) + self.unlisted
        heading = f"the pack has {count:,} problem{'' if count == 1 else 's'}:"
        if self.unlisted:
            heading = f"the pack has {count:,} problems; the first {len(self.problems):,} are:"
        return "\n".join([heading, *(str(problem) for problem in self.problems)])


WARNING_PREFIX = "warning: "


def warning_lines(warnings: Iterable[Problem], unlisted: int = 0) -> list[str]:
    """Warnings as the command line prints them: one a line, each marked as a warning."""
    lines = [WARNING_PREFIX + str(warning) for warning in warnings]
    if unlisted:
        lines.append(f"{WARNING_PREFIX}and {unlisted:,} more like these")
    return lines
