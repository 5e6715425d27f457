"""The figures as a table: what the charts show, for a screen reader and the keyboard.

One row a figure (what it counts, the number, its unit, its date, its source). Enter or a
double click on a row asks for the figure's card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

CARD_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FigureRow:
    card: str
    label: str
    number: str
    unit: str
    date: str
    source: str


class FiguresTable(QTableWidget):
    card_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("figuresTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        rows = self.verticalHeader()
        rows.setVisible(False)
        # Rows follow their wrapped text as the columns widen or narrow.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Figure"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Date"),
                self.tr("Source"),
            ]
        )
        self.setAccessibleName(self.tr("Figures"))
        self.setAccessibleDescription(
            self.tr("Every figure of the charts, one a row; Enter opens its card")
        )

    def set_rows(self, rows: Sequence[FigureRow], row_px: int) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for row, figure in enumerate(rows):
            texts = (figure.label, figure.number, figure.unit, figure.date, figure.source)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(CARD_ROLE, figure.card)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
        self.verticalHeader().setMinimumSectionSize(row_px)

    def _activated(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if card:
            self.card_requested.emit(card)
