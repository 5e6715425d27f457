"""The words of card texts as the search index numbers them, each word folded once.

Texts are cut at spaces first. A run of text between spaces is almost always one the
collection has used before ("Abai", "the", "Roma,"), so the code of each such piece is
remembered: a text costs a split and a dictionary lookup per piece, and only a piece never
seen before is cut into words (:func:`~explorer.domain.search_query.words`) and reduced to
keys (:func:`~explorer.domain.search_query.term_key`, which folds). Cutting at spaces first
gives the same words as cutting the whole text: no word holds a space, and normalisation
never joins characters across one.

A piece's code is one number, so that the codes of a text are gathered without a Python
call per piece: the id of its one word's key, ``NO_TERM`` when it has no word, or, for the
rare piece of several words ("l'Italia", "1254-1300"), ``COMPOUND`` plus the number of its
list of ids (:meth:`TextTerms.ids_of`).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from explorer.domain.search_query import term_key, words

MAX_REMEMBERED_PIECES = 1_000_000
"""Pieces remembered at once; past that the memory starts again (a few hundred MB at most)."""
NO_TERM = 0
COMPOUND = 1 << 31
"""Codes from here on name pieces of several words; key ids stay far below."""


class TermIds(dict):
    """Word as written -> id of its key; ids start at 1, 0 is "no key"."""

    def __init__(self) -> None:
        super().__init__()
        self.keys_by_id: list[str] = [""]
        self._ids: dict[str, int] = {"": NO_TERM}

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


class _PieceCodes(dict):
    """Text between spaces -> its code."""

    def __init__(self, ids: TermIds) -> None:
        super().__init__()
        self._ids = ids
        self.compounds: list[tuple[int, ...]] = []
        self._compound_codes: dict[tuple[int, ...], int] = {}

    def __missing__(self, piece: str) -> int:
        if len(self) >= MAX_REMEMBERED_PIECES:
            self.clear()
        ids = self._ids
        cut = words(piece)
        if len(cut) == 1:  # most pieces are a word, perhaps with punctuation
            code = self[piece] = ids[cut[0]]
            return code
        found = tuple(dict.fromkeys(term for term in (ids[word] for word in cut) if term))
        if len(found) <= 1:
            code = found[0] if found else NO_TERM
        else:
            code = self._compound_codes.get(found, -1)
            if code < 0:
                code = self._compound_codes[found] = COMPOUND + len(self.compounds)
                self.compounds.append(found)
        self[piece] = code
        return code


class TextTerms:
    """The term ids of texts, for one build of the index."""

    def __init__(self) -> None:
        self.ids = TermIds()
        self._pieces = _PieceCodes(self.ids)

    def extend_codes(self, codes: array, texts: Iterable[str]) -> int:
        """Append the code of every piece of ``texts`` to ``codes``; how many were added.

        Codes may repeat and may be ``NO_TERM`` or compound: see :meth:`ids_of`.
        """
        before = len(codes)
        codes.extend(map(self._pieces.__getitem__, " ".join(texts).split()))
        return len(codes) - before

    def ids_of(self, code: int) -> tuple[int, ...]:
        """The term ids a code stands for."""
        if code >= COMPOUND:
            return self._pieces.compounds[code - COMPOUND]
        return () if code == NO_TERM else (code,)

    def codes(self, text: str) -> list[int]:
        """The code of every piece of ``text``, in order (see ``extend_codes``)."""
        return list(map(self._pieces.__getitem__, text.split()))

    def of(self, texts: Iterable[str]) -> set[int]:
        """The distinct term ids of ``texts`` together."""
        codes = array("I")
        self.extend_codes(codes, texts)
        return {term for code in set(codes) for term in self.ids_of(code)}
