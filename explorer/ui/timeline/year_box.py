"""The year box of the timeline's toolbar: it shows the year at the middle of the view as
the view pans and zooms, except while the person is typing a year in it."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLineEdit, QWidget

FIRST_YEAR, LAST_YEAR = -9999, 9999


class YearBox(QLineEdit):
    def __init__(self, year: str, parent: QWidget | None = None):
        super().__init__(year, parent)
        self.setObjectName("yearBox")
        self.setValidator(QIntValidator(FIRST_YEAR, LAST_YEAR, self))

    @property
    def typing(self) -> bool:
        """Whether the person has typed here since the box last showed the view's year and
        is still in the box."""
        return self.hasFocus() and self.isModified()

    def follow(self, year: int) -> None:
        """Show ``year``, the view's, unless the person is typing (a typed year that was not
        gone to gives way at the view's next move)."""
        if not self.typing and FIRST_YEAR <= year <= LAST_YEAR:
            self.setText(str(year))  # clears the modified flag

    def year(self) -> int | None:
        """The year in the box, or None when it holds none (empty, or only a minus)."""
        try:
            return int(self.text())
        except ValueError:
            return None
