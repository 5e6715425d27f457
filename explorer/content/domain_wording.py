"""The messages explorer/domain words in English (dates, versions), given their template.

The domain layer sits below the content layer and words its own errors; a problem that
quotes one is matched here against the templates below, so that the interface can say it in
its language too. A message that matches none (the domain has changed its words) is kept as
written, in English: nothing is lost but its translation, and the tests over these messages
say which.
"""

from __future__ import annotations

import functools
import re

from explorer.content.wording import PackProblems, Wording

_TEMPLATES = (
    PackProblems.tr(
        "%1 is not a date; write e.g. 2025-09-29, 2025-09, 2025, -500, circa 1254, "
        "before 1992-06, after 2022 or planned 2026"
    ),
    PackProblems.tr("there is no year 0: 1 BC is -1"),
    PackProblems.tr("year %1 is out of range"),
    PackProblems.tr("a day needs a month"),
    PackProblems.tr("month %1 is not between 1 and 12"),
    PackProblems.tr("day %1 does not exist in %2"),
    PackProblems.tr("the end %1 comes before the start %2"),
    PackProblems.tr("is empty; write a version such as 1.0.0"),
    PackProblems.tr("is %1 characters long; a version has at most %2, e.g. 1.0.0"),
    PackProblems.tr(
        "contains U+%1 at character %2; a version is written with the letters a-z, digits "
        "and . - _ +, e.g. 1.0.0 or 2.1.0-beta"
    ),
    PackProblems.tr("has no digits or letters; write a version such as 1.0.0"),
    PackProblems.tr("has a number of %1 digits; each number in a version has at most %2 digits"),
)
_VALUE = re.compile(r"%[0-9]")


def _pattern(template: str) -> re.Pattern:
    parts = _VALUE.split(template)
    return re.compile("(.+?)".join(re.escape(part) for part in parts), re.DOTALL)


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern, Wording], ...]:
    """Compiled when a message is first looked up: most packs have none."""
    return tuple((_pattern(wording.template), wording) for wording in _TEMPLATES)


def domain_wording(message: str) -> str:
    """``message`` of explorer/domain as a ``Wording`` of the same English; as written when
    no template gives it."""
    for pattern, wording in _patterns():
        found = pattern.fullmatch(message)
        if found:
            said = wording.arg(*found.groups())
            if said == message:
                return said
    return message
