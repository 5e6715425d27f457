"""Names for facet values, in the interface's language where the value is a word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.domain.entities import NO_SIDE
from explorer.domain.search_query import UNDATED
from explorer.ui.widgets.date_text import year_text


def side_name(value: str | int) -> str:
    names = {
        "italy": QCoreApplication.translate("Facets", "Italy"),
        "kazakhstan": QCoreApplication.translate("Facets", "Kazakhstan"),
        "both": QCoreApplication.translate("Facets", "Both countries"),
        NO_SIDE: QCoreApplication.translate("Facets", "Neither country"),
    }
    return names.get(str(value), str(value))


def kind_name(value: str | int) -> str:
    names = {
        "person": QCoreApplication.translate("Facets", "Person"),
        "place": QCoreApplication.translate("Facets", "Place"),
        "institution": QCoreApplication.translate("Facets", "Institution"),
        "work": QCoreApplication.translate("Facets", "Work"),
        "event": QCoreApplication.translate("Facets", "Event"),
        "topic": QCoreApplication.translate("Facets", "Topic"),
        "figure": QCoreApplication.translate("Facets", "Figure"),
    }
    return names.get(str(value), str(value))


def undated_name() -> str:
    return QCoreApplication.translate("Facets", "Undated")


def century_name(value: str | int) -> str:
    """Century 19 is 1801–1900, -5 is 500–401 BC: shown by its years, in any language."""
    if value == UNDATED:
        return undated_name()
    century = int(value)
    if century > 0:
        return f"{year_text(century * 100 - 99)}–{year_text(century * 100)}"
    return f"{year_text(century * 100)}–{year_text(century * 100 + 99)}"


def decade_name(value: str | int) -> str:
    """Decade 1840 is 1840–1849; -1840 is 1849–1840 BC."""
    if value == UNDATED:
        return undated_name()
    decade = int(value)
    if decade > 0:
        return f"{year_text(decade)}–{year_text(decade + 9)}"
    if decade == 0:
        return f"{year_text(1)}–{year_text(9)}"
    if decade == -1:
        return f"{year_text(-9)}–{year_text(-1)}"
    return f"{year_text(decade - 9)}–{year_text(decade)}"
