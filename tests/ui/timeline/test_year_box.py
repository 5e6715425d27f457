"""The year box follows the view (the year at its middle) unless a year is being typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.domain.timeline_ticks import date_of_day
from tests.ui.timeline.test_timeline import open_timeline


def middle_year(view) -> int:
    return date_of_day(round(view.centre_day()))[0]


def test_the_year_box_shows_the_year_at_the_middle_as_the_view_moves(window, qtbot):
    page = open_timeline(window, qtbot)
    view, box = page.view, page.year_box
    qtbot.waitUntil(lambda: view.layout_ is not None, timeout=5000)
    view.go_to_year(1900)
    assert box.text() == "1900"
    view.pan_pixels(view.viewport().width())  # about twelve years later
    assert box.text() == str(middle_year(view)) and int(box.text()) > 1905
    view.zoom_out()
    view.zoom_out()
    assert box.text() == str(middle_year(view))
    view.fit_all()
    assert box.text() == str(middle_year(view))


def test_a_year_being_typed_stays_until_gone_to_then_the_box_follows_again(window, qtbot):
    page = open_timeline(window, qtbot)
    view, box = page.view, page.year_box
    qtbot.waitUntil(lambda: view.layout_ is not None, timeout=5000)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    qtbot.keyClicks(box, "1850")
    view.pan_pixels(200)
    assert box.text() == "1850", "not overwritten while typing"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert middle_year(view) == 1850 and box.text() == "1850"
    view.pan_pixels(view.viewport().width())
    assert box.text() == str(middle_year(view)) != "1850", "it follows the view again"


def test_a_year_typed_and_left_gives_way_at_the_next_move(window, qtbot):
    page = open_timeline(window, qtbot)
    view, box = page.view, page.year_box
    qtbot.waitUntil(lambda: view.layout_ is not None, timeout=5000)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    qtbot.keyClicks(box, "-300")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert box.text() == "-300", "leaving the box changes nothing by itself"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert box.text() == str(middle_year(view))


def test_after_a_reset_the_year_box_follows_the_view_shown_again(window, qtbot):
    page = open_timeline(window, qtbot)
    view, box = page.view, page.year_box
    qtbot.waitUntil(lambda: view.layout_ is not None, timeout=5000)
    view.go_to_year(1850)
    window.reset_session("en", "timeline")
    assert view.fitted and box.text() == str(middle_year(view))
    view.go_to_year(1850)
    window.reset_session("en", "cards")
    window.session.show_view("timeline")
    assert box.text() == str(middle_year(view))


def test_the_year_box_takes_deep_time_and_big_years(qtbot):
    from explorer.ui.timeline.year_box import YearBox

    box = YearBox("2025")
    qtbot.addWidget(box)
    for typed, year in (("115 Ma", -114_998_051), ("12 ka", -10_051), ("-250000", -250_000)):
        box.setText(typed)
        assert box.hasAcceptableInput() and box.year() == year
    box.setText("999999999999")
    assert box.year() is None  # beyond the limit
    box.follow(-250_000_000)
    assert box.text() == "250 Ma" and box.year() == -249_998_051, "read back to a year near"
    box.follow(-13_800_000_000)
    assert box.text() == "13800 Ma" and box.hasAcceptableInput()
    box.follow(-2_598_051)
    assert box.text() == "2.6 Ma"
    box.follow(-118_051)
    assert box.text() == "120 ka"
    box.follow(-90_000)
    assert box.text() == "-90000"
