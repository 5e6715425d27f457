"""A pack's own timeline lanes in the window: their rows, names and colours, and the
events in them, with collapsing, the list, the keyboard and filters still working."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.content.importer import import_pack
from explorer.domain.entities import pick
from explorer.domain.timeline_lane_keys import lane_key
from explorer.ui.cards.card_model import CardRole
from tests.content.lanes_packs import write_lanes_pack
from tests.content.pack_builder import PACK_ID
from tests.ui.shell.test_main_window import type_text
from tests.ui.timeline.test_timeline import open_timeline, view_position

JOURNEYS, POETRY = lane_key(f"{PACK_ID}:journeys"), lane_key(f"{PACK_ID}:poetry")
LITERATURE = f"{PACK_ID}:literature"
ABAI, MONUMENT, DANTE = (f"{PACK_ID}:{card}" for card in ("abai", "abai-monument-rome", "dante"))


@pytest.fixture
def content_database(content_database, tmp_path):
    """The bundled collection and the lanes pack, imported as ``explorer import`` does."""
    import_pack(write_lanes_pack(tmp_path), content_database)
    return content_database


def rows_shown(view) -> list[tuple[str, str, str]]:
    """Each lane row the view shows, top to bottom: its key, name and colour."""
    return [(row.lane, row.style.name, row.style.colour) for row in view.frame().rows]


def shown_lanes(page) -> dict[str, set[str]]:
    layout = page.view.layout_
    return {lane: {event.id for event in layout.lane(lane).events} for lane in layout.lanes}


def test_the_packs_lanes_come_first_with_their_own_names_and_colours(window, store, qtbot):
    view = open_timeline(window, qtbot).view
    rows = rows_shown(view)
    assert rows[:2] == [(JOURNEYS, "Journeys", "#2a9d8f"), (POETRY, "Poetry", "#e76f51")]
    categories = {c.id: (pick(c.name, "en")[0], c.colour) for c in store.categories()}
    assert [lane for lane, _, _ in rows[2:]] == [
        c.id for c in store.categories() if c.id in view.layout_.lanes
    ]
    assert all((name, colour) == categories[lane] for lane, name, colour in rows[2:])


def test_a_card_is_in_its_lane_and_a_card_without_one_in_its_categorys(window, qtbot):
    page = open_timeline(window, qtbot)
    lanes = shown_lanes(page)
    assert lanes[POETRY] == {ABAI} and lanes[JOURNEYS] == {MONUMENT}
    assert lanes[LITERATURE] == {DANTE}
    assert {event.id: event.lane for event in page.all_events if event.id in lanes[POETRY]} == {
        ABAI: POETRY
    }


def test_a_lanes_mark_is_painted_in_the_lanes_colour(window, qtbot):
    view = open_timeline(window, qtbot).view
    event = next(e for e in view.layout_.lane(JOURNEYS).events if e.id == MONUMENT)
    view.show_days(event.first_day - 60, event.first_day + 60)
    image = view.viewport().grab().toImage()
    position = view_position(view, event)
    assert image.pixelColor(position).name() == "#2a9d8f"


def test_lane_names_follow_the_language(window, qtbot):
    page = open_timeline(window, qtbot)
    page.set_language("it")
    assert rows_shown(page.view)[:2] == [
        (JOURNEYS, "Viaggi", "#2a9d8f"),
        (POETRY, "Poesia", "#e76f51"),
    ]


def test_a_packs_lane_collapses_and_expands_from_its_header(window, qtbot):
    view = open_timeline(window, qtbot).view
    y = view.lane_top(POETRY) + 10 - view.mapToScene(0, 0).y()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, round(y)))
    assert POETRY in view.collapsed
    assert [row.collapsed for row in view.frame().rows][:2] == [False, True]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, round(y)))
    assert POETRY not in view.collapsed


def test_the_list_shows_the_cards_of_the_packs_lanes(window, qtbot):
    page = open_timeline(window, qtbot)
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    model = page.list_model
    listed = [model.index(row).data(CardRole.Id) for row in range(model.rowCount())]
    assert {ABAI, MONUMENT, DANTE} <= set(listed)
    assert len(listed) == len(page.view.layout_)


def test_a_category_filter_shows_its_cards_in_the_lanes_they_name(window, qtbot):
    page = open_timeline(window, qtbot)
    window.cards_page.category_filter.select(LITERATURE)
    qtbot.waitUntil(lambda: set(page.view.layout_.lanes) == {POETRY, LITERATURE}, timeout=3000)
    assert shown_lanes(page) == {POETRY: {ABAI}, LITERATURE: {DANTE}}
    assert [lane for lane, _, _ in rows_shown(page.view)] == [POETRY, LITERATURE]


def test_a_search_keeps_only_the_lanes_of_the_cards_found(window, qtbot):
    page = open_timeline(window, qtbot)
    type_text(qtbot, window.top_bar.search, "monument in Rome")
    qtbot.waitUntil(lambda: POETRY not in page.view.layout_.lanes, timeout=3000)
    assert MONUMENT in shown_lanes(page)[JOURNEYS]


def test_tab_steps_through_the_events_of_the_lanes_and_enter_opens_one(window, qtbot):
    page = open_timeline(window, qtbot)
    window.cards_page.category_filter.select(LITERATURE)
    qtbot.waitUntil(lambda: set(page.view.layout_.lanes) == {POETRY, LITERATURE}, timeout=3000)
    view = page.view
    view.setFocus()
    chosen = []
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        chosen.append(view.selected_id)
    assert sorted(chosen) == sorted([ABAI, DANTE])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.detail.card.id == chosen[-1]


def test_the_packs_era_keeps_its_colour(window, qtbot):
    view = open_timeline(window, qtbot).view
    eras = {era.id: era.colour for era in view.frame().eras}
    assert eras[f"{PACK_ID}:nineteenth-century"] == "#8c564b"
