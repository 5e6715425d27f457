"""The titles of the cards as the search index ranks by them: whole, and how long.

A query that is a card's whole title (in any language: "Almaty", "Алматы") ranks that card
first, and among cards with the query in their titles the shorter titles come first (the
query is more of them). ``search_titles`` keeps each title's keys, joined
(:func:`~explorer.domain.search_query.whole_title_key`), with the cards it is a title of;
``search_cards.title_words`` each card's fewest title words.
"""

from __future__ import annotations

from array import array
from itertools import chain

import numpy as np

from explorer.domain.search_query import whole_title_key
from explorer.store.connection import Connection
from explorer.store.search_format import encode_postings

MAX_TITLE_WORDS = 255


class TitleShapes:
    """Each card's titles as wholes (term ids in order), and its shortest title's length."""

    def __init__(self) -> None:
        self.wholes: dict[tuple[int, ...], list[int]] = {}
        """Term ids of a title -> the sequence numbers of the cards it is a title of."""
        self.lengths = array("B")
        """By sequence number: the fewest words any of the card's titles has."""

    def add(self, sequence: int, ids: tuple[int, ...]) -> None:
        """One title of card ``sequence`` (cards come in order, a card's titles together)."""
        length = min(len(ids), MAX_TITLE_WORDS)
        if sequence >= len(self.lengths):
            self.lengths.extend([MAX_TITLE_WORDS] * (sequence - len(self.lengths)))
            self.lengths.append(length)
        elif length < self.lengths[sequence]:
            self.lengths[sequence] = length
        if not ids:
            return
        cards = self.wholes.setdefault(ids, [])
        if not cards or cards[-1] != sequence:
            cards.append(sequence)

    def truncate(self, sequences: int) -> None:
        """Forget the cards from sequence number ``sequences`` on."""
        del self.lengths[sequences:]
        for ids in list(self.wholes):
            kept = [sequence for sequence in self.wholes[ids] if sequence < sequences]
            if kept:
                self.wholes[ids] = kept
            else:
                del self.wholes[ids]

    def lengths_by_number(self, numbers: np.ndarray, count: int) -> list[int]:
        lengths = np.full(count, MAX_TITLE_WORDS, dtype=np.int64)
        known = np.frombuffer(self.lengths, dtype=np.uint8) if self.lengths else []
        lengths[numbers[: len(known)]] = known
        return lengths.tolist()

    def write(self, db: Connection, numbers: np.ndarray, keys_by_id: list[str], count: int) -> None:
        """The ``search_titles`` rows; ``numbers`` gives each sequence number its card number."""
        wholes = self.wholes
        sizes = np.fromiter(map(len, wholes.values()), dtype=np.int64, count=len(wholes))
        sequences = np.fromiter(chain.from_iterable(wholes.values()), dtype=np.int64)
        owners = np.repeat(np.arange(len(wholes)), sizes)
        cards = numbers[sequences]
        cards = cards[np.lexsort((cards, owners))]  # each title's cards together, ascending
        ends = np.cumsum(sizes).tolist()
        starts = [0, *ends[:-1]]
        rows = sorted(
            (whole_title_key(keys_by_id[i] for i in ids), start, end)
            for ids, start, end in zip(wholes, starts, ends, strict=True)
        )
        db.conn.executemany(
            "INSERT INTO search_titles VALUES (?, ?)",
            ((title, encode_postings(cards[start:end], count)) for title, start, end in rows),
        )
