"""The filters in effect, as chips above the results: they appear with each filter, each
removes its own (by key or mouse), "Clear all" removes them all, and the count line says
that the results are filtered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.domain.entities import pick
from explorer.session.search_state import SearchState
from explorer.ui.cards.active_filters import ActiveFilters, filters_in_effect
from tests.ui.cards.refine_column import shown_values


def seen(button) -> str:
    return button.text().replace("&&", "&")


def answered(window, qtbot, check) -> None:
    qtbot.waitUntil(lambda: check() and not window.search_worker.busy, timeout=5000)


def test_a_box_checked_out_of_sight_shows_as_a_chip_and_in_the_count(window, store, qtbot):
    page = window.cards_page
    assert not page.active_filters.isVisible()
    kinds = window.facet_panel.lists["kind"]
    kinds.setFocus()
    kinds.go_to("event")
    qtbot.keyClick(kinds, Qt.Key.Key_Space)
    answered(window, qtbot, lambda: window.model.rowCount() < store.card_count())
    assert page.active_filters.isVisible()
    assert [seen(chip) for chip in page.active_filters.chips] == ["Kind: Event  ✕"]
    count = window.model.rowCount()
    assert page.count_label.text() == f"{count} cards · filtered"
    assert page.active_filters.chips[0].accessibleName() == "Remove the filter Kind: Event"


def test_removing_one_chip_by_keyboard_keeps_the_others_and_the_focus(window, store, qtbot):
    page, panel = window.cards_page, window.facet_panel
    category = store.categories()[0]
    window.session.set_category(category.id)
    window.session.set_facet("kind", {"event", "place"})
    answered(window, qtbot, lambda: len(page.active_filters.chips) == 3)
    name = pick(category.name, "en")[0]
    assert [seen(chip) for chip in page.active_filters.chips] == [
        f"Category: {name}  ✕",
        "Kind: Event  ✕",
        "Kind: Place  ✕",
    ]
    chip = page.active_filters.chips[1]
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert window.session.search.facets == {"kind": frozenset({"place"})}
    assert window.session.search.category == category.id
    assert panel.filters()["kind"] == {"place"}, "the Refine column follows"
    assert "event" in shown_values(panel, "kind")
    chips = page.active_filters.chips
    assert [seen(chip) for chip in chips] == [f"Category: {name}  ✕", "Kind: Place  ✕"]
    assert chips[1].hasFocus(), "the focus goes to the chip now in its place"
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert window.session.search.category is None
    assert page.category_filter.current is None, "the category chips follow"


def test_clear_all_removes_every_filter_but_not_the_words(window, store, qtbot):
    page = window.cards_page
    window.session.set_query("Abai")
    window.session.set_category(store.categories()[0].id)
    window.session.set_facet("side", {"kazakhstan"})
    answered(window, qtbot, lambda: page.count_label.text().endswith("· filtered"))
    clear = page.active_filters.clear_button
    clear.setFocus()
    qtbot.waitUntil(clear.hasFocus)
    qtbot.keyClick(clear, Qt.Key.Key_Space)
    assert window.session.search == SearchState("Abai")
    assert not page.active_filters.isVisible() and page.active_filters.chips == []
    assert page.category_filter.buttons[None].hasFocus(), "the focus goes back to the chips"
    answered(window, qtbot, lambda: "filtered" not in page.count_label.text())
    count = window.model.rowCount()
    assert page.count_label.text() == f"{count} cards match “Abai”"


def test_chips_follow_the_language(window, store, qtbot):
    page = window.cards_page
    category = store.categories()[0]
    window.session.set_category(category.id)
    window.set_language("it")
    assert seen(page.active_filters.chips[0]).endswith(f": {pick(category.name, 'it')[0]}  ✕")


def test_filters_in_effect_are_listed_category_first_then_facets_in_order():
    state = SearchState(
        "x", "arts", {"decade": frozenset({1990, 1850}), "side": frozenset({"italy"})}
    )
    facets = [
        ("side", lambda: "Country", str.title),
        ("decade", lambda: "Decade", lambda value: f"{value}s"),
    ]
    shown = filters_in_effect(state, ("Category", str.upper), facets)
    assert [(item.key, item.label) for item in shown] == [
        (("category", "arts"), "Category: ARTS"),
        (("side", "italy"), "Country: Italy"),
        (("decade", 1850), "Decade: 1850s"),
        (("decade", 1990), "Decade: 1990s"),
    ]
    assert filters_in_effect(SearchState("words only"), ("Category", str), facets) == []


def test_a_chip_asks_for_its_own_key_to_be_removed(qtbot):
    row = ActiveFilters()
    qtbot.addWidget(row)
    shown = filters_in_effect(
        SearchState(facets={"kind": frozenset({"work"})}),
        ("Category", str),
        [("kind", lambda: "Kind", str)],
    )
    row.show_filters(shown)
    with qtbot.waitSignal(row.remove_requested) as removed:
        qtbot.mouseClick(row.chips[0], Qt.MouseButton.LeftButton)
    assert removed.args == [("kind", "work")]
    with qtbot.waitSignal(row.clear_requested):
        qtbot.mouseClick(row.clear_button, Qt.MouseButton.LeftButton)


def test_a_value_a_sentence_long_is_elided_on_its_chip_and_whole_in_its_tooltip(qtbot):
    """A pack's place may be named at any length: the row must not widen the window."""
    place = "Площадь перед Государственным академическим театром оперы и балета " * 3
    row = ActiveFilters()
    qtbot.addWidget(row)
    row.show_filters(
        filters_in_effect(
            SearchState(facets={"place": frozenset({place})}),
            ("Category", str),
            [("place", lambda: "Место", str)],
        )
    )
    chip = row.chips[0]
    assert "…" in seen(chip) and seen(chip).endswith("✕")
    assert row.minimumSizeHint().width() < 500
    assert place.strip() in chip.toolTip() and place.strip() in chip.accessibleName()
