"""No hint in the kiosk names a key: its screen has no keyboard."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from explorer.ui.kiosk.kiosk_style import apply_kiosk_style
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config

KEY_HINT = re.compile(
    r"\b(?:Ctrl|Alt|Shift|Cmd)\+|\((?:Home|End|Esc|Escape|Enter|Return|Tab|Space|[+−-])\)"
    r"|\bclick",
    re.IGNORECASE,
)


def hints(root: QWidget) -> list[str]:
    """Every hint a person can see on the visible widgets under ``root``."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found += [widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QAbstractButton):
            found.append(widget.text())
    return [hint for hint in found if hint]


def key_hints(root: QWidget) -> list[str]:
    return [hint for hint in hints(root) if KEY_HINT.search(hint)]


@pytest.fixture
def shell(qtbot, content_database):
    shell = build_shell(qtbot, kiosk_config())
    yield shell
    close_shell(shell)


def test_the_desktop_names_its_shortcuts(window, qtbot):
    """The check finds the desktop's hints, so it would find them in the kiosk."""
    window.show()
    qtbot.waitExposed(window)
    assert "Search cards, people, places…  (Ctrl+F)" in key_hints(window)


@pytest.mark.parametrize("language", ["en", "it", "kk", "ru"])
def test_no_kiosk_hint_names_a_key(shell, qtbot, language):
    shell.begin_visit(language)
    explorer = shell.explorer
    for view in ("cards", "card", "timeline"):
        if view == "card":
            explorer.open_card(explorer.store.card_ids()[0])
        elif view == "timeline":
            explorer.session.show_view("timeline")
            qtbot.waitUntil(lambda: explorer.timeline_page.view.layout_ is not None)
        qtbot.wait(50)
        assert hints(explorer), f"the walk finds the hints there are ({view})"
        assert key_hints(explorer) == [], view


def test_the_search_field_invites_a_tap_not_a_shortcut(shell):
    shell.begin_visit("en")
    assert shell.explorer.top_bar.search.placeholderText() == "Search cards, people, places…"


def test_a_group_of_events_on_the_kiosk_timeline_says_tap(shell, qtbot):
    shell.begin_visit("en")
    explorer = shell.explorer
    explorer.session.show_view("timeline")
    view = explorer.timeline_page.view
    qtbot.waitUntil(lambda: view.layout_ is not None)
    group = next(
        cluster
        for lane in view.lanes()
        for cluster in view.layout_.lane(lane).clusters(view.days_per_pixel, *view.visible_days())
        if cluster.count > 1
    )
    assert view._tooltip(group).endswith(": tap to zoom in")


def test_kiosk_wording_comes_with_the_kiosk_style(window, qtbot):
    apply_kiosk_style(window)
    assert window.top_bar.search.placeholderText() == "Search cards, people, places…"
    window.session.show_view("timeline")  # made after the style: worded for touch at once
    assert window.timeline_page.zoom_in_button.toolTip() == "Zoom in"
