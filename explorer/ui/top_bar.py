"""The bar above every page: back and forward, the collection's name, search, language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.flag_stripe import FlagStripe
from explorer.ui.theme import font

LANGUAGE_NAMES = {"en": "English", "it": "Italiano", "kk": "Қазақша", "ru": "Русский"}


class TopBar(QWidget):
    language_changed = Signal(str)

    def __init__(self, languages: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 12)
        layout.setSpacing(10)

        self.back_button = self._nav_button("←", self.tr("Back"), self.tr("Back (Alt+Left)"))
        self.forward_button = self._nav_button(
            "→", self.tr("Forward"), self.tr("Forward (Alt+Right)")
        )
        layout.addWidget(self.back_button)
        layout.addWidget(self.forward_button)
        layout.addSpacing(14)

        brand = QVBoxLayout()
        brand.setSpacing(2)
        title = QLabel(self.tr("Italy · Kazakhstan"))
        title.setFont(font(17, serif=True, weight=QFont.Weight.DemiBold))
        subtitle = QLabel(self.tr("CULTURAL EXPLORER"))
        subtitle.setObjectName("eyebrow")
        brand.addWidget(title)
        stripe_row = QHBoxLayout()
        stripe_row.setSpacing(8)
        stripe_row.addWidget(FlagStripe())
        stripe_row.addWidget(subtitle)
        stripe_row.addStretch(1)
        brand.addLayout(stripe_row)
        layout.addLayout(brand)
        layout.addStretch(1)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search cards, people, places…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        self.search.setMaxLength(500)
        layout.addWidget(self.search, 2)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language of the cards"))
        self.language.setToolTip(self.tr("Language of the cards"))
        for code in languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.currentIndexChanged.connect(
            lambda i: self.language_changed.emit(self.language.itemData(i))
        )
        layout.addWidget(self.language)

    def _nav_button(self, symbol: str, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("navButton")
        button.setText(symbol)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
