"""Lists of ids longer than SQLite lets a statement have variables (999 in older builds,
32,766 in most): each list is one JSON parameter, so a map cluster or a long search answer
of any size is read."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.store.map_links import card_numbers, cards_at_places

LIMIT = 5  # variables a statement may have here: fewer than every list below


@pytest.fixture
def tight_store(bundled_store):
    connection = bundled_store.db.conn
    before = connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, LIMIT)
    yield bundled_store
    connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)


def test_the_limit_is_in_force(tight_store):
    marks = ", ".join("?" * (LIMIT + 1))
    with pytest.raises(sqlite3.OperationalError, match="too many SQL variables"):
        tight_store.db.execute(f"SELECT 1 WHERE 1 IN ({marks})", list(range(LIMIT + 1)))


def test_every_list_of_ids_is_read_whatever_its_length(tight_store):
    store = tight_store
    cards = store.card_ids()
    assert len(cards) > 10 * LIMIT
    assert set(store.card_items(cards, "en")) == set(cards)
    assert set(store.card_words(cards)) == set(cards)
    places = [place.id for place in store.all_places()]
    assert [place.id for place in store.places(places)] == places
    sources = list(dict.fromkeys(s for card in cards for s in store.card(card).sources))
    assert [source.id for source in store.sources(sources)] == sources
    found = cards_at_places(store.db, places)
    named = {card for card in cards if store.card(card).places}
    assert {row[0] for row in found} == named
    assert set(card_numbers(store.db, cards)) == set(cards)
    assert len(store.stories()) == 3
