"""How much one pack may hold: the sizes validation allows, in one place.

The numbers are generous for real collections and small enough that no text, list or
picture can freeze the explorer. docs/content-packs.md ("Limits") lists them for curators;
the counts of records per file and in all are in ``pack_reader.Limits`` with the byte limits,
so that a caller can lower them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextRule:
    """How long a kind of text may be, and whether it may hold line breaks and tabs."""

    max_chars: int
    multiline: bool = False


NAME = TextRule(300)
"""Titles, names and labels; a source's title and publisher."""
TERM = TextRule(100)
"""A tag, a link's type, a figure's unit."""
ATTRIBUTION = TextRule(1_000)
"""A picture's credit, a licence."""
CAPTION = TextRule(1_000, multiline=True)
"""A picture's caption and alt text, a card's date note."""
SUMMARY = TextRule(2_000, multiline=True)
"""A card's summary, a source's note, the pack's description."""
BODY = TextRule(100_000, multiline=True)
"""A card's body."""

MAX_ID_CHARS = 100
MAX_LANGUAGE_CODE_CHARS = 35
MAX_LANGUAGES = 50
MAX_URL_CHARS = 2_000
MAX_DATE_CHARS = 100
MAX_LABELLED_DATES = 50
"""A card's labelled dates (``dates``) at most."""
MAX_PATH_CHARS = 300
MAX_TAGS = 50
"""Tags on one card."""
MAX_LIST_IDS = 1_000
"""Ids in one list, e.g. a card's sources or a route's places."""
