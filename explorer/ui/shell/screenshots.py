"""Rendering the main views to PNG files, so anyone can see the app without a screen."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QWidget

from explorer.domain.entities import KAZAKH_LATIN
from explorer.domain.fuzzy_date import day_number
from explorer.store.user_db import LANGUAGE_SETTING
from explorer.ui.shell.main_window import MainWindow

SIZE = (1440, 900)
SHOWCASE_CARD = "opera-abai-san-carlo"
SHOWCASE_QUERY = "Abai"
OTHER_LANGUAGES = ("it", "kk", "ru", KAZAKH_LATIN)
"""Every interface language but English, whose shots come first."""


def settle(window: QWidget, msecs: int = 400) -> None:
    """Let layouts, timers, the search and thumbnail workers finish before grabbing: at
    least ``msecs``, and on until the window has its answer, every thumbnail asked for and
    every tile's text."""
    timer = QElapsedTimer()
    timer.start()
    loader = getattr(window, "thumbnails", None)
    worker = getattr(window, "search_worker", None)
    cards_page = getattr(window, "cards_page", None)
    delegate = cards_page.grid.delegate if cards_page is not None else None

    def busy() -> bool:
        if timer.elapsed() < msecs:
            return True
        if timer.elapsed() > 20 * msecs:  # never hang a screenshot run
            return False
        return bool(
            (worker is not None and worker.busy)
            or (loader is not None and loader.busy)
            or (delegate is not None and delegate.drawing)
        )

    while busy():
        QCoreApplication.processEvents()
        if loader is not None:
            loader.wait(50)
    QCoreApplication.processEvents()


def _grab(window: MainWindow, path: Path) -> Path:
    settle(window)
    window.cards_page.grid.viewport().update()
    settle(window, 200)
    window.grab().save(str(path), "PNG")
    return path


def take_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    """Every main view, in English first; the person's chosen language is kept."""
    folder.mkdir(parents=True, exist_ok=True)
    chosen = window.user.setting(LANGUAGE_SETTING) or "en"
    window.set_language("en")
    try:
        return _all_shots(window, folder)
    finally:
        window.set_language(chosen)


def _all_shots(window: MainWindow, folder: Path) -> list[Path]:
    window.resize(*SIZE)
    window.show()
    shots = [_grab(window, folder / "cards.png")]
    window.open_card(window.store.resolve_card(SHOWCASE_CARD) or window.store.card_ids()[0])
    shots.append(_grab(window, folder / "card-detail.png"))
    shots.append(_cite_shot(window, folder))
    window.top_bar.search.setText(SHOWCASE_QUERY)
    window.apply_filter()
    shots.append(_grab(window, folder / "search.png"))
    window.top_bar.search.setText("")
    window.apply_filter()
    shots.append(_filters_shot(window, folder))
    shots.extend(_timeline_shots(window, folder))
    shots.extend(_map_shots(window, folder))
    shots.extend(_numbers_shots(window, folder))
    shots.append(_mine_shot(window, folder))
    shots.extend(_quiz_shots(window, folder))
    shots.extend(_stories_shots(window, folder))
    shots.extend(_language_shots(window, folder))
    return shots


def _map_rect(west: float, south: float, east: float, north: float):
    from PySide6.QtCore import QPointF, QRectF

    from explorer.domain.map_projection import project

    return QRectF(QPointF(*project(west, north)), QPointF(*project(east, south)))


def _map_shots(window: MainWindow, folder: Path) -> list[Path]:
    """The map as it opens, zoomed on Italy and on Kazakhstan, a route and a place chosen,
    and the same places as a list."""
    window.session.show_view("map")
    page = window.map_page
    page.wait_loaded()
    page.view.home()
    shots = [_grab(window, folder / "map.png")]
    page.view.show_map_rect(_map_rect(6.0, 36.0, 19.0, 47.5))
    shots.append(_grab(window, folder / "map-italy.png"))
    page.view.show_map_rect(_map_rect(46.0, 40.0, 88.0, 56.0))
    shots.append(_grab(window, folder / "map-kazakhstan.png"))
    page.view.home()
    route = next((r for r in page.route_list if r.id.endswith("marco-polo-journey")), None)
    if route is not None:
        page.routes.choose(route.id)
        page.routes.route_clicked.emit(route.id)
        settle(window)  # the story beside the map narrows it first
        page.view.show_map_rect(_map_rect(5.0, 25.0, 125.0, 58.0))
        shots.append(_grab(window, folder / "map-route.png"))
    page.view.home()
    rome = [place for place in page.map_places.ids if place.endswith(":rome")]
    if rome:
        page.choose_places(rome)
        shots.append(_grab(window, folder / "map-place.png"))
    page.close_side()
    page.list_button.setChecked(True)
    shots.append(_grab(window, folder / "map-list.png"))
    page.list_button.setChecked(False)
    return shots


def _numbers_shots(window: MainWindow, folder: Path) -> list[Path]:
    window.session.show_view("numbers")
    shots = [_grab(window, folder / "numbers.png")]
    page = window.numbers_page
    page.table_button.setChecked(True)
    shots.append(_grab(window, folder / "numbers-table.png"))
    page.table_button.setChecked(False)
    return shots


MINE_SAMPLE = ("abai-kunanbaiuly", "abai-bust-rome", "opera-abai-san-carlo")


def _mine_shot(window: MainWindow, folder: Path) -> Path:
    """My collection with a sample list, kept in memory only: the reader's own database is
    neither shown nor written."""
    from explorer.store.my_collection import MyCollection
    from explorer.store.user_db import memory_user_database

    window.session.show_view("collection")
    page = window.mine_page
    own = page.mine
    sample = MyCollection(memory_user_database())
    chosen = sample.create("Presentation on Abai")
    for card in MINE_SAMPLE:
        key = window.store.resolve_card(card)
        if key is not None:
            sample.add(chosen, key)
            sample.star(key)
    first = window.store.resolve_card(MINE_SAMPLE[0])
    if first is not None:
        sample.set_note(first, "Begin with the bust in Rome (30 October 2025), then the opera.")
    page.mine = page.note.mine = sample
    try:
        page.refresh()
        page.choose_list(chosen)
        return _grab(window, folder / "my-collection.png")
    finally:
        page.mine = page.note.mine = own
        page.refresh()


def _quiz_shots(window: MainWindow, folder: Path) -> list[Path]:
    """A question of a round of known seed, then its verdict."""
    window.session.show_view("quiz")
    page = window.quiz_page
    page.seeds = random.Random(1)
    page.new_round()
    shots = [_grab(window, folder / "quiz.png")]
    for number in range(4):
        page.panel.choose(number)
    shots.append(_grab(window, folder / "quiz-verdict.png"))
    return shots


def _stories_shots(window: MainWindow, folder: Path) -> list[Path]:
    """The list of stories and, when the content has one, its first step in the player."""
    window.session.show_view("stories")
    shots = [_grab(window, folder / "stories.png")]
    page = window.stories_page
    if page.stories:
        page.play(0)
        shots.append(_grab(window, folder / "story-player.png"))
        page.show_list()
    return shots


def _filters_shot(window: MainWindow, folder: Path) -> Path:
    """The cards narrowed by a category and a Refine value, the keyboard on a filter's chip."""
    session = window.session
    session.set_category(window.store.categories()[1].id)
    session.set_facet("side", {"italy"})
    settle(window)
    chips = window.cards_page.active_filters.chips
    if chips:
        chips[0].setFocus()
    shot = _grab(window, folder / "filters.png")
    session.clear_filters()
    return shot


def _language_shots(window: MainWindow, folder: Path) -> list[Path]:
    """The grid, a card and the timeline in every other language, then back to English."""
    shots = []
    card_id = window.store.resolve_card(SHOWCASE_CARD)
    for language in OTHER_LANGUAGES:
        window.set_language(language)
        window.session.show_view("cards")
        shots.append(_grab(window, folder / f"cards-{language}.png"))
        window.open_card(card_id or window.model.card_id(0))
        shots.append(_grab(window, folder / f"card-detail-{language}.png"))
        window.session.show_view("map")
        window.map_page.view.home()
        shots.append(_grab(window, folder / f"map-{language}.png"))
        window.session.show_view("numbers")
        shots.append(_grab(window, folder / f"numbers-{language}.png"))
        window.session.show_view("timeline")
        window.timeline_page.view.go_to_year(2023, span_years=12)
        shots.append(_grab(window, folder / f"timeline-{language}.png"))
        window.session.show_view("stories")
        if window.stories_page.stories:
            window.stories_page.play(0)
            shots.append(_grab(window, folder / f"story-player-{language}.png"))
            window.stories_page.show_list()
        window.session.show_view("quiz")
        window.quiz_page.seeds = random.Random(1)
        window.quiz_page.new_round()
        shots.append(_grab(window, folder / f"quiz-{language}.png"))
    return shots


def _timeline_shots(window: MainWindow, folder: Path) -> list[Path]:
    window.session.show_view("timeline")
    view = window.timeline_page.view
    settle(window)
    view.fit_all()
    shots = [_grab(window, folder / "timeline-all.png")]
    view.go_to_year(2023, span_years=12)
    shots.append(_grab(window, folder / "timeline-decade.png"))
    view.go_to_year(2025, span_years=0.6)
    view.centre_on_day(day_number(2025, 9, 29))
    shots.append(_grab(window, folder / "timeline-months.png"))
    window.timeline_page.list_button.setChecked(True)
    shots.append(_grab(window, folder / "timeline-list.png"))
    window.timeline_page.list_button.setChecked(False)
    return shots


def _cite_shot(window: MainWindow, folder: Path) -> Path:
    """The card's citation dialog, on its first source in Chicago style."""
    window.detail.open_cite_dialog()
    dialog = window.detail.cite_dialog
    dialog.what.setCurrentIndex(min(1, dialog.what.count() - 1))
    settle(dialog, 100)
    path = folder / "cite.png"
    dialog.grab().save(str(path), "PNG")
    dialog.close()
    return path
