"""Labels for the timeline's axis ticks, in the interface's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime

from explorer.domain.timeline_ticks import Tick, TickUnit
from explorer.ui.shell.language import in_script
from explorer.ui.widgets.date_text import before_present_text, year_text

_MONTH_UNITS = {TickUnit.HALF_YEAR, TickUnit.QUARTER, TickUnit.MONTH}


def tick_label(tick: Tick, locale: QLocale | None = None) -> str:
    return in_script(_tick_label(tick, locale or QLocale()))


def _tick_label(tick: Tick, locale: QLocale) -> str:
    if tick.minute_of_day is not None:
        if tick.minute_of_day == 0:  # midnight: say which day begins
            month = locale.monthName(tick.month, QLocale.FormatType.ShortFormat)
            return f"{tick.day_of_month} {month}"
        hour, minute = divmod(tick.minute_of_day, 60)
        return locale.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
    if tick.years_before_present is not None:
        return before_present_text(tick.years_before_present, tick.unit.years, locale)
    if tick.unit is TickUnit.DAY:
        if tick.day_of_month == 1:
            month = locale.monthName(tick.month, QLocale.FormatType.ShortFormat)
            return f"{tick.day_of_month} {month}"
        return str(tick.day_of_month)
    if tick.unit in _MONTH_UNITS:
        if tick.month == 1:
            return year_text(tick.year)
        return locale.monthName(tick.month, QLocale.FormatType.ShortFormat)
    return year_text(tick.year)
