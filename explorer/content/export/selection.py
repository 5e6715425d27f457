"""Which cards an export holds: every card, one pack's, or the answer to a search."""

from __future__ import annotations

from explorer.store.content_store import ContentStore


class ExportRefused(ValueError):
    """What was asked for cannot be exported; the message says why."""


def exported_ids(
    store: ContentStore, *, pack: str | None = None, query: str | None = None
) -> list[str]:
    """The ids of the cards to export: in date order, or best first for a search."""
    if pack is not None:
        known = [row[0] for row in store.db.execute("SELECT id FROM packs ORDER BY id")]
        if pack not in known:
            raise ExportRefused(f"no pack '{pack}' is imported; the packs are {', '.join(known)}")
    if query is not None:
        from explorer.store.search_index import SearchIndex

        ids = SearchIndex.load(store.db).search(query).ids()
    else:
        ids = store.card_ids()
    if pack is not None:
        in_pack = {
            row[0] for row in store.db.execute("SELECT id FROM cards WHERE pack_id = ?", [pack])
        }
        ids = [card_id for card_id in ids if card_id in in_pack]
    return ids
