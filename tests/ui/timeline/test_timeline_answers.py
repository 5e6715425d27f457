"""Search answers on the timeline, laid out off the UI thread as for a large collection."""

from __future__ import annotations

from explorer.domain.timeline_layout import TimelineLayout
from explorer.ui.cards.card_model import CardRole
from explorer.ui.timeline import timeline_builder
from tests.ui.shell.test_main_window import type_text


def show_laying_out_off_thread(window):
    """The timeline page shown at once, laying out on the builder's thread."""
    page = window.timeline_page
    page.builder.instant_limit = 0
    window.pages.setCurrentWidget(page)
    return page


def open_laying_out_off_thread(window, qtbot):
    """The timeline page shown with its first layout, every layout made off the UI thread."""
    page = show_laying_out_off_thread(window)
    qtbot.waitUntil(lambda: page.view.layout_ is not None, timeout=5000)
    return page


def shown_ids(page) -> set[str]:
    return {event.id for event in page.view.layout_.ordered}


def listed_ids(page) -> set[str]:
    model = page.list_model
    return {model.index(row).data(CardRole.Id) for row in range(model.rowCount())}


def dated(page, card_ids) -> set[str]:
    """The cards among ``card_ids`` that have a date, so an event on the timeline."""
    return set(card_ids) & {event.id for event in page.all_events}


def settled(page) -> bool:
    return page.builder.up_to_date and not page.builder.busy


def test_the_first_layout_is_made_off_the_ui_thread_and_the_page_says_so(window, qtbot):
    page = show_laying_out_off_thread(window)
    assert page.builder.busy and page.view.layout_ is None
    assert page.count_label.text() == "Laying out the timeline…"
    qtbot.waitUntil(lambda: page.view.layout_ is not None, timeout=5000)
    count = len(page.all_events)
    assert len(page.view.layout_) == page.list_model.rowCount() == count > 0
    assert page.count_label.text() == f"{count} dated cards"


def test_after_a_search_the_timeline_shows_exactly_the_events_of_the_answer(window, qtbot):
    page = open_laying_out_off_thread(window, qtbot)
    everything = shown_ids(page)
    type_text(qtbot, window.top_bar.search, "Abai")
    qtbot.waitUntil(lambda: window.model.query == "Abai" and settled(page), timeout=5000)
    expected = dated(page, window.model.ids())
    assert expected and expected < everything
    assert shown_ids(page) == listed_ids(page) == expected
    assert page.count_label.text() == f"{len(expected)} dated card{'s' * (len(expected) != 1)}"
    window.top_bar.search.clear()
    window.apply_filter()
    qtbot.waitUntil(lambda: window.model.query == "" and settled(page), timeout=5000)
    assert shown_ids(page) == everything


def test_a_burst_of_answers_is_laid_out_once_and_leaves_the_timeline_on_the_last(window, qtbot):
    page = open_laying_out_off_thread(window, qtbot)
    answers = [window.index.search(query) for query in ("a", "ab", "Ital", "Italy", "Abai")]
    assert dated(page, answers[0].ids()) != dated(page, answers[-1].ids())
    laid_out: list[TimelineLayout] = []
    page.builder.laid_out.connect(laid_out.append)
    for answer in answers:
        page.set_filter(answer)
    qtbot.waitUntil(lambda: settled(page), timeout=5000)
    assert laid_out == [page.view.layout_], "only the latest answer is laid out and shown"
    assert shown_ids(page) == listed_ids(page) == dated(page, answers[-1].ids())


def test_a_failing_layout_is_reported_and_the_one_on_screen_stays(window, qtbot, monkeypatch):
    page = open_laying_out_off_thread(window, qtbot)
    before, count_text = page.view.layout_, page.count_label.text()

    def no_room(self, keep):
        raise RuntimeError("no room for the clusters")

    monkeypatch.setattr(TimelineLayout, "subset", no_room)
    with qtbot.waitSignal(page.builder.tasks.failed, timeout=5000) as failure:
        page.set_filter(window.index.search("Abai"))
    assert failure.args == ["RuntimeError: no room for the clusters"]
    assert page.view.layout_ is before and not page.builder.busy
    assert page.count_label.text() == count_text
    monkeypatch.undo()
    answer = window.index.search("Neos")
    page.set_filter(answer)
    qtbot.waitUntil(lambda: settled(page), timeout=5000)
    assert shown_ids(page) == dated(page, answer.ids())


def test_a_first_layout_that_fails_says_so(window, qtbot, monkeypatch):
    def unreadable(path):
        raise OSError("disk gone")

    monkeypatch.setattr(timeline_builder, "_read_events", unreadable)
    with qtbot.waitSignal(window.timeline_page.builder.tasks.failed, timeout=5000):
        page = show_laying_out_off_thread(window)
    assert page.view.layout_ is None
    assert page.count_label.text() == "The timeline could not be laid out."


def test_the_layout_on_screen_alone_holds_clusters(window, qtbot):
    page = open_laying_out_off_thread(window, qtbot)
    shown = page.view.layout_
    whole = shown.whole
    assert shown is not whole and len(shown) == len(whole), "every event, as a subset"
    assert all(shown.lane(lane).has_levels for lane in shown.lanes)
    page.set_filter(window.index.search("Abai"))
    qtbot.waitUntil(lambda: settled(page) and page.view.layout_ is not shown, timeout=5000)
    assert page.view.layout_.whole is whole
    assert not any(whole.lane(lane).has_levels for lane in whole.lanes)
