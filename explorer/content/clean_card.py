"""The card of a record that is plainly valid, read without the field-by-field checks.

Almost every record of a large pack is clean, and the detailed checks (``item_check``) cost
a Python call or more per field and per text. ``clean_card`` accepts a record only when
every field is of the plainest valid form (texts already stripped, with a visible first
character and no unprintable character but a line break or a tab where one is allowed; ids
matching their pattern; known enum values; dates the format reads); it then gives the
``Card`` the detailed checks would build. Anything else, including every record with a
problem, gives None: the detailed checks then read the record and word the problems. So
the messages, and every rule, stay theirs; this only has to say "clean" no more often than
they would.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

from explorer.content.field_parsers import ID_PATTERN, Context, FieldError, date
from explorer.content.limits import (
    BODY,
    CAPTION,
    MAX_DATE_CHARS,
    MAX_ID_CHARS,
    MAX_LANGUAGES,
    MAX_LIST_IDS,
    MAX_TAGS,
    NAME,
    SUMMARY,
    TERM,
)
from explorer.content.text_rules import FORBIDDEN_IN_LINE, FORBIDDEN_IN_MULTILINE, is_visible
from explorer.domain.entities import FALLBACK_LANGUAGE, Card, Kind, Side, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate, span_of

_REQUIRED = frozenset({"id", "kind", "category", "title", "summary", "body", "sources"})
_KNOWN = _REQUIRED | {
    "side",
    "start",
    "end",
    "date_note",
    "places",
    "tags",
    "image",
    "translation_status",
    "lane",
}
_KINDS = {kind.value: kind for kind in Kind}
_SIDES = {side.value: side for side in Side}
_STATUSES = {status.value: status for status in TranslationStatus}
_MAX_REMEMBERED = 100_000
"""Dates and ids remembered at once; past that the memory starts again."""
_TEXT, _DICT = {str}, {dict}
_STATUS_NAMES = frozenset(_STATUSES)
_ABSENT = object()
_NONE: list[Any] = []
_EMPTY: dict[str, Any] = {}
_FIRST, _LAST = itemgetter(0), itemgetter(-1)
_FORBIDDEN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]")
"""C1 controls, U+2028 to U+202E (separators, bidirectional controls), U+2066 to U+2069."""


class _VisibleCharacters(dict):
    """Character -> whether it shows something (``text_rules.is_visible``), learnt once each."""

    def __missing__(self, character: str) -> bool:
        visible = self[character] = is_visible(character)
        return visible


_VISIBLE = _VisibleCharacters()


class CleanCards:
    """Reads clean card records of a pack whose languages are ``context.languages``."""

    def __init__(self, context: Context) -> None:
        self.languages = frozenset(context.languages or ())
        self.main_language = context.main_language
        self._dates: dict[str, FuzzyDate] = {}

    def card(self, raw: dict[str, Any], plain: bool = False) -> Card | None:
        """The card of ``raw`` when it is plainly valid; None when it needs the detailed checks.

        ``plain``: the JSON text ``raw`` was read from is ``plain_json``, so no text of it
        holds a character the text rules forbid.
        """
        # Written out in one function, with the loops in C (map, set operations): this runs
        # once per card of every pack, and a Python call per field would double its cost.
        languages = self.languages
        if not languages or not raw.keys() <= _KNOWN or not raw.keys() >= _REQUIRED:
            return None
        get = raw.get
        card_id, category, image = raw["id"], raw["category"], get("image", _ABSENT)
        lane = get("lane", _ABSENT)
        kind, side = raw["kind"], get("side", _ABSENT)
        sources, places, tags = raw["sources"], get("places", _NONE), get("tags", _NONE)
        title, summary, body = raw["title"], raw["summary"], raw["body"]
        date_note, statuses = get("date_note", _EMPTY), get("translation_status", _EMPTY)
        texts = (title, summary, body, date_note, statuses)
        if not (
            type(kind) is str
            and kind in _KINDS
            and (side is _ABSENT or (type(side) is str and side in _SIDES))
            and type(sources) is list
            and type(places) is list
            and type(tags) is list
            and set(map(type, texts)) <= _DICT
        ):
            return None
        ids = [card_id, category, *sources, *places]
        if image is not _ABSENT:
            ids.append(image)
        if lane is not _ABSENT:
            ids.append(lane)
        if not (
            set(map(type, ids)) <= _TEXT
            and all(map(_VALID_IDS.__getitem__, ids))
            and 0 < len(sources) <= MAX_LIST_IDS
            and len(places) <= MAX_LIST_IDS
            and len(set(sources)) == len(sources)
            and len(set(places)) == len(places)
            and max(map(len, texts)) <= MAX_LANGUAGES
            and all(map(languages.issuperset, texts))
            and FALLBACK_LANGUAGE in title
            and FALLBACK_LANGUAGE in summary
            and FALLBACK_LANGUAGE in body
            and title.keys() - statuses.keys() <= {self.main_language}
            and set(map(type, statuses.values())) <= _TEXT
            and set(statuses.values()) <= _STATUS_NAMES
            and len(tags) <= MAX_TAGS
        ):
            return None
        lines = [*title.values(), *tags]
        paragraphs = [*summary.values(), *body.values(), *date_note.values()]
        every = lines + paragraphs
        if not (
            set(map(type, every)) <= _TEXT
            and all(every)
            and all(map(_VISIBLE.__getitem__, map(_FIRST, every)))
            and not any(map(str.isspace, map(_LAST, every)))
            and max(map(len, title.values())) <= NAME.max_chars
            and max(map(len, summary.values())) <= SUMMARY.max_chars
            and max(map(len, body.values())) <= BODY.max_chars
            and max(map(len, date_note.values()), default=0) <= CAPTION.max_chars
            and max(map(len, tags), default=0) <= TERM.max_chars
        ):
            return None
        if not plain and not (
            all(map(_allowed_in_line, lines)) and all(map(_allowed_in_paragraphs, paragraphs))
        ):
            return None
        start, end = self._date(get("start", _ABSENT)), self._date(get("end", _ABSENT))
        if start is False or end is False:
            return None
        if start is not None and end is not None and not _in_order(start, end):
            return None
        return Card(
            id=card_id,
            kind=_KINDS[kind],
            category=category,
            side=None if side is _ABSENT else _SIDES[side],
            title=title,
            summary=summary,
            body=body,
            sources=tuple(sources),
            start=start,
            end=end,
            date_note=date_note,
            places=tuple(places),
            tags=tuple(tags),
            image=None if image is _ABSENT else image,
            translation_status={lang: _STATUSES[value] for lang, value in statuses.items()},
            lane=None if lane is _ABSENT else lane,
        )

    def _date(self, raw: Any) -> FuzzyDate | bool | None:
        """The date of ``raw`` (None when there is none), or False when it is not plain."""
        if raw is _ABSENT:
            return None
        if type(raw) is not str or len(raw) > MAX_DATE_CHARS:
            return False
        found = self._dates.get(raw)
        if found is None:
            try:
                found = date(raw, Context())
            except FieldError:
                return False
            if len(self._dates) >= _MAX_REMEMBERED:
                self._dates.clear()
            self._dates[raw] = found
        return found


class _ValidIds(dict):
    """Text -> whether it is a valid id, learnt once each (ids are referred to again and
    again: categories, sources, places)."""

    def __missing__(self, value: str) -> bool:
        if len(self) >= _MAX_REMEMBERED:
            self.clear()
        valid = self[value] = len(value) <= MAX_ID_CHARS and bool(ID_PATTERN.fullmatch(value))
        return valid


_VALID_IDS = _ValidIds()


def _allowed_in_line(text: str) -> bool:
    return text.isprintable() or FORBIDDEN_IN_LINE.search(text) is None


def _allowed_in_paragraphs(text: str) -> bool:
    """Nothing forbidden in a multi-line text, and no carriage return (which is changed)."""
    return text.isprintable() or ("\r" not in text and FORBIDDEN_IN_MULTILINE.search(text) is None)


def plain_json(line: bytes) -> bool:
    """Whether the JSON text ``line`` (valid) has no escape and no character the text rules
    forbid anywhere: then none of its strings does either (JSON refuses raw control
    characters in strings, so they come only from escapes)."""
    if b"\\" in line or b"\x7f" in line:
        return False
    if b"\xc2" not in line and b"\xe2" not in line:
        return True  # the lead bytes of C1 controls, bidirectional controls and separators
    return _FORBIDDEN_UTF8.search(line) is None


def _in_order(start: FuzzyDate, end: FuzzyDate) -> bool:
    try:
        span_of(start, end)
    except ValueError:
        return False
    return True
