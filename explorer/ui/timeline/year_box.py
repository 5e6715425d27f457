"""The year box of the timeline's toolbar: it shows the year at the middle of the view as
the view pans and zooms, except while the person is typing a year in it. A year may be of
any size, or years before present: ``115 Ma``, ``12 ka``."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from explorer.domain.fuzzy_date import MAX_YEAR, PRESENT, FuzzyDate, FuzzyDateError

_TYPED = QRegularExpression(r"-?\d{0,12}|\d{1,12}(\.\d{0,6})? ?(k|ka|M|Ma)?")
DEEP_YEARS = 100_000
"""From this many years before present on, the box shows years before present (ka, Ma)."""


def year_text(year: int) -> str:
    """``year`` as the box shows it: a year, or years before present once they are many
    (``250 Ma``, ``120 ka``), written as the box reads them back."""
    before_present = PRESENT - (year + 1 if year < 0 else year)
    if before_present >= 100_000_000:
        return f"{round(before_present / 1_000_000)} Ma"
    if before_present >= 1_000_000:
        return f"{before_present / 1_000_000:.1f}".removesuffix(".0") + " Ma"
    if before_present >= DEEP_YEARS:
        return f"{round(before_present / 1_000)} ka"
    return str(year)


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
            self.setText(year_text(year))  # clears the modified flag

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
