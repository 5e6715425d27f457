"""Deep-time dates through a real import: stored, read back as written, on the timeline."""

from __future__ import annotations

from explorer.content.importer import ensure_imported
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import write_valid_pack


def test_deep_time_cards_import_and_read_back_as_written(tmp_path):
    bundled = write_valid_pack(
        tmp_path,
        cards={
            "abai": {"start": "115 Ma", "end": "Y-66000000"},
            "dante": {"start": "Y-99999999999", "end": "Y170000002-06-30"},
        },
    )
    prepared = ensure_imported(bundled, tmp_path / "content.db")
    store = ContentStore.open(prepared.database)
    try:
        abai = store.card("test-pack:abai")
        assert (str(abai.start), str(abai.end)) == ("115 Ma", "Y-66000000")
        dante = store.card("test-pack:dante")
        assert (str(dante.start), str(dante.end)) == ("Y-99999999999", "Y170000002-06-30")
        events = {event.id: event for event in store.timeline_events()}
        first, _ = FuzzyDate.parse("Y-99999999999").period()
        _, last = FuzzyDate.parse("Y170000002-06-30").period()
        assert (events["test-pack:dante"].first_day, events["test-pack:dante"].last_day) == (
            first,
            last,
        )
        assert events["test-pack:abai"].first_day == FuzzyDate.parse("115 Ma").period()[0]
    finally:
        store.close()
