"""Kiosk touch style: every visible control at least 44 × 44 px, in every main view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from explorer.ui.kiosk.kiosk_style import apply_kiosk_style
from tests.ui.kiosk.touch_sizes import too_small_controls


@pytest.fixture
def touch_window(window, qtbot):
    apply_kiosk_style(window)
    window.resize(1920, 1080)
    qtbot.wait(50)
    return window


def test_the_check_finds_small_controls(window):
    assert too_small_controls(window), "the normal desktop style has controls under 44 px"


@pytest.mark.parametrize("view", ["cards", "card", "timeline", "timeline-list"])
def test_every_control_is_fingertip_sized(touch_window, store, qtbot, view):
    if view == "card":
        touch_window.open_card(store.card_ids()[0])
    elif view.startswith("timeline"):
        touch_window.session.show_view("timeline")
        if view == "timeline-list":
            touch_window.timeline_page.list_button.setChecked(True)
    qtbot.wait(50)
    assert too_small_controls(touch_window) == []
    assert touch_window.font().pointSizeF() > QApplication.font().pointSizeF()
