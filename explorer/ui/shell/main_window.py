"""The main window: its session, and the rail, top bar and pages wired to it; no data logic."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import pick
from explorer.session.search_state import SearchState
from explorer.session.session import Pace, Place, ReadingPosition, Session
from explorer.store.content_store import ContentStore
from explorer.store.search_result import SearchResult
from explorer.store.user_db import LANGUAGE_SETTING, UserStore
from explorer.ui.cards.active_filters import CATEGORY, filters_in_effect
from explorer.ui.cards.card_model import CardListModel, FirstPage, read_first_page
from explorer.ui.cards.cards_page import CardsPage
from explorer.ui.cards.facet_labels import century_name, decade_name, kind_name, side_name
from explorer.ui.cards.search_worker import SearchUnavailable, SearchWorker
from explorer.ui.cards.thumbnail_loader import ThumbnailLoader
from explorer.ui.shell.language import LanguageSwitcher, offered_languages
from explorer.ui.shell.navigation_rail import NavigationRail
from explorer.ui.shell.notice_bar import Notice, NoticeBar
from explorer.ui.shell.top_bar import TopBar
from explorer.ui.shell.window_imports import WindowImports

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from explorer.store.my_collection import MyCollection
    from explorer.store.search_index import SearchIndex
    from explorer.ui.cards.card_detail import CardDetail
    from explorer.ui.charts.figures_view import FiguresView
    from explorer.ui.map.map_page import MapPage
    from explorer.ui.mine.card_keeping import KeepingRows
    from explorer.ui.mine.mine_page import MinePage
    from explorer.ui.quiz.quiz_page import QuizPage
    from explorer.ui.stories.stories_page import StoriesPage
    from explorer.ui.timeline.timeline_page import TimelinePage

SEARCH_DELAY_MS = 180


def _release_start_memory() -> None:
    """Once the first answer is shown, what starting (and loading the index) left behind."""
    from explorer.ui.widgets.free_memory import forget_read_sources, give_back_free_memory

    forget_read_sources()
    give_back_free_memory()


class MainWindow(QMainWindow):
    """The window of one ``Session``: widgets send it intents and follow its events."""

    card_opened = Signal(str)
    language_chosen = Signal(str)
    """The person chose a language in the window (not set from outside)."""
    content_changed = Signal(object)
    """A pack was imported (its ``ImportReport``): the window is to be opened again on it."""

    def __init__(
        self,
        store: ContentStore,
        user: UserStore,
        thumbnails: ThumbnailLoader,
        switcher: LanguageSwitcher,
    ):
        super().__init__()
        self.switcher = switcher
        self.store = store
        self.user = user
        self.thumbnails = thumbnails
        self.resize(1360, 880)
        offered = offered_languages(store.languages())
        self.session = Session(
            languages=sorted(offered, key=lambda code: code != "en"),
            resolve_card=store.resolve_card,
            language=user.setting(LANGUAGE_SETTING) or "en",
            answer=self._answer_now,
        )

        # The one index of the window, on a connection of its own that the search thread
        # loads it with and searches it on (the index takes one call at a time). The window
        # is drawn first, its grid empty until the first answer comes.
        self.index_store = ContentStore.open(store.path, shared=True) if store.path else store
        self.search_worker = SearchWorker(self._load_index, self)
        # Read by search tasks only (one at a time): the first page of each answer.
        self.page_store = ContentStore.open(store.path, shared=True) if store.path else None
        self._first_page: tuple[SearchResult, FirstPage] | None = None
        awaited = SearchResult.awaited()
        self.session.show_answer(awaited, self.session.search)  # before anyone observes
        self.model = CardListModel(store, awaited, thumbnails, self)
        # Built from the window down, each widget made inside its parent: a widget put into
        # a parent later is styled again (the style sheet), with everything in it.
        central = QWidget(self)
        self.setCentralWidget(central)
        self.notice_bar = NoticeBar(central)
        self.imports = WindowImports(self, central)
        self.rail = NavigationRail(central)
        right = QWidget(central)
        right.setObjectName("page")
        self.top_bar = TopBar(store.languages(), right)
        self.pages = QStackedWidget(right)
        self.cards_page = CardsPage(self.model, store.categories(), self._facets(), self.pages)
        self.facet_panel = self.cards_page.facet_panel
        self._detail: CardDetail | None = None  # made when a card is first opened
        self._timeline: TimelinePage | None = None  # made when first asked for
        self._numbers: FiguresView | None = None  # made when first asked for
        self._map: MapPage | None = None  # made when first asked for
        self._my_collection: MyCollection | None = None  # made when first asked for
        self._mine: MinePage | None = None  # made when first asked for
        self._keeping_rows: KeepingRows | None = None  # made with the first card's row
        self._quiz: QuizPage | None = None  # made when first asked for
        self._stories: StoriesPage | None = None  # made when first asked for
        self._timeline_answer: SearchResult | None = None
        self.pages.addWidget(self.cards_page)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.pages, 1)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.notice_bar)
        outer.addWidget(self.imports.bar)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(right, 1)
        outer.addLayout(row, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self._send_intents()
        self._follow_session()
        self._language_changed(self.session.language)
        self._show(self.session.place)
        self._painted = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            # Only now is the index loaded and the first request made: on the search
            # thread, but Python runs one thread at a time, and the first picture comes first.
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._add_shortcuts()
        self.rail.add_shortcuts()
        self._ask_first()

    def _ask_first(self) -> None:
        if self.session.answer.awaiting and not self.search_timer.isActive():
            self.apply_filter()

    def _load_index(self) -> SearchIndex:
        """On the search thread."""
        from explorer.store.search_index import SearchIndex

        return SearchIndex.load(self.index_store.db)

    @property
    def detail(self) -> CardDetail:
        """The card page, made the first time a card is opened."""
        if self._detail is None:
            from explorer.ui.cards.card_detail import CardDetail

            detail = CardDetail(self.store)
            detail.set_language(self.language)
            detail.card_requested.connect(self.open_card)
            detail.swiped.connect(self.session.open_neighbour)
            detail.keeping = self._card_keeping
            self.pages.addWidget(detail)
            self._detail = detail
        return self._detail

    @property
    def timeline_page(self) -> TimelinePage:
        """The timeline's page, made the first time it is asked for (most starts never
        show it; its modules are not even imported until then)."""
        if self._timeline is None:
            from explorer.ui.timeline.timeline_page import TimelinePage

            page = TimelinePage(self.store, self.pages)  # in place before it words its hints
            page.set_language(self.language)
            page.set_filter(self._timeline_answer)
            page.card_requested.connect(self.open_card)
            page.view.window_changed.connect(self._timeline_moved)
            self.pages.addWidget(page)
            self._timeline = page
        return self._timeline

    @property
    def map_page(self) -> MapPage:
        """The map, made the first time it is asked for (its basemap, places and routes are
        read then)."""
        if self._map is None:
            from explorer.ui.map.map_page import MapPage

            page = MapPage(self.store, self.pages)
            page.set_language(self.language)
            page.set_filter(self._timeline_answer)
            page.set_period(self.session.timeline_range)
            page.set_selected_card(self.session.selection)
            page.card_requested.connect(self.open_card)
            page.places_filter_requested.connect(self._filter_by_places)
            self.pages.addWidget(page)
            self._map = page
        return self._map

    @property
    def stories_page(self) -> StoriesPage:
        """The guided stories, made the first time they are asked for; a step's period is
        the session's timeline range, and the player shows the timeline or the map on asking."""
        if self._stories is None:
            from explorer.ui.stories.stories_page import StoriesPage

            store = self.store
            page = StoriesPage(store, store.stories, self.pages)
            page.set_language(self.language)
            page.card_requested.connect(self.open_card)
            page.period_shown.connect(self.session.set_timeline_range)
            page.timeline_requested.connect(self._story_timeline)
            page.map_requested.connect(self._story_map)
            self.pages.addWidget(page)
            self._stories = page
        return self._stories

    def _story_timeline(self, days: tuple[float, float] | None) -> None:
        self.session.show_view("timeline")
        if days is not None:
            self.timeline_page.view.show_days(*days)

    def _story_map(self, places: list[str], route: str | None) -> None:
        self.session.show_view("map")
        self.map_page.show_story_step(places, route)

    def _filter_by_places(self, place_ids: list[str]) -> None:
        """The cards naming these places, in the card grid (the search's place facet)."""
        self.session.set_facet("place", place_ids)
        self.session.show_view("cards")

    @property
    def numbers_page(self) -> FiguresView:
        """The collection's figures as charts, made the first time they are asked for (the
        plotting library is not even imported until then)."""
        if self._numbers is None:
            from explorer.ui.charts.figures_view import FiguresView

            page = FiguresView(self.store, self.language, self.pages)
            page.card_requested.connect(self.open_card)
            self.pages.addWidget(page)
            self._numbers = page
        return self._numbers

    @property
    def mine(self) -> MyCollection:
        """The reader's stars, collections and notes (read when first needed: a start does
        not need them)."""
        if self._my_collection is None:
            from explorer.store.my_collection import MyCollection

            self._my_collection = MyCollection(self.user.db)
        return self._my_collection

    @property
    def mine_page(self) -> MinePage:
        """My collection: the reader's stars, collections and notes."""
        if self._mine is None:
            from explorer.ui.mine.mine_page import MinePage

            page = MinePage(self.mine, self.store, self._kept_cards_found, self.pages)
            page.set_language(self.language)
            page.card_requested.connect(self.open_card)
            self.pages.addWidget(page)
            self._mine = page
        return self._mine

    def _kept_cards_found(self, query: str, cards: Sequence[str]) -> set[str] | None:
        """Which of ``cards`` the window's search finds for ``query``, to narrow My collection."""
        try:
            index = self.search_worker.loaded_index()
        except SearchUnavailable:
            return None
        return index.search(query).among(cards)

    def _card_keeping(self, card_id: str):
        """The row that keeps a card, on its page; none in a kiosk, where nothing of a
        visitor is kept (a kiosk's window is in touch mode, as the card page's cite and
        take-home buttons know it)."""
        from explorer.ui.widgets.touch_mode import in_touch_mode

        if in_touch_mode(self):
            return None
        from explorer.ui.mine.card_keeping import KeepingRows

        if self._keeping_rows is None:
            self._keeping_rows = KeepingRows(self.mine)
        keeping = self._keeping_rows.make(card_id)
        keeping.failed.connect(
            lambda error: self.show_notice(
                lambda: self.tr("Could not save to My collection (%1).").replace("%1", str(error))
            )
        )
        return keeping

    @property
    def quiz_page(self) -> QuizPage:
        """The quiz, made the first time it is asked for."""
        if self._quiz is None:
            from explorer.ui.quiz.quiz_page import QuizPage

            page = QuizPage(self.store, self.user, self.language, self.pages)
            page.card_requested.connect(self.open_card)
            self.pages.addWidget(page)
            self._quiz = page
        return self._quiz

    def _answer_now(self, asked: SearchState) -> SearchResult:
        try:
            index = self.search_worker.loaded_index()
        except SearchUnavailable:
            return SearchResult.awaited()  # the notice bar says why
        return index.search(asked.query, asked.filters())

    @property
    def index(self) -> SearchIndex:
        """The window's search index (waits for it to be loaded)."""
        return self.search_worker.loaded_index()

    @property
    def answered(self) -> bool:
        """Whether the window shows an answer yet (not before its index is loaded)."""
        return not self.session.answer.awaiting

    @property
    def language(self) -> str:
        return self.session.language

    def _send_intents(self) -> None:
        """Widgets tell the session what the person did."""
        session, bar = self.session, self.top_bar
        bar.search.textChanged.connect(lambda text: session.set_query(text, Pace.TYPING))
        bar.search.returnPressed.connect(self._search_entered)
        bar.back_button.clicked.connect(session.back)
        bar.forward_button.clicked.connect(session.forward)
        bar.language_changed.connect(session.set_language)
        bar.language_changed.connect(self.language_chosen)
        bar.import_button.clicked.connect(self.imports.choose_pack)
        self.rail.view_selected.connect(session.show_view)
        self.cards_page.category_filter.changed.connect(session.set_category)
        self.facet_panel.changed.connect(lambda: session.set_facets(self.facet_panel.filters()))
        self.facet_panel.clear_requested.connect(session.clear_filters)
        self.cards_page.active_filters.remove_requested.connect(self._remove_filter)
        self.cards_page.active_filters.clear_requested.connect(session.clear_filters)
        self.search_worker.finished.connect(self._answer_arrived)
        self.search_worker.unavailable.connect(self._search_unavailable)
        self.cards_page.card_activated.connect(self.open_card)
        self.cards_page.grid.selectionModel().currentChanged.connect(self._grid_current_changed)

    def _add_shortcuts(self) -> None:
        """The window's keys, made after its first paint: no key can be pressed before it,
        and PySide6 makes ``QKeySequence``'s enums (its ``StandardKey`` has 71 members) when
        the class is first used."""
        from PySide6.QtGui import QKeySequence, QShortcut

        session, bar = self.session, self.top_bar
        standard = QKeySequence.keyBindings
        for keys, slot in (
            ([*standard(QKeySequence.StandardKey.Back), QKeySequence("Alt+Left")], session.back),
            (
                [*standard(QKeySequence.StandardKey.Forward), QKeySequence("Alt+Right")],
                session.forward,
            ),
            (standard(QKeySequence.StandardKey.Find), bar.focus_search),
            (standard(QKeySequence.StandardKey.Open), self.imports.choose_pack),
            ([QKeySequence("Backspace")], self._backspace),
        ):
            shortcut = QShortcut(self)
            shortcut.setKeys(list({key.toString(): key for key in keys}.values()))
            shortcut.activated.connect(slot)

    def _follow_session(self) -> None:
        """Widgets show what the session holds."""
        session = self.session
        session.search_changed.connect(self._search_changed)
        session.answer_changed.connect(self._show_result)
        session.place_leaving.connect(self._keep_position)
        session.place_changed.connect(self._show)
        session.card_opened.connect(self.card_opened.emit)
        session.language_changed.connect(self._language_changed)
        session.selection_changed.connect(self._selection_changed)
        session.timeline_range_changed.connect(self._show_timeline_range)
        session.was_reset.connect(self._forget_scrolling)

    def _facets(self) -> list:
        place_names = {place.id: place for place in self.store.all_places()}

        def place_name(value) -> str:
            place = place_names.get(str(value))
            return pick(place.name, self.language)[0] if place else str(value)

        pack_titles = self.store.pack_titles()

        def collection_name(value) -> str:
            title = pack_titles.get(str(value))
            return pick(title, self.language)[0] if title else str(value)

        return [
            ("side", lambda: self.tr("Country"), side_name),
            ("kind", lambda: self.tr("Kind"), kind_name),
            ("place", lambda: self.tr("Place"), place_name),
            ("century", lambda: self.tr("Century"), century_name),
            ("decade", lambda: self.tr("Decade"), decade_name),
            ("collection", lambda: self.tr("Collection"), collection_name),
        ]

    def _show_filters_in_effect(self) -> None:
        categories = {c.id: c for c in self.cards_page.category_filter.categories}

        def category_name(key: str) -> str:
            category = categories.get(key)
            return pick(category.name, self.language)[0] if category else key

        shown = filters_in_effect(
            self.session.search, (self.tr("Category"), category_name), self.facet_panel.facets
        )
        self.cards_page.active_filters.show_filters(shown)

    def _remove_filter(self, key: tuple[str, object]) -> None:
        facet, value = key
        if facet == CATEGORY:
            self.session.set_category(None)
        else:
            self.session.set_facet(facet, self.session.search.facets.get(facet, set()) - {value})

    def apply_filter(self) -> None:
        """Answer the current request now, in the background (``_show_result`` shows it)."""
        self.search_timer.stop()
        self.search_worker.request(self.session.search, self._first_page_reader())

    def _first_page_reader(self) -> Callable[[SearchResult], FirstPage] | None:
        """What the search thread reads with an answer: its first page, and the text of the
        tiles on screen drawn, when the grid is shown."""
        if self.page_store is None:
            return None
        grid = self.cards_page.grid
        return partial(
            read_first_page,
            self.page_store,
            language=self.session.language,
            categories=self.model.categories,
            layers=grid.text_layers() if self.cards_page.isVisible() else None,
        )

    def _answer_arrived(self, result: SearchResult, asked: SearchState, first_page) -> None:
        self._first_page = (result, first_page) if first_page is not None else None
        first = self.session.answer.awaiting
        self.session.show_answer(result, asked)
        if first:
            QTimer.singleShot(0, _release_start_memory)

    def _search_unavailable(self, why: str) -> None:
        self.show_notice(
            lambda: self.tr("Search is unavailable: its index could not be read (%1).").replace(
                "%1", why
            )
        )

    def _search_changed(self, search: SearchState, pace: Pace) -> None:
        self.top_bar.show_query(search.query)
        category_filter = self.cards_page.category_filter
        if category_filter.current != search.category:
            category_filter.select(search.category, quietly=True)
        checked = {name: values for name, values in self.facet_panel.filters().items() if values}
        if checked != dict(search.facets):
            self.facet_panel.show_chosen(search.facets)
        self._show_filters_in_effect()
        if pace is Pace.TYPING:
            self.search_timer.start()
        elif pace is Pace.NOW:
            self.apply_filter()
        else:
            self.search_timer.stop()  # answered already: nothing to search for

    def _show_result(self, result: SearchResult, asked: SearchState) -> None:
        first_page = None
        if self._first_page is not None and self._first_page[0] is result:
            first_page = self._first_page[1]
        self._first_page = None
        self.cards_page.filtered = bool(asked.filters().selected())
        self.model.set_result(result, asked.query, first_page)
        if first_page is not None and first_page.language == self.model.language:
            self.cards_page.grid.delegate.offer_layers(first_page.layers)
        self.cards_page.category_filter.set_counts(result.facets.get("category", {}))
        counts = result.facets
        if len(counts.get("collection", {})) < 2:  # one pack: nothing to narrow to
            counts = {name: values for name, values in counts.items() if name != "collection"}
        self.facet_panel.set_counts(counts)
        self.facet_panel.clear_button.setEnabled(bool(asked.filters().selected()))
        filtered = bool(result.words) or bool(asked.filters().selected())
        self._timeline_answer = result if filtered else None
        if self._timeline is not None:
            self._timeline.set_filter(self._timeline_answer)
        if self._map is not None:
            self._map.set_filter(self._timeline_answer)

    def _search_entered(self) -> None:
        """Enter opens the best match at once, without waiting for the background search."""
        self.search_timer.stop()
        self.search_worker.cancel()
        self.session.search_entered()

    def _backspace(self) -> None:
        if not self.top_bar.search.hasFocus():
            self.session.back()

    def open_card(self, reference: str) -> None:
        """Open a card by its key (``pack:id``) or by a bare id (see ContentStore.resolve_card)."""
        self.session.open_card(reference)

    def _keep_position(self, place: Place) -> None:
        """Where the person is within the place they leave, which only its widgets know,
        kept in the session's history for Back and Forward."""
        position = None
        if place.card is not None and self._detail is not None:
            position = ReadingPosition(self._detail.verticalScrollBar().value())
        elif place.view == "timeline" and self._timeline is not None:
            position = self._timeline.reading_position()
        elif place.view == "cards":
            position = self.cards_page.reading_position()
        if position is not None:
            self.session.keep_position(position)

    def _show(self, place: Place) -> None:
        position = place.position
        if place.card is not None:
            self.detail.show_card(place.card)
            self.pages.setCurrentWidget(self.detail)
            if position is not None:
                self.detail.verticalScrollBar().setValue(position.scroll)
            self.detail.setFocus()
        elif place.view == "map":
            self.pages.setCurrentWidget(self.map_page)
            self.rail.check("map")
            self.map_page.view.setFocus()
        elif place.view == "collection":
            self.pages.setCurrentWidget(self.mine_page)
            self.rail.check("collection")
            self.mine_page.refresh()
            self.mine_page.cards.setFocus()
        elif place.view == "stories":
            self.pages.setCurrentWidget(self.stories_page)
            self.rail.check("stories")
            self.stories_page.focus_page()
        elif place.view == "numbers":
            self.pages.setCurrentWidget(self.numbers_page)
            self.rail.check("numbers")
            self.numbers_page.setFocus()
        elif place.view == "quiz":
            self.pages.setCurrentWidget(self.quiz_page)
            self.rail.check("quiz")
            self.quiz_page.take_focus()
        elif place.view == "timeline":
            self.pages.setCurrentWidget(self.timeline_page)
            self.rail.check("timeline")
            if position is not None:
                self.timeline_page.restore(position)
            self.timeline_page.view.setFocus()
        else:
            self.rail.check("cards")
            self.pages.setCurrentWidget(self.cards_page)
            self._select_in_grid(self.session.selection)
            if position is not None:
                self.cards_page.restore(position)
            self.cards_page.grid.setFocus()
        self.top_bar.back_button.setEnabled(self.session.history.can_go_back)
        self.top_bar.forward_button.setEnabled(self.session.history.can_go_forward)

    def _grid_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.session.select(self.model.card_id(current.row()))

    def _selection_changed(self, card: str | None) -> None:
        self._select_in_grid(card)
        if self._map is not None:
            self._map.set_selected_card(card)

    def _select_in_grid(self, card: str | None) -> None:
        row = self.model.row_of(card) if card else -1
        grid = self.cards_page.grid
        if row >= 0 and grid.currentIndex().row() != row:
            grid.setCurrentIndex(self.model.index(row))

    def _timeline_moved(self) -> None:
        first, last = self.timeline_page.view.visible_days()
        if first < last:  # not while the view has no width yet
            self.session.set_timeline_range((first, last))

    def _show_timeline_range(self, days: tuple[float, float] | None) -> None:
        if self._map is not None:
            self._map.set_period(days)
        if self._timeline is None:
            return  # a range is only ever set by the timeline itself
        view = self._timeline.view
        if days is None:
            self._timeline.reset()
        elif view.visible_days() != days:
            view.show_days(*days)

    def _forget_scrolling(self) -> None:
        """What only the widgets hold: scroll positions and the last card's page."""
        self.facet_panel.verticalScrollBar().setValue(0)
        if self._detail is not None:
            self._detail.forget()
        self.cards_page.grid.scrollToTop()
        self.cards_page.grid.setCurrentIndex(self.model.index(0))
        if self._map is not None:
            self._map.forget()
        if self._quiz is not None:
            self._quiz.forget()
        if self._stories is not None:
            self._stories.forget()
        from explorer.ui.widgets.take_home import close_take_home_panels

        close_take_home_panels(self)

    def reset_session(self, language: str, view: str) -> None:
        """Forget everything a visitor did: search, filters, history, open card, scroll,
        zoom and language, as if the window had just opened on ``view``."""
        self.search_worker.cancel()  # what the visitor asked for last is not shown
        self.session.reset(language, view)

    def limit_to(self, languages: tuple[str, ...], views: tuple[str, ...]) -> None:
        """Offer only ``languages`` and the rail's ``views``, and no importing (a kiosk)."""
        self.top_bar.keep_languages(languages)
        self.rail.show_only(views)
        self.imports.allow(False)

    def set_language(self, language: str) -> None:
        """Switch the interface and the cards to ``language`` while the app runs."""
        self.session.set_language(language)

    def _language_changed(self, language: str) -> None:
        self.switcher.apply(language)
        self.retranslate()
        self.model.set_language(language)
        if self._detail is not None:
            self._detail.set_language(language)
        if self._timeline is not None:
            self._timeline.set_language(language)
        if self._numbers is not None:
            self._numbers.set_language(language)
        if self._map is not None:
            self._map.set_language(language)
        if self._mine is not None:
            self._mine.set_language(language)
        if self._quiz is not None:
            self._quiz.set_language(language)
        if self._stories is not None:
            self._stories.set_language(language)
        self.cards_page.category_filter.set_language(language)
        self._show_filters_in_effect()
        self.top_bar.select_language(language)
        self.user.set_setting(LANGUAGE_SETTING, language)

    def show_notice(self, text: Notice) -> None:
        """Tell the person something at the top of the window, without stopping them; give
        a function rather than a text to have it follow the interface language."""
        self.notice_bar.add(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Italy–Kazakhstan Cultural Explorer"))
        self.notice_bar.retranslate()
        self.rail.retranslate()
        self.top_bar.retranslate()
        self.imports.bar.retranslate()
        self.cards_page.retranslate()
        self.facet_panel.retranslate()
        if self._timeline is not None:
            self._timeline.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keeping_rows is not None:
            self._keeping_rows.save()
        self.imports.wait()
        self.search_timer.stop()
        self.search_worker.stop()
        self.thumbnails.wait()
        if self.index_store is not self.store:
            self.index_store.close()
        if self.page_store is not None:
            self.page_store.close()
        super().closeEvent(event)

    def release_content(self) -> None:
        """Close the window and every connection it holds to the content database, so that
        the file can be replaced."""
        self.close()
        self.store.close()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.session.search.query:
            self.session.set_query("")
            self.top_bar.search.setFocus()
            return
        super().keyPressEvent(event)
