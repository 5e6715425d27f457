"""One chart on a card of its own: a title, the picture, where and when its numbers are
from, and a button that saves all of that (not the button) as a PNG image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.wording import fill


class ChartPanel(QFrame):
    def __init__(self, title: str, body: QWidget, caption: str, file_stem: str, touch: bool):
        super().__init__()
        self.setObjectName("chartPanel")
        self.file_stem = file_stem
        self.sheet = QWidget()
        self.sheet.setObjectName("chartSheet")
        self.title_label = _plain_label(title, "chartTitle")
        self.caption_label = _plain_label(caption, "chartCaption")
        self.body = body
        sheet_layout = QVBoxLayout(self.sheet)
        sheet_layout.setContentsMargins(20, 16, 20, 12)
        sheet_layout.setSpacing(10)
        sheet_layout.addWidget(self.title_label)
        sheet_layout.addWidget(body)
        sheet_layout.addStretch(1)
        sheet_layout.addWidget(self.caption_label)

        self.export_button = QPushButton(self.tr("Save as PNG…"))
        self.export_button.setObjectName("chip")
        self.export_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.export_button.setAccessibleName(fill(self.tr("Save the chart “%1” as PNG"), [title]))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image"))
        if touch:
            self.export_button.setMinimumHeight(48)
        self.export_button.clicked.connect(self.ask_to_export)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 0, 20, 14)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sheet, 1)
        layout.addLayout(buttons)

    def save_png(self, path: Path) -> bool:
        """Write the chart, its title and caption to ``path``; False if it could not be."""
        picture = self.sheet.grab()
        return picture.save(str(path), "PNG")

    def ask_to_export(self) -> None:
        suggested = str(Path.home() / f"{self.file_stem}.png")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), suggested, self.tr("PNG images (*.png)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if not self.save_png(path):
            QMessageBox.warning(
                self,
                self.tr("Chart not saved"),
                fill(self.tr("The chart could not be saved to %1."), [str(path)]),
            )


def _plain_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
