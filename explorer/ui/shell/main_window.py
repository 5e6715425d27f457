"""The main window: wires the rail, the top bar and the pages together; holds no data logic."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from explorer.domain.entities import pick
from explorer.domain.history import History
from explorer.store.content_store import ContentStore
from explorer.store.search_index import Filters, SearchIndex, SearchResult
from explorer.store.user_db import UserStore
from explorer.ui.cards.card_detail import CardDetail
from explorer.ui.cards.card_model import CardListModel
from explorer.ui.cards.cards_page import CardsPage
from explorer.ui.cards.facet_labels import century_name, decade_name, kind_name, side_name
from explorer.ui.cards.facet_panel import FacetPanel
from explorer.ui.cards.search_worker import SearchWorker
from explorer.ui.cards.thumbnail_loader import ThumbnailLoader
from explorer.ui.shell.language import LanguageSwitcher, offered_languages
from explorer.ui.shell.navigation_rail import NavigationRail
from explorer.ui.shell.notice_bar import Notice, NoticeBar
from explorer.ui.shell.top_bar import TopBar
from explorer.ui.timeline.timeline_page import TimelinePage

GRID = ("cards", None)
TIMELINE = ("timeline", None)
SEARCH_DELAY_MS = 180


class MainWindow(QMainWindow):
    card_opened = Signal(str)

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
        self.history: History[tuple[str, str | None]] = History(GRID)

        self.language = "en"
        # The one index of the window, on a connection of its own that the search thread
        # may use too (the index takes one call at a time).
        self.index_store = ContentStore.open(store.path, shared=True) if store.path else store
        self.index = SearchIndex.load(self.index_store.db)
        self.search_worker = SearchWorker(self.index, self)
        self.model = CardListModel(store, self.index.search(), thumbnails, self)
        self.rail = NavigationRail()
        self.notice_bar = NoticeBar()
        self.top_bar = TopBar(store.languages())
        self.facet_panel = FacetPanel(self._facets())
        self.cards_page = CardsPage(self.model, store.categories(), self.facet_panel)
        self.detail = CardDetail(store)
        self.timeline_page = TimelinePage(store)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.cards_page)
        self.pages.addWidget(self.detail)
        self.pages.addWidget(self.timeline_page)

        right = QWidget()
        right.setObjectName("page")
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.pages, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.notice_bar)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(right, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self._connect()
        self.cards_page.category_filter.set_counts(self.model.result.facets.get("category", {}))
        self.facet_panel.set_counts(self.model.result.facets)
        self.set_language(user.setting("content_language") or "en")
        self._show(GRID)

    def _connect(self) -> None:
        bar = self.top_bar
        bar.search.textEdited.connect(lambda _text: self.search_timer.start())
        bar.search.returnPressed.connect(self._search_entered)
        bar.back_button.clicked.connect(self.go_back)
        bar.forward_button.clicked.connect(self.go_forward)
        bar.language_changed.connect(self.set_language)
        self.rail.view_selected.connect(self.show_view)
        self.cards_page.category_filter.changed.connect(lambda _c: self.apply_filter())
        self.facet_panel.changed.connect(self.apply_filter)
        self.facet_panel.clear_requested.connect(self.clear_filters)
        self.search_worker.finished.connect(self._show_result)
        self.cards_page.card_activated.connect(self.open_card)
        self.detail.card_requested.connect(self.open_card)
        self.detail.swiped.connect(self.open_neighbour)
        self.timeline_page.card_requested.connect(self.open_card)
        standard = QKeySequence.keyBindings
        for keys, slot in (
            ([*standard(QKeySequence.StandardKey.Back), QKeySequence("Alt+Left")], self.go_back),
            (
                [*standard(QKeySequence.StandardKey.Forward), QKeySequence("Alt+Right")],
                self.go_forward,
            ),
            (standard(QKeySequence.StandardKey.Find), bar.focus_search),
            ([QKeySequence("Backspace")], self._backspace),
        ):
            shortcut = QShortcut(self)
            shortcut.setKeys(list({key.toString(): key for key in keys}.values()))
            shortcut.activated.connect(slot)

    def _facets(self) -> list:
        place_names = {place.id: place for place in self.store.all_places()}

        def place_name(value) -> str:
            place = place_names.get(str(value))
            return pick(place.name, self.language)[0] if place else str(value)

        return [
            ("side", lambda: self.tr("Country"), side_name),
            ("kind", lambda: self.tr("Kind"), kind_name),
            ("place", lambda: self.tr("Place"), place_name),
            ("century", lambda: self.tr("Century"), century_name),
            ("decade", lambda: self.tr("Decade"), decade_name),
        ]

    def _request(self) -> tuple[str, Filters]:
        category = self.cards_page.category_filter.current
        filters = Filters(category=[category] if category else [], **self.facet_panel.filters())
        return self.top_bar.search.text(), filters

    def apply_filter(self) -> None:
        """Search in the background; the answer arrives in ``_show_result``."""
        self.search_timer.stop()
        self.search_worker.request(*self._request())
        if self.history.current[0] == "card":
            self.show_grid()

    def clear_filters(self) -> None:
        """One click: every facet and the category back to all (the query stays)."""
        self.facet_panel.clear()
        self.cards_page.category_filter.select(None, quietly=True)
        self.apply_filter()

    def _show_result(self, result: SearchResult, query: str, filters: Filters) -> None:
        self.model.set_result(result, query)
        self.cards_page.category_filter.set_counts(result.facets.get("category", {}))
        self.facet_panel.set_counts(result.facets)
        self.facet_panel.clear_button.setEnabled(bool(filters.selected()))
        filtered = bool(result.words) or bool(filters.selected())
        self.timeline_page.set_filter(result.ids if filtered else None)

    def _search_entered(self) -> None:
        """Enter opens the best match at once, without waiting for the background search."""
        self.search_timer.stop()
        query, filters = self._request()
        self.search_worker.cancel()
        result = self.index.search(query, filters)
        self._show_result(result, query, filters)
        if len(result):
            self.open_card(result.card_id(0))

    def _backspace(self) -> None:
        if not self.top_bar.search.hasFocus():
            self.go_back()

    def open_card(self, reference: str) -> None:
        """Open a card by its key (``pack:id``) or by a bare id (see ContentStore.resolve_card)."""
        card_id = self.store.resolve_card(reference)
        if card_id is None:
            return
        if self.history.current == ("card", card_id):
            return
        self.history.visit(("card", card_id))
        self._show(self.history.current)
        self.card_opened.emit(card_id)

    def open_neighbour(self, step: int) -> None:
        """From an open card, the one ``step`` places along the current results."""
        card = self.detail.card
        row = self.model.row_of(card.id) if card else -1
        if row < 0 or not 0 <= row + step < self.model.rowCount():
            return
        self.open_card(self.model.card_id(row + step))

    def show_grid(self) -> None:
        self.show_view("cards")

    def show_view(self, view: str) -> None:
        entry = TIMELINE if view == "timeline" else GRID
        self.history.visit(entry)
        self._show(entry)

    def go_back(self) -> None:
        self._show(self.history.back())

    def go_forward(self) -> None:
        self._show(self.history.forward())

    def _show(self, entry: tuple[str, str | None]) -> None:
        view, card_id = entry
        if view == "card" and card_id is not None:
            self.detail.show_card(card_id)
            self.pages.setCurrentWidget(self.detail)
            self.detail.setFocus()
        elif view == "timeline":
            self.pages.setCurrentWidget(self.timeline_page)
            self.rail.buttons["timeline"].setChecked(True)
            self.timeline_page.view.setFocus()
        else:
            self.rail.buttons["cards"].setChecked(True)
            self.pages.setCurrentWidget(self.cards_page)
            last_card = self.detail.card.id if self.detail.card else None
            row = self.model.row_of(last_card) if last_card else -1
            if row >= 0:
                self.cards_page.grid.setCurrentIndex(self.model.index(row))
            self.cards_page.grid.setFocus()
        self.top_bar.back_button.setEnabled(self.history.can_go_back)
        self.top_bar.forward_button.setEnabled(self.history.can_go_forward)

    def reset_session(self, language: str, view: str) -> None:
        """Forget everything a visitor did: search, filters, history, open card, scroll,
        zoom and language, as if the window had just opened on ``view``."""
        self.search_timer.stop()
        self.search_worker.cancel()
        self.top_bar.search.setText("")  # unlike clear(), leaves nothing to undo
        self.facet_panel.clear()
        self.cards_page.category_filter.select(None, quietly=True)
        self._show_result(self.index.search(), "", Filters())
        self.facet_panel.verticalScrollBar().setValue(0)
        self.detail.forget()
        self.timeline_page.reset()
        self.cards_page.grid.scrollToTop()
        self.cards_page.grid.setCurrentIndex(self.model.index(0))
        self.set_language(language)
        self.history = History(TIMELINE if view == "timeline" else GRID)
        self._show(self.history.current)

    def set_language(self, language: str) -> None:
        """Switch the interface and the cards to ``language`` while the app runs."""
        if language not in offered_languages(self.store.languages()):
            language = "en"
        self.language = language
        self.switcher.apply(language)
        self.retranslate()
        self.model.set_language(language)
        self.detail.set_language(language)
        self.timeline_page.set_language(language)
        self.cards_page.category_filter.set_language(language)
        self.top_bar.select_language(language)
        self.user.set_setting("content_language", language)

    def show_notice(self, text: Notice) -> None:
        """Tell the person something at the top of the window, without stopping them; give
        a function rather than a text to have it follow the interface language."""
        self.notice_bar.add(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Italy–Kazakhstan Cultural Explorer"))
        self.notice_bar.retranslate()
        self.rail.retranslate()
        self.top_bar.retranslate()
        self.cards_page.retranslate()
        self.facet_panel.retranslate()
        self.timeline_page.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_timer.stop()
        self.search_worker.stop()
        self.thumbnails.wait()
        if self.index_store is not self.store:
            self.index_store.close()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.top_bar.search.text():
            self.top_bar.search.clear()
            self.apply_filter()
            self.top_bar.search.setFocus()
            return
        super().keyPressEvent(event)
