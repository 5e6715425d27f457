"""The kiosk's on-screen keyboard: letters of the visitor's language, digits, space, erase.

Docked along the bottom of the kiosk while a text field of the explorer is being typed in
(``kiosk_keyboard_dock``). Its keys never take the focus, so each one types into the field
as a key of a real keyboard would, and the search follows as it does for typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.kiosk.kiosk_keyboard_layouts import DIGIT_ROWS, LAYOUTS, layout_for
from explorer.ui.shell.theme import PALETTE, font

KEY_PX = 64  # a key's height, and its width where the screen has room
NARROW_KEY_PX = 46  # its width at the narrowest, on a 1024-px screen
KEY_SPACING = 8
SPACE_KEYS = 6  # the space bar is as wide as this many letter keys


class OnScreenKeyboard(QWidget):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"QWidget#onScreenKeyboard {{ background: {PALETTE.rail};"
            f" border-top: 1px solid {PALETTE.line}; }}"
            f" QPushButton {{ background: {PALETTE.surface}; color: {PALETTE.ink};"
            f" border: 1px solid {PALETTE.line}; border-radius: 10px; }}"
            f" QPushButton:pressed {{ background: {PALETTE.sky_deep}; color: white; }}"
        )
        self.field: QLineEdit | None = None
        self.language = "en"
        self.digit_keys: dict[str, QPushButton] = {}
        # A layout's keys are made when it is first shown (a kiosk seldom needs all five),
        # and kept; switching shows another page of them.
        self.letters = QStackedWidget()
        self.pages: dict[str, tuple[QWidget, dict[str, QPushButton]]] = {}
        self.script_key = self._key("", self._switch_script)
        self.space_key = self._key("", lambda: self._type(" "))
        self.space_key.setMaximumWidth(SPACE_KEYS * KEY_PX + (SPACE_KEYS - 1) * KEY_SPACING)
        self.erase_key = self._key("⌫", self._erase)
        self.enter_key = self._key("⏎", self._enter)
        self.done_key = self._key("", self.close_keyboard)
        self.done_key.setMinimumWidth(2 * NARROW_KEY_PX)
        self.done_key.setMaximumWidth(2 * KEY_PX)
        bottom = QHBoxLayout()
        bottom.setSpacing(KEY_SPACING)
        bottom.addStretch(1)
        for key in (self.script_key, self.space_key, self.erase_key, self.enter_key, self.done_key):
            bottom.addWidget(key, SPACE_KEYS if key is self.space_key else 1)
        bottom.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(KEY_SPACING)
        left.addWidget(self.letters)
        left.addLayout(bottom)
        left.addStretch(1)
        digits = QGridLayout()
        digits.setSpacing(KEY_SPACING)
        for row, characters in enumerate(DIGIT_ROWS):
            for column, character in enumerate(characters):
                key = self._character_key(character, self.digit_keys)
                digits.addWidget(key, row, column)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(3 * KEY_SPACING)
        layout.addLayout(left, 1)
        layout.addLayout(digits)
        layout.setAlignment(digits, Qt.AlignmentFlag.AlignTop)
        self.set_language("en")
        self.retranslate()
        self.hide()

    # ---- keys ------------------------------------------------------------------------------

    def _key(self, text: str, action) -> QPushButton:
        key = QPushButton(text)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus, and its cursor
        key.setFixedHeight(KEY_PX)
        key.setMinimumWidth(NARROW_KEY_PX)
        key.setMaximumWidth(KEY_PX)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setFont(font(18, weight=QFont.Weight.DemiBold))
        key.clicked.connect(lambda _checked=False: action())
        return key

    def _character_key(self, character: str, keys: dict[str, QPushButton]) -> QPushButton:
        key = self._key(character, lambda: self._type(character))
        key.setAccessibleName(character)
        keys[character] = key
        return key

    def _page(self, language: str) -> tuple[QWidget, dict[str, QPushButton]]:
        if language not in self.pages:
            self.pages[language] = self._letter_page(LAYOUTS[language].rows)
            self.letters.addWidget(self.pages[language][0])
        return self.pages[language]

    def _letter_page(self, rows: tuple[str, ...]) -> tuple[QWidget, dict[str, QPushButton]]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(KEY_SPACING)
        keys: dict[str, QPushButton] = {}
        for characters in rows:
            row = QHBoxLayout()
            row.setSpacing(KEY_SPACING)
            row.addStretch(1)
            for character in characters:
                row.addWidget(self._character_key(character, keys), 1)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(1)
        return page, keys

    @property
    def letter_keys(self) -> list[QPushButton]:
        """The letter keys on show."""
        return list(self._page(self.language)[1].values())

    @property
    def keys(self) -> dict[str, QPushButton]:
        """Every key on show that types a character, by its character."""
        return {**self._page(self.language)[1], **self.digit_keys}

    def set_language(self, language: str) -> None:
        """Show the letters of ``language``'s layout (English for one without its own)."""
        self.language = language if language in LAYOUTS else "en"
        current = self._page(self.language)[0]
        for page, _ in self.pages.values():  # only the page on show counts for the height
            ignored = page is not current
            policy = QSizePolicy.Policy.Ignored if ignored else QSizePolicy.Policy.Preferred
            page.setSizePolicy(policy, policy)
        self.letters.setCurrentWidget(current)
        self.letters.updateGeometry()
        self.script_key.setText(layout_for(layout_for(self.language).other).label)
        if self.isVisible():
            self.place()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.space_key.setAccessibleName(self.tr("Space"))
        self.erase_key.setAccessibleName(self.tr("Erase"))
        self.enter_key.setAccessibleName(self.tr("Enter"))
        self.script_key.setAccessibleName(self.tr("Other alphabet"))
        self.done_key.setText(self.tr("Done"))
        self.done_key.setAccessibleName(self.done_key.text())

    # ---- typing ----------------------------------------------------------------------------

    def open_for(self, field: QLineEdit, language: str) -> None:
        """Type into ``field`` with the letters of ``language``, along the parent's bottom."""
        self.field = field
        if language != self.language or not self.isVisible():
            self.set_language(language)
        self.retranslate()
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        for layout in self.findChildren(QLayout):  # the letters may have changed rows
            layout.invalidate()
        height = self.sizeHint().height()
        self.setGeometry(0, parent.height() - height, parent.width(), height)

    def close_keyboard(self) -> None:
        if self.isVisible():
            self.hide()
            self.field = None

    def _type(self, text: str) -> None:
        if self.field is not None:
            self.field.insert(text)

    def _enter(self) -> None:
        """What Enter does in the field: go to the year typed, open the best match."""
        if self.field is not None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
                QApplication.sendEvent(self.field, event)

    def _erase(self) -> None:
        if self.field is not None:
            self.field.backspace()

    def _switch_script(self) -> None:
        self.set_language(layout_for(self.language).other)
