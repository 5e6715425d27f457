"""By the numbers: the collection's figures as charts, each naming its source and dates,
or the same figures as a table ("Show as table").

Figures of one theme and unit share a bar chart; a figure alone is a large number. Texts,
numbers and dates follow ``set_language``; everything is drawn again in the new language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import Figure, pick
from explorer.domain.wording import fill
from explorer.store.content_store import ContentStore
from explorer.ui.charts.bar_chart import Bar, BarChart, ChartLook
from explorer.ui.charts.chart_panel import ChartPanel
from explorer.ui.charts.chart_style import style_sheet
from explorer.ui.charts.figure_groups import FigureGroup, group_figures
from explorer.ui.charts.figure_text import (
    amount_text,
    caption_text,
    figure_date_text,
    locale_of,
    number_text,
)
from explorer.ui.charts.figures_table import FigureRow, FiguresTable
from explorer.ui.charts.number_panel import NumberPanel
from explorer.ui.shell.theme import PALETTE, font
from explorer.ui.widgets.touch_mode import in_touch_mode

COLUMNS = 3
"""Single numbers side by side; a chart takes the whole row."""
TOUCH_SCALE = 1.25


class FiguresView(QWidget):
    card_requested = Signal(str)

    def __init__(self, store: ContentStore, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.language = language
        self.figures = store.figures()
        self.categories = {category.id: category for category in store.categories()}
        cards = store.card_items(sorted({figure.card for figure in self.figures}), "en")
        self.groups = group_figures(
            self.figures,
            {card_id: item.category for card_id, item in cards.items()},
            list(self.categories),
        )
        sources = store.sources(sorted({figure.source for figure in self.figures}))
        self.sources = {source.id: source for source in sources}
        self.touch = in_touch_mode(self)
        self.panels: list[ChartPanel] = []
        self.charts: list[BarChart] = []
        self.numbers: list[NumberPanel] = []

        self.title_label = self._label("pageTitle")
        self.title_label.setFont(font(20, serif=True))
        self.intro_label = self._label("pageIntro")
        self.table_button = QPushButton()
        self.table_button.setObjectName("chip")
        self.table_button.setCheckable(True)
        self.table_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.table_button.toggled.connect(self.show_table)
        self.table_button.setEnabled(bool(self.figures))

        self.scroll = QScrollArea()
        self.scroll.setObjectName("chartScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.table = FiguresTable()
        self.table.card_requested.connect(self.card_requested)
        self.empty_label = self._label("emptyFigures")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.scroll, self.table, self.empty_label):
            self.stack.addWidget(page)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title_label)
        heading.addWidget(self.intro_label)
        bar = QHBoxLayout()
        bar.addLayout(heading, 1)
        bar.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 20, 12)
        layout.setSpacing(14)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._draw()

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    @property
    def scale(self) -> float:
        return TOUCH_SCALE if self.touch else 1.0

    def set_language(self, language: str) -> None:
        """Draw everything again in ``language`` (the translators of the interface are the
        app's: install them first)."""
        self.language = language
        self._draw()

    def showEvent(self, event) -> None:
        if in_touch_mode(self) != self.touch:  # put in a kiosk's window after it was made
            self.touch = not self.touch
            self._draw()
        super().showEvent(event)

    def show_table(self, as_table: bool) -> None:
        if not self.figures:
            return
        self.stack.setCurrentWidget(self.table if as_table else self.scroll)
        self._label_table_button()
        (self.table if as_table else self.scroll).setFocus()

    def _label_table_button(self) -> None:
        as_table = self.table_button.isChecked()
        text = self.tr("Show as charts") if as_table else self.tr("Show as table")
        self.table_button.setText(text)
        self.table_button.setAccessibleName(text)
        self.table_button.setToolTip(
            self.tr("Show the same figures as charts")
            if as_table
            else self.tr("Show the same figures as a table")
        )

    def _draw(self) -> None:
        self.setStyleSheet(style_sheet(self.scale))
        self.title_label.setText(self.tr("By the numbers"))
        self.intro_label.setText(
            self.tr("Figures from the collection's cards, each with its source and date")
        )
        if self.touch:
            self.table_button.setMinimumHeight(48)
        self._label_table_button()
        self.empty_label.setText(self.tr("This collection has no figures to chart."))
        self.table.retranslate()
        if not self.figures:
            self.stack.setCurrentWidget(self.empty_label)
            return
        self._draw_charts()
        self._fill_table()
        self.stack.setCurrentWidget(self.table if self.table_button.isChecked() else self.scroll)

    def _draw_charts(self) -> None:
        scroll_position = self.scroll.verticalScrollBar().value()
        grid_widget = QWidget()
        grid_widget.setObjectName("chartGrid")
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 4, 4)
        grid.setSpacing(16)
        self.panels, self.charts, self.numbers = [], [], []
        row = column = 0
        for group in self.groups:
            panel = self._panel(group)
            self.panels.append(panel)
            if group.single:
                grid.addWidget(panel, row, column)
                column += 1
                if column == COLUMNS:
                    row, column = row + 1, 0
            else:
                if column:
                    row, column = row + 1, 0
                grid.addWidget(panel, row, 0, 1, COLUMNS)
                row += 1
        for stretch_column in range(COLUMNS):
            grid.setColumnStretch(stretch_column, 1)
        grid.setRowStretch(row + 1, 1)
        self.scroll.setWidget(grid_widget)  # the old grid, with its panels, is deleted
        self.scroll.verticalScrollBar().setValue(scroll_position)

    def _panel(self, group: FigureGroup) -> ChartPanel:
        locale = locale_of(self.language)
        theme = self._theme(group)
        sources = [self.sources[s] for s in group.source_ids if s in self.sources]
        caption = caption_text(group.figures, sources, locale)
        if group.single:
            figure = group.figures[0]
            percentage = figure.unit_key == "%"  # "70.4%" reads as one, not a number and a word
            body = NumberPanel(
                figure.card,
                amount_text(figure.value, "%", locale)
                if percentage
                else number_text(figure.value, locale),
                "" if percentage else self._unit_of(figure),
                self._label_of(figure),
                self.scale,
            )
            body.clicked.connect(self.card_requested)
            self.numbers.append(body)
            title = theme
        else:
            bars = [
                Bar(
                    figure.card,
                    fill(
                        self.tr("%1 · %2", "a figure's label, its date"),
                        [self._label_of(figure), figure_date_text(figure, locale)],
                    ),
                    figure.value,
                    amount_text(figure.value, self._unit_of(figure), locale),
                )
                for figure in group.figures
            ]
            look = ChartLook(round(72 * self.scale), font(10 * self.scale), self._colour(group))
            body = BarChart(bars, locale, look)
            body.bar_clicked.connect(self.card_requested)
            self.charts.append(body)
            title = fill(
                self.tr("%1, in %2", "a theme, the unit of its numbers"),
                [theme, self._unit_of(group.figures[0])],
            )
        return ChartPanel(title, body, caption, _file_stem(group), self.touch)

    def _theme(self, group: FigureGroup) -> str:
        category = self.categories.get(group.category)
        return pick(category.name, self.language)[0] if category else self.tr("Figures")

    def _colour(self, group: FigureGroup) -> str:
        category = self.categories.get(group.category)
        return category.colour if category and category.colour else PALETTE.sky_deep

    def _label_of(self, figure: Figure) -> str:
        return pick(figure.label, self.language)[0]

    def _unit_of(self, figure: Figure) -> str:
        return pick(figure.unit, self.language)[0]

    def _fill_table(self) -> None:
        locale = locale_of(self.language)
        rows = []
        for group in self.groups:
            for figure in group.figures:
                source = self.sources.get(figure.source)
                rows.append(
                    FigureRow(
                        figure.card,
                        self._label_of(figure),
                        number_text(figure.value, locale),
                        self._unit_of(figure),
                        figure_date_text(figure, locale),
                        source.title if source else "",
                    )
                )
        self.table.set_rows(rows, round(40 * self.scale))


def _file_stem(group: FigureGroup) -> str:
    """A file name for the chart's picture, from its theme and unit."""
    words = re.sub(r"[^A-Za-z0-9]+", "-", f"{group.category} {group.unit}").strip("-").lower()
    return f"figures-{words}" if words else "figures"
