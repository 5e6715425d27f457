"""The bar above every page: back and forward, the collection's name, search, language and
importing a content pack."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.shell.language import LANGUAGE_NAMES, offered_languages
from explorer.ui.shell.theme import font
from explorer.ui.widgets.flag_stripe import FlagStripe
from explorer.ui.widgets.touch_mode import in_touch_mode


class TopBar(QWidget):
    language_changed = Signal(str)

    def __init__(self, languages: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 12)
        layout.setSpacing(10)

        self.back_button = self._nav_button("←")
        self.forward_button = self._nav_button("→")
        layout.addWidget(self.back_button)
        layout.addWidget(self.forward_button)
        layout.addSpacing(14)

        brand = QVBoxLayout()
        brand.setSpacing(2)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(font(17, serif=True, weight=QFont.Weight.DemiBold))
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setObjectName("eyebrow")
        brand.addWidget(self.title)
        stripe_row = QHBoxLayout()
        stripe_row.setSpacing(8)
        stripe_row.addWidget(FlagStripe(self))
        stripe_row.addWidget(self.subtitle)
        stripe_row.addStretch(1)
        brand.addLayout(stripe_row)
        layout.addLayout(brand)
        layout.addStretch(1)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setMaxLength(500)
        layout.addWidget(self.search, 2)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        # With a style sheet, a combo box draws its open list as a menu, whose current item
        # came out white on near-white; a styled delegate draws the theme's selection colours.
        self.language.setItemDelegate(QStyledItemDelegate(self.language))
        for code in offered_languages(languages):
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.currentIndexChanged.connect(
            lambda i: self.language_changed.emit(self.language.itemData(i))
        )
        layout.addWidget(self.language)

        self.import_button = self._nav_button("+")
        layout.addWidget(self.import_button)
        self.retranslate()

    def retranslate(self) -> None:
        touch = in_touch_mode(self)  # no keyboard: no shortcuts in the hints
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back") if touch else self.tr("Back (Alt+Left)"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self.forward_button.setToolTip(
            self.tr("Forward") if touch else self.tr("Forward (Alt+Right)")
        )
        self.title.setText(self.tr("Italy · Kazakhstan"))
        self.subtitle.setText(self.tr("CULTURAL EXPLORER"))
        self.search.setPlaceholderText(
            self.tr("Search cards, people, places…")
            if touch
            else self.tr("Search cards, people, places…  (Ctrl+F)")
        )
        self.search.setToolTip(self.search.placeholderText())  # in full where the field is narrow
        self.search.setAccessibleName(self.tr("Search"))
        self.language.setAccessibleName(self.tr("Language of the cards"))
        self.language.setToolTip(self.tr("Language of the cards"))
        self.import_button.setAccessibleName(self.tr("Import a content pack"))
        self.import_button.setToolTip(
            self.tr("Import a content pack") if touch else self.tr("Import a content pack (Ctrl+O)")
        )

    def _nav_button(self, symbol: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("navButton")
        button.setText(symbol)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def keep_languages(self, codes: tuple[str, ...] | list[str]) -> None:
        """Offer only the languages in ``codes``."""
        for index in reversed(range(self.language.count())):
            if self.language.itemData(index) not in codes:
                self.language.removeItem(index)

    def show_query(self, query: str) -> None:
        """Put ``query`` in the search field unless it is there already (keeps the cursor)."""
        if self.search.text() != query:
            self.search.setText(query)  # unlike clear(), leaves nothing to undo

    def select_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
