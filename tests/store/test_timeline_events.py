"""The timeline's events as the content store reads them: every dated card, with its number
in the search index."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.content.importer import ensure_imported
from explorer.domain.timeline_events import event_from_dates
from explorer.store.content_store import ContentStore
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.store.search_index import SearchIndex


@pytest.fixture
def store(tmp_path):
    prepared = ensure_imported(BUNDLED_COLLECTION, tmp_path / "content.db")
    store = ContentStore.open(prepared.database)
    yield store
    store.close()


def test_every_dated_card_is_an_event_made_from_its_dates(store):
    events = store.timeline_events()
    dated = [
        row[0] for row in store.db.execute("SELECT id FROM cards WHERE first_day IS NOT NULL", ())
    ]
    assert sorted(event.id for event in events) == sorted(dated) and len(dated) > 20
    for event in events:
        card = store.card(event.id)
        assert event == event_from_dates(card.id, card.category, card.start, card.end)


def test_events_come_in_id_order_with_the_numbers_of_the_search_index(store):
    events = store.timeline_events()
    ids = [event.id for event in events]
    assert ids == sorted(ids)
    assert events.id_ranks.tolist() == list(range(len(events)))
    answer = SearchIndex.load(store.db).search()
    id_of_number = dict(zip(answer.numbers.tolist(), answer.ids(), strict=True))
    assert np.all(events.card_numbers >= 0)
    assert [id_of_number[n] for n in events.card_numbers.tolist()] == ids
