"""Facets gathered a card at a time, in the order of the cards' numbers."""

from __future__ import annotations

from explorer.store.search_facets import FacetColumn, PlaceFacet


def test_a_column_has_its_known_labels_first_and_then_the_others_as_met():
    column = FacetColumn()
    for value in ["b", "x", "a", "x", "y"]:
        column.add(value)
    labels, codes = column.labels_and_codes(["a", "b", "c"])
    assert labels == ["a", "b", "c", "x", "y"]
    assert codes.tolist() == [1, 3, 0, 3, 4]


def test_places_come_by_card_and_then_by_place_id_each_pair_once():
    facet = PlaceFacet()
    for number, place in [(2, "roma"), (0, "astana"), (2, "almaty"), (0, "astana"), (1, "roma")]:
        facet.add(number, place)
    cards, codes = facet.cards_and_codes(["roma", "almaty", "astana"])
    pairs = list(zip(cards.tolist(), codes.tolist(), strict=True))
    assert pairs == [(0, 2), (1, 0), (2, 1), (2, 0)]


def test_no_places_give_empty_arrays():
    cards, codes = PlaceFacet().cards_and_codes(["roma"])
    assert cards.tolist() == [] and codes.tolist() == []
