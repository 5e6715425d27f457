"""The "Refine" column beside the cards: facets with live counts that narrow the results.

Each facet lists its values with how many cards the current search would show if that value
were chosen; values with no cards are hidden unless chosen. "Clear filters" resets them all.
Each facet is one Tab stop (``RovingFocus``): Tab enters it at the box that last had the
focus, the arrows (and Home and End) move among its boxes, Space checks one, and the next
Tab goes on to the next facet.

Every search answer brings new counts. A box is touched only where its count, label, check
or visibility changed, and in a long column only the boxes on screen are updated with the
answer (AT_ONCE of them at most), the rest in the next turns of the event loop: showing,
hiding or relabelling hundreds of boxes at once would cost the UI thread tens of
milliseconds.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.shell.theme import text_scale
from explorer.ui.widgets.plain_text import plain_button_text, plain_tooltip
from explorer.ui.widgets.roving_focus import RovingFocus

FacetKey = str | int
BULK_CHANGES = 8
"""More boxes than this to show or hide in a facet are changed out of sight, all at once."""
LAZY_BOXES = 120
"""In a column of more boxes than this, those out of sight are updated after the answer,
BATCH at each turn of the event loop: most of a long column is out of sight."""
BATCH = 40
AT_ONCE = 60
"""At most this many values are updated with the answer itself, even when all are in sight
(an answer hiding most boxes leaves every value in sight): the rest follow in batches."""
_END = object()
"""In the queue of values to update, where a facet's values end."""
Labeller = Callable[[FacetKey], str]
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
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its boxes take the focus, a facet each
        self.facets = facets
        self.selected: dict[str, set[FacetKey]] = {name: set() for name, _, _ in facets}
        self.boxes: dict[str, dict[FacetKey, QCheckBox]] = {}
        self._counts: Mapping[str, Mapping[FacetKey, int]] = {}
        self._labels: dict[tuple[str, FacetKey], str] = {}
        # What each box shows, kept here: asking Qt for every box at every answer costs more.
        self._shown: dict[QCheckBox, tuple[str, int]] = {}
        self._checked: set[QCheckBox] = set()
        self._visible: set[QCheckBox] = set()
        self._box_count = 0
        # Values still to update after an answer, each facet's followed by _END.
        self._queue: deque[tuple[str, object]] = deque()
        self._shown_in: dict[str, int] = {}
        self._box_height = 1
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._update_batch)
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
        self.holders: dict[str, QWidget] = {}
        self.headings: dict[str, QLabel] = {}
        self.keys: dict[str, RovingFocus] = {}
        for name, _heading, _labeller in self.facets:
            label = QLabel()
            label.setObjectName("eyebrow")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.column.addSpacing(10)
            self.column.addWidget(label)
            holder = QWidget()
            section = QVBoxLayout(holder)
            section.setContentsMargins(0, 0, 0, 0)
            section.setSpacing(0)
            self.column.addWidget(holder)
            self.sections[name] = section
            self.holders[name] = holder
            self.headings[name] = label
            self.boxes[name] = {}
            self.keys[name] = RovingFocus(parent=self)
            self.keys[name].moved.connect(self._moved)
        self.column.addStretch(1)
        return body

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setFixedWidth(round(PANEL_WIDTH * text_scale(self.font())))

    def retranslate(self) -> None:
        """Headings and buttons in the current language; values follow with set_counts."""
        self.setAccessibleName(self.tr("Refine the results"))
        self.title.setText(self.tr("Refine"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        for name, heading, _labeller in self.facets:
            self.headings[name].setText(heading().upper())
            self.holders[name].setAccessibleName(heading())
        self._labels.clear()
        self._shown.clear()
        self.set_counts(self._counts)

    def filters(self) -> dict[str, frozenset[FacetKey]]:
        return {name: frozenset(values) for name, values in self.selected.items()}

    def clear(self) -> None:
        """Forget every choice (without asking for a new search: the caller does that)."""
        self.show_chosen({})

    def show_chosen(self, chosen: Mapping[str, frozenset[FacetKey]]) -> None:
        """Check exactly the values of ``chosen`` (the others unchecked), without asking for
        a new search: the caller does that."""
        for name in self.selected:
            self.selected[name] = set(chosen.get(name, ()))
        for box in list(self._checked):
            self._check(box, False)
        for name, values in self.selected.items():
            for key in values:
                if key in self.boxes[name]:
                    self._check(self.boxes[name][key], True)
        self.set_counts(self._counts)

    def set_counts(self, counts: Mapping[str, Mapping[FacetKey, int]]) -> None:
        """Show ``counts`` (per facet, per value); chosen values stay even at zero.

        Boxes are kept and updated rather than rebuilt, so keyboard focus and screen-reader
        position survive every search answer. In a long column (more than LAZY_BOXES boxes)
        only the boxes on screen are updated at once, the rest BATCH at each turn of the
        event loop after it.
        """
        self._counts = counts
        self._queue = deque(
            (name, key)
            for name, _heading, _labeller in self.facets
            for key in (*self._keys(name), _END)
        )
        self._shown_in = dict.fromkeys(self.boxes, 0)
        if self._box_count <= LAZY_BOXES:
            self._update(lambda name: True)
        else:
            some_box = next(box for boxes in self.boxes.values() for box in boxes.values())
            self._box_height = max(1, some_box.sizeHint().height())
            budget = iter(range(AT_ONCE))
            self._update(lambda name: self._in_sight(name) and next(budget, None) is not None)
            self._timer.start()

    def _keys(self, name: str) -> list[FacetKey]:
        """The values of a facet to show or hide: counted, chosen, or shown before."""
        values = self._counts.get(name, {})
        chosen = self.selected[name]
        return [
            *values,
            *(key for key in chosen if key not in values),
            *(key for key in self.boxes[name] if key not in values and key not in chosen),
        ]

    def _in_sight(self, name: str) -> bool:
        """Whether the next box of a facet would be on screen. Boxes are all as high and
        stacked without gaps below their facet's top, which is taken where it was last
        laid out."""
        if not self.isVisible():
            return False
        top = self.holders[name].y() + self._shown_in[name] * self._box_height
        return top < self.verticalScrollBar().value() + self.viewport().height()

    def _update_batch(self) -> None:
        budget = iter(range(BATCH))
        self._update(lambda name: next(budget, None) is not None)
        if not self._queue:
            self._timer.stop()

    def _update(self, go_on: Callable[[str], bool]) -> None:
        """Update boxes from the queue while ``go_on(facet)`` says so, then show or hide
        those that changed."""
        showing: dict[str, dict[QCheckBox, bool]] = {}
        while self._queue and go_on(self._queue[0][0]):
            name, key = self._queue.popleft()
            if key is _END:
                self._show_boxes(name, showing.pop(name, {}))
                _set_visible(self.headings[name], self._shown_in[name] > 0)
            else:
                box, visible = self._update_box(name, key)
                showing.setdefault(name, {})[box] = visible
                self._shown_in[name] += visible
        for name, changes in showing.items():
            self._show_boxes(name, changes)
            if self._shown_in[name]:
                _set_visible(self.headings[name], True)

    def _update_box(self, name: str, key: FacetKey) -> tuple[QCheckBox, bool]:
        """Write a value's count and check, unless they are written already; the box, and
        whether it is to be shown."""
        count = self._counts.get(name, {}).get(key, 0)
        chosen = key in self.selected[name]
        box = self.boxes[name].get(key) or self._add_box(name, key)
        label = self._labels.get((name, key)) or self._label(name, key, box)
        if self._shown.get(box) != (label, count):
            self._write_count(box, label, count)
        if (box in self._checked) != chosen:
            self._check(box, chosen)
        return box, count > 0 or chosen

    def _show_boxes(self, name: str, showing: dict[QCheckBox, bool]) -> None:
        """Show and hide boxes of a facet. Showing a box in a visible column costs about
        0.1 ms (entering and leaving, layout), but next to nothing in a hidden one: many
        changes are made with the facet's holder hidden, unless it holds the focus."""
        changes = [box for box, visible in showing.items() if (box in self._visible) != visible]
        holder = self.holders[name]
        focus = QApplication.focusWidget()
        hide_holder = (
            len(changes) > BULK_CHANGES
            and holder.isVisible()
            and not (focus is not None and holder.isAncestorOf(focus))
        )
        if hide_holder:
            holder.hide()
        for box in changes:
            box.setVisible(showing[box])
            (self._visible.add if showing[box] else self._visible.discard)(box)
        if hide_holder:
            holder.show()
        self.keys[name].keep_tab_stop_shown()

    def _label(self, name: str, key: FacetKey, box: QCheckBox) -> str:
        """A value's name in the current language, asked of its labeller once."""
        labeller = next(labeller for facet, _, labeller in self.facets if facet == name)
        label = self._labels[name, key] = labeller(key)
        box.setToolTip(plain_tooltip(label))
        return label

    def _check(self, box: QCheckBox, on: bool) -> None:
        """Check or uncheck a box as the selection says, without it saying so."""
        box.blockSignals(True)
        box.setChecked(on)
        box.blockSignals(False)
        (self._checked.add if on else self._checked.discard)(box)

    def _write_count(self, box: QCheckBox, label: str, count: int) -> None:
        self._shown[box] = (label, count)
        box.setText(plain_button_text(f"{label}  ·  {QLocale().toString(count)}"))
        box.setAccessibleName(self.tr("%1, %n card(s)", "", count).replace("%1", label))

    def _add_box(self, name: str, key: FacetKey) -> QCheckBox:
        box = QCheckBox()
        box.setObjectName("facet")
        box.toggled.connect(lambda on: self._toggled(name, key, box, on))
        previous = self._last_box_before(name)
        self.sections[name].addWidget(box)
        QWidget.setTabOrder(previous, box)  # Tab goes down the column, as it is read
        self.keys[name].add(box)
        box.hide()  # until its count says otherwise, as ``_visible`` records
        self.boxes[name][key] = box
        self._box_count += 1
        return box

    def _last_box_before(self, name: str) -> QWidget:
        """The box a new box of facet ``name`` comes after: the last of its facet, or of
        the facets above it, or the clear button."""
        names = [facet for facet, _, _ in self.facets]
        for facet in reversed(names[: names.index(name) + 1]):
            if self.boxes[facet]:
                return next(reversed(self.boxes[facet].values()))
        return self.clear_button

    def _moved(self, box: QWidget) -> None:
        """A box an arrow moved to is scrolled into sight, as one Tab moved to is."""
        self.ensureWidgetVisible(box)

    def _toggled(self, name: str, key: FacetKey, box: QCheckBox, on: bool) -> None:
        (self.selected[name].add if on else self.selected[name].discard)(key)
        (self._checked.add if on else self._checked.discard)(box)
        self.changed.emit()

    def count_text(self, name: str, key: FacetKey) -> str:
        """The text shown for a value (its name and count), as a person reads it."""
        box = self.boxes.get(name, {}).get(key)
        if box is None:
            return ""
        if self._queue:
            self._update_box(name, key)  # written now if its turn has not come yet
        return box.text().replace("&&", "&")


def _set_visible(widget: QWidget, visible: bool) -> None:
    """Show or hide ``widget`` only if it is not so already: each change relays the column."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)
