"""The card grid with its category chips, the filters in effect and a line saying how many
cards are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import Category
from explorer.session.session import ReadingPosition
from explorer.ui.cards.active_filters import ActiveFilters
from explorer.ui.cards.card_delegate import CardDelegate
from explorer.ui.cards.card_model import CardListModel, CardRole
from explorer.ui.cards.category_filter import CategoryFilter
from explorer.ui.cards.facet_panel import FacetPanel, Heading
from explorer.ui.cards.facet_values import Labeller
from explorer.ui.cards.tile_geometry import MIN_CARD_WIDTH, card_size
from explorer.ui.shell.theme import text_scale
from explorer.ui.widgets.touch_mode import in_touch_mode

if TYPE_CHECKING:
    from explorer.ui.cards.tile_text import TextLayers


class CardGrid(QListView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSpacing(0)
        self.setMouseTracking(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.delegate = CardDelegate(self)
        self.delegate.text_waiting.connect(lambda: self.viewport().update())
        self.setItemDelegate(self.delegate)
        self._tiles_expected = False
        self.retranslate()

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.expect_tiles)
        model.rowsInserted.connect(self.expect_tiles)
        if model.rowCount():
            self.expect_tiles()

    def expect_tiles(self) -> None:
        """Fit the columns, now and from now on: tiles are coming. Until then the grid is
        empty (the window's first picture is drawn before its first answer) and asks its
        style nothing."""
        self._tiles_expected = True
        self._fit_columns()

    def text_layers(self) -> TextLayers:
        """How the tiles' text will be drawn, for an answer's first screenful drawn ahead."""
        self.expect_tiles()
        return self.delegate.text_layers(self)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Cards"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def _wrap_width(self) -> int:
        """The width the list wraps at: the viewport without scroll bars, less the scroll bar
        it reserves, less a pixel (a tile ending exactly at the edge wraps)."""
        # Imported here: making PySide6's QStyle (its many enums) costs a start ~15 ms.
        from PySide6.QtWidgets import QStyle

        bar = self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self.verticalScrollBar()
        )
        return self.maximumViewportSize().width() - bar - 1

    def _fit_columns(self) -> None:
        """Share the width evenly between as many columns as fit, so the grid fills it."""
        if not self._tiles_expected:
            return
        width = self._wrap_width()
        columns = max(1, width // MIN_CARD_WIDTH)
        size = card_size(max(MIN_CARD_WIDTH, width // columns), text_scale(self.font()))
        if size != self.gridSize():
            self.delegate.size = size
            self.setGridSize(size)
        self.delegate.keep_for(self.viewport().size())


class CardsPage(QWidget):
    card_activated = Signal(str)

    def __init__(
        self,
        model: CardListModel,
        categories: list[Category],
        facets: list[tuple[str, Heading, Labeller]],
        parent: QWidget | None = None,
    ):
        """``facets``: the Refine column's (see ``FacetPanel``)."""
        super().__init__(parent)
        self.setObjectName("page")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 8, 20, 0)
        layout.setSpacing(10)
        self.category_filter = CategoryFilter(categories, self)
        layout.addWidget(self.category_filter)
        self.active_filters = ActiveFilters(self)
        layout.addWidget(self.active_filters)
        self.filtered = False
        """Whether the answer shown was narrowed by a filter (not only by words)."""
        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        self.sheet_button = QPushButton(self)
        self.sheet_button.setObjectName("studySheetButton")
        self.sheet_button.clicked.connect(self.save_study_sheet)
        self.sheet_saver = None
        count_row.addWidget(self.sheet_button)
        layout.addLayout(count_row)
        self.grid = CardGrid(self)
        self.grid.setModel(model)
        self.grid.activated.connect(self._activated)
        self.grid.clicked.connect(self._activated)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facet_panel = facet_panel = FacetPanel(facets, self)
        results = QHBoxLayout()
        results.setSpacing(12)
        results.addWidget(self.grid, 1)
        results.addWidget(self.empty_label, 1)
        results.addWidget(facet_panel)
        layout.addLayout(results, 1)
        # The Refine column before the grid (its lists follow its clear button).
        QWidget.setTabOrder(facet_panel.clear_button, self.grid)
        # What to do with the cards comes after them.
        QWidget.setTabOrder(self.grid, self.sheet_button)
        model.modelReset.connect(self.update_count)
        self._name_sheet_button()
        self.update_count()

    def reading_position(self) -> ReadingPosition:
        """How far down the grid is scrolled and its current card."""
        current = self.grid.currentIndex()
        item = self.model.card_id(current.row()) if current.isValid() else None
        return ReadingPosition(self.grid.verticalScrollBar().value(), item)

    def restore(self, position: ReadingPosition) -> None:
        """Scroll and choose as ``position`` says, as far as the cards shown allow."""
        row = self.model.row_of(position.item) if position.item else -1
        if row >= 0:
            self.grid.setCurrentIndex(self.model.index(row))
        self.grid.verticalScrollBar().setValue(position.scroll)

    def _activated(self, index) -> None:
        self.card_activated.emit(index.data(CardRole.Id))

    def save_study_sheet(self) -> None:
        """A PDF of the cards shown (the first ``MAX_CARDS``), where the person chooses."""
        if self.sheet_saver is None:
            from explorer.ui.print.sheet_action import StudySheetSaver  # on demand only

            self.sheet_saver = StudySheetSaver(self, self.model.store)
            self.sheet_saver.busy.connect(lambda busy: self.sheet_button.setEnabled(not busy))
        query = self.model.query.strip()
        title = self.tr("Search: %1").replace("%1", query) if query else self.tr("Cards")
        self.sheet_saver.save(
            self.model.ids(),
            title=title,
            language=self.model.language,
            subtitle=self.count_label.text(),
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._offer_sheet()

    def _offer_sheet(self) -> None:
        """A sheet is for a reader's own study, not for an exhibit's visitors."""
        self.sheet_button.setVisible(not in_touch_mode(self) and self.model.rowCount() > 0)

    def _name_sheet_button(self) -> None:
        self.sheet_button.setText(self.tr("Study sheet (PDF)…"))
        self.sheet_button.setAccessibleName(self.tr("Save the cards shown as a study sheet (PDF)"))

    def retranslate(self) -> None:
        self._name_sheet_button()
        self.grid.retranslate()
        self.category_filter.retranslate()
        self.active_filters.retranslate()
        self.update_count()

    def hideEvent(self, event) -> None:
        """Out of sight (another view, or the window hidden), the grid lets go of its drawn
        text and pictures; a grid hidden for an answer with no card keeps them."""
        super().hideEvent(event)
        self.grid.delegate.forget_drawn()

    def update_count(self) -> None:
        if self.model.result.awaiting:  # the first answer is on its way: say nothing yet
            self.count_label.clear()
            self.empty_label.hide()
            return
        count = self.model.rowCount()
        query = self.model.query.strip()
        if query:
            text = self.tr("%n card(s) match “%1”", "", count).replace("%1", query)
        else:
            text = self.tr("%n card(s)", "", count)
        if self.filtered:
            text = self.tr("%1 · filtered").replace("%1", text)
        self.count_label.setText(text)
        empty = count == 0
        self._offer_sheet()
        # The one going is hidden first: shown beside each other for a moment, the two would
        # share the width, and the grid would lay out every card at half its width and back.
        going, coming = (self.grid, self.empty_label) if empty else (self.empty_label, self.grid)
        going.hide()
        coming.show()
        if empty:
            self.empty_label.setText(
                self.tr("No card matches. Try fewer letters, or clear the filters.")
            )
        elif self.grid.currentIndex().row() < 0 or not self.grid.currentIndex().isValid():
            self.grid.setCurrentIndex(self.model.index(0))
