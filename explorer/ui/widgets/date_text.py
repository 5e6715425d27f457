"""Dates as people read them, in the interface's locale, with their precision shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from explorer.domain.date_interval import DateInterval, End
from explorer.domain.fuzzy_date import FuzzyDate, Notation, Qualifier
from explorer.ui.shell.language import in_script

_OWN_WORDS: ContextVar[Callable[[str], str] | None] = ContextVar("date_words", default=None)
"""The words of dates on this thread when they are not the interface's (a study sheet)."""


def _tr(source: str) -> str:
    own = _OWN_WORDS.get()
    return own(source) if own is not None else QCoreApplication.translate("DateText", source)


@contextmanager
def dates_worded_by(translate: Callable[[str], str]) -> Iterator[None]:
    """Dates written on this thread meanwhile take their words ("c. %1" …, context
    ``DateText``) from ``translate`` instead of the interface's language."""
    token = _OWN_WORDS.set(translate)
    try:
        yield
    finally:
        _OWN_WORDS.reset(token)


def year_text(year: int) -> str:
    if year < 0:
        return _tr(QT_TRANSLATE_NOOP("DateText", "%1 BC")).replace("%1", str(-year))
    return str(year)


def before_present_text(years: int, step: int, locale: QLocale) -> str:
    """Years before 1950 in thousands (ka), millions (Ma) or billions (Ga), the one chosen by
    ``step`` (the distance between ticks) so that neighbouring labels share it."""
    if step >= 100_000_000:
        scale, template = 1_000_000_000, _tr(QT_TRANSLATE_NOOP("DateText", "%1 Ga"))
    elif step >= 100_000:
        scale, template = 1_000_000, _tr(QT_TRANSLATE_NOOP("DateText", "%1 Ma"))
    else:
        scale, template = 1_000, _tr(QT_TRANSLATE_NOOP("DateText", "%1 ka"))
    from decimal import Decimal  # here: only deep time needs it, and a start does not

    amount = (Decimal(years) / scale).normalize()
    decimals = max(0, -amount.as_tuple().exponent)
    number = locale.toString(float(amount), "f", decimals)
    return template.replace("%1", number)


_GOVERNED = (Qualifier.CIRCA, Qualifier.BEFORE, Qualifier.AFTER, Qualifier.UNCERTAIN_CIRCA)
"""Qualifiers whose words govern the month's case: Russian "до июня", not "до июнь"."""


def _bare(date: FuzzyDate, locale: QLocale, governed: bool = False) -> str:
    if date.notation in (Notation.KA, Notation.MA):
        step = 1_000 if date.notation is Notation.KA else 1_000_000
        return before_present_text(date.years_before_present, step, locale)
    if date.year < 0:
        return year_text(date.year)
    if date.extent > 1 and date.month is None:  # 201X, 19XX
        return _tr(QT_TRANSLATE_NOOP("DateText", "the %1s")).replace("%1", str(date.year))
    if date.extent > 1:
        return _season(date)
    if date.day is not None and date.year > 9999:  # beyond QDate's years
        month = locale.monthName(date.month, QLocale.FormatType.LongFormat)
        return f"{date.day} {month} {date.year}"
    if date.day is not None:
        return locale.toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")
    if date.month is not None:
        long = QLocale.FormatType.LongFormat
        if governed or date.qualifier in _GOVERNED:
            month = locale.monthName(date.month, long)
        else:
            month = locale.standaloneMonthName(date.month, long)
        return f"{month} {date.year}"
    return str(date.year)


def _season(date: FuzzyDate) -> str:
    names = {
        3: _tr(QT_TRANSLATE_NOOP("DateText", "spring %1")),
        6: _tr(QT_TRANSLATE_NOOP("DateText", "summer %1")),
        9: _tr(QT_TRANSLATE_NOOP("DateText", "autumn %1")),
        12: _tr(QT_TRANSLATE_NOOP("DateText", "winter %1")),
    }
    return names[date.month].replace("%1", str(date.year))


def _time(date: FuzzyDate, locale: QLocale) -> str:
    """The time of day as the locale writes it (seconds too when written), with the offset
    as the pack wrote it."""
    time = date.time
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if time.second is not None:
        pattern = pattern.replace("mm", "mm:ss", 1)
    written = locale.toString(QTime(time.hour, time.minute, time.second or 0), pattern)
    if time.offset == "Z":
        return f"{written} UTC"
    return f"{written} UTC{time.offset}" if time.offset else written


def date_text(date: FuzzyDate, locale: QLocale | None = None, governed: bool = False) -> str:
    """``date`` as the reader's language writes it; ``governed`` where a word before it
    governs its month's case ("until", "from")."""
    if date.display:
        return date.display
    locale = locale or QLocale()
    bare = _bare(date, locale, governed)
    if date.time is not None:
        bare = f"{bare}, {_time(date, locale)}"
    templates = {
        Qualifier.EXACT: "%1",
        Qualifier.CIRCA: _tr(QT_TRANSLATE_NOOP("DateText", "c. %1")),
        Qualifier.BEFORE: _tr(QT_TRANSLATE_NOOP("DateText", "before %1")),
        Qualifier.AFTER: _tr(QT_TRANSLATE_NOOP("DateText", "after %1")),
        Qualifier.PLANNED: _tr(QT_TRANSLATE_NOOP("DateText", "planned for %1")),
        Qualifier.UNCERTAIN: _tr(QT_TRANSLATE_NOOP("DateText", "%1 (uncertain)")),
        Qualifier.UNCERTAIN_CIRCA: _tr(QT_TRANSLATE_NOOP("DateText", "c. %1 (uncertain)")),
    }
    return in_script(templates[date.qualifier].replace("%1", bare))


def span_text(start: FuzzyDate | None, end: FuzzyDate | None, locale: QLocale | None = None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return date_text(start, locale)
    return f"{date_text(start, locale)} – {date_text(end, locale)}"


def interval_text(interval: DateInterval, locale: QLocale | None = None) -> str:
    """An EDTF interval as people read it: "1389 – 1405", "until 1985", "from 1985"."""
    start, end = interval.start, interval.end
    if isinstance(start, End):
        template = _tr(QT_TRANSLATE_NOOP("DateText", "until %1"))
        return template.replace("%1", date_text(end, locale, governed=True))
    if isinstance(end, End):
        template = _tr(QT_TRANSLATE_NOOP("DateText", "from %1"))
        return template.replace("%1", date_text(start, locale, governed=True))
    return span_text(start, end, locale)


def any_date_text(date: FuzzyDate | DateInterval, locale: QLocale | None = None) -> str:
    if isinstance(date, DateInterval):
        return interval_text(date, locale)
    return date_text(date, locale)
