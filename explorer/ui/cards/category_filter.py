"""A row of category chips; choosing one narrows the cards, choosing "All" or the chosen
chip again clears it. The row is one Tab stop; arrows move along it (``RovingFocus``).

Every search answer brings new counts: a chip is relabelled only when its text changes, and
its colours, which never change, are set once. A chip keeps room for the widest count it has
shown, so that counts changing while a person types never change the chips' widths, nor so
the number of rows they wrap into.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from explorer.domain.entities import Category, pick
from explorer.ui.shell.theme import PALETTE, focus_ring_on
from explorer.ui.widgets.flow_layout import FlowLayout
from explorer.ui.widgets.plain_text import plain_button_text
from explorer.ui.widgets.roving_focus import RovingFocus


class CategoryFilter(QWidget):
    changed = Signal(object)

    def __init__(self, categories: list[Category], parent: QWidget | None = None):
        super().__init__(parent)
        self.categories = categories
        layout = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str | None, QPushButton] = {}
        self._labels: dict[str | None, str] = {}
        for category in [None, *categories]:
            button = QPushButton(self)
            button.setObjectName("chip")
            button.setCheckable(True)
            button.setStyleSheet(self._style(category.colour if category else PALETTE.ink))
            button.clicked.connect(lambda _=False, c=category: self._chosen(c))
            self.group.addButton(button)
            self.buttons[category.id if category else None] = button
            layout.addWidget(button)
        self.buttons[None].setChecked(True)
        self._chosen_id: str | None = None
        self.keys = RovingFocus(list(self.buttons.values()), self)
        self.counts: dict[str, int] = {}
        self._widest_count = ""  # the widest count shown so far, as written
        self.set_language("en")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._labels:
            self._keep_room()  # the chips' widths follow their type

    def set_language(self, language: str) -> None:
        self.language = language
        self._relabel()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Show how many cards each category would give with the current search."""
        self.counts = dict(counts)
        self._relabel()

    def retranslate(self) -> None:
        self._labels.clear()
        self._widest_count = ""
        self._relabel()

    def _relabel(self) -> None:
        self.setAccessibleName(self.tr("Categories"))
        metrics = self.buttons[None].fontMetrics()
        widest = self._widest_count
        for count in self.counts.values():
            number = QLocale().toString(count)
            if metrics.horizontalAdvance(number) > metrics.horizontalAdvance(self._widest_count):
                self._widest_count = number
        relabelled = widest != self._widest_count
        for category in [None, *self.categories]:
            key = category.id if category else None
            if category is None:
                label = self.tr("All")
            else:
                name = pick(category.name, self.language)[0]
                count = self.counts.get(category.id)
                number = QLocale().toString(count) if count is not None else ""
                label = f"{name}  {number}" if number else name
            if self._labels.get(key) == label:
                continue
            relabelled = True
            self._labels[key] = label
            button = self.buttons[key]
            button.setText(plain_button_text(label))
            button.setAccessibleName(self.tr("Show category %1").replace("%1", label))
        if relabelled:  # otherwise every chip keeps the room it has (asking costs each answer)
            self._keep_room()

    def _keep_room(self) -> None:
        """Each chip at least as wide as it would be with the widest count shown so far."""
        for category in self.categories:
            button = self.buttons[category.id]
            metrics = button.fontMetrics()
            name = pick(category.name, self.language)[0]
            widest = f"{name}  {self._widest_count}" if self._widest_count else name
            extra = metrics.horizontalAdvance(widest) - metrics.horizontalAdvance(
                self._labels[category.id]
            )
            room = button.sizeHint().width() + max(0, extra)
            if button.minimumWidth() != room:
                button.setMinimumWidth(room)

    @staticmethod
    def _style(colour: str) -> str:
        return (
            f"QPushButton#chip:checked {{ background: {colour}; color: white; "
            f"border-color: {colour}; }}"
            f"QPushButton#chip:checked:focus {{ border: 3px solid {focus_ring_on(colour)}; }}"
        )

    @property
    def current(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def select(self, category_id: str | None, *, quietly: bool = False) -> None:
        self.buttons[category_id].setChecked(True)
        self._chosen_id = category_id
        if not quietly:
            self.changed.emit(category_id)

    def _chosen(self, category: Category | None) -> None:
        key = category.id if category else None
        if key is not None and key == self._chosen_id:
            key = None  # the chosen chip pressed again: every category
        self.select(key)
