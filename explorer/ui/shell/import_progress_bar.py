"""The strip under the notice bar while a content pack is imported: the step and a bar."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from explorer.content.import_progress import CONVERTING, READING, ImportStep
from explorer.domain.wording import fill


class ImportProgressBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.step: str | None = None
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # a long pack name wraps, never widens the window
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(240)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(lambda: self.cancel_button.setEnabled(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 8, 28, 8)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.retranslate()
        self.hide()

    def begin(self, pack_name: str, first_step: str = ImportStep.CHECKING) -> None:
        """``first_step`` READING for a timeline converted before it is imported."""
        self.pack_name = pack_name
        self.step = None
        self.bar.setRange(0, 0)  # busy until the first measured step
        self.cancel_button.setEnabled(True)
        self.show_step(first_step, 0, -1)
        self.show()

    def show_step(self, step: str, done: int, total: int) -> None:
        """``total`` -1: the step has no measure, the bar only says work goes on."""
        self.step = step
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(1000 * min(done, total) / total))
            self.bar.setFormat(QLocale().toString(100 * min(done, total) // total) + " %")
        else:
            self.bar.setRange(0, 0)
        self._label()

    def _label(self) -> None:
        names = {
            READING: self.tr("Reading the timeline…"),
            CONVERTING: self.tr("Converting the timeline…"),
            ImportStep.CHECKING: self.tr("Checking the pack"),
            ImportStep.KEEPING: self.tr("Keeping a copy of it"),
            ImportStep.PICTURES: self.tr("Storing its pictures"),
            ImportStep.RECORDS: self.tr("Importing its cards"),
            ImportStep.INDEX: self.tr("Building the search index"),
        }
        step = names.get(self.step, self.step or "")
        text = fill(self.tr("Importing %1: %2"), [self.pack_name, step])
        self.label.setText(text)
        self.bar.setAccessibleName(text)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        if self.step is not None:
            self._label()
