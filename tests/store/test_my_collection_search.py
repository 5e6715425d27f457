"""Narrowing kept cards by the words of the reader's notes."""

from __future__ import annotations

from explorer.store.my_collection_search import narrowed

NOTES = {
    "pack:polo": "Спросить гида про панораму Рима.",
    "pack:abai": "Абайдың өлеңдері: ғылыми жұмысқа керек.",
}
CARDS = ["pack:polo", "pack:abai", "pack:astana"]


def test_the_words_of_a_note_are_found_in_any_order_and_case():
    assert narrowed(CARDS, "РИМА панораму", NOTES, None) == ["pack:polo"]
    assert narrowed(CARDS, "керек абайдың", NOTES, None) == ["pack:abai"]


def test_every_word_must_be_in_the_note():
    assert narrowed(CARDS, "панораму Астана", NOTES, None) == []


def test_the_index_finds_cards_without_notes_and_a_blank_query_keeps_all():
    assert narrowed(CARDS, "astana", NOTES, lambda query: {"pack:astana"}) == ["pack:astana"]
    assert narrowed(CARDS, "  ", NOTES, None) == CARDS
