"""How the search index is laid out in the content database; shared by its writer and reader.

Cards are numbered 0..n-1 in chronological order (``search_cards``), so that "best tier
first, then by number" is the result order and needs no sorting by date at query time.

* ``search_terms(field, term, postings)``: for each field (0 title, 1 summary, 2 other) and
  term key, the numbers of the cards that have it.
* ``search_prefixes(field, prefix, postings)``: the same for every prefix of 1 to
  ``PREFIX_LENGTHS[-1]`` characters of the terms, so that a short prefix, which starts
  thousands of terms, costs one array.
* ``search_facets(name, cards, codes, labels_json)``: for single-valued facets, ``codes`` has
  one code per card number and ``cards`` is NULL; for ``place`` (a card has any number of
  places), ``cards`` and ``codes`` are a pair of parallel arrays sorted by card. A code is an
  index into the JSON list ``labels_json``.
* ``search_titles(title, postings)``: each title's keys, joined, with the cards it is a title
  of; ``search_cards.title_words`` is each card's fewest title words
  (:mod:`explorer.store.search_titles`).
* ``search_meta``: the card count, ``format`` (``INDEX_FORMAT``), and ``build``: a digest
  of the packs and fingerprints the index was built from, so that a reader can tell when
  the database holds another index.

Postings are sorted, unique card numbers. They are stored as little-endian uint32, or, when
that would be larger, as a bitmap of n bits (a card's bit set, little bit order), so that a
term found on most cards costs n/8 bytes rather than 4n.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

PREFIX_LENGTHS = (1, 2, 3)
INDEX_FORMAT = 3
"""What the index holds. 3: the facets count the pack each card comes from
(``collection``), and a card of neither country by its own side value.
2: place names are summary words; titles are kept whole, by first
word and by length. A reader of another format refuses the index (it is rebuilt)."""

_ARRAY = b"a"
_BITMAP = b"b"
_LITTLE_4_BYTES = (np.dtype("<u4"), np.dtype("<i4"))


def _bitmap_is_smaller(count: int, card_count: int) -> bool:
    """Whether ``count`` card numbers take less room as a bitmap than as an array."""
    return count * 32 > card_count


def encode_postings(numbers: np.ndarray, card_count: int) -> bytes:
    """``numbers`` (sorted, unique) in whichever form is smaller."""
    if _bitmap_is_smaller(len(numbers), card_count):
        bits = np.zeros(card_count, dtype=bool)
        bits[numbers] = True
        return _BITMAP + np.packbits(bits, bitorder="little").tobytes()
    return _ARRAY + numbers.astype("<u4", copy=False).tobytes()


def encode_postings_runs(
    numbers: np.ndarray, runs: Iterable[tuple[int, int]], card_count: int
) -> Iterator[bytes]:
    """``encode_postings(numbers[start:end], card_count)`` for each ``(start, end)`` of
    ``runs`` (each run sorted and unique), one at a time as they are asked for.

    The usual short ones are cut from the bytes of ``numbers`` itself, without a copy of it
    when they are little-endian 4-byte integers (card numbers are never negative).
    """
    if numbers.dtype not in _LITTLE_4_BYTES:
        numbers = numbers.astype("<u4")
    raw = memoryview(np.ascontiguousarray(numbers)).cast("B")
    for start, end in runs:
        if _bitmap_is_smaller(end - start, card_count):
            yield encode_postings(numbers[start:end], card_count)
        else:
            yield _ARRAY + raw[4 * start : 4 * end]


def decode_postings(blob: bytes, card_count: int) -> np.ndarray:
    """The card numbers of a stored postings list, as an integer array (read-only)."""
    kind, body = blob[:1], memoryview(blob)[1:]
    if kind == _BITMAP:
        bits = np.unpackbits(
            np.frombuffer(body, dtype=np.uint8), count=card_count, bitorder="little"
        )
        return np.flatnonzero(bits).astype(np.uint32)
    return np.frombuffer(body, dtype="<u4")


def encode_codes(codes: np.ndarray) -> bytes:
    return codes.astype("<i4", copy=False).tobytes()


def decode_codes(blob: bytes) -> np.ndarray:
    """The stored codes as 32-bit integers (read-only), as stored: no copy to widen them."""
    return np.frombuffer(blob, dtype="<i4").astype(np.int32, copy=False)
