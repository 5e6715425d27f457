"""The card list model on its own, without a widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.store.search_index import Filters, SearchIndex
from explorer.ui.cards import card_model
from explorer.ui.cards.card_model import PAGE_SIZE, CardListModel, CardRole


@pytest.fixture
def index(store):
    return SearchIndex.load(store.db)


def test_model_passes_the_qt_model_tester(qtmodeltester, store, index):
    model = CardListModel(store, index.search())
    qtmodeltester.check(model, force_py=True)
    category = store.categories()[0].id
    model.set_result(index.search("", Filters(category=[category])))
    qtmodeltester.check(model, force_py=True)


def test_rows_follow_the_store_in_chronological_order(store, index):
    model = CardListModel(store, index.search())
    ids = [model.index(row).data(CardRole.Id) for row in range(model.rowCount())]
    assert ids == store.card_ids()
    dated = [store.card(card_id).start for card_id in ids]
    known = [d for d in dated if d is not None]
    assert known == sorted(known)
    assert all(d is None for d in dated[len(known) :]), "undated cards come last"


def test_roles_carry_title_category_date_and_summary(store, index):
    model = CardListModel(store, index.search())
    row = model.index(0)
    card = store.card(row.data(CardRole.Id))
    assert row.data(Qt.ItemDataRole.DisplayRole) == card.title["en"]
    assert row.data(CardRole.Summary) == card.summary["en"]
    assert row.data(CardRole.Category) == card.category
    assert row.data(CardRole.CategoryColour).startswith("#")
    assert str(card.start.year) in row.data(CardRole.DateText)
    assert card.title["en"] in row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.roleNames()[CardRole.Title] == b"title"
    snippet = row.data(CardRole.Snippet)
    assert "".join(piece.text for piece in snippet).startswith(card.summary["en"][:20])
    assert not any(piece.match for piece in snippet), "nothing is marked without a query"


def test_snippets_mark_the_words_searched_for(store, index):
    model = CardListModel(store, index.search("Абай"), None)
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        pieces = model.index(row).data(CardRole.Snippet)
        marked = [piece.text for piece in pieces if piece.match]
        if marked:
            assert all(text.lower().startswith(("abai", "абай")) for text in marked)
    assert any(
        any(piece.match for piece in model.index(row).data(CardRole.Snippet))
        for row in range(model.rowCount())
    )


def test_language_switch_changes_titles_without_a_reset(store, index, qtbot):
    model = CardListModel(store, index.search())
    card = store.card(model.index(0).data(CardRole.Id))
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("ru")
    assert model.index(0).data(CardRole.Title) == card.title["ru"]
    assert model.index(0).data(CardRole.Fallback) is False


def test_a_new_result_resets_the_rows(store, index, qtbot):
    model = CardListModel(store, index.search())
    with qtbot.waitSignal(model.modelReset):
        model.set_result(index.search("Marco Polo"), "Marco Polo")
    assert 0 < model.rowCount() < store.card_count()
    assert model.query == "Marco Polo"
    assert model.row_of("no-such-card") == -1


def test_pages_are_loaded_lazily(store, index, monkeypatch):
    model = CardListModel(store, index.search())
    calls = []
    original = store.card_items

    def counting(ids, language):
        calls.append(len(ids))
        return original(ids, language)

    monkeypatch.setattr(store, "card_items", counting)
    for row in range(model.rowCount()):
        model.index(row).data(CardRole.Title)
    assert len(calls) == -(-model.rowCount() // PAGE_SIZE)


def test_a_card_is_found_in_any_row(store, index):
    model = CardListModel(store, index.search())
    last = model.rowCount() - 1
    assert last > 64, "beyond the first slice looked at"
    for row in (0, 1, 63, 64, last):
        assert model.row_of(model.card_id(row)) == row


def test_snippets_are_made_only_for_the_cards_asked_about(store, index, monkeypatch):
    made: list[str] = []
    original = card_model.explain

    def counting(words, language, query, place_label):
        made.append(words.titles["en"])
        return original(words, language, query, place_label)

    monkeypatch.setattr(card_model, "explain", counting)
    model = CardListModel(store, index.search("Абай"), None)
    assert model.rowCount() > 2
    first = model.index(0).data(CardRole.Snippet)
    model.index(1).data(CardRole.Snippet)
    assert model.index(0).data(CardRole.Snippet) == first
    assert len(made) == 2, "one reason for each card asked about, kept"


def test_a_first_page_read_with_the_answer_brings_its_snippets(store, index, monkeypatch):
    answer = index.search("abai")
    alone = CardListModel(store, answer)
    rows = range(min(alone.rowCount(), PAGE_SIZE))
    expected = [alone.index(row).data(CardRole.Snippet) for row in rows]
    assert any(piece.match for pieces in expected for piece in pieces)

    first_page = card_model.read_first_page(store, answer, "en")
    cut: list[str] = []
    monkeypatch.setattr(card_model, "explain", lambda words, *_, **__: cut.append(words))
    model = CardListModel(store, card_model.SearchResult.awaited())
    model.set_result(answer, "abai", first_page)
    shown = [model.index(row).data(CardRole.Snippet) for row in rows]
    assert shown == expected
    assert not cut, "no snippet is cut on the UI thread for the first page"


def test_a_tiles_text_is_made_once_per_answer_and_language(store, index, monkeypatch):
    model = CardListModel(store, index.search("Абай"), None)
    made = []
    make = card_model.tile_text
    monkeypatch.setattr(card_model, "tile_text", lambda *args: made.append(1) or make(*args))
    first = model.index(0).data(CardRole.Tile)
    assert model.index(0).data(CardRole.Tile) is first
    assert len(made) == 1, "a paint asks again: the text made is kept"
    assert any(piece.match for piece in (*first.title_marks, *first.snippet))

    model.set_result(model.result, "")  # the same cards, a new answer: made again
    again = model.index(0).data(CardRole.Tile)
    assert len(made) == 2 and again == first

    card = store.card(model.index(0).data(CardRole.Id))
    model.set_result(index.search(""), "")
    row = model.row_of(card.id)
    unmarked = model.index(row).data(CardRole.Tile)
    assert unmarked.title == first.title
    assert not any(piece.match for piece in (*unmarked.title_marks, *unmarked.snippet))

    model.set_language("ru")
    in_russian = model.index(row).data(CardRole.Tile)
    assert in_russian.title == card.title["ru"] != card.title["en"]
    category = next(c for c in store.categories() if c.id == card.category)
    assert in_russian.category == category.name["ru"].upper()
