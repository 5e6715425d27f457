"""The words of card texts as the search index numbers them, each word folded once.

Texts are cut at spaces first. A run of text between spaces is almost always one the
collection has used before ("Abai", "the", "Roma,"), so the term ids of each such piece are
remembered: a text costs a split and a dictionary lookup per piece, and only a piece never
seen before is cut into words (:func:`~explorer.domain.search_query.words`) and reduced to
keys (:func:`~explorer.domain.search_query.term_key`, which folds). Cutting at spaces first
gives the same words as cutting the whole text: no word holds a space, and normalisation
never joins characters across one.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from explorer.domain.search_query import term_key, words

MAX_REMEMBERED_PIECES = 1_000_000
"""Pieces remembered at once; past that the memory starts again (a few hundred MB at most)."""


class TermIds(dict):
    """Word as written -> id of its key; ids start at 1, 0 is "no key"."""

    def __init__(self) -> None:
        super().__init__()
        self.keys_by_id: list[str] = [""]
        self._ids: dict[str, int] = {"": 0}

    def __missing__(self, word: str) -> int:
        key = term_key(word)
        term_id = self._ids.get(key)
        if term_id is None:
            term_id = self._ids[key] = len(self.keys_by_id)
            self.keys_by_id.append(key)
        self[word] = term_id
        return term_id

    @property
    def key_count(self) -> int:
        return len(self._ids)


class _PieceTerms(dict):
    """Text between spaces -> the ids of its words' keys (without "no key")."""

    def __init__(self, ids: TermIds) -> None:
        super().__init__()
        self._ids = ids

    def __missing__(self, piece: str) -> tuple[int, ...]:
        if len(self) >= MAX_REMEMBERED_PIECES:
            self.clear()
        ids = self._ids
        found = tuple(term for term in (ids[word] for word in words(piece)) if term)
        self[piece] = found
        return found


class TextTerms:
    """The term ids of texts, for one build of the index."""

    def __init__(self) -> None:
        self.ids = TermIds()
        self._pieces = _PieceTerms(self.ids)

    def of(self, texts: Iterable[str]) -> set[int]:
        """The distinct term ids of ``texts`` together."""
        lookup = self._pieces.__getitem__
        found: set[int] = set()
        for text in texts:
            found.update(chain.from_iterable(map(lookup, text.split())))
        return found
