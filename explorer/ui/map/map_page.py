"""The Map view: the basemap with every pack's places and routes, a toolbar, the places of a
marker or the story of a route beside it, and the same places as a list.

What it shows follows the window's session, as the timeline does: the search answer (its
words, category and facets) and, when the timeline has been moved, the timeline's period
decide which cards count; a place is shown with the number of those cards that name it, a
route when it is timeless or its dates meet the period (and, under a search, when one of its
cards is in the answer). The card selected elsewhere has its places ringed. Choosing a place
lists its cards; "Show these cards" asks the window to filter the cards by it
(``places_filter_requested``), through the session's place facet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QLocale, QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import Route, pick
from explorer.domain.fuzzy_date import span_of
from explorer.domain.map_counts import place_counts
from explorer.domain.map_projection import project
from explorer.domain.wording import fill
from explorer.ui.map.basemap import basemap, name_in
from explorer.ui.map.map_view import MapView
from explorer.ui.map.place_tree import PlaceTree
from explorer.ui.map.places_layer import PlacesLayer
from explorer.ui.map.routes_layer import RoutesLayer
from explorer.ui.shell.theme import font
from explorer.ui.widgets.date_text import year_text
from explorer.ui.widgets.tasks import TaskRunner
from explorer.ui.widgets.touch_mode import in_touch_mode

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from explorer.store.content_store import ContentStore
    from explorer.store.map_links import MapLinks
    from explorer.store.map_places import MapPlaces
    from explorer.store.search_result import SearchResult

DayRange = tuple[float, float]
LISTED_CARDS = 200
"""The most cards a place's list shows ("Show these cards" shows them all in the grid)."""


class MapPage(QWidget):
    card_requested = Signal(str)
    places_filter_requested = Signal(list)
    content_loaded = Signal()

    def __init__(self, store: ContentStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.language = "en"
        self._answer: SearchResult | None = None
        self._timeline_days: DayRange | None = None
        """The days the timeline shows (the session's range), followed when asked."""
        self._chosen_places: list[str] = []
        self._chosen_route: Route | None = None
        self._selected_card: str | None = None
        self.loaded = False
        self._countries: dict[str, tuple[str, ...]] | None = None
        self._index_of_places: dict[str, int] | None = None
        """Whether the places and routes are read (``content_loaded`` says when)."""
        self.tasks = TaskRunner("map content", parent=self)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 12, 24, 16)
        column.setSpacing(10)
        bar = QHBoxLayout()
        column.addLayout(bar)
        self.home_button = self._button("")
        self.zoom_out_button = self._button("−")
        self.zoom_in_button = self._button("+")
        self.period_label = QLabel(self)
        self.period_label.setObjectName("resultCount")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        for label in (self.period_label, self.count_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # A narrow window (or a long language) wraps the period, never a button's words.
        self.period_label.setWordWrap(True)
        self.period_button = self._button("")
        self.period_button.setCheckable(True)
        self.list_button = self._button("")
        self.list_button.setCheckable(True)
        for widget in (self.home_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.period_button)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.list_button)

        body = QHBoxLayout()
        body.setSpacing(12)
        column.addLayout(body, 1)
        self.stack = QStackedWidget(self)
        self.view = MapView(self.stack)
        self.tree = PlaceTree(self.stack)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.tree)
        body.addWidget(self.stack, 1)
        self.side = QWidget(self)
        self.side.setObjectName("mapSide")
        self.side.setFixedWidth(320)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        self.side_title = QLabel(self.side)
        self.side_title.setTextFormat(Qt.TextFormat.PlainText)  # place and route names
        self.side_title.setFont(font(20, serif=True))
        self.side_title.setWordWrap(True)
        self.side_text = QLabel(self.side)
        self.side_text.setWordWrap(True)
        self.side_text.setTextFormat(Qt.TextFormat.PlainText)
        self.side_text.setObjectName("resultCount")
        self.cards = QListWidget(self.side)
        self.cards.setObjectName("timelineList")
        self.cards.setWordWrap(True)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filter_button = self._button("")
        self.close_button = self._button("")
        side.addWidget(self.side_title)
        side.addWidget(self.side_text)
        side.addWidget(self.cards, 1)
        side.addWidget(self.filter_button)
        side.addWidget(self.close_button)
        body.addWidget(self.side)
        self.side.hide()

        self.routes = RoutesLayer(self)
        self.routes.name_of = lambda route: pick(route.name, self.language)[0]
        self.places = PlacesLayer(self)
        # The basemap's names are written first; the places' names keep off them.
        self.places.set_taken_areas(lambda: [label.rect for label in self.view.labels])
        self.view.add_layer(self.routes)
        self.view.add_layer(self.places)
        self._load()

        self.home_button.clicked.connect(self.view.home)
        self.period_button.toggled.connect(self._follow_timeline)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(0.8))
        self.list_button.toggled.connect(self._show_list)
        self.places.places_clicked.connect(self.choose_places)
        self.routes.route_clicked.connect(self._route_clicked)
        self.tree.places_chosen.connect(self.choose_places)
        self.tree.card_requested.connect(self.card_requested)
        self.cards.itemActivated.connect(
            lambda item: self.card_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.filter_button.clicked.connect(
            lambda: self.places_filter_requested.emit(list(self._chosen_places))
        )
        self.close_button.clicked.connect(self.close_side)
        self.retranslate()

    # ---- content ------------------------------------------------------------------------

    def _load(self) -> None:
        """Read the places, their cards and the routes off the UI thread (a library of
        100,000 places takes a good part of a second): the basemap shows at once, the
        places when they are read."""
        if self.store.path is None:
            self.tasks.run_here(partial(read_map_content, self.store), done=self._content_read)
        else:
            self.tasks.run(
                partial(_read_map_file, self.store.path),
                done=self._content_read,
                failed=self._content_failed,
            )

    def _content_read(self, content: MapContent) -> None:
        self.map_places = places = content.map_places
        self.links = content.links
        self._countries = None
        self._index_of_places: dict[str, int] | None = None
        self.route_list = content.routes
        self._route_card_numbers = content.route_card_numbers
        self.routes.set_routes(self.route_list, _waypoint_coordinates(places, self.route_list))
        self.places.set_places(
            places.ids, places.names, places.longitudes, places.latitudes, np.ones(len(places))
        )
        self.view.basemap_painter.covered = self.places.shown_points
        self.loaded = True
        self._refresh()
        self.set_selected_card(self._selected_card)
        self.content_loaded.emit()

    @property
    def countries(self) -> dict[str, tuple[str, ...]]:
        """Each place's countries, read when the list first needs them: the map does not,
        and at 100,000 places they are a fifth of what opening the map reads."""
        if self._countries is None:
            from explorer.store.map_links import read_place_countries

            self._countries = read_place_countries(self.store.db)
        return self._countries

    def _content_failed(self, why: str) -> None:
        log.error("The map's places could not be read: %s", why)
        self.count_label.setText(fill(self.tr("The places could not be read (%1)."), [why]))

    def wait_loaded(self, msecs: int = 10_000) -> bool:
        """Wait until the places are read and shown (for tools and tests)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(msecs)
        while not self.loaded and not deadline.hasExpired():
            self.tasks.wait(50)
            QCoreApplication.processEvents()
        return self.loaded

    def counts(self):
        """How many of the cards shown name each place, in ``map_places`` order."""
        links = self.links
        return place_counts(
            len(self.map_places),
            links.pair_places,
            links.pair_numbers,
            links.pair_first_days,
            links.pair_last_days,
            answer_numbers=None if self._answer is None else self._answer.numbers,
            period=self._period,
        )

    def _refresh(self) -> None:
        if not self.loaded:
            return  # shown once the places are read
        counts = self.counts()
        self.places.set_counts(counts)
        self.routes.set_shown(self._shown_routes())
        self._counts = counts
        self._show_counts(int(np.count_nonzero(counts)), int(counts.sum()))
        self._fill_tree()

    def _shown_routes(self) -> set[str]:
        """The routes to draw: timeless ones, or those whose dates meet the period; under a
        search, only those with a card in the answer (or with no cards)."""
        kept = set()
        answer = None if self._answer is None else set(self._answer.numbers.tolist())
        for route in self.route_list:
            span = span_of(route.start, route.end) if route.start is not None else None
            if self._period is not None and span is not None:
                first, last = self._period
                if span[0] > last or span[1] < first:
                    continue
            numbers = {self._route_card_numbers.get(card, -1) for card in route.cards}
            if answer is not None and route.cards and not answer & numbers:
                continue
            kept.add(route.id)
        return kept

    # ---- what the session says ------------------------------------------------------------

    def set_filter(self, answer: SearchResult | None) -> None:
        """Count only the cards of a search ``answer`` (None: every card)."""
        self._answer = answer
        self._refresh()

    @property
    def _period(self) -> DayRange | None:
        """The days the cards counted must meet: the timeline's, when the map follows it."""
        return self._timeline_days if self.period_button.isChecked() else None

    def set_period(self, days: DayRange | None) -> None:
        """The days the timeline shows (None: all); the map counts only the cards that meet
        them while "Only the timeline's period" is on."""
        self._timeline_days = days
        if self.period_button.isChecked():
            self._refresh()
        self._show_period()

    def _follow_timeline(self, follow: bool) -> None:
        self._refresh()
        self._show_period()

    def set_selected_card(self, card_id: str | None) -> None:
        """Ring the places of the card chosen elsewhere (None: none)."""
        self._selected_card = card_id
        if not self.loaded:
            return
        places = self.store.card(card_id).places if card_id else ()
        self.places.set_highlighted(places)

    def set_language(self, language: str) -> None:
        self.language = language
        self.places.set_language(language)
        self.retranslate()

    def forget(self) -> None:
        """What only the map holds, as it was when first shown: the whole view, no place or
        route chosen, the map rather than the list, every period (a kiosk's next visitor)."""
        self.close_side()
        self.list_button.setChecked(False)
        self.period_button.setChecked(False)
        self.view.home()

    def showEvent(self, event) -> None:
        # A kiosk's window is marked for touch after its pages are made.
        self.places.set_touch(in_touch_mode(self))
        super().showEvent(event)

    # ---- choosing -----------------------------------------------------------------------

    def choose_places(self, place_ids: list[str]) -> None:
        """List the cards shown at ``place_ids`` (a marker, or a cluster's places)."""
        self._chosen_places = list(place_ids)
        self._chosen_route = None
        self.routes.choose(None)
        self._fill_side()
        self.side.show()

    def _route_clicked(self, route_id: str) -> None:
        self._chosen_route = next(r for r in self.route_list if r.id == route_id)
        self._chosen_places = []
        self._fill_side()
        self.side.show()

    def show_story_step(self, place_ids: list[str], route_id: str | None) -> None:
        """A story's step: its route chosen and told beside the map, else its places ringed
        and their cards listed; the view fitted to them either way (once the places are read)."""
        if not self.loaded:
            self.content_loaded.connect(
                partial(self.show_story_step, list(place_ids), route_id),
                Qt.ConnectionType.SingleShotConnection,
            )
            return
        route = next((r for r in self.route_list if r.id == route_id), None)
        if route is not None:
            self._route_clicked(route.id)
            self.routes.choose(route.id)
            place_ids = list(route.waypoints)
        elif place_ids:
            self.places.set_highlighted(place_ids)
            self.choose_places(place_ids)
        index = self._place_index
        points = [
            project(self.map_places.longitudes[index[p]], self.map_places.latitudes[index[p]])
            for p in place_ids
            if p in index
        ]
        if points:
            xs, ys = [x for x, _ in points], [y for _, y in points]
            rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            margin = max(3.0, 0.25 * max(rect.width(), rect.height()))
            self.view.show_map_rect(rect.adjusted(-margin, -margin, margin, margin))

    def close_side(self) -> None:
        self._chosen_places, self._chosen_route = [], None
        self.routes.choose(None)
        self.side.hide()
        self.view.setFocus()

    def card_ids_at(self, place_ids: list[str]) -> list[str]:
        """The cards shown that name any of ``place_ids``, in the order of their days."""
        from explorer.store.map_links import cards_at_places

        allowed = None if self._answer is None else set(self._answer.numbers.tolist())
        ids = []
        for card_id, number, first, last in cards_at_places(self.store.db, place_ids):
            if allowed is not None and number not in allowed:
                continue
            if self._period is not None and (
                first is None or first > self._period[1] or last < self._period[0]
            ):
                continue
            ids.append(card_id)
        return ids

    def cards_at(self, place_ids: list[str]) -> list[tuple[str, str]]:
        """(card id, title) of the first ``LISTED_CARDS`` cards shown at ``place_ids``: a
        cluster of a whole continent may hold 100,000, which no list could show at once."""
        return self._titled(self.card_ids_at(place_ids)[:LISTED_CARDS])

    def _titled(self, ids: list[str]) -> list[tuple[str, str]]:
        items = self.store.card_items(ids, self.language)
        return [(card_id, items[card_id].title) for card_id in ids if card_id in items]

    @property
    def _place_index(self) -> dict[str, int]:
        """Each place's index in ``map_places``, made once the places are read."""
        if self._index_of_places is None:
            ids = self.map_places.ids
            self._index_of_places = dict(zip(ids, range(len(ids)), strict=True))
        return self._index_of_places

    # ---- words --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Italy and Kazakhstan"))
        self.home_button.setToolTip(self.tr("Show Italy and Kazakhstan together (Home)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.list_button.setText(
            self.tr("Show as map") if self.list_button.isChecked() else self.tr("Show as list")
        )
        self.close_button.setText(self.tr("Close"))
        self.filter_button.setText(self.tr("Show these cards"))
        self.view.retranslate()
        self.tree.retranslate()
        self._show_period()
        if self.loaded:
            self._show_counts(int(self._counts.astype(bool).sum()), int(self._counts.sum()))
            self._fill_tree()
        if self.side.isVisible():
            self._fill_side()

    def _show_counts(self, places: int, cards: int) -> None:
        self.count_label.setText(self.tr("%n place(s) on the map", "", places))

    def _show_period(self) -> None:
        self.period_button.setText(self.tr("Only the timeline's period"))
        self.period_button.setToolTip(
            self.tr("Show only the places of cards of the period the timeline shows")
        )
        self.period_button.setEnabled(self._timeline_days is not None)
        if self._period is None:
            self.period_label.setText(self.tr("Every period"))
            return
        from explorer.domain.timeline_ticks import date_of_day

        first, last = (date_of_day(int(day))[0] for day in self._period)
        self.period_label.setText(
            fill(
                self.tr("Cards of the timeline's period: %1 – %2"),
                [year_text(first), year_text(last)],
            )
        )

    def _fill_tree(self) -> None:
        """The list of places, made again only while it is shown (``_show_list`` makes it
        when it is asked for): a map of many places need not build it at each search."""
        if not self.loaded or not self.list_button.isChecked():
            return
        places, countries, language = self.map_places, self.countries, self.language
        self.tree.show_places(
            places.ids,
            lambda i: name_in(places.names[i], language),
            lambda i: countries.get(places.ids[i], ()),
            self._counts,
            self._country_name,
            lambda place: self.cards_at([place]),
            language,
        )

    def _country_name(self, code: str) -> str:
        try:
            return name_in(basemap().country(code).names, self.language)
        except KeyError:
            return code

    def _fill_side(self) -> None:
        self.cards.clear()
        if self._chosen_route is not None:
            route = self._chosen_route
            self.side_title.setText(pick(route.name, self.language)[0])
            self.side_text.setText(pick(route.caption, self.language)[0] if route.caption else "")
            self.filter_button.hide()
            for card_id in route.cards:
                self._add_card(card_id)
            return
        index = self._place_index
        names = [
            name_in(self.map_places.names[index[p]], self.language)
            for p in self._chosen_places
            if p in index
        ]
        self.side_title.setText(", ".join(names[:3]) + ("…" if len(names) > 3 else ""))
        ids = self.card_ids_at(self._chosen_places)
        found = self._titled(ids[:LISTED_CARDS])
        text = self.tr("%n card(s) here", "", len(ids))
        if len(ids) > LISTED_CARDS:
            listed = self.tr("The first %1 are listed; “Show these cards” shows them all.")
            text += "\n" + fill(listed, [QLocale().toString(len(found))])
        self.side_text.setText(text)
        self.filter_button.show()
        for card_id, title in found:
            item = QListWidgetItem(title, self.cards)
            item.setData(Qt.ItemDataRole.UserRole, card_id)

    def _add_card(self, card_id: str) -> None:
        items = self.store.card_items([card_id], self.language)
        if card_id in items:
            item = QListWidgetItem(items[card_id].title, self.cards)
            item.setData(Qt.ItemDataRole.UserRole, card_id)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("chip")
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def _zoom(self, factor: float) -> None:
        from PySide6.QtCore import QPointF

        self.view.zoom_at(factor, QPointF(self.view.width() / 2, self.view.height() / 2))

    def _show_list(self, as_list: bool) -> None:
        self.stack.setCurrentWidget(self.tree if as_list else self.view)
        self.retranslate()
        (self.tree if as_list else self.view).setFocus()


@dataclass(frozen=True)
class MapContent:
    """What the map reads of the content once: places, (card, place) pairs, routes."""

    map_places: MapPlaces
    links: MapLinks
    routes: list[Route]
    route_card_numbers: dict[str, int]


def read_map_content(store: ContentStore) -> MapContent:
    from explorer.store.map_links import card_numbers, read_map_links

    places = store.map_places()
    routes = store.routes()
    route_cards = sorted({card for route in routes for card in route.cards})
    return MapContent(
        places,
        read_map_links(store.db, places.ids),
        routes,
        card_numbers(store.db, route_cards),
    )


def _waypoint_coordinates(places: MapPlaces, routes: list[Route]) -> dict[str, tuple[float, float]]:
    """(longitude, latitude) of the places the routes pass through."""
    wanted = {place for route in routes for place in route.waypoints}
    return {
        place_id: (float(places.longitudes[i]), float(places.latitudes[i]))
        for i, place_id in enumerate(places.ids)
        if place_id in wanted
    }


def _read_map_file(path: Path) -> MapContent:
    """On the task's thread, with a connection of its own."""
    from explorer.store.content_store import ContentStore

    store = ContentStore.open(path, shared=True)
    try:
        return read_map_content(store)
    finally:
        store.close()
