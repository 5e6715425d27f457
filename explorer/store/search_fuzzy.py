"""Typo-tolerant lookup of a vocabulary with numpy: the count filter of
:mod:`explorer.domain.fuzzy_match` over arrays, then the exact check on the few that pass.

The vocabulary's padded bigrams are kept as a sorted array of bigram codes with, for each,
the ids of the terms that have it (compressed sparse rows). A query word's bigrams pick
their rows; one ``bincount`` says how many of them each term shares; terms sharing enough,
with a length in reach, are checked with :func:`~explorer.domain.fuzzy_match.distance`.
Memory is about one int32 per letter of the vocabulary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from explorer.domain.fuzzy_match import distance, min_shared_bigrams

# Letters are numbered densely (the vocabulary's alphabet), so that a bigram takes
# 2 x 20 bits and a (bigram, term) pair fits in 64 bits with 24 bits for the term.
_UNKNOWN, _START, _END, _FIRST_LETTER = 0, 1, 2, 3
_CHAR_BITS = 20
_TERM_BITS = 24


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4")


class FuzzyTerms:
    """The terms of a vocabulary within a few edits of a word."""

    def __init__(self, terms: Sequence[str]):
        self.terms = list(terms)
        count = len(self.terms)
        if count >= 1 << _TERM_BITS:
            raise ValueError(f"too many terms for the fuzzy index: {count}")
        self.lengths = np.fromiter((len(t) for t in self.terms), dtype=np.int64, count=count)
        self._alphabet = np.unique(_codes("".join(self.terms)))
        if len(self._alphabet) + _FIRST_LETTER >= 1 << _CHAR_BITS:
            raise ValueError("too many letters for the fuzzy index")
        keys = [self._pairs_of_length(length) for length in np.unique(self.lengths).tolist()]
        pairs = np.concatenate(keys) if keys else np.zeros(0, dtype=np.uint64)
        pairs.sort()
        # One row per (bigram, term), with how often the term has the bigram.
        firsts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else []
        self._repeats = np.diff(np.r_[firsts, len(pairs)]).astype(np.int64)
        pairs = pairs[firsts]
        bigrams = pairs >> np.uint64(_TERM_BITS)
        self._term_ids = (pairs & np.uint64((1 << _TERM_BITS) - 1)).astype(np.int64)
        starts = np.flatnonzero(np.r_[True, bigrams[1:] != bigrams[:-1]]) if len(pairs) else []
        self._bigrams = bigrams[starts] if len(pairs) else np.zeros(0, dtype=np.uint64)
        self._offsets = np.r_[starts, len(pairs)].astype(np.int64)

    def _pairs_of_length(self, length: int) -> np.ndarray:
        """(bigram << TERM_BITS | term id) for every padded bigram of the terms this long."""
        ids = np.flatnonzero(self.lengths == length)
        if length == 0:
            return np.zeros(0, dtype=np.uint64)
        text = "".join(self.terms[i] for i in ids.tolist())
        letters = np.searchsorted(self._alphabet, _codes(text)) + _FIRST_LETTER
        padded = np.empty((len(ids), length + 2), dtype=np.uint64)
        padded[:, 0] = _START
        padded[:, 1:-1] = letters.reshape(len(ids), length)
        padded[:, -1] = _END
        bigrams = (padded[:, :-1] << np.uint64(_CHAR_BITS)) | padded[:, 1:]
        owners = np.repeat(ids.astype(np.uint64), length + 1)
        return (bigrams.ravel() << np.uint64(_TERM_BITS)) | owners

    def _bigram_codes(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """The padded bigram codes of ``word``, sorted, and how often each occurs."""
        codes = _codes(word)
        letters = np.searchsorted(self._alphabet, codes)
        known = letters < len(self._alphabet)
        known[known] = self._alphabet[letters[known]] == codes[known]
        numbers = [_START, *np.where(known, letters + _FIRST_LETTER, _UNKNOWN).tolist(), _END]
        counts = Counter((first << _CHAR_BITS) | second for first, second in pairwise(numbers))
        ordered = sorted(counts)
        return (
            np.array(ordered, dtype=np.uint64),
            np.array([counts[code] for code in ordered], dtype=np.int64),
        )

    def __len__(self) -> int:
        return len(self.terms)

    def candidates(self, word: str, typos: int) -> list[str]:
        """Terms within ``typos`` edits of ``word`` (optimal string alignment), not ``word``."""
        if typos <= 0 or not word or not self.terms:
            return []
        near = np.abs(self.lengths - len(word)) <= typos
        floor = min_shared_bigrams(word, typos)
        if floor > 0:
            codes, wanted = self._bigram_codes(word)
            rows = np.searchsorted(self._bigrams, codes)
            present = rows < len(self._bigrams)
            present[present] = self._bigrams[rows[present]] == codes[present]
            owners, shares = [], []
            for row, most in zip(rows[present].tolist(), wanted[present].tolist(), strict=True):
                start, end = self._offsets[row], self._offsets[row + 1]
                owners.append(self._term_ids[start:end])
                shares.append(np.minimum(self._repeats[start:end], most))
            if not owners:
                return []
            shared = np.bincount(
                np.concatenate(owners), np.concatenate(shares), minlength=len(self.terms)
            )
            near &= shared >= floor
        return [
            term
            for term in (self.terms[i] for i in np.flatnonzero(near).tolist())
            if term != word and distance(word, term, typos) <= typos
        ]
