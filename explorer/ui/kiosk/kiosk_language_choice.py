"""The first screen of a kiosk visit: one large button per offered language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from explorer.ui.kiosk.kiosk_phrasebook import CHOOSE_LANGUAGE, Phrasebook
from explorer.ui.shell.language import LANGUAGE_NAMES
from explorer.ui.shell.theme import PALETTE, font
from explorer.ui.widgets.flag_stripe import FlagStripe

BUTTON_SIZE = (340, 112)
MAX_PER_ROW = 4


class LanguageChoice(QWidget):
    chosen = Signal(str)

    def __init__(self, phrasebook: Phrasebook, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("languageChoice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"QWidget#languageChoice {{ background: {PALETTE.ground}; }}"
            f" QPushButton#languageButton {{ background: {PALETTE.surface}; color: {PALETTE.ink};"
            f" border: 2px solid {PALETTE.line}; border-radius: 24px; }}"
            f" QPushButton#languageButton:pressed {{ background: {PALETTE.sky_deep};"
            " color: white; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addStretch(2)
        stripe = FlagStripe()
        stripe.setFixedSize(240, 8)
        layout.addWidget(stripe, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(32)
        self.heading = QLabel("  ·  ".join(phrasebook.in_every_language(CHOOSE_LANGUAGE)))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setFont(font(28, serif=True, weight=QFont.Weight.DemiBold))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addSpacing(48)
        self.buttons: dict[str, QPushButton] = {}
        languages = phrasebook.languages
        per_row = len(languages) if len(languages) <= MAX_PER_ROW else 3
        for first in range(0, len(languages), per_row):
            row = QHBoxLayout()
            row.setSpacing(28)
            row.addStretch(1)
            for language in languages[first : first + per_row]:
                row.addWidget(self._button(language))
            row.addStretch(1)
            layout.addLayout(row)
            layout.addSpacing(28)
        layout.addStretch(3)

    def _button(self, language: str) -> QPushButton:
        button = QPushButton(LANGUAGE_NAMES.get(language, language))
        button.setObjectName("languageButton")
        button.setFont(font(22, weight=QFont.Weight.DemiBold))
        button.setMinimumSize(*BUTTON_SIZE)
        button.setAccessibleName(button.text())
        button.clicked.connect(lambda _checked=False: self.chosen.emit(language))
        self.buttons[language] = button
        return button
