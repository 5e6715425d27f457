"""Card ids packed (the timeline's events, the search index's cards): one bytes object and
an array of offsets.

A hundred thousand ids as Python strings take about 7 MB, and a dictionary to find them
another 6 MB; packed, they take their UTF-8 bytes and 8 bytes of offset each, and are found
through their hashes, sorted (16 bytes each). A string is made only for an id asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

_SLICE = 4096
"""Ids copied at a time by ``taken``."""


class PackedIds:
    """Strings by number, and the number of a string, without one Python object each.

    ``find`` looks ids up by hash and compares the candidates' text, so equal hashes of
    different ids (which Python's string hash allows) never make a wrong match. Hashes are
    those of this process, so a ``PackedIds`` is never stored or sent elsewhere.
    """

    __slots__ = ("_blob", "_by_hash", "_ends", "_hashes")

    def __init__(self, blob: bytes, ends: np.ndarray, hashes: np.ndarray):
        """``ends[i]`` is where id i ends in ``blob`` (UTF-8); ``hashes[i]`` its str hash."""
        self._blob = blob
        self._ends = ends
        self._by_hash = np.argsort(hashes, kind="stable").astype(np.int32)
        self._hashes = hashes[self._by_hash]

    @classmethod
    def of(cls, ids: Iterable[str]) -> PackedIds:
        ids = list(ids)
        encoded = list(map(str.encode, ids))
        return cls(
            b"".join(encoded),
            np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))),
            np.fromiter(map(hash, ids), dtype=np.int64, count=len(ids)),
        )

    @classmethod
    def joined(cls, parts: Sequence[PackedIds]) -> PackedIds:
        """The ids of ``parts`` one after the other."""
        if not parts:
            return cls.of(())
        shifts = np.cumsum([0, *(len(part._blob) for part in parts[:-1])])
        return cls(
            b"".join(part._blob for part in parts),
            np.concatenate([part._ends + shift for part, shift in zip(parts, shifts, strict=True)]),
            np.concatenate([part._hashes_in_order() for part in parts]),
        )

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, number: int) -> str:
        if not -len(self._ends) <= number < len(self._ends):
            raise IndexError(number)
        number %= len(self._ends)
        start = int(self._ends[number - 1]) if number else 0
        return self._blob[start : int(self._ends[number])].decode()

    @property
    def nbytes(self) -> int:
        return len(self._blob) + self._ends.nbytes + self._hashes.nbytes + self._by_hash.nbytes

    def _hashes_in_order(self) -> np.ndarray:
        hashes = np.empty_like(self._hashes)
        hashes[self._by_hash] = self._hashes
        return hashes

    def taken(self, numbers: np.ndarray) -> PackedIds:
        """The ids ``numbers`` (an array of numbers), in that order."""
        numbers = np.asarray(numbers, dtype=np.int64)
        ends = self._ends[numbers]
        lengths = ends - np.where(numbers > 0, self._ends[numbers - 1], 0)
        old = np.frombuffer(self._blob, dtype=np.uint8)
        # A slice of ids at a time: the index of every byte is eight bytes for each one.
        parts = []
        for at in range(0, len(numbers), _SLICE):
            part_lengths = lengths[at : at + _SLICE]
            part_starts = np.repeat(ends[at : at + _SLICE] - part_lengths, part_lengths)
            offsets = np.arange(len(part_starts)) - np.repeat(
                np.cumsum(part_lengths) - part_lengths, part_lengths
            )
            parts.append(old[part_starts + offsets].tobytes())
        return PackedIds(b"".join(parts), np.cumsum(lengths), self._hashes_in_order()[numbers])

    def find(self, ids: Iterable[str]) -> np.ndarray:
        """The number of each id, -1 for an id not among them (the first, if repeated)."""
        ids = list(ids)
        wanted = np.fromiter(map(hash, ids), dtype=np.int64, count=len(ids))
        at = np.searchsorted(self._hashes, wanted)
        found = np.full(len(ids), -1, dtype=np.int64)
        size = len(self._hashes)
        for row in np.flatnonzero(at < size).tolist():
            position = int(at[row])
            while position < size and self._hashes[position] == wanted[row]:
                number = int(self._by_hash[position])
                if self[number] == ids[row]:
                    found[row] = number
                    break
                position += 1
        return found
