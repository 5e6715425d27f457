"""Swiping between cards: a quick horizontal drag anywhere on a card asks for its neighbour;
taps, vertical drags, slow drags and clicks on linked cards do not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLabel, QWidget

from explorer.ui.cards.card_detail import SWIPE_MAX_DURATION_MS, SWIPE_MIN_DISTANCE_PX, swipe_step

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def detail(window, store, qtbot):
    card_id = next(card_id for card_id in store.card_ids() if store.related(card_id, "en"))
    window.open_card(card_id)
    qtbot.wait(20)
    return window.detail


def drag(qtbot, widget: QWidget, start: QPoint, end: QPoint, duration_ms: int = 150) -> None:
    """Press, move in steps and release, as a finger does (Qt gives touch as mouse events)."""
    qtbot.mousePress(widget, LEFT, pos=start)
    for step in (1, 2, 3):
        qtbot.mouseMove(widget, start + (end - start) * step / 4)
    qtbot.mouseRelease(widget, LEFT, pos=end, delay=duration_ms)


def across(widget: QWidget, travel: int) -> tuple[QPoint, QPoint]:
    """A horizontal drag of ``travel`` px (negative: leftwards) through the widget's middle."""
    middle = widget.rect().center()
    start = middle - QPoint(travel // 2, 0)
    return start, start + QPoint(travel, 0)


def part(detail, name: str) -> QWidget:
    if name == "page":
        return detail.widget()
    if name == "related card":
        return detail.related_buttons[0]
    return detail.widget().findChild(QLabel, name)


@pytest.mark.parametrize("name", ["cardTitle", "body", "cardImage", "page", "related card"])
def test_dragging_left_asks_for_the_next_card_and_right_for_the_previous(detail, qtbot, name):
    widget = part(detail, name)
    assert widget is not None and widget.isVisible()
    first = detail.card.id
    requested = []
    detail.card_requested.connect(requested.append)

    with qtbot.waitSignal(detail.swiped, timeout=1000) as leftwards:
        drag(qtbot, widget, *across(widget, -200))
    assert leftwards.args == [1]
    assert detail.card.id != first, "the window opens the next card"
    widget = part(detail, name)
    with qtbot.waitSignal(detail.swiped, timeout=1000) as rightwards:
        drag(qtbot, widget, *across(widget, 200))

    assert rightwards.args == [-1]
    assert detail.card.id == first
    assert requested == [], "a swipe that ends on a linked card does not open it"
    assert not detail.related_buttons[0].isDown()


@pytest.mark.parametrize(
    "gesture",
    ["tap", "short drag", "vertical drag", "diagonal drag", "slow drag"],
)
def test_other_gestures_are_not_swipes(detail, qtbot, gesture):
    body = part(detail, "body")
    start = body.rect().center()
    end, duration = {
        "tap": (start, 80),
        "short drag": (start - QPoint(SWIPE_MIN_DISTANCE_PX - 20, 0), 150),
        "vertical drag": (start + QPoint(10, -150), 150),
        "diagonal drag": (start + QPoint(-150, -100), 150),
        "slow drag": (start - QPoint(300, 0), SWIPE_MAX_DURATION_MS + 200),
    }[gesture]

    with qtbot.assertNotEmitted(detail.swiped):
        drag(qtbot, body, start, end, duration)


def test_a_click_on_a_linked_card_still_opens_it(detail, store, qtbot):
    target = store.related(detail.card.id, "en")[0]
    with qtbot.assertNotEmitted(detail.swiped):
        qtbot.mouseClick(detail.related_buttons[0], LEFT)
    assert detail.card.id == target.card_id


def test_parts_of_a_card_opened_later_are_swipeable_too(detail, store, qtbot):
    detail.swiped.connect(lambda _step: detail.show_card(store.card_ids()[-1]))
    with qtbot.waitSignal(detail.swiped, timeout=1000):
        drag(qtbot, part(detail, "body"), *across(part(detail, "body"), -200))
    assert detail.card.id == store.card_ids()[-1]

    with qtbot.waitSignal(detail.swiped, timeout=1000) as swipe:
        drag(qtbot, part(detail, "cardTitle"), *across(part(detail, "cardTitle"), 200))
    assert swipe.args == [-1]


def test_right_and_left_keys_ask_for_the_next_and_previous_card(detail, qtbot):
    detail.setFocus()
    with qtbot.waitSignal(detail.swiped, timeout=1000) as right:
        qtbot.keyClick(detail, Qt.Key.Key_Right)
    with qtbot.waitSignal(detail.swiped, timeout=1000) as left:
        qtbot.keyClick(detail, Qt.Key.Key_Left)
    assert (right.args, left.args) == ([1], [-1])


def test_alt_left_still_goes_back_without_a_swipe(window, detail, qtbot):
    with qtbot.assertNotEmitted(detail.swiped):
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.cards_page


@pytest.mark.parametrize(
    ("dx", "dy", "duration_ms", "step"),
    [
        (-SWIPE_MIN_DISTANCE_PX, 0, 100, 1),
        (SWIPE_MIN_DISTANCE_PX, 0, 100, -1),
        (-(SWIPE_MIN_DISTANCE_PX - 1), 0, 100, 0),
        (-200, 100, 100, 0),
        (-201, 100, 100, 1),
        (-200, 0, SWIPE_MAX_DURATION_MS, 1),
        (-200, 0, SWIPE_MAX_DURATION_MS + 1, 0),
    ],
)
def test_swipe_step_thresholds(dx, dy, duration_ms, step):
    assert swipe_step(QPointF(dx, dy), duration_ms) == step
