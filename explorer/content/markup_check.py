"""Markup in plain-text fields: a warning, not a problem.

Pack text is shown as plain text, so ``<p>``, ``<i>`` or ``&amp;`` in a title reads on
screen exactly as written. Packs converted from other formats (web pages, TimelineJS) often
carry it; the curator is told where, and the text is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

_MARKUP = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>]{0,200})?/?>"  # a tag: <p>, </i>, <a href="…">
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"  # &amp; &#233;
)

TEXT_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "manifest.json": (("title", "title"), ("licence", "licence"), ("description", "description")),
    "categories.json": (("name", "name"),),
    "sources.json": (("title", "title"), ("publisher", "publisher"), ("note", "note")),
    "places.json": (("name", "name"),),
    "routes.json": (("name", "name"), ("caption", "caption")),
    "eras.json": (("name", "name"),),
    "lanes.json": (("name", "name"),),
    "media.json": (
        ("credit", "credit"),
        ("licence", "licence"),
        ("caption", "caption"),
        ("alt", "alt"),
    ),
    "cards.json": (
        ("title", "title"),
        ("summary", "summary"),
        ("body", "body"),
        ("date_note", "date_note"),
        ("tags", "tags"),
    ),
    "links.json": (("label", "label"), ("reverse_label", "reverse_label")),
    "figures.json": (("label", "label"), ("unit", "unit")),
    "stories.json": (("title", "title"), ("summary", "summary")),
}
"""Kind of record -> its plain-text fields, as (JSON name, domain attribute). A story's
step texts are looked at by ``story_records.step_markup``."""


def markup_in(text: str) -> str | None:
    """The first tag or character reference in ``text``; None when it has none."""
    if "<" not in text and "&" not in text:
        return None
    found = _MARKUP.search(text)
    return found.group() if found else None


def markup_found(kind: str, entity: Any) -> Iterator[tuple[str, str | None, str]]:
    """(field, language or None, the markup seen) for each plain-text field of ``entity``
    that holds markup; at most one for each field and language."""
    for name, attribute in TEXT_FIELDS.get(kind, ()):
        value = getattr(entity, attribute, None)
        if isinstance(value, str):
            seen = markup_in(value)
            if seen:
                yield name, None, seen
        elif isinstance(value, Mapping):
            for language, text in value.items():
                seen = markup_in(text)
                if seen:
                    yield name, language, seen
        elif isinstance(value, tuple):
            for text in value:
                seen = markup_in(text)
                if seen:
                    yield name, None, seen
                    break
