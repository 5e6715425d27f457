"""What a refusal says that is English, leaving aside what it quotes of the pack."""

from __future__ import annotations

import re

from explorer.content.problems import PackInvalid
from explorer.domain.entities import Kind, Side
from explorer.domain.wording import Wording
from tests.ui.interface_text import LATIN_WORD, allowed_latin_words, english_left, english_strings

QUOTED = re.compile(r"'[^']*'")

FORMAT_WORDS = {value.value for value in (*Kind, *Side)}
"""Words of the pack format that a problem lists as written (e.g. the kinds a card may be)."""


def english_in(text: str, language: str, invalid: PackInvalid | None = None) -> list[str]:
    """The English interface text in ``text``: what the tests of every view would find.

    Latin words quoted between apostrophes, and the files, items, fields and values that
    the problems of ``invalid`` name, come from the pack and are shown as written.
    """
    allowed = allowed_latin_words(language) | {word.lower() for word in FORMAT_WORDS}
    written = QUOTED.findall(text)
    for problem in invalid.problems if invalid is not None else ():
        places = (problem.file, problem.item, problem.field)
        written += [part for part in places if part and not isinstance(part, Wording)]
    allowed |= {word.lower() for part in written for word in LATIN_WORD.findall(part)}
    return english_left([("refusal", text)], language, english_strings(language), allowed)
