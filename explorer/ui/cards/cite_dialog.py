"""Cite this card: the card itself or one of its sources, in a style the reader chooses,
shown as plain text and copied to the clipboard."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.citation_text import cite_card, cite_source
from explorer.domain.citations import (
    CitationError,
    CitationStyle,
    card_reference,
    sources_of,
)
from explorer.domain.entities import Card, Source
from explorer.domain.references import split_key
from explorer.domain.wording import fill
from explorer.store.content_store import ContentStore

STYLE_NAMES = {
    CitationStyle.CHICAGO: "Chicago",
    CitationStyle.APA: "APA 7",
    CitationStyle.BIBTEX: "BibTeX",
    CitationStyle.CSL_JSON: "CSL-JSON",
}
"""The styles' own names, the same in every language."""
SOURCE_TITLE_CHARS = 70


class CiteDialog(QDialog):
    """``what`` chooses the card (first) or one of its sources, ``style`` the style; the
    text shown is what "Copy" puts on the clipboard."""

    def __init__(
        self,
        store: ContentStore,
        card: Card,
        language: str,
        parent: QWidget | None = None,
        *,
        accessed: datetime.date | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("citeDialog")
        self.setWindowTitle(self.tr("Cite this card"))
        manifest = store.manifest(split_key(card.id)[0])
        self.reference = card_reference(card, manifest, language, accessed or datetime.date.today())
        self.problem = ""
        try:
            by_id = {source.id: source for source in store.sources(card.sources)}
            self.sources: tuple[Source, ...] = sources_of(card, by_id)
        except CitationError as error:
            self.sources = ()
            self.problem = str(error)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.what = QComboBox(self)
        self.what.addItem(self.tr("This card"))
        for number, source in enumerate(self.sources, start=1):
            title = source.title
            if len(title) > SOURCE_TITLE_CHARS:
                title = title[: SOURCE_TITLE_CHARS - 1].rstrip() + "…"
            self.what.addItem(fill(self.tr("Source %1: %2"), [str(number), title]))
        self.what.setAccessibleName(self.tr("What to cite"))
        form.addRow(self.tr("Cite:"), self.what)
        self.style_choice = QComboBox(self)
        for style, name in STYLE_NAMES.items():
            self.style_choice.addItem(name, style.value)
        self.style_choice.setAccessibleName(self.tr("Citation style"))
        form.addRow(self.tr("Style:"), self.style_choice)

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("citation")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Citation"))
        self.text.setMinimumSize(560, 200)
        layout.addWidget(self.text, 1)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName(self.tr("Copy the citation"))
        self.copy_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(buttons)

        self.what.currentIndexChanged.connect(self._show)
        self.style_choice.currentIndexChanged.connect(self._show)
        self._show()
        self.what.setFocus()

    def citation(self) -> str:
        """The citation as chosen."""
        style = CitationStyle(self.style_choice.currentData())
        chosen = self.what.currentIndex()
        if chosen <= 0:
            return cite_card(self.reference, style)
        return cite_source(self.sources[chosen - 1], style)

    def _show(self) -> None:
        style = CitationStyle(self.style_choice.currentData())
        code = style in (CitationStyle.BIBTEX, CitationStyle.CSL_JSON)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(fixed if code else self.font())
        # Code keeps its lines as written; a sentence wraps to the box.
        wrap = QPlainTextEdit.LineWrapMode
        self.text.setLineWrapMode(wrap.NoWrap if code else wrap.WidgetWidth)
        self.text.setPlainText(self.citation())
        self.status.setText(self.problem)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.citation())
        self.status.setText(self.tr("Copied to the clipboard."))
