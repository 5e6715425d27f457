"""The year box of the timeline's toolbar: it shows the year at the middle of the view as
the view pans and zooms, except while the person is typing a year in it. A year may be of
any size, or years before present: ``115 Ma``, ``12 ka``."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from explorer.domain.fuzzy_date import MAX_YEAR, FuzzyDate, FuzzyDateError

_TYPED = QRegularExpression(r"-?\d{0,12}|\d{1,12}(\.\d{0,6})? ?(k|ka|M|Ma)?")


class YearBox(QLineEdit):
    def __init__(self, year: str, parent: QWidget | None = None):
        super().__init__(year, parent)
        self.setObjectName("yearBox")
        self.setValidator(QRegularExpressionValidator(_TYPED, self))

    @property
    def typing(self) -> bool:
        """Whether the person has typed here since the box last showed the view's year and
        is still in the box."""
        return self.hasFocus() and self.isModified()

    def follow(self, year: int) -> None:
        """Show ``year``, the view's, unless the person is typing (a typed year that was not
        gone to gives way at the view's next move)."""
        if not self.typing and abs(year) <= MAX_YEAR:
            self.setText(str(year))  # clears the modified flag

    def year(self) -> int | None:
        """The year in the box, or None when it holds none (empty, only a minus, a year
        beyond the limit or half a "115 Ma")."""
        text = self.text()
        try:
            year = int(text)
        except ValueError:
            try:
                return FuzzyDate.parse(text).year
            except FuzzyDateError:
                return None
        return year if abs(year) <= MAX_YEAR else None
