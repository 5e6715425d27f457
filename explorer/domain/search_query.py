"""What a person typed into the search box, as words the search index can look up.

Text is split into words on anything that is not a letter or a digit, in any script, so the
syntax of other search engines (AND, NEAR, quotes, stars, colons, brackets, minus signs),
emoji, control characters and direction marks are only separators: no input is special.
Each word is reduced to its *key* (:func:`term_key`): its transliteration skeleton, so that
"Абай", "Abai", "Abay" and "Abaı" meet, or for a script the skeleton does not know (Greek,
Hebrew, Chinese, ...) its folding, so such words still match themselves.

The same :func:`words` and :func:`term_key` make the index, so a query and the text it
looks for are always cut and reduced alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum

from explorer.domain.folding import fold
from explorer.domain.transliteration import skeleton

MAX_QUERY_CHARS = 256
MAX_QUERY_WORDS = 8
MAX_TERM_LENGTH = 64
"""Keys are cut to this many characters, in the index and in queries alike."""

# A word is a run of letters and digits (any script); combining marks left after NFC and
# invisible in-word characters (soft hyphen, joiners, direction marks) stay inside it and
# are dropped by the key. Everything else separates words. The pattern with "\w" is much
# faster; it is right for every text without an underscore.
_IN_WORD = (
    r"\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    r"\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200c-\u200f\u2060"
)
_WORD_FAST = re.compile(rf"[\w{_IN_WORD}]+")
_WORD = re.compile(rf"(?:[^\W_]|[{_IN_WORD}])+")


class Tier(IntEnum):
    """How well a card matches a query; lower is better.

    The first three say how the query is in the title: the whole title (its words, in any
    language, are the query's), every query word a whole word of the title, or some only
    the beginning of one. Then the summary (a card's place names count as summary: the card
    is about them), then the rest; exact and prefix matches in any field come before
    typo-tolerant (fuzzy) ones.
    """

    WHOLE_TITLE = 0
    TITLE_EXACT = 1
    TITLE_PREFIX = 2
    SUMMARY_EXACT = 3
    SUMMARY_PREFIX = 4
    OTHER_EXACT = 5
    OTHER_PREFIX = 6
    TITLE_FUZZY = 7
    SUMMARY_FUZZY = 8
    OTHER_FUZZY = 9


TITLE_TIERS = (Tier.WHOLE_TITLE, Tier.TITLE_EXACT, Tier.TITLE_PREFIX, Tier.TITLE_FUZZY)
"""The tiers of a query found in the title; within them shorter titles come first (the
query is more of them: "Tokayev" finds "Kassym-Jomart Tokayev" before "Talks between
Tokayev and Mattarella")."""


class Field(IntEnum):
    """The parts of a card the index keeps apart, for ranking."""

    TITLE = 0
    SUMMARY = 1  # summary and place names
    OTHER = 2  # body, date note, tags, kind, years


SHORTEST_PREFIX_EVERYWHERE = 3
"""A word shorter than this matches longer words only in titles: "it" as a prefix would
name nearly every card through its body."""

EXACT_TIER = {
    Field.TITLE: Tier.TITLE_EXACT,
    Field.SUMMARY: Tier.SUMMARY_EXACT,
    Field.OTHER: Tier.OTHER_EXACT,
}
PREFIX_TIER = {
    Field.TITLE: Tier.TITLE_PREFIX,
    Field.SUMMARY: Tier.SUMMARY_PREFIX,
    Field.OTHER: Tier.OTHER_PREFIX,
}
FUZZY_TIER = {
    Field.TITLE: Tier.TITLE_FUZZY,
    Field.SUMMARY: Tier.SUMMARY_FUZZY,
    Field.OTHER: Tier.OTHER_FUZZY,
}


@dataclass(frozen=True)
class QueryWord:
    """One word of a query.

    ``text`` is the word as typed, ``key`` what the index looks up, ``prefix`` whether it
    may also match longer words that start with it (every word may: people type the
    beginnings of names), ``typos`` how many wrong, missing, extra or swapped letters a
    match may have (none up to 4 letters, 1 up to 7, 2 from 8).
    """

    text: str
    key: str
    prefix: bool = True
    typos: int = 0

    @property
    def skeleton(self) -> str:
        """The key; the transliteration skeleton for Latin and Cyrillic words."""
        return self.key


def words(text: str) -> list[str]:
    """The words of ``text``, as written (NFC), split on everything but letters and digits."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return (_WORD if "_" in text else _WORD_FAST).findall(text)


def iter_word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each word of ``text`` (which should be NFC), in order."""
    for match in (_WORD if "_" in text else _WORD_FAST).finditer(text):
        yield match.span()


def term_key(word: str) -> str:
    """The key a word is indexed and looked up under; "" for no word at all.

    The transliteration skeleton, else the folding (scripts the skeleton drops), cut to
    MAX_TERM_LENGTH characters.
    """
    key = skeleton(word)
    if not key:
        key = "".join(ch for ch in fold(word) if ch.isalnum())
    return key[:MAX_TERM_LENGTH]


NO_TYPOS_UP_TO = 4
"""Words this short must be typed right: one edit away from "rome" are "roma", "home",
"some" and "role", so a typo allowed there found half the collection."""


def allowed_typos(key: str) -> int:
    """Edits a match may need: none up to 4 letters or with digits, 1 up to 7, 2 from 8."""
    length = len(key)
    if length <= NO_TYPOS_UP_TO or not key.isalpha():
        return 0
    return 1 if length < 8 else 2


def whole_title_key(keys: Iterable[str]) -> str:
    """What a title is looked up under as a whole: its keys, each once, in order.

    A query's words (already each once, in order) give the same text for the same title.
    """
    return " ".join(dict.fromkeys(key for key in keys if key))


def parse_query(text: str) -> tuple[QueryWord, ...]:
    """The words of a query: at most MAX_QUERY_WORDS, from its first MAX_QUERY_CHARS characters.

    Never raises; a text with no letters or digits gives no words. Repeated keys are kept once.
    """
    if not isinstance(text, str):
        return ()
    found: dict[str, QueryWord] = {}
    for word in words(text[:MAX_QUERY_CHARS]):
        key = term_key(word)
        if key and key not in found:
            found[key] = QueryWord(word, key, True, allowed_typos(key))
            if len(found) == MAX_QUERY_WORDS:
                break
    return tuple(found.values())


UNDATED = "undated"
"""The period facets' value for cards without a date."""


def century_of(year: int) -> int:
    """The century of ``year``: 19 for 1801-1900, -5 for 500-401 BC (there is no year 0)."""
    if year > 0:
        return (year - 1) // 100 + 1
    return -((-year - 1) // 100 + 1)


def decade_of(year: int) -> int:
    """The decade of ``year`` by its first year: 1840 for 1840-1849, -1840 for 1849-1840 BC.

    Years 1-9 AD are decade 0 and years 9-1 BC decade -1, so that no two decades share a
    number.
    """
    if year > 0:
        return year - year % 10
    ago = -year
    return -(ago - ago % 10) if ago >= 10 else -1
