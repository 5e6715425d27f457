"""Where a pack keeps the records of one kind: one JSON array, or JSON Lines.

The records of a kind (the cards, say) may be written in one of three ways:

* ``cards.json``: one JSON array of objects, read whole (so at most ``max_member_bytes``);
* ``cards.jsonl``: JSON Lines, one object a line, read a line at a time, of any size;
* ``cards/*.jsonl``: several JSON Lines files, read one after the other in the order of
  their names (``cards/0001.jsonl``, ``cards/0002.jsonl``, …).

Pictures live in ``media/``, so the media entries may be ``media.json`` or ``media.jsonl``
but not split into a folder.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.content.pack_reader import PackReader
from explorer.domain.wording import PackProblems, Wording

LINES_SUFFIX = ".jsonl"
_NOT_SPLIT = frozenset({"media"})


@dataclass(frozen=True)
class RecordFiles:
    """The files holding one kind of record, in the order to read them."""

    names: tuple[str, ...]
    lines: bool
    """JSON Lines; otherwise ``names`` is the one file holding a JSON array."""


def stem(kind: str) -> str:
    """cards.json -> cards."""
    return kind.removesuffix(".json")


def kind_of_file(name: str) -> str | None:
    """The kind of record a file of the pack would hold: cards/0002.jsonl -> cards.json."""
    if name.endswith(LINES_SUFFIX):
        return name.removesuffix(LINES_SUFFIX).split("/", 1)[0] + ".json"
    return name if name.endswith(".json") and "/" not in name else None


def find_record_files(
    pack: PackReader, kind: str
) -> tuple[RecordFiles | None, tuple[str, str] | None]:
    """The files of ``kind`` (e.g. "cards.json") in ``pack``, or why they cannot be read.

    Gives (files, None) when the records are written one way, (None, None) when they are
    not there at all, and (None, (file, message)) when they are written in more ways than
    one, or a file other than JSON Lines sits in their folder.
    """
    name = stem(kind)
    array = kind if pack.exists(kind) else None
    single = f"{name}{LINES_SUFFIX}" if pack.exists(f"{name}{LINES_SUFFIX}") else None
    folder = f"{name}/"
    inside = [] if name in _NOT_SPLIT else [n for n in pack.names() if n.startswith(folder)]
    strays = [n for n in inside if "/" in n[len(folder) :] or not n.endswith(LINES_SUFFIX)]
    if strays:
        return None, (
            strays[0],
            PackProblems.tr("only JSON Lines files may be in %1 (%2, %3, …)").arg(
                folder, f"{folder}0001{LINES_SUFFIX}", f"{folder}0002{LINES_SUFFIX}"
            ),
        )
    ways = [way for way in (array, single, f"{folder}*{LINES_SUFFIX}" if inside else None) if way]
    if len(ways) > 1:
        return None, (
            ways[0],
            _written_twice(name, ways[1:]),
        )
    if array:
        return RecordFiles((array,), lines=False), None
    if single:
        return RecordFiles((single,), lines=True), None
    if inside:
        return RecordFiles(tuple(sorted(inside)), lines=True), None
    return None, None


def _written_twice(name: str, others: list[str]) -> Wording:
    also: str = others[0]
    if len(others) > 1:  # there are three ways at most
        also = PackProblems.tr("%1 and in %2").arg(others[0], others[1])
    return PackProblems.tr("the %1 are also written in %2; write them in one way only").arg(
        name, also
    )
