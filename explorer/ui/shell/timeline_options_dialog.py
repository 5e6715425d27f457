"""What a timeline in another format becomes when it is imported from the window: the
language its texts are in, the pack's title and its licence (``explorer import SOURCE
--from FORMAT``'s ``--language``, ``--title`` and ``--licence``).

The language is the interface's unless the person says otherwise; left empty, the title is
the timeline's own (else the file's name) and the licence "Not stated in the source". The
pack's id is made from the title, so a timeline imported again under the same title
replaces the one imported before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.content.convert.pack_builder import PackOptions
from explorer.content.limits import ATTRIBUTION, NAME
from explorer.domain.entities import base_language
from explorer.domain.wording import fill
from explorer.ui.shell.language import LANGUAGE_NAMES

TEXT_LANGUAGES = ("en", "it", "kk", "ru", "de", "es", "fr", "tr", "zh")
"""The languages offered for a timeline's texts: the interface's, then others common in the
collections of cultural centres."""


def language_name(code: str) -> str:
    """A language by its own name: "Italiano", "Deutsch"."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class TimelineOptionsDialog(QDialog):
    def __init__(self, parent: QWidget, timeline: Path, interface_language: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a timeline"))
        self.setObjectName("timelineOptions")
        layout = QVBoxLayout(self)
        told = self.tr("“%1” is converted into a content pack, then imported.")
        intro = QLabel(fill(told, [timeline.name]), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, as it is written
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox(self)
        for code in TEXT_LANGUAGES:
            self.language.addItem(language_name(code), code)
        at = self.language.findData(base_language(interface_language))
        self.language.setCurrentIndex(max(at, 0))
        self.language.setAccessibleName(self.tr("Language of its texts"))
        form.addRow(self.tr("Language of its texts:"), self.language)

        self.title = QLineEdit(self)
        self.title.setMaxLength(NAME.max_chars)
        self.title.setPlaceholderText(self.tr("The timeline's own title"))
        self.title.setAccessibleName(self.tr("Title of the pack"))
        form.addRow(self.tr("Title:"), self.title)

        self.licence = QLineEdit(self)
        self.licence.setMaxLength(ATTRIBUTION.max_chars)
        self.licence.setPlaceholderText(self.tr("Not stated in the source"))
        self.licence.setAccessibleName(self.tr("Licence of the timeline"))
        form.addRow(self.tr("Licence:"), self.licence)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setWordWrap(True)
        for edit in (self.title, self.licence):  # wide enough to show the hint whole
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            edit.setMinimumWidth(hint + 4 * edit.fontMetrics().averageCharWidth())

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.setFocus()

    def options(self) -> PackOptions:
        """The conversion's options as the person set them."""
        title = " ".join(self.title.text().split()) or None
        licence = " ".join(self.licence.text().split()) or None
        return PackOptions(title=title, language=self.language.currentData(), licence=licence)
