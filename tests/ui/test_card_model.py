"""The card list model on its own, without a widget."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.ui.card_model import PAGE_SIZE, CardListModel, CardRole


def test_model_passes_the_qt_model_tester(qtmodeltester, store):
    model = CardListModel(store)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(category=store.categories()[0].id, query="")
    qtmodeltester.check(model, force_py=True)


def test_rows_follow_the_store_in_chronological_order(store):
    model = CardListModel(store)
    ids = [model.index(row).data(CardRole.Id) for row in range(model.rowCount())]
    assert ids == store.card_ids()
    dated = [store.card(card_id).start for card_id in ids]
    known = [d for d in dated if d is not None]
    assert known == sorted(known)
    assert all(d is None for d in dated[len(known) :]), "undated cards come last"


def test_roles_carry_title_category_and_date(store):
    model = CardListModel(store)
    index = model.index(0)
    card = store.card(index.data(CardRole.Id))
    assert index.data(Qt.ItemDataRole.DisplayRole) == card.title["en"]
    assert index.data(CardRole.Summary) == card.summary["en"]
    assert index.data(CardRole.Category) == card.category
    assert index.data(CardRole.CategoryColour).startswith("#")
    assert str(card.start.year) in index.data(CardRole.DateText)
    assert card.title["en"] in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.roleNames()[CardRole.Title] == b"title"


def test_language_switch_changes_titles_without_a_reset(store, qtbot):
    model = CardListModel(store)
    card = store.card(model.index(0).data(CardRole.Id))
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("ru")
    assert model.index(0).data(CardRole.Title) == card.title["ru"]
    assert model.index(0).data(CardRole.Fallback) is False


def test_filter_by_query_and_category_resets_the_rows(store, qtbot):
    model = CardListModel(store)
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(category=None, query="Marco Polo")
    assert 0 < model.rowCount() < store.card_count()
    assert model.row_of("no-such-card") == -1


def test_pages_are_loaded_lazily(store, monkeypatch):
    model = CardListModel(store)
    calls = []
    original = store.card_items
    monkeypatch.setattr(
        store, "card_items", lambda ids, lang: calls.append(len(ids)) or original(ids, lang)
    )
    for row in range(model.rowCount()):
        model.index(row).data(CardRole.Title)
    assert len(calls) == -(-model.rowCount() // PAGE_SIZE)
