"""A day at the exhibit, compressed: scripted visits, each ending in the idle reset, and the
kiosk's memory measured before the first and after the last.

`make test` runs 8 visits; `make soak` (part of `make bench`) runs 500.

Each visit touches the attract loop, picks a language, searches, opens cards and follows
links, moves to the neighbouring card, zooms the timeline, steps through a story and opens
its take-home codes, answers a quiz question, looks at the map, switches language in the
top bar, then walks away: the countdown runs out and the kiosk resets. The figures are printed
(``pytest -s``) and written up in docs/kiosk.md.

"The start" is measured after one warm-up visit in each language: the first visits fill
what is filled once (the full-screen backing store, glyph caches for each script, the
bounded thumbnail cache). The cold figure before them is printed too.
"""

from __future__ import annotations

import gc
import os

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from explorer.ui.kiosk.kiosk_shell import Stage
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config
from tests.ui.shell.test_main_window import type_text

VISITS = int(os.environ.get("KIOSK_VISITS", "8"))
GROWTH_LIMIT_MB = 20.0
CHECKPOINT = max(VISITS // 10, 1)
LANGUAGES = ["kk", "ru", "en", "it", "kk-Latn"]
QUERIES = ["Abai", "Marco Polo", "Неаполь", "Astana", "opera", "Taldykorgan"]


def resident_mb() -> float:
    """The process's resident memory now (VmRSS), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def settled_mb() -> float:
    for _ in range(3):
        QCoreApplication.processEvents()
    # What deleteLater asked to delete goes when an event loop runs; the script runs none.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return resident_mb()


def visit(shell, qtbot, number: int) -> None:
    shell.slideshow.touched.emit()
    language = LANGUAGES[number % len(LANGUAGES)]
    qtbot.mouseClick(shell.choice.buttons[language], Qt.MouseButton.LeftButton)
    explorer = shell.explorer
    type_text(qtbot, explorer.top_bar.search, QUERIES[number % len(QUERIES)])
    explorer.top_bar.search.returnPressed.emit()  # Enter: the best match opens at once
    if explorer.detail.card is not None and explorer.detail.related_buttons:
        explorer.detail.related_buttons[0].click()
    explorer.detail.swiped.emit(1)  # a swipe to the next card
    explorer.session.back()
    explorer.session.show_view("timeline")
    explorer.timeline_page.zoom_in_button.click()
    explorer.timeline_page.view.pan_pixels(200)
    explorer.session.show_view("stories")
    stories = explorer.stories_page
    stories.play(number % len(stories.stories))
    stories.player.next()
    stories.show_take_home()
    explorer.session.show_view("quiz")
    explorer.quiz_page.panel.choose(0)
    explorer.session.show_view("map")
    combo = explorer.top_bar.language
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    explorer.session.show_view("cards")
    explorer.cards_page.grid.verticalScrollBar().setValue(400)
    QCoreApplication.processEvents()
    shell.idle.timed_out.emit()  # nobody touched it for the idle timeout
    assert shell.stage is Stage.COUNTDOWN
    shell.countdown.remaining = 1
    shell.countdown.ticker.timeout.emit()  # the last second of the countdown
    assert shell.stage is Stage.ATTRACT


def test_many_visits_leave_memory_flat(qtbot, content_database):
    config = kiosk_config(
        featured_cards=["opera-abai-san-carlo", "marco-polo", "abai-bust-rome"],
        views=["cards", "timeline", "map", "stories", "quiz"],
    )
    shell = build_shell(qtbot, config)
    try:
        shell.idle.stop()  # the script decides when the visitor leaves
        cold = settled_mb()
        for number in range(len(LANGUAGES)):
            visit(shell, qtbot, number)
        start = settled_mb()
        checkpoints = []
        for number in range(1, VISITS + 1):
            visit(shell, qtbot, number)
            if number % CHECKPOINT == 0:
                checkpoints.append(f"{number}: {settled_mb():.1f}")
        shell.explorer.thumbnails.wait()
        end = settled_mb()
        explorer = shell.explorer
        assert explorer.top_bar.search.text() == ""
        assert not explorer.session.history.can_go_back
        sessions = shell.user.usage.totals("session")
    finally:
        close_shell(shell)
    growth = end - start
    print(
        f"\n{VISITS} kiosk visits: resident memory {cold:.1f} MB cold, {start:.1f} MB at the "
        f"start (after {len(LANGUAGES)} warm-up visits), {end:.1f} MB at the end, "
        f"growth {growth:+.1f} MB\n(MB after each {CHECKPOINT} visits: {', '.join(checkpoints)})"
    )
    assert sessions == [("", VISITS + len(LANGUAGES))]
    assert growth < GROWTH_LIMIT_MB
