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
    asked = []

    def index(query, cards):
        asked.append((query, list(cards)))
        return {"pack:astana"}

    assert narrowed(CARDS, "astana", NOTES, index) == ["pack:astana"]
    assert asked == [("astana", CARDS)], "the index is asked only about the kept cards"
    assert narrowed(CARDS, "  ", NOTES, None) == CARDS


def test_a_search_result_tells_which_of_some_cards_it_holds(bundled_index):
    result = bundled_index.search("abai")
    every = bundled_index.search("")
    found, missed = result.ids()[:2], [c for c in every.ids() if c not in set(result.ids())][:2]
    assert len(found) == 2 and len(missed) == 2
    asked = [missed[0], found[1], "bundled:no-such-card", found[0], missed[1]]
    assert result.among(asked) == set(found)
    assert result.among([]) == set()
    assert bundled_index.search("zzzzqqqq").among(asked) == set()
