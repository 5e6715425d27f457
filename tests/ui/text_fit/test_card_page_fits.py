"""The card page fits its longest real texts, in Russian and Kazakh (both scripts), at
1024×700 and 1920×1080 on the desktop and full screen in the kiosk: the title wraps to all
its lines above the date line, the draft notice is one line wide when there is room, link
buttons elide with their full text kept, and nothing needs scrolling sideways."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from explorer.domain.entities import TranslationStatus, base_language
from explorer.ui.cards.card_detail import CardDetail
from explorer.ui.shell.screenshots import settle
from explorer.ui.shell.theme import scaled_font
from tests.ui.kiosk.kiosk_fixtures import close_shell
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.kiosk_shells import looked_at_shell
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES, SIZES, widest_card


def cards_to_check(store, detail: CardDetail, language: str) -> list[str]:
    """The card with the widest title, the one with the widest summary, and a card whose
    translation is a draft (so the draft notice shows)."""
    title_font = scaled_font(detail.font(), 26, serif=True, weight=QFont.Weight.DemiBold)
    summary_font = scaled_font(detail.font(), 13.5, serif=True)
    draft = next(
        card_id
        for card_id in store.card_ids()
        if store.card(card_id).translation_status.get(base_language(language))
        is TranslationStatus.DRAFT
    )
    chosen = [
        widest_card(store, language, "title", title_font),
        widest_card(store, language, "summary", summary_font),
        draft,
    ]
    return list(dict.fromkeys(chosen))


def label(detail: CardDetail, name: str) -> QLabel:
    return next(x for x in detail.widget().findChildren(QLabel) if x.objectName() == name)


def page_problems(detail: CardDetail, card_id: str, language: str) -> list[str]:
    where = f"{card_id} in {language}"
    problems = [f"{where}: {problem}" for problem in text_problems(detail.widget())]
    if detail.horizontalScrollBar().maximum() > 0:
        problems.append(f"{where}: the page is wider than the window")
    title = label(detail, "cardTitle")
    below = [
        x
        for x in detail.widget().findChildren(QLabel)
        if x.isVisible() and x.parentWidget() is title.parentWidget() and x.y() > title.y()
    ]
    if below and min(x.y() for x in below) < title.geometry().bottom():
        problems.append(f"{where}: the title runs under the line below it")
    return problems


def one_line(notice: QLabel) -> bool:
    return QLabel.heightForWidth(notice, notice.width()) == QLabel.heightForWidth(notice, 10_000)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_desktop_card_page_fits_the_longest_texts(window, store, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    problems = []
    for language in LONG_LANGUAGES:
        window.set_language(language)
        for card_id in cards_to_check(store, window.detail, language):
            window.open_card(card_id)
            settle(window, 50)
            problems += page_problems(window.detail, card_id, language)
            notices = [
                x for x in window.detail.widget().findChildren(QLabel) if x.objectName() == "notice"
            ]
            problems += [
                f"{card_id} in {language}: the notice {x.text()!r} wraps with room to spare"
                for x in notices
                if not one_line(x)
            ]
    assert problems == []


def test_the_kiosk_card_page_fits_the_longest_texts(qtbot, store):
    shell = looked_at_shell(qtbot)
    try:
        problems = []
        for language in LONG_LANGUAGES:
            shell.begin_visit(language)
            explorer = shell.explorer
            for card_id in cards_to_check(store, explorer.detail, language):
                explorer.open_card(card_id)
                settle(explorer, 50)
                assert explorer.detail.isVisible() and explorer.detail.card.id == card_id
                problems += page_problems(explorer.detail, card_id, language)
        assert problems == []
    finally:
        close_shell(shell)


def test_the_picture_goes_above_the_heading_only_when_the_heading_would_be_narrow(
    window, store, qtbot
):
    card_id = next(c for c in store.card_ids() if store.card(c).image is not None)
    window.open_card(card_id)
    for size, beside in (((1920, 1080), True), ((1024, 700), False), ((1440, 900), True)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)
        settle(window, 30)
        picture = label(window.detail, "cardImage")
        title = label(window.detail, "cardTitle")
        if beside:
            assert title.x() >= picture.geometry().right(), size
            assert title.width() >= 400
        else:
            assert title.y() > picture.geometry().bottom(), size
