"""The window is drawn before its search index is loaded, and catches up when it comes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from explorer.ui.shell.app import create_application, create_main_window
from explorer.ui.shell.main_window import MainWindow
from tests.ui.shell.test_main_window import type_text


@pytest.fixture
def go(monkeypatch):
    """Set it to let the search thread load the index."""
    event = threading.Event()
    load = MainWindow._load_index

    def held(window):
        event.wait(30)
        return load(window)

    monkeypatch.setattr(MainWindow, "_load_index", held)
    yield event
    event.set()


@pytest.fixture
def early_window(qtbot, content_database, go):
    window = create_main_window(create_application())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    go.set()
    window.close()
    window.store.close()
    window.user.close()


def test_until_the_index_comes_the_grid_is_empty_and_says_nothing(early_window, go, store, qtbot):
    page = early_window.cards_page
    qtbot.wait(50)
    assert not early_window.answered
    assert early_window.model.rowCount() == 0
    assert page.count_label.text() == ""
    assert not page.empty_label.isVisible()  # not "no card matches"

    go.set()
    qtbot.waitUntil(lambda: early_window.answered)
    assert early_window.model.rowCount() == store.card_count()
    assert page.count_label.text() == f"{store.card_count()} cards"


def test_words_typed_before_the_index_comes_are_answered_when_it_does(early_window, go, qtbot):
    type_text(qtbot, early_window.top_bar.search, "abai")
    qtbot.wait(300)  # past the typing delay: the request waits behind the load
    assert not early_window.answered

    go.set()
    qtbot.waitUntil(lambda: early_window.answered)
    qtbot.waitUntil(lambda: early_window.model.query == "abai")
    titles = [early_window.model.item(row).title for row in range(early_window.model.rowCount())]
    assert titles and "Abai" in titles[0]


def test_enter_before_the_index_comes_waits_for_it_and_opens_the_best_match(
    early_window, go, qtbot
):
    type_text(qtbot, early_window.top_bar.search, "abai")
    threading.Timer(0.2, go.set).start()  # the index comes while Enter waits for it
    qtbot.keyClick(early_window.top_bar.search, Qt.Key.Key_Return)
    assert early_window.pages.currentWidget() is early_window.detail
    assert "Abai" in early_window.detail.card.title["en"]


def test_an_index_that_cannot_be_read_is_said_and_the_window_carries_on(
    qtbot, content_database, monkeypatch
):
    from explorer.store.search_index import SearchIndexMissing

    def missing(window):
        raise SearchIndexMissing("the content database has no search index")

    monkeypatch.setattr(MainWindow, "_load_index", missing)
    window = create_main_window(create_application())
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: bool(window.notice_bar.notices))
        assert window.notice_bar.notices == [
            "Search is unavailable: its index could not be read "
            "(SearchIndexMissing: the content database has no search index)."
        ]
        type_text(qtbot, window.top_bar.search, "abai")
        qtbot.keyClick(window.top_bar.search, Qt.Key.Key_Return)
        qtbot.wait(300)
        assert not window.answered and window.model.rowCount() == 0
        assert window.pages.currentWidget() is window.cards_page
        window.session.show_view("timeline")
        assert window.pages.currentWidget() is window.timeline_page
    finally:
        window.close()
        window.store.close()
        window.user.close()


def test_a_window_closed_before_its_first_search_starts_none_later(
    qtbot, content_database, caplog
):
    """Quitting closes the window at once, and a search asked for after that (the first one,
    queued by the first paint) must not load the index from connections already closed."""
    window = create_main_window(create_application())
    qtbot.addWidget(window)
    window.show()
    window.close()
    try:
        window.apply_filter()
        qtbot.wait(100)
        assert not window.search_worker.busy
        assert not window.answered
        assert not [record for record in caplog.records if record.levelname == "ERROR"]
    finally:
        window.store.close()
        window.user.close()
