"""A calm bar at the top of the window for what a person should know, such as settings that
cannot be saved. Not a dialog: nothing waits for it, and the explorer works on beneath it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

Notice = str | Callable[[], str]
"""A notice's text, or a function giving it in the current language (asked again whenever the
interface language changes)."""


class NoticeBar(QFrame):
    """Notices as plain text (a file path is never read as markup), one paragraph each, in
    the order they came; the same text is shown once. The close button dismisses them all.
    The text can be selected, so a path can be copied."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self._notices: list[Callable[[], str]] = []
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("noticeClose")
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 10, 16, 10)
        layout.setSpacing(12)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    @property
    def notices(self) -> list[str]:
        return [notice() for notice in self._notices]

    def add(self, notice: Notice) -> None:
        text = notice() if callable(notice) else notice
        if not text or text in self.notices:
            return
        self._notices.append(notice if callable(notice) else lambda: text)
        self._show_texts()
        self.show()

    def dismiss(self) -> None:
        self._notices.clear()
        self._show_texts()
        self.hide()

    def _show_texts(self) -> None:
        self.text.setText("\n\n".join(self.notices))
        self.setAccessibleDescription(self.text.text())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Notice"))
        self.close_button.setAccessibleName(self.tr("Dismiss the notice"))
        self.close_button.setToolTip(self.tr("Dismiss the notice"))
        self._show_texts()
