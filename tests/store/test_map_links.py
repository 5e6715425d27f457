"""The pairs of cards and places the map counts from, read from a real content database."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.content.importer import ensure_imported
from explorer.domain.map_counts import place_counts
from explorer.store.content_store import ContentStore
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.store.map_links import read_map_links
from explorer.store.search_index import SearchIndex
from explorer.store.search_result import Filters


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    prepared = ensure_imported(BUNDLED_COLLECTION, tmp_path_factory.mktemp("map") / "content.db")
    store = ContentStore.open(prepared.database)
    yield store
    store.close()


def test_every_card_place_pair_is_read_with_its_card_number_and_days(store):
    places = store.map_places()
    links = read_map_links(store.db, places.ids)
    pairs = store.db.execute("SELECT card_id, place_id FROM card_places").fetchall()
    assert len(links.pair_places) == len(pairs) > 10
    assert sorted(places.ids) == sorted(p.id for p in store.all_places())
    numbers = dict(store.db.execute("SELECT card_id, number FROM search_cards").fetchall())
    index = {place_id: i for i, place_id in enumerate(places.ids)}
    expected = sorted((index[place], numbers[card]) for card, place in pairs)
    got = sorted(zip(links.pair_places.tolist(), links.pair_numbers.tolist(), strict=True))
    assert got == expected
    days = dict(
        (card, (first, last))
        for card, first, last in store.db.execute("SELECT id, first_day, last_day FROM cards")
    )
    by_number = {number: card for card, number in numbers.items()}
    for number, first, last in zip(
        links.pair_numbers.tolist(),
        links.pair_first_days.tolist(),
        links.pair_last_days.tolist(),
        strict=True,
    ):
        expected_first, expected_last = days[by_number[number]]
        if expected_first is None:
            assert np.isnan(first) and np.isnan(last), "an undated card's days are NaN"
        else:
            assert (first, last) == (expected_first, expected_last)
    for place in store.all_places():
        at = index[place.id]
        assert (places.longitudes[at], places.latitudes[at]) == (place.longitude, place.latitude)
    per_place = dict(
        store.db.execute("SELECT place_id, count(*) FROM card_places GROUP BY place_id")
    )
    assert _every_count(links, len(places)).tolist() == [per_place.get(p, 0) for p in places.ids]


def test_a_library_without_pairs_reads_empty_columns(tmp_path):
    from explorer.store.content_schema import create_schema
    from explorer.store.database import open_database

    db = open_database(tmp_path / "empty.db")
    create_schema(db)
    links = read_map_links(db, [])
    assert links.pair_places.shape == links.pair_first_days.shape == (0,)
    assert _every_count(links, 3).tolist() == [0, 0, 0]


def test_counts_follow_the_answer_and_the_period(store):
    place_ids = store.map_places().ids
    links = read_map_links(store.db, place_ids)
    count = len(place_ids)

    def counts(**kwargs) -> np.ndarray:
        return place_counts(
            count,
            links.pair_places,
            links.pair_numbers,
            links.pair_first_days,
            links.pair_last_days,
            **kwargs,
        )

    every = counts()
    per_place = store.db.execute(
        "SELECT place_id, count(*) FROM card_places GROUP BY place_id"
    ).fetchall()
    assert {place_ids[i]: int(n) for i, n in enumerate(every) if n} == {
        place: n for place, n in per_place
    }
    index_search = SearchIndex.load(store.db)
    kazakh = index_search.search("", Filters(side={"kazakhstan"}))
    answered = counts(answer_numbers=kazakh.numbers)
    assert 0 < answered.sum() < every.sum()
    assert np.all(answered <= every)
    nothing = counts(answer_numbers=np.array([], dtype=np.int32))
    assert nothing.sum() == 0
    dated = ~np.isnan(links.pair_first_days)
    recent = counts(period=(float(np.nanmax(links.pair_first_days)), np.inf))
    assert 0 < recent.sum() < dated.sum(), "only the cards reaching into the period"
    everything_dated = counts(period=(-np.inf, np.inf))
    assert everything_dated.sum() == dated.sum(), "an undated card is outside any period"


def _every_count(links, places: int) -> np.ndarray:
    """How many cards name each place when every card is shown, as the map first counts."""
    return place_counts(
        places,
        links.pair_places,
        links.pair_numbers,
        links.pair_first_days,
        links.pair_last_days,
    )
