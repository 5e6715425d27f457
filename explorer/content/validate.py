"""Check a content pack and turn it into a domain ``Collection``, or just count what it holds.

The checks themselves are in ``pack_check`` (one pass over the pack, every problem listed
at once); these are its short forms.
"""

from __future__ import annotations

from pathlib import Path

from explorer.content.import_progress import ImportProgress, quietly
from explorer.content.pack_check import PackCheck
from explorer.content.pack_reader import DEFAULT_LIMITS, Limits, open_pack
from explorer.content.pack_sink import CollectionSink, NoSink, PackSummary
from explorer.domain.collection import Collection


def load_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Collection:
    """The collection in the pack at ``path``; raises PackInvalid listing every problem.

    The whole collection is held in memory; ``check_pack`` checks a pack of any size.
    """
    sink = CollectionSink()
    with open_pack(path, limits) as pack:
        PackCheck(pack, sink).run()
    return sink.collection()


def check_pack(
    path: str | Path, limits: Limits = DEFAULT_LIMITS, progress: ImportProgress = quietly
) -> PackSummary:
    """What the pack at ``path`` holds, counted; raises PackInvalid listing every problem."""
    with open_pack(path, limits) as pack:
        return PackCheck(pack, NoSink(), progress=progress).run()
