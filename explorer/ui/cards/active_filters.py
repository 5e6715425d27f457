"""The filters in effect, as chips above the results: pressing one removes its filter,
"Clear all" removes them all. The row shows only while a filter is in effect, so a value
checked out of sight never narrows the cards without saying so. The row is one Tab stop
(``RovingFocus``): the arrows move along its chips to "Clear all".
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSizePolicy, QWidget

from explorer.session.search_state import SearchState
from explorer.ui.shell.theme import text_scale
from explorer.ui.widgets.flow_layout import FlowLayout
from explorer.ui.widgets.plain_text import plain_button_text, plain_tooltip
from explorer.ui.widgets.roving_focus import RovingFocus

REMOVE_MARK = "✕"
CHIP_TEXT_WIDTH = 280
"""The most of a value a chip shows, at normal type: a longer one is elided there."""
CATEGORY = "category"
Facets = Sequence[tuple[str, Callable[[], str], Callable[[object], str]]]


@dataclass(frozen=True)
class ActiveFilter:
    """One filter in effect: ``key`` says which (given back to remove it), ``label`` what a
    person reads, e.g. "Country: Italy"."""

    key: Hashable
    label: str


def filters_in_effect(
    search: SearchState, category: tuple[str, Callable[[str], str]], facets: Facets
) -> list[ActiveFilter]:
    """The filters of ``search`` as chips name them: ``category`` is the heading of the
    category and its names, ``facets`` (name, heading, labeller) those of every facet, in
    the order the chips show them. A key is (facet or CATEGORY, value)."""
    shown = []
    if search.category is not None:
        heading, name = category
        shown.append(
            ActiveFilter((CATEGORY, search.category), f"{heading}: {name(search.category)}")
        )
    for facet, heading, labeller in facets:
        values = search.facets.get(facet, frozenset())
        for value in sorted(values, key=lambda value: (str(type(value)), value)):
            shown.append(ActiveFilter((facet, value), f"{heading()}: {labeller(value)}"))
    return shown


class ActiveFilters(QWidget):
    remove_requested = Signal(object)
    """The key of the filter to remove."""
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activeFilters")
        FlowLayout(self, spacing=6)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.filters: tuple[ActiveFilter, ...] = ()
        self.chips: list[QPushButton] = []
        self.title = QLabel(self)
        self.title.setObjectName("muted")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.layout().addWidget(self.title)
        self.clear_button = self._button("activeFilter")
        self.clear_button.clicked.connect(self.clear_requested)
        self.layout().addWidget(self.clear_button)
        self.keys = RovingFocus([self.clear_button], self)
        self.hide()
        self.retranslate()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Filters in effect"))
        self.title.setText(self.tr("Filters:"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setAccessibleName(self.tr("Remove every filter"))
        self.clear_button.setToolTip(self.tr("Remove every filter"))
        for chip, active in zip(self.chips, self.filters, strict=True):
            self._name(chip, active)

    def _name(self, chip: QPushButton, active: ActiveFilter) -> None:
        name = self.tr("Remove the filter %1").replace("%1", active.label)
        chip.setAccessibleName(name)
        chip.setToolTip(plain_tooltip(name))

    def show_filters(self, filters: Sequence[ActiveFilter]) -> None:
        """Show a chip for each filter of ``filters``, in their order. A chip holding the
        keyboard focus hands it to the chip now in its place (or, with none left, to the
        control before the row), so removing filters one after another takes one key each."""
        filters = tuple(filters)
        if filters == self.filters:
            return
        focus = QApplication.focusWidget()
        focused_at = self._focused_position(focus)
        layout = self.layout()
        for chip in self.chips:
            layout.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        layout.removeWidget(self.clear_button)
        self.filters = filters
        self.chips = []
        for active in filters:
            chip = self._button("activeFilter")
            label = chip.fontMetrics().elidedText(
                active.label,
                Qt.TextElideMode.ElideRight,
                round(CHIP_TEXT_WIDTH * text_scale(chip.font())),
            )  # a pack's value may be a sentence long: the whole of it is in the tooltip
            chip.setText(plain_button_text(f"{label}  {REMOVE_MARK}"))
            self._name(chip, active)
            chip.clicked.connect(lambda _=False, key=active.key: self.remove_requested.emit(key))
            layout.addWidget(chip)
            chip.show()  # now, not at the layout's next turn: it may take the focus at once
            self.chips.append(chip)
        layout.addWidget(self.clear_button)
        # New chips would come last in the window's Tab order: put them where the clear
        # button is, then the button after them.
        previous = self.clear_button
        for chip in [*self.chips, self.clear_button]:
            QWidget.setTabOrder(previous, chip)
            previous = chip
        self.keys.replace([*self.chips, self.clear_button])
        self.title.setMinimumHeight(self.clear_button.sizeHint().height())  # level with them
        if focused_at is not None:
            self._hand_on_focus(focused_at)
        self.setVisible(bool(filters))

    def _focused_position(self, focus: QWidget | None) -> int | None:
        if focus is self.clear_button:
            return len(self.chips)
        return self.chips.index(focus) if focus in self.chips else None

    def _hand_on_focus(self, position: int) -> None:
        if self.chips:
            self.chips[min(position, len(self.chips) - 1)].setFocus(Qt.FocusReason.TabFocusReason)
            return
        # Nothing left: the focus goes back to the control before the row.
        self.clear_button.setFocus(Qt.FocusReason.TabFocusReason)
        self.clear_button.focusPreviousChild()
