"""Typo tolerance: how far apart two words are, and a cheap test that rules most words out.

:func:`distance` is the optimal-string-alignment (restricted Damerau-Levenshtein) distance:
a wrong, missing or extra letter, or two neighbours swapped, each count one. It gives up
as soon as the answer is known to exceed ``limit``, so checking a candidate costs little.

Finding the candidates uses padded bigrams (pairs of neighbouring letters, with a start
and an end mark: "abai" has "^a", "ab", "ba", "ai", "i$", one more than it has letters).
One edit destroys at most three of a word's bigrams (a swap: "abai" -> "baai" loses "^a",
"ab", "ba"), so a word within ``typos`` edits of the query shares at least
``min_shared_bigrams`` of the query's bigrams, counted with repeats (the smaller count of
each). Counting shared bigrams over a whole vocabulary is a few array operations (the
store does it with numpy); only the few words that pass are checked with :func:`distance`.
Unlike a deletion neighbourhood limited to one deletion per word, this never misses a word
two substitutions away, and it needs about one entry per letter of the vocabulary.

The tests check the store's numpy version against a plain pure-Python search.
"""

from __future__ import annotations

from collections import Counter

START = "\x02"
END = "\x03"
EDITS_PER_BIGRAM = 3
"""An edit (a swap of neighbours being the worst) destroys at most this many bigrams."""


def padded_bigrams(word: str) -> Counter[str]:
    """The bigrams of ``word`` with a start and an end mark, with how often each occurs."""
    padded = f"{START}{word}{END}"
    return Counter(padded[i : i + 2] for i in range(len(padded) - 1))


def min_shared_bigrams(word: str, typos: int) -> int:
    """Padded bigrams of ``word`` that any word within ``typos`` edits still has.

    Zero or less when the count filter cannot rule anything out (short words).
    """
    return len(word) + 1 - EDITS_PER_BIGRAM * typos


def distance(a: str, b: str, limit: int) -> int:
    """The OSA distance between ``a`` and ``b``, or ``limit + 1`` when it is more than limit."""
    if a == b:
        return 0
    too_far = limit + 1
    if abs(len(a) - len(b)) > limit:
        return too_far
    # Common ends cost nothing.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if not a or not b:
        return min(max(len(a), len(b)), too_far)
    if limit == 1:
        # After the common ends, one edit is a single letter, or a swapped pair.
        if len(a) == len(b) == 1:
            return 1
        if len(a) == len(b) == 2 and a[0] == b[1] and a[1] == b[0]:
            return 1
        return too_far
    width = len(b)
    big = too_far
    before: list[int] = []
    previous = [min(j, big) for j in range(width + 1)]
    for i in range(1, len(a) + 1):
        current = [big] * (width + 1)
        if i <= limit:
            current[0] = i
        char = a[i - 1]
        low = max(1, i - limit)
        high = min(width, i + limit)
        row_best = current[0]
        for j in range(low, high + 1):
            cost = previous[j - 1] + (char != b[j - 1])
            value = min(cost, previous[j] + 1, current[j - 1] + 1)
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value if value < big else big
            if current[j] < row_best:
                row_best = current[j]
        if row_best > limit:
            return too_far
        before, previous = previous, current
    return min(previous[width], too_far)
