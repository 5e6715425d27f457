"""A slow, obviously right fuzzy search over a plain list: the reference the fast one in
``explorer.store.search_fuzzy`` is checked against."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from explorer.domain.fuzzy_match import distance, min_shared_bigrams, padded_bigrams


def shared_bigrams(a: Counter[str], b: Counter[str]) -> int:
    """Bigrams two words have in common, counted with repeats."""
    return sum((a & b).values())



class FuzzyVocabulary:
    """Words of a vocabulary within a few typos of a query word, in pure Python."""

    def __init__(self, terms: Iterable[str]):
        self.terms = list(dict.fromkeys(terms))
        self._by_bigram: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, term in enumerate(self.terms):
            for bigram, count in padded_bigrams(term).items():
                self._by_bigram[bigram].append((index, count))

    def candidates(self, word: str, max_typos: int) -> set[str]:
        """Vocabulary terms within ``max_typos`` edits of ``word`` (``word`` itself included)."""
        if max_typos <= 0:
            return {word} if word in set(self.terms) else set()
        floor = min_shared_bigrams(word, max_typos)
        if floor <= 0:
            pool: Iterable[int] = range(len(self.terms))
        else:
            shared: Counter[int] = Counter()
            for bigram, wanted in padded_bigrams(word).items():
                for index, count in self._by_bigram.get(bigram, ()):
                    shared[index] += min(wanted, count)
            pool = [index for index, count in shared.items() if count >= floor]
        return {
            self.terms[index]
            for index in pool
            if distance(word, self.terms[index], max_typos) <= max_typos
        }
