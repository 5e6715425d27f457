"""Rendering the kiosk's own screens: the attract loop, the language choice, the countdown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer.domain.kiosk_config import KioskConfig, hash_pin
from explorer.store.user_db import UserStore, memory_user_database
from explorer.ui.kiosk.kiosk_shell import KioskShell
from explorer.ui.shell.main_window import MainWindow
from explorer.ui.shell.screenshots import OTHER_LANGUAGES, SHOWCASE_CARD, settle

KIOSK_SIZE = (1920, 1080)
FEATURED = ("opera-abai-san-carlo", "marco-polo-street-astana", "abai-bust-rome")


def take_kiosk_screenshots(
    open_explorer: Callable[[UserStore], MainWindow], folder: Path
) -> list[Path]:
    """A kiosk on a throwaway user store (nothing counted, no setting changed), never
    locked, grabbed at each stage of a visit."""
    folder.mkdir(parents=True, exist_ok=True)
    user = UserStore(memory_user_database(), persistent=False)
    config = KioskConfig(
        staff_pin_hash=hash_pin("0000"),
        languages=("kk", "ru", "en", "it"),
        default_language="kk",
        featured_cards=FEATURED,
        views=("cards", "timeline", "map", "stories", "quiz"),
    )
    shell = KioskShell(config, lambda: open_explorer(user), user.usage)
    shell.resize(*KIOSK_SIZE)
    shell.show()
    try:
        shell.slideshow.stop()
        shell.slideshow.go_to(0)
        shots = [_grab(shell, folder / "kiosk-attract.png")]
        shell.slideshow.go_to(2)  # the same loop, a slide later, in English
        shots.append(_grab(shell, folder / "kiosk-attract-en.png"))
        shell.slideshow.touched.emit()
        shots.append(_grab(shell, folder / "kiosk-language-choice.png"))
        shell.begin_visit("en")
        shots.append(_grab(shell, folder / "kiosk-cards.png"))
        shell.explorer.set_language("kk")
        search = shell.explorer.top_bar.search
        search.setFocus()
        shell.keyboard.open_for(search, "kk")
        for key in "абай":
            shell.keyboard.keys[key].click()
        shots.append(_grab(shell, folder / "kiosk-keyboard.png"))
        shell.keyboard.close_keyboard()
        shell.explorer.top_bar.search.clear()
        shell.explorer.set_language("en")
        shell.explorer.session.show_view("timeline")
        shots.append(_grab(shell, folder / "kiosk-timeline.png"))
        shots.extend(_visitor_shots(shell, folder))
        shots.extend(_language_shots(shell, folder))
        shell.explorer.open_card(SHOWCASE_CARD)
        shell.countdown.start()
        shell.countdown.ticker.stop()
        shots.append(_grab(shell, folder / "kiosk-countdown.png"))
        return shots
    finally:
        shell.idle.stop()
        shell.close()
        user.close()


def _visitor_shots(shell: KioskShell, folder: Path) -> list[Path]:
    """A story's step and the codes a visitor takes home from it, then the quiz's game."""
    import random

    explorer = shell.explorer
    shots = []
    explorer.session.show_view("stories")
    stories = explorer.stories_page
    if stories.stories:
        stories.play(min(1, len(stories.stories) - 1), 1)
        shots.append(_grab(shell, folder / "kiosk-story.png"))
        stories.show_take_home()
        shots.append(_grab(shell, folder / "kiosk-take-home.png"))
        if stories.take_home is not None:
            stories.take_home.close()
    explorer.session.show_view("quiz")
    explorer.quiz_page.seeds = random.Random(2)
    explorer.quiz_page.new_round()
    shots.append(_grab(shell, folder / "kiosk-quiz.png"))
    return shots


def _language_shots(shell: KioskShell, folder: Path) -> list[Path]:
    """The kiosk's grid and a card in every other language, then back to English."""
    shots = []
    for language in OTHER_LANGUAGES:
        shell.explorer.set_language(language)
        shell.explorer.session.show_view("cards")
        shots.append(_grab(shell, folder / f"kiosk-cards-{language}.png"))
        shell.explorer.open_card(SHOWCASE_CARD)
        shots.append(_grab(shell, folder / f"kiosk-card-{language}.png"))
    shell.explorer.set_language("en")
    return shots


def _grab(shell: KioskShell, path: Path) -> Path:
    settle(shell.explorer or shell, 500)
    shell.slideshow.pictures.tasks.wait(5000)
    QCoreApplication.processEvents()  # the slides' pictures decoded meanwhile, delivered
    shell.grab().save(str(path), "PNG")
    return path
