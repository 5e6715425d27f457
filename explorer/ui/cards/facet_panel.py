"""The "Refine" column beside the cards: facets with live counts that narrow the results.

Each facet lists its values with how many cards the current search would show if that value
were chosen; values with no cards are hidden unless chosen. "Clear filters" resets them all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.widgets.plain_text import plain_button_text, plain_tooltip

FacetKey = str | int
Labeller = Callable[[FacetKey], str]
Heading = Callable[[], str]


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
        self.setFixedWidth(280)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facets = facets
        self.selected: dict[str, set[FacetKey]] = {name: set() for name, _, _ in facets}
        self.boxes: dict[str, dict[FacetKey, QCheckBox]] = {}
        self._counts: dict[str, Mapping[FacetKey, int]] = {}
        self.setWidget(self._build())
        self.retranslate()

    def _build(self) -> QWidget:
        body = QWidget()
        body.setObjectName("facetBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(4, 4, 12, 12)
        self.column.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.column.addWidget(self.title)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("chip")
        self.clear_button.clicked.connect(self.clear_requested)
        self.clear_button.setEnabled(False)
        self.column.addWidget(self.clear_button)
        self.sections: dict[str, QVBoxLayout] = {}
        self.headings: dict[str, QLabel] = {}
        for name, _heading, _labeller in self.facets:
            label = QLabel()
            label.setObjectName("eyebrow")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.column.addSpacing(10)
            self.column.addWidget(label)
            section = QVBoxLayout()
            section.setSpacing(0)
            self.column.addLayout(section)
            self.sections[name] = section
            self.headings[name] = label
            self.boxes[name] = {}
        self.column.addStretch(1)
        return body

    def retranslate(self) -> None:
        """Headings and buttons in the current language; values follow with set_counts."""
        self.setAccessibleName(self.tr("Refine the results"))
        self.title.setText(self.tr("Refine"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        for name, heading, _labeller in self.facets:
            self.headings[name].setText(heading().upper())
        self.set_counts(self._counts)

    def filters(self) -> dict[str, frozenset[FacetKey]]:
        return {name: frozenset(values) for name, values in self.selected.items()}

    def clear(self) -> None:
        """Forget every choice (without asking for a new search: the caller does that)."""
        for values in self.selected.values():
            values.clear()
        self.set_counts(self._counts)

    def set_counts(self, counts: Mapping[str, Mapping[FacetKey, int]]) -> None:
        """Show ``counts`` (per facet, per value); chosen values stay even at zero.

        Boxes are kept and updated rather than rebuilt, so keyboard focus and screen-reader
        position survive every search answer.
        """
        self._counts = counts
        for name, _heading, labeller in self.facets:
            values = counts.get(name, {})
            boxes = self.boxes[name]
            keys = [*values, *(k for k in self.selected[name] if k not in values)]
            for key in keys:
                box = boxes.get(key) or self._add_box(name, key)
                count = values.get(key, 0)
                label = labeller(key)
                box.blockSignals(True)
                box.setChecked(key in self.selected[name])
                box.blockSignals(False)
                box.setText(plain_button_text(f"{label}  ·  {QLocale().toString(count)}"))
                box.setToolTip(plain_tooltip(label))
                box.setAccessibleName(self.tr("%1, %n card(s)", "", count).replace("%1", label))
                box.setVisible(count > 0 or key in self.selected[name])
            for key, box in boxes.items():
                if key not in values and key not in self.selected[name]:
                    box.hide()
            self.headings[name].setVisible(any(not box.isHidden() for box in boxes.values()))

    def _add_box(self, name: str, key: FacetKey) -> QCheckBox:
        box = QCheckBox()
        box.setObjectName("facet")
        box.toggled.connect(lambda on: self._toggled(name, key, on))
        self.sections[name].addWidget(box)
        self.boxes[name][key] = box
        return box

    def _toggled(self, name: str, key: FacetKey, on: bool) -> None:
        (self.selected[name].add if on else self.selected[name].discard)(key)
        self.changed.emit()

    def count_text(self, name: str, key: FacetKey) -> str:
        """The text shown for a value (its name and count), as a person reads it."""
        box = self.boxes.get(name, {}).get(key)
        return box.text().replace("&&", "&") if box else ""
