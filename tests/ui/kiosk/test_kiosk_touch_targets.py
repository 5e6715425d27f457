"""Fingertip targets in the kiosk beyond its widgets: the timeline's marks, labels and lanes,
and the staff PIN pad; readable timeline text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from explorer.ui.kiosk.kiosk_style import TOUCH_PX
from explorer.ui.timeline.timeline_geometry import HEADER_WIDTH
from explorer.ui.timeline.timeline_sizes import DESKTOP, TOUCH
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config
from tests.ui.kiosk.touch_sizes import too_small_controls

HALF = TOUCH_PX / 2 - 1  # a tap this far from a mark, either side, is on a 44-px target


@pytest.fixture
def shell(qtbot, content_database):
    shell = build_shell(qtbot, kiosk_config())
    shell.begin_visit("en")
    yield shell
    close_shell(shell)


def painted_timeline(explorer, qtbot):
    explorer.session.show_view("timeline")
    view = explorer.timeline_page.view
    qtbot.waitUntil(lambda: view.layout_ is not None)
    view.viewport().grab()  # a paint, which places the labels
    return view


def single_marks(view):
    """(event id, view point of its mark's anchor) for every lone mark well in view."""
    first, last = view.visible_days()
    found = []
    for lane in view.lanes():
        lane_layout = view.layout_.lane(lane)
        y = view.lane_top(lane) + view.sizes.mark_top
        for cluster in lane_layout.clusters(view.days_per_pixel, first, last):
            if cluster.count != 1:
                continue
            point = view.mapFromScene(QPointF(view.x_of(cluster.first_day), y))
            if HEADER_WIDTH + TOUCH_PX < point.x() < view.viewport().width() - TOUCH_PX:
                found.append((lane_layout.events[cluster.start].id, point))
    return found


def test_the_kiosk_timeline_uses_the_touch_sizes(shell, qtbot):
    view = painted_timeline(shell.explorer, qtbot)
    assert view.sizes is TOUCH
    assert view.painter.label_font.pointSizeF() >= 14
    assert view.painter.axis_font.pointSizeF() >= 11


def test_a_tap_within_22_px_of_a_mark_hits_it(shell, qtbot):
    view = painted_timeline(shell.explorer, qtbot)
    marks = single_marks(view)
    assert marks, "the bundled collection has lone marks in view"
    for card_id, point in marks:
        for dx in (-HALF, 0, HALF):
            cluster = view.hit(QPointF(point.x() + dx, point.y()))
            assert cluster is not None and cluster.count == 1, (card_id, dx)
            lane = view.layout_.lane(cluster.lane)
            assert lane.events[cluster.start].id == card_id


def test_the_desktop_timeline_would_miss_those_taps(window, qtbot):
    window.show()
    view = painted_timeline(window, qtbot)
    assert view.sizes is DESKTOP
    _card_id, point = single_marks(view)[0]
    assert view.hit(QPointF(point.x() - HALF, point.y())) is None


def test_marks_closer_than_a_fingertip_make_one_group(shell, qtbot):
    view = painted_timeline(shell.explorer, qtbot)
    first, last = view.visible_days()
    for lane in view.lanes():
        clusters = view.layout_.lane(lane).clusters(view.days_per_pixel, first, last)
        for before, after in pairwise(clusters):
            gap = view.x_of(after.first_day) - view.x_of(before.anchor_last_day)
            assert gap >= TOUCH_PX - 1, lane


def test_every_label_is_a_44_px_target_that_opens_its_card(shell, qtbot):
    view = painted_timeline(shell.explorer, qtbot)
    targets = view.painter.label_targets
    assert targets, "the timeline shows labels"
    for rect, _card_id in targets:
        assert rect.height() >= TOUCH_PX
    beyond_marks = [  # label ends that no mark's target reaches
        (view.mapFromScene(QPointF(rect.right() - 3, rect.top() + 2)), card_id)
        for rect, card_id in targets
    ]
    beyond_marks = [(end, id_) for end, id_ in beyond_marks if view.hit(QPointF(end)) is None]
    assert beyond_marks, "a label reaches beyond its mark"
    end_of_label, card_id = beyond_marks[0]
    with qtbot.waitSignal(view.card_requested) as opened:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=end_of_label)
    assert opened.args == [card_id]


def test_every_lane_open_or_closed_is_a_44_px_target(shell, qtbot):
    view = painted_timeline(shell.explorer, qtbot)
    lane = view.lanes()[0]
    assert view.lane_height(lane) >= 2 * TOUCH_PX  # marks and a row of labels
    header = QPoint(20, round(view.lane_top(lane) + 10))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=header)
    assert lane in view.collapsed
    assert view.lane_height(lane) >= TOUCH_PX


def test_the_pin_pad_keys_are_fingertip_sized(shell, qtbot):
    pad = shell.lockdown.pin_pad
    pad.open()
    assert pad.isVisible()
    assert too_small_controls(pad) == []
    pad.show_wrong()  # a longer message does not squeeze the keys
    assert too_small_controls(pad) == []


def test_the_search_fields_clear_button_sits_inside_the_field(shell, qtbot):
    """The touch size is for buttons a finger presses, not for the icon a field draws in
    itself: enlarged, the clear button hung over the field's lower edge."""
    search = shell.explorer.top_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "abai")
    buttons = [button for button in search.findChildren(QToolButton) if button.isVisible()]
    assert buttons, "typing shows the clear button"
    for button in buttons:
        assert search.rect().contains(button.geometry()), button.geometry()
