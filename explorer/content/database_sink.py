"""The sink that writes a pack into a content database as its check hands the records over."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from explorer.content.display_image import display_derivative
from explorer.domain.collection import Manifest
from explorer.domain.entities import Media
from explorer.store.connection import Connection
from explorer.store.content_writer import CARD_BATCH, PackWriter
from explorer.store.search_build import SearchIndexBuilder


class DatabaseSink:
    """Writes each record into ``db`` (in batches) and hands the cards' texts to ``index``.

    The caller holds the transaction, and throws the writing away when the check finds a
    problem. ``fingerprint`` is asked for once every file was read.
    """

    def __init__(
        self,
        db: Connection,
        rank: int,
        index: SearchIndexBuilder,
        fingerprint: Callable[[], str],
    ) -> None:
        self.db = db
        self.rank = rank
        self.index = index
        self.fingerprint = fingerprint
        self.writer: PackWriter | None = None
        self.kind = ""
        self.batch: list[Any] = []

    def begin(self, manifest: Manifest) -> None:
        self.writer = PackWriter(self.db, manifest, self.rank)
        self.writer.begin()
        self.index.begin_pack(manifest.id)

    def add(self, kind: str, item: Any) -> None:
        if kind == "media.json":
            if item.remote:  # nothing to fetch: written as it is
                self._begun().add_media(item, None)
            return  # a picture of the pack is written with its picture
        if kind != self.kind or len(self.batch) >= CARD_BATCH:
            self.flush()
            self.kind = kind
        self.batch.append(item)

    def picture(self, media: Media, data: bytes) -> None:
        self._begun().add_media(media, display_derivative(data))

    def finish(self) -> None:
        self.flush()
        self._begun().finish(self.fingerprint())

    def _begun(self) -> PackWriter:
        if self.writer is None:
            raise RuntimeError("the pack's records came before its manifest")
        return self.writer

    def flush(self) -> None:
        if not self.batch:
            return
        writer, batch = self._begun(), self.batch
        if self.kind == "cards.json":
            writer.add_cards(batch)
            self.index.add_cards(batch)
        else:
            {
                "categories.json": writer.add_categories,
                "sources.json": writer.add_sources,
                "places.json": writer.add_places,
                "routes.json": writer.add_routes,
                "eras.json": writer.add_eras,
                "lanes.json": writer.add_lanes,
                "links.json": writer.add_links,
                "figures.json": writer.add_figures,
                "stories.json": writer.add_stories,
            }[self.kind](batch)
        self.batch = []
