"""The staff PIN pad: its own digit keys, so no keyboard is needed, and never a system dialog,
which a visitor could misuse. While wrong PINs make it wait, it takes no input and shows how
long is left."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.widgets.wrapping_label import WrappingLabel

KEY_PX = 64
PROMPT_CHARACTERS = 30
"""The pad is at least this many average characters wide, whatever it says, so that it does
not change its width between messages and a long one wraps into a few lines."""


def wait_text(seconds: int) -> str:
    """A wait as minutes and seconds, such as 0:04 or 4:16."""
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes}:{seconds:02d}"


class PinPad(QWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "QWidget#pinPad { background: #fffdf8; border: 2px solid #00758a;"
            " border-radius: 16px; }"
            " QWidget#pinPad QPushButton:disabled, QWidget#pinPad QLineEdit:disabled"
            " { color: #b8aea0; background: #f1ece3; }"
        )
        self.wrong = False
        self.wait_seconds = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.prompt = WrappingLabel()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setMinimumHeight(44)
        self.field.returnPressed.connect(lambda: self.submitted.emit(self.field.text()))
        keypad = QGridLayout()
        keypad.setSpacing(8)
        self.digit_buttons: dict[str, QPushButton] = {}
        for position, digit in enumerate("1234567890"):
            button = QPushButton(digit)
            button.setMinimumSize(KEY_PX, KEY_PX)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, d=digit: self.field.insert(d))
            row, column = divmod(position, 3) if digit != "0" else (3, 1)
            keypad.addWidget(button, row, column)
            self.digit_buttons[digit] = button
        self.erase_button = QPushButton("⌫")
        self.erase_button.setMinimumSize(KEY_PX, KEY_PX)
        self.erase_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.erase_button.clicked.connect(self.field.backspace)
        keypad.addWidget(self.erase_button, 3, 2)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton()
        self.cancel_button = QPushButton()
        for button in (self.unlock_button, self.cancel_button):
            button.setMinimumSize(96, 44)
            buttons.addWidget(button)
        self.unlock_button.clicked.connect(lambda: self.submitted.emit(self.field.text()))
        self.cancel_button.clicked.connect(self.cancelled)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addLayout(keypad)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def input_widgets(self) -> list[QWidget]:
        """Everything that takes a PIN (Cancel always works)."""
        return [self.field, *self.digit_buttons.values(), self.erase_button, self.unlock_button]

    def retranslate(self) -> None:
        if self.wait_seconds > 0:
            prompt = self.tr("Too many wrong PINs. Try again in %1.").replace(
                "%1", wait_text(self.wait_seconds)
            )
        elif self.wrong:
            prompt = self.tr("Wrong PIN. Try again.")
        else:
            prompt = self.tr("Staff PIN")
        self.prompt.setText(prompt)
        self.field.setAccessibleName(self.tr("Staff PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.erase_button.setAccessibleName(self.tr("Erase the last digit"))
        self._place()

    def show_wrong(self) -> None:
        self.wrong = True
        self.field.clear()
        self.retranslate()

    def show_wait(self, seconds: int) -> None:
        """Refuse input for ``seconds`` more seconds, saying so; 0 takes input again."""
        self.wait_seconds = max(0, seconds)
        for widget in self.input_widgets():
            widget.setEnabled(self.wait_seconds == 0)
        if self.wait_seconds:
            self.field.clear()
        elif self.isVisible():
            self.field.setFocus()  # a disabled field lost it
        self.retranslate()

    def open(self) -> None:
        self.field.clear()
        self.wrong = False
        self.retranslate()
        self.show()
        self.raise_()
        self.field.setFocus()

    def _place(self) -> None:
        """As tall as its text needs at a steady width, in the upper middle of the window."""
        text_width = PROMPT_CHARACTERS * self.prompt.fontMetrics().averageCharWidth()
        margins = self.layout().contentsMargins()
        width = max(self.minimumSizeHint().width(), text_width + margins.left() + margins.right())
        self.resize(width, self.layout().totalHeightForWidth(width))
        parent = self.parentWidget()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)
