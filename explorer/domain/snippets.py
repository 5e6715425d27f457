"""A short piece of a text around what a search found, with the found words marked.

:func:`snippet` returns plain :class:`Segment` values, never markup: the interface paints
matched segments differently and shows every segment as plain text, so a text containing
"<b>" or "&amp;" is shown as written.

A word of the text matches a query word when their keys (see
:func:`~explorer.domain.search_query.term_key`) are equal, when the text's key starts with
the query word's (a prefix), or when it is within the query word's typos. As in the index,
a query word shorter than ``SHORTEST_PREFIX_EVERYWHERE`` letters is a prefix only in
titles: elsewhere "it" marks "it", not "Italy". Keys are script-independent, so "Абай"
marks "Abai" in a Latin text and "Abai" marks "Абай".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from explorer.domain.fuzzy_match import distance
from explorer.domain.search_query import (
    SHORTEST_PREFIX_EVERYWHERE,
    QueryWord,
    iter_word_spans,
    term_key,
)

ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A piece of a snippet: plain, or a word the query matched."""

    text: str
    match: bool = False


_key = lru_cache(maxsize=65536)(term_key)


def word_matches(word: str, query: Sequence[QueryWord], in_title: bool = False) -> bool:
    """Whether ``word`` (one word of a text, of a title if ``in_title``) matches any of the
    query's words."""
    key = _key(word)
    return bool(key) and any(_matches(key, wanted, in_title) for wanted in query)


def matched_query_words(word: str, query: Sequence[QueryWord], in_title: bool = False) -> set[int]:
    """The positions in ``query`` of the words that ``word`` (one word of a text, of a title
    if ``in_title``) matches."""
    key = _key(word)
    if not key:
        return set()
    return {at for at, wanted in enumerate(query) if _matches(key, wanted, in_title)}


@lru_cache(maxsize=65_536)
def _matches(key: str, wanted: QueryWord, in_title: bool) -> bool:
    """As the index matches: equal keys, a beginning, or within the word's typos.

    Remembered: a card's texts in every language repeat their words, and a page of tiles
    asks about the same words again as it is scrolled (the UI thread asks for its rows)."""
    if key == wanted.key:
        return True
    beginning = in_title or len(wanted.key) >= SHORTEST_PREFIX_EVERYWHERE
    if wanted.prefix and beginning and key.startswith(wanted.key):
        return True
    return bool(wanted.typos) and distance(key, wanted.key, wanted.typos) <= wanted.typos


def snippet(
    text: str, words: Sequence[QueryWord], width: int = 160, in_title: bool = False
) -> tuple[Segment, ...]:
    """About ``width`` characters of ``text`` (a title if ``in_title``) around its first
    match, cut at whole words.

    "…" marks where the text was cut; runs of white space become one space. With no match
    the snippet is the beginning of the text. Matching words are segments with ``match``.
    """
    if not text:
        return ()
    width = max(width, 1)
    spans = list(iter_word_spans(text))
    matched = [word_matches(text[a:b], words, in_title) for a, b in spans] if words else []
    first = next((i for i, hit in enumerate(matched) if hit), None)
    start, end = _window(text, spans, first, width)
    pieces: list[Segment] = []
    if start > 0:
        pieces.append(Segment(ELLIPSIS))
    position = start
    for (a, b), hit in zip(spans, matched or [False] * len(spans), strict=True):
        if b <= start or not hit:
            continue
        if a >= end:
            break
        pieces.append(Segment(text[position:a]))
        pieces.append(Segment(text[a:b], True))
        position = b
    pieces.append(Segment(text[position:end]))
    if end < len(text):
        pieces.append(Segment(ELLIPSIS))
    return _tidy(pieces)


def _window(
    text: str, spans: list[tuple[int, int]], first: int | None, width: int
) -> tuple[int, int]:
    """Start and end of the shown part: whole words, the first match near the start."""
    if len(text) <= width:
        return 0, len(text)
    if not spans:
        return 0, width
    start = 0
    if first is not None:
        wanted = max(0, spans[first][0] - width // 4)
        start = next(a for a, _ in spans if a >= wanted) if wanted else 0
        if len(text) - start < width:  # near the end: show the last `width` characters
            wanted = len(text) - width
            start = next((a for a, _ in spans if a >= wanted), spans[first][0])
            start = min(start, spans[first][0])
    limit = start + width
    end = max((b for _, b in spans if start < b <= limit), default=min(limit, len(text)))
    if first is not None and end < spans[first][1]:
        end = spans[first][1]  # a match longer than the width is shown whole
    if end > len(text) - 1 or not text[end:].strip():
        end = len(text)
    return start, end


def _tidy(pieces: list[Segment]) -> tuple[Segment, ...]:
    """Collapse white space, trim the ends, merge neighbours of the same kind, drop empties."""
    merged: list[Segment] = []
    for piece in pieces:
        text = piece.text if piece.match else _SPACE.sub(" ", piece.text)
        if not text:
            continue
        if merged and merged[-1].match == piece.match and not piece.match:
            merged[-1] = Segment(merged[-1].text + text)
        else:
            merged.append(Segment(text, piece.match))
    if merged and not merged[0].match:
        merged[0] = Segment(merged[0].text.lstrip())
    if merged and not merged[-1].match:
        merged[-1] = Segment(merged[-1].text.rstrip())
    return tuple(piece for piece in merged if piece.text)
