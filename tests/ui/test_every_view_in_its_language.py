"""Every view of the window, in Italian, Kazakh and Russian, holds no English interface text.

The views are walked as a person would see them: the cards grid with and without an answer,
a card page (with an illustration, links both ways and sources), the timeline at every
zoom with its "Today" mark and as a list, a notice, the import progress and its question,
and the kiosk: attract loop, language choice, explorer, countdown and the staff PIN pad in
each of its states. How English is recognised is in ``tests.ui.interface_text``.
"""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from explorer.content.import_progress import ImportStep
from explorer.store.storage_problem import StorageProblem
from explorer.ui.shell.screenshots import settle
from explorer.ui.shell.user_data_notices import saving_notice
from tests.ui.interface_text import (
    EnglishString,
    PaintedText,
    allowed_latin_words,
    english_left,
    english_strings,
    visible_texts,
)
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config
from tests.ui.shell.test_main_window import bundled

LANGUAGES = ("it", "kk", "ru")
ILLUSTRATED_CARD = "opera-abai-san-carlo"
LINKED_BOTH_WAYS = "marco-polo"  # the target of "named after" and the source of "from"


class Walk:
    """Collects what each view shows and what in it is English."""

    def __init__(self, language: str, painted: PaintedText):
        self.language = language
        self.painted = painted
        self.strings = english_strings(language)
        self.allowed = allowed_latin_words(language)
        self.problems: dict[str, list[str]] = {}
        self.seen: dict[str, list[tuple[str, str]]] = {}

    def look(self, name: str, root, *, ignore: tuple[str, ...] = ()) -> list[tuple[str, str]]:
        """What ``root`` shows, but for the widgets whose place starts with ``ignore``."""
        settle(root, 150)
        root.grab()  # paints every visible widget, so the painters draw their text now
        texts = visible_texts(root) + self.painted.take()
        texts = [(where, text) for where, text in texts if not where.startswith(ignore)]
        self.seen[name] = texts
        found = english_left(texts, self.language, self.strings, self.allowed)
        if found:
            self.problems[name] = found
        return texts


@pytest.fixture
def painted():
    with PaintedText().installed() as recorder:
        yield recorder


def _walk_desktop(window, walk: Walk) -> None:
    window.session.show_view("cards")
    walk.look("cards grid", window)
    window.top_bar.search.setText("Abai")
    window.apply_filter()
    walk.look("cards grid with an answer", window)
    window.top_bar.search.setText("жжщщ")
    window.apply_filter()
    walk.look("cards grid with no answer", window)
    window.top_bar.search.setText("")
    window.apply_filter()
    for card in (ILLUSTRATED_CARD, LINKED_BOTH_WAYS):
        window.open_card(bundled(card))
        walk.look(f"card page {card}", window)
    window.session.show_view("timeline")
    view = window.timeline_page.view
    settle(window)
    view.fit_all()
    walk.look("timeline, all of it", window)
    view.go_to_year(datetime.date.today().year, span_years=12)
    walk.look("timeline, this decade", window)
    window.timeline_page.list_button.setChecked(True)
    walk.look("timeline as a list", window)
    window.timeline_page.list_button.setChecked(False)
    window.session.show_view("cards")
    window.show_notice(lambda: saving_notice(StorageProblem.DISK_FULL, None, None))
    window.imports.bar.begin("2025.zip")
    window.imports.bar.show_step(ImportStep.CHECKING, 1, 3)
    walk.look("a notice and an import under way", window)
    window.imports.bar.hide()
    QTimer.singleShot(0, lambda: _look_and_close_dialog(walk))
    window.imports.confirm_takeover("2025.zip")
    QTimer.singleShot(0, lambda: _look_and_close_dialog(walk, "choosing a pack to import"))
    window.imports.choose_pack()


FILES = ("QComboBox#lookInCombo", "QListView#", "QTreeView#", "QHeaderView#", "QLineEdit#")
"""The file dialog's views of the disk: folder and file names, not interface text."""


def _look_and_close_dialog(walk: Walk, name: str = "question before replacing a pack") -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    walk.look(name, dialog, ignore=FILES if isinstance(dialog, QFileDialog) else ())
    dialog.reject()


def _walk_kiosk(shell, walk: Walk) -> None:
    shell.slideshow.stop()
    walk.look("kiosk attract loop", shell)
    shell.slideshow.touched.emit()
    walk.look("kiosk language choice", shell)
    shell.begin_visit(walk.language)
    walk.look("kiosk explorer", shell)
    shell.explorer.open_card(ILLUSTRATED_CARD)
    walk.look("kiosk card page", shell)
    shell.countdown.start()
    shell.countdown.ticker.stop()
    walk.look("kiosk countdown", shell)
    shell.countdown.hide()
    pin_pad = shell.lockdown.pin_pad
    pin_pad.open()
    walk.look("kiosk PIN pad", shell)
    pin_pad.show_wrong()
    walk.look("kiosk PIN pad after a wrong PIN", shell)
    pin_pad.show_wait(90)
    walk.look("kiosk PIN pad refusing PINs for a while", shell)
    pin_pad.hide()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_desktop_window_speaks_only_its_language(language, window, painted):
    walk = Walk(language, painted)
    window.set_language(language)
    painted.take()  # what was drawn in English before the language was chosen
    _walk_desktop(window, walk)
    assert walk.problems == {}
    assert len(walk.seen) == 11  # every view was looked at, the dialogs too
    assert all(walk.seen.values())
    # The nets reach the places where English used to be left.
    translate = QCoreApplication.translate
    expect = {
        "timeline, this decade": translate("TimelineView", "Today"),
        "question before replacing a pack": translate("WindowImports", "Replace a pack?"),
        f"card page {ILLUSTRATED_CARD}": translate(
            "CardDetail", "Illustration made for this collection · Licence: %1"
        ).split("%1")[0],
    }
    for view, text in expect.items():
        assert any(text in seen for _where, seen in walk.seen[view]), (view, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_kiosk_speaks_only_its_language(language, qtbot, content_database, painted):
    # The attract loop and the language choice say their few phrases in every offered
    # language at once: offer only languages of the script under test.
    offered = ["it"] if language == "it" else ["kk", "ru"]
    config = kiosk_config(
        languages=offered, default_language=language, featured_cards=[ILLUSTRATED_CARD]
    )
    shell = build_shell(qtbot, config)
    try:
        walk = Walk(language, painted)
        _walk_kiosk(shell, walk)
    finally:
        close_shell(shell)
    assert walk.problems == {}
    assert len(walk.seen) == 8


# ---- the nets themselves -----------------------------------------------------------------


def test_an_english_string_with_placeholders_matches_any_filling():
    english = EnglishString.of("CountdownOverlay", "Back in %n second(s) from %1.")
    assert english.pattern.fullmatch("Back in 12 second(s) from Астана.")
    assert not english.pattern.fullmatch("Back in twelve second(s) from Астана.")


def test_english_left_finds_english_lines_and_stray_latin_words():
    strings = english_strings("ru")
    allowed = allowed_latin_words("ru")
    texts = [
        ("label", "Источники"),
        ("label", "Иллюстрация\nSources"),
        ("painted", "Today"),
        ("label", "Neos · Лицензия: CC0 1.0"),  # names from the collection are not English
        ("button", "Загрузка… Loading"),
    ]
    problems = english_left(texts, "ru", strings, allowed)
    assert any("'Sources'" in problem for problem in problems)
    assert any("'Today'" in problem for problem in problems)
    assert any("['Loading']" in problem for problem in problems)
    assert not [problem for problem in problems if "Neos" in problem or "Источники" in problem]


def test_a_painted_text_is_recorded(qapp, painted):
    from PySide6.QtGui import QImage, QPainter

    image = QImage(40, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.drawText(1, 15, "Oggi")
    painter.end()
    assert painted.take() == [("painted", "Oggi")]


def test_an_attract_loop_without_pictures_names_the_countries_in_its_language(qtbot, painted):
    from explorer.ui.kiosk.kiosk_phrasebook import Phrasebook
    from explorer.ui.kiosk.kiosk_slides import SlideShow

    slides = SlideShow([], Phrasebook(["kk"]))
    qtbot.addWidget(slides)
    slides.resize(800, 600)
    slides.grab()
    assert ("painted", "Италия · Қазақстан") in painted.take()


def test_a_refused_pack_is_said_in_the_reader_language(window, qtbot, tmp_path):
    from tests.content.pack_builder import write_valid_pack

    window.set_language("ru")
    bad = write_valid_pack(tmp_path, manifest={"version": "not a version"})
    assert window.imports.import_pack(bad)
    qtbot.waitUntil(lambda: bool(window.notice_bar.notices), timeout=20_000)
    notice = window.notice_bar.notices[0]
    # The problem follows in the reader's language too; the file, the field and the value
    # stay as the pack writes them.
    headline, problem = notice.split("\n")
    assert headline == "Ничего не импортировано: в пакете 1 проблема:"
    assert problem.startswith("manifest.json: version: 'not a version' — ")
    assert "версия пишется" in problem
