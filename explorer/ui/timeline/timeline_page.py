"""The Timeline page: toolbar, the zoomable timeline with its overview, or the list instead.

Layouts are made off the UI thread by a ``TimelineBuilder``, and only while the page is
shown: a search answered behind the grid costs the timeline nothing until it is opened.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import pick
from explorer.domain.timeline_events import TimelineEvent
from explorer.domain.timeline_lane_keys import lane_key, lane_order
from explorer.domain.timeline_layout import TimelineLayout
from explorer.domain.timeline_ticks import date_of_day
from explorer.session.session import ReadingPosition
from explorer.store.content_store import ContentStore
from explorer.store.search_result import SearchResult
from explorer.ui.cards.card_model import CardRole
from explorer.ui.timeline.timeline_builder import TimelineBuilder
from explorer.ui.timeline.timeline_geometry import EventText, LaneStyle
from explorer.ui.timeline.timeline_list import TimelineList, TimelineListModel
from explorer.ui.timeline.timeline_overview import TimelineOverview
from explorer.ui.timeline.timeline_sizes import DESKTOP, TOUCH
from explorer.ui.timeline.timeline_view import TimelineView
from explorer.ui.timeline.year_box import YearBox
from explorer.ui.widgets.date_text import span_text
from explorer.ui.widgets.touch_mode import in_touch_mode

DEFAULT_YEAR = "2025"


class TimelinePage(QWidget):
    card_requested = Signal(str)

    def __init__(self, store: ContentStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.language = "en"
        self.categories = store.categories()
        self.lanes = store.lanes()
        self.eras = store.eras()
        self.event_count = 0
        self.layout_failed = False
        sizes = TOUCH if in_touch_mode(self) else DESKTOP
        self.builder = TimelineBuilder(
            store,
            lane_order(self.lanes, self.categories),
            self.isVisible,
            self,
            gap_px=sizes.mark_gap_px,
        )
        self.builder.laid_out.connect(self._show_layout)
        self.builder.failed.connect(self._layout_failed)

        self.view = TimelineView(self._texts)
        self.view.setObjectName("timelineView")
        self.view.use_sizes(sizes)
        self.overview = TimelineOverview(self.view)
        self.list_model = TimelineListModel(self._texts, self)
        self.list = TimelineList(self.list_model)
        self.view.card_requested.connect(self.card_requested)
        self.list.card_requested.connect(self.card_requested)

        graphic = QWidget()
        graphic_layout = QVBoxLayout(graphic)
        graphic_layout.setContentsMargins(0, 0, 0, 0)
        graphic_layout.setSpacing(0)
        graphic_layout.addWidget(self.view, 1)
        graphic_layout.addWidget(self.overview)
        self.stack = QStackedWidget()
        self.stack.addWidget(graphic)
        self.stack.addWidget(self.list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 8, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.fit_button = self._button("")
        self.fit_button.clicked.connect(self.view.fit_all)
        self.zoom_out_button = self._button("−")
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.zoom_in_button = self._button("+")
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.year_box = YearBox(DEFAULT_YEAR)
        self.year_box.returnPressed.connect(self.go_to_year)
        self.view.window_changed.connect(self._follow_view)
        self.go_button = self._button("")
        self.go_button.clicked.connect(self.go_to_year)
        self.list_button = self._button("")
        self.list_button.setCheckable(True)
        self.list_button.toggled.connect(self.show_list)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        for widget in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.year_box)
        bar.addWidget(self.go_button)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.list_button)
        return bar

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("chip")
        # A narrow window squeezes the count, never a button's words.
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def retranslate(self) -> None:
        touch = in_touch_mode(self)  # no keyboard: no shortcuts in the hints
        for button, text, tip, name in (
            (
                self.fit_button,
                self.tr("Fit all"),
                self.tr("Show the whole timeline")
                if touch
                else self.tr("Show the whole timeline (Home)"),
                None,
            ),
            (
                self.zoom_out_button,
                None,
                self.tr("Zoom out") if touch else self.tr("Zoom out (−)"),
                self.tr("Zoom out"),
            ),
            (
                self.zoom_in_button,
                None,
                self.tr("Zoom in") if touch else self.tr("Zoom in (+)"),
                self.tr("Zoom in"),
            ),
            (
                self.go_button,
                self.tr("Go to year"),
                self.tr("Centre the timeline on this year"),
                None,
            ),
        ):
            if text is not None:
                button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(name or text)
        self.year_box.setAccessibleName(self.tr("Year to go to"))
        self.year_box.setToolTip(self.tr("A year; negative for BC"))
        self.list_button.setToolTip(self.tr("Show the same events as a list"))
        self._label_list_button()
        self._label_count()
        self.overview.retranslate()
        self.list.retranslate()
        self.view.retranslate()

    def _label_list_button(self) -> None:
        as_list = self.list_button.isChecked()
        text = self.tr("Show as timeline") if as_list else self.tr("Show as list")
        self.list_button.setText(text)
        self.list_button.setAccessibleName(text)

    def reset(self) -> None:
        """Back to the first view: the whole timeline, every lane open, nothing chosen."""
        self.list_button.setChecked(False)
        self.list.scrollToTop()
        self.list.setCurrentIndex(QModelIndex())
        self.view.reset()
        if self.isVisible():
            self._follow_view()
        else:
            self.year_box.setText(DEFAULT_YEAR)  # as when first made; it follows once shown

    def reading_position(self) -> ReadingPosition:
        """The days shown, the event chosen (or the list's current one) and how far down
        the lanes or the list are scrolled."""
        days = self.view.visible_days() if self.view.layout_ is not None else None
        if self.list_button.isChecked():
            current = self.list.currentIndex()
            item = current.data(CardRole.Id) if current.isValid() else None
            return ReadingPosition(self.list.verticalScrollBar().value(), item, days)
        return ReadingPosition(self.view.verticalScrollBar().value(), self.view.selected_id, days)

    def restore(self, position: ReadingPosition) -> None:
        """Show the timeline as ``position`` says, as far as the events shown allow."""
        if position.days is not None:
            self.view.show_exactly(*position.days)
        if self.list_button.isChecked():
            layout = self.view.layout_
            row = layout.position_of(position.item) if layout and position.item else None
            if row is not None:
                self.list.setCurrentIndex(self.list_model.index(row))
            self.list.verticalScrollBar().setValue(position.scroll)
        else:
            self.view.choose(position.item)
            self.view.verticalScrollBar().setValue(position.scroll)

    def go_to_year(self) -> None:
        year = self.year_box.year()
        if year is None:
            return
        self.year_box.setModified(False)  # gone to: the box follows the view again
        self.view.go_to_year(year or 1)

    def _follow_view(self) -> None:
        self.year_box.follow(date_of_day(round(self.view.centre_day()))[0])

    def show_list(self, as_list: bool) -> None:
        self.stack.setCurrentIndex(1 if as_list else 0)
        for control in (
            self.fit_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.year_box,
            self.go_button,
        ):
            control.setEnabled(not as_list)
        self._label_list_button()
        (self.list if as_list else self.view).setFocus()

    def set_filter(self, answer: SearchResult | None) -> None:
        """Show only the events of the cards of a search ``answer`` (None: every dated card).

        Noting the answer is all it costs here: it is laid out when the page is shown, off
        the UI thread unless the collection is small (``TimelineBuilder``), and the layout on
        screen stays until the new one is ready.
        """
        self.builder.want(answer)
        if self.isVisible():
            self._lay_out()

    @property
    def wanted(self) -> SearchResult | None:
        """The answer whose cards the timeline shows, or will when shown (None: all)."""
        return self.builder.wanted

    @property
    def all_events(self) -> Sequence[TimelineEvent]:
        """Every dated card as the timeline sees it (read again if not laid out yet)."""
        events = self.builder.events
        return events if events is not None else self.store.timeline_events()

    def showEvent(self, event) -> None:
        self._lay_out()
        if self.view.layout_ is not None:
            self._follow_view()
        super().showEvent(event)

    def _lay_out(self) -> None:
        self.builder.lay_out()
        self._label_count()

    def _show_layout(self, layout: TimelineLayout) -> None:
        self.layout_failed = False
        self.view.set_layout(layout, self._lane_styles(), self.eras)
        self.list_model.set_events(layout.ordered)
        self.event_count = len(layout)
        self._label_count()

    def _layout_failed(self, _message: str) -> None:
        self.layout_failed = self.view.layout_ is None
        self._label_count()

    def _label_count(self) -> None:
        """The number of cards shown; until there is a layout, why there is none."""
        if self.view.layout_ is not None:
            text = self.tr("%n dated card(s)", "", self.event_count)
        elif self.builder.busy:
            text = self.tr("Laying out the timeline…")
        elif self.layout_failed:
            text = self.tr("The timeline could not be laid out.")
        else:
            text = ""
        self.count_label.setText(text)

    def set_language(self, language: str) -> None:
        self.language = language
        self.view.language = language
        self.view.lane_styles = self._lane_styles()
        self.view.set_text_source(self._texts)
        self.list_model.set_text_source(self._texts)

    def _lane_styles(self) -> dict[str, LaneStyle]:
        """The name and colour of every lane: the packs' own lanes and the categories."""
        language = self.language
        styles = {c.id: LaneStyle(pick(c.name, language)[0], c.colour) for c in self.categories}
        for lane in self.lanes:
            styles[lane_key(lane.id)] = LaneStyle(pick(lane.name, language)[0], lane.colour)
        return styles

    def _texts(self, ids: Sequence[str]) -> dict[str, EventText]:
        items = self.store.card_items(ids, self.language)
        return {
            card_id: EventText(item.title, span_text(item.start, item.end))
            for card_id, item in items.items()
        }
