"""The titles of the cards as the search index ranks by them: whole, and how long.

A query that is a card's whole title (in any language: "Almaty", "Алматы") ranks that card
first, and among cards with the query in their titles the shorter titles come first (the
query is more of them). ``search_titles`` keeps each title's keys, joined
(:func:`~explorer.domain.search_query.whole_title_key`), with the cards it is a title of;
``search_cards.title_words`` each card's fewest title words.

Both come from the codes the title field gathered for its postings, one run per title
(:class:`TitleRuns`): a title is cut into words once, for its words and for its whole.
They are worked out for all titles at once with NumPy; what is done per title in Python
is one join of its keys and one slice of the written postings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, chain, pairwise

import numpy as np

from explorer.store.connection import Connection
from explorer.store.search_format import encode_postings_runs
from explorer.store.search_terms import COMPOUND, NO_TERM

MAX_TITLE_WORDS = 255


@dataclass(frozen=True)
class TitleRuns:
    """Every title's piece codes (see :mod:`explorer.store.search_terms`), one run each."""

    codes: np.ndarray
    """The codes of every title, one title after the other."""
    sequences: np.ndarray
    """By title: the sequence number of its card."""
    lengths: np.ndarray
    """By title: how many of ``codes`` are its own (0 for a title without a piece)."""


def title_term_ids(
    runs: TitleRuns, ids_of: Callable[[int], tuple[int, ...]]
) -> tuple[np.ndarray, np.ndarray]:
    """Each title's term ids in the order of its words, each once: (the ids of every title,
    one after the other; how many are each title's).

    ``ids_of`` gives the term ids of a compound code (``TextTerms.ids_of``).
    """
    codes = runs.codes.astype(np.uint32, copy=False)
    titles = np.repeat(np.arange(len(runs.lengths), dtype=np.uint32), runs.lengths)
    codes, titles = _compounds_expanded(codes, titles, ids_of)
    worded = codes != NO_TERM
    codes, titles = codes[worded], titles[worded]
    del worded
    # A repeated word counts once, where it came first: a stable sort puts each repeat
    # after its first sight.
    keys = titles.astype(np.uint64)
    keys <<= np.uint64(32)
    keys |= codes
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    repeat = np.zeros(len(keys), dtype=bool)
    repeat[order[1:]] = keys[1:] == keys[:-1]
    del keys, order
    first = np.logical_not(repeat, out=repeat)
    return codes[first], np.bincount(titles[first], minlength=len(runs.lengths))


def _compounds_expanded(
    codes: np.ndarray, titles: np.ndarray, ids_of: Callable[[int], tuple[int, ...]]
) -> tuple[np.ndarray, np.ndarray]:
    """``codes`` with each compound code replaced by its term ids, in order."""
    at = np.flatnonzero(codes >= COMPOUND)
    if len(at) == 0:
        return codes, titles
    parts = [ids_of(code) for code in codes[at].tolist()]
    more = np.array([len(part) - 1 for part in parts], dtype=np.int64)
    sizes = np.ones(len(codes), dtype=np.uint32)
    sizes[at] += more.astype(np.uint32)
    expanded, titles = np.repeat(codes, sizes), np.repeat(titles, sizes)
    del sizes
    firsts = (at + np.cumsum(more) - more).tolist()  # where each compound's ids start
    places = [
        place
        for first, part in zip(firsts, parts, strict=True)
        for place in range(first, first + len(part))
    ]
    expanded[places] = np.fromiter(chain.from_iterable(parts), dtype=np.uint32, count=len(places))
    return expanded, titles


def title_lengths(runs: TitleRuns, words: np.ndarray, sequence_count: int) -> np.ndarray:
    """By sequence number: the fewest words (``words``, by title) of any of the card's
    titles; MAX_TITLE_WORDS for a card without a title."""
    lengths = np.full(sequence_count, MAX_TITLE_WORDS, dtype=np.uint8)
    np.minimum.at(lengths, runs.sequences, np.minimum(words, MAX_TITLE_WORDS).astype(np.uint8))
    return lengths


def write_titles(
    db: Connection,
    runs: TitleRuns,
    numbers: np.ndarray,
    keys_by_id: list[str],
    ids_of: Callable[[int], tuple[int, ...]],
    count: int,
) -> list[int]:
    """Write the ``search_titles`` rows; each card's fewest title words, by card number.

    ``numbers`` gives each sequence number its card number.
    """
    ids, words = title_term_ids(runs, ids_of)
    by_number = np.full(count, MAX_TITLE_WORDS, dtype=np.uint8)
    lengths = title_lengths(runs, words, len(numbers))
    known = numbers >= 0
    by_number[numbers[known]] = lengths[known]
    del lengths, known

    titles = _joined(ids, words, keys_by_id)
    del ids
    cards = numbers[runs.sequences[words > 0]]
    distinct, owners = _ranked(titles)
    del titles
    width = np.int64(max(count, 1))
    pairs = np.unique(owners * width + cards)  # a card's spellings of one title count once
    owners, cards = np.divmod(pairs, width)
    del pairs
    sizes = np.bincount(owners, minlength=len(distinct)).tolist()  # a card at least each
    bounds = pairwise(accumulate(sizes, initial=0))
    db.conn.executemany(
        "INSERT INTO search_titles VALUES (?, ?)",
        zip(distinct, encode_postings_runs(cards, bounds, count), strict=True),
    )
    return by_number.tolist()


def _joined(ids: np.ndarray, words: np.ndarray, keys_by_id: list[str]) -> list[str]:
    """Each title's keys joined, for the titles with a word (``words`` of ``ids`` each)."""
    keys = np.array(keys_by_id, dtype=object)[ids].tolist()
    # The bounds are made as they are used: a list of them would hold an int object each.
    bounds = pairwise(accumulate(words[words > 0].tolist(), initial=0))
    return [" ".join(keys[start:end]) for start, end in bounds]


def _ranked(titles: list[str]) -> tuple[list[str], np.ndarray]:
    """The distinct titles in order (rows in the order of their keys make compact
    B-trees), and each title's place among them."""
    index = dict.fromkeys(titles)
    distinct = sorted(index)
    index.update(zip(distinct, range(len(distinct)), strict=True))
    owners = np.fromiter(map(index.__getitem__, titles), dtype=np.int64, count=len(titles))
    return distinct, owners
