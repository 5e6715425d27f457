"""The "Refine" column beside the cards: facets with live counts that narrow the results.

Each facet lists the values the current search has cards for, with how many cards choosing
one would show; chosen values stay even at zero. "Clear filters" resets them all. Each facet
is one list (``FacetList``), so one Tab stop: the arrows move within it and Space checks.

Every search answer brings new counts; each facet's rows follow at once, and only the rows
on screen are painted again, however many values the collection has.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from explorer.ui.cards.facet_values import FacetKey, FacetValues, Labeller
from explorer.ui.shell.theme import text_scale

if TYPE_CHECKING:
    from explorer.ui.cards.facet_list import FacetList

Heading = Callable[[], str]

PANEL_WIDTH = 280
"""At the base type; the column widens with larger type (the kiosk's), so that its longest
values still fit beside its scroll bar."""


class FacetPanel(QScrollArea):
    changed = Signal()
    clear_requested = Signal()

    def __init__(self, facets: list[tuple[str, Heading, Labeller]], parent: QWidget | None = None):
        """``facets``: (name, heading, labeller) in display order; both give text in the
        current language when called."""
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(PANEL_WIDTH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its lists take the focus, a facet each
        self.facets = facets
        self._counts: Mapping[str, Mapping[FacetKey, int]] = {}
        self.setWidget(self._build())
        self.retranslate()

    def _build(self) -> QWidget:
        body = QWidget()
        body.setObjectName("facetBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 12, 12)
        column.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.title)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("chip")
        self.clear_button.clicked.connect(self.clear_requested)
        self.clear_button.setEnabled(False)
        column.addWidget(self.clear_button)
        self.headings: dict[str, QLabel] = {}
        self.more: dict[str, QLabel] = {}
        """Under a facet's list, how many of its values are left out (see ``MOST_SHOWN``)."""
        self.values: dict[str, FacetValues] = {}
        self.lists: dict[str, FacetList] = {}
        """A facet's list, made when it first has values (a start draws the window without)."""
        for name, _heading, labeller in self.facets:
            heading = QLabel()
            heading.setObjectName("eyebrow")
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.hide()
            values = FacetValues(labeller, self)
            values.toggled.connect(self._toggled)
            more = QLabel()
            more.setObjectName("muted")
            more.setTextFormat(Qt.TextFormat.PlainText)
            more.setWordWrap(True)
            more.hide()
            column.addSpacing(10)
            column.addWidget(heading)
            column.addWidget(more)
            self.headings[name], self.more[name], self.values[name] = heading, more, values
        column.addStretch(1)
        self.column = column
        return body

    def _list_of(self, name: str) -> FacetList:
        """The list of facet ``name``, made below its heading the first time it is needed,
        and put in the Tab order after the facets above it."""
        values_list = self.lists.get(name)
        if values_list is not None:
            return values_list
        from explorer.ui.cards.facet_list import FacetList

        values_list = self.lists[name] = FacetList(self.values[name])
        values_list.hide()
        values_list.setAccessibleName(self._heading_of(name))
        values_list.current_moved.connect(partial(self._scroll_to, values_list))
        self.column.insertWidget(self.column.indexOf(self.headings[name]) + 1, values_list)
        names = [facet for facet, _, _ in self.facets]
        above = reversed(names[: names.index(name)])
        previous = next((self.lists[facet] for facet in above if facet in self.lists), None)
        previous = previous or self.clear_button
        QWidget.setTabOrder(previous, values_list)  # Tab goes down the column, as it is read
        return values_list

    def _heading_of(self, name: str) -> str:
        return next(heading for facet, heading, _ in self.facets if facet == name)()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setFixedWidth(round(PANEL_WIDTH * text_scale(self.font())))

    def retranslate(self) -> None:
        """Headings, buttons and values in the current language."""
        self.setAccessibleName(self.tr("Refine the results"))
        self.title.setText(self.tr("Refine"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        for name, heading, labeller in self.facets:
            self.headings[name].setText(heading().upper())
            if name in self.lists:
                self.lists[name].setAccessibleName(heading())
            self.values[name].labeller = labeller
            self.values[name].relabel()
            self._say_more(name)

    def filters(self) -> dict[str, frozenset[FacetKey]]:
        return {name: frozenset(values.chosen) for name, values in self.values.items()}

    def clear(self) -> None:
        """Forget every choice (without asking for a new search: the caller does that)."""
        self.show_chosen({})

    def show_chosen(self, chosen: Mapping[str, frozenset[FacetKey]]) -> None:
        """Check exactly the values of ``chosen`` (the others unchecked), without asking for
        a new search: the caller does that."""
        for name, values in self.values.items():
            values.choose(chosen.get(name, ()))
        self.set_counts(self._counts)

    def set_counts(self, counts: Mapping[str, Mapping[FacetKey, int]]) -> None:
        """Show ``counts`` (per facet, per value); chosen values stay even at zero."""
        self._counts = counts
        for name, values in self.values.items():
            values.show(counts.get(name, {}))
            if values.rowCount() or name in self.lists:
                self._list_of(name).fit()
            heading = self.headings[name]
            if heading.isHidden() == bool(values.rowCount()):
                heading.setVisible(bool(values.rowCount()))
            self._say_more(name)

    def _say_more(self, name: str) -> None:
        more, left_out = self.more[name], self.values[name].more
        if left_out:
            more.setText(self.tr("%n more with fewer cards: search finds them", "", left_out))
        if more.isHidden() == bool(left_out):
            more.setVisible(bool(left_out))

    def _toggled(self, _key: FacetKey, _on: bool) -> None:
        self.changed.emit()

    def _scroll_to(self, values_list: FacetList, row: QRect) -> None:
        """A value the keyboard moved to is scrolled into sight."""
        top_left = values_list.mapTo(self.widget(), row.topLeft())
        self.ensureVisible(top_left.x(), top_left.y() + row.height() // 2, 0, row.height())
