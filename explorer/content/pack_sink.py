"""Where a check of a pack hands the records it found valid, one by one as it reads them.

A pack with any problem is refused whole, so a sink keeps nothing until ``finish``: the
database sink writes into a file that is thrown away unless the pack was valid.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Protocol

from explorer.content.entity_files import ENTITY_FILES
from explorer.content.problems import Problem
from explorer.domain.collection import Collection, Manifest
from explorer.domain.entities import Media


@dataclass(frozen=True)
class PackSummary:
    """What a valid pack holds, counted: its manifest and its records of each kind."""

    manifest: Manifest
    counts: dict[str, int]
    """Kind of record ("cards.json") -> how many."""
    warnings: tuple[Problem, ...] = ()
    """What is worth a look but did not stop the pack (markup in plain text)."""
    unlisted_warnings: int = 0

    @property
    def cards(self) -> int:
        return self.counts.get("cards.json", 0)


class PackSink(Protocol):
    def begin(self, manifest: Manifest) -> None:
        """The pack's manifest, valid; before any record."""

    def add(self, kind: str, item: Any) -> None:
        """A valid record of ``kind`` ("cards.json"), in the pack's order."""

    def picture(self, media: Media, data: bytes) -> None:
        """The picture file of a valid media entry (added before), checked."""

    def finish(self) -> None:
        """Every record was handed over and the pack is valid."""


class NoSink:
    """Keeps nothing: for checking a pack only."""

    def begin(self, manifest: Manifest) -> None:
        pass

    def add(self, kind: str, item: Any) -> None:
        pass

    def picture(self, media: Media, data: bytes) -> None:
        pass

    def finish(self) -> None:
        pass


class CollectionSink(NoSink):
    """Keeps everything, as a domain ``Collection``."""

    def __init__(self) -> None:
        self.manifest: Manifest | None = None
        self.items: dict[str, list[Any]] = defaultdict(list)

    def begin(self, manifest: Manifest) -> None:
        self.manifest = manifest

    def add(self, kind: str, item: Any) -> None:
        self.items[kind].append(item)

    def collection(self) -> Collection:
        if self.manifest is None:
            raise RuntimeError("a collection asked of a sink that was never given a manifest")
        entities = {spec.collection_attr: tuple(self.items[spec.name]) for spec in ENTITY_FILES}
        return Collection(manifest=self.manifest, **entities)
