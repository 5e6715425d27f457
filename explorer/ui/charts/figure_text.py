"""A figure's number, unit, date and sources as the reader's language writes them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from explorer.domain.entities import Figure, Source, base_language
from explorer.domain.wording import fill
from explorer.ui.widgets.date_text import date_text

MAX_DECIMALS = 3


def locale_of(language: str) -> QLocale:
    return QLocale(base_language(language))


def number_text(value: float, locale: QLocale) -> str:
    """``value`` with its thousands grouped and as many decimals as it has (up to three),
    the locale's separators: 1,234.5 in English, 1.234,5 in Italian, 1 234,5 in Russian."""
    decimals = 0
    while decimals < MAX_DECIMALS and round(value, decimals) != value:
        decimals += 1
    return locale.toString(float(value), "f", decimals)


def amount_text(value: float, unit: str, locale: QLocale) -> str:
    """A number with its unit: "7 billion USD", "70.4%"."""
    number = number_text(value, locale)
    if not unit:
        return number
    if unit == "%":
        return QCoreApplication.translate("FigureText", "%1%", "a percentage").replace("%1", number)
    return fill(
        QCoreApplication.translate("FigureText", "%1 %2", "a number, its unit"), [number, unit]
    )


def figure_date_text(figure: Figure, locale: QLocale) -> str:
    return date_text(figure.date, locale)


def dates_text(figures: Iterable[Figure], locale: QLocale) -> str:
    """Each date once, in order: "2024, 2025"; "November 2025" says it is known to the month."""
    dates = dict.fromkeys(figure.date for figure in figures)
    ordered = sorted(dates, key=lambda date: date.sort_key())
    return ", ".join(date_text(date, locale) for date in ordered)


def sources_text(sources: Iterable[Source]) -> str:
    """The titles of the sources, each once, as the pack wrote them."""
    return "; ".join(dict.fromkeys(source.title for source in sources))


def caption_text(figures: Iterable[Figure], sources: Iterable[Source], locale: QLocale) -> str:
    """What every chart says under it: where its numbers come from and when they are from."""
    figures = list(figures)
    return fill(
        QCoreApplication.translate("FigureText", "Source: %1 · Dated %2"),
        [sources_text(sources), dates_text(figures, locale)],
    )
