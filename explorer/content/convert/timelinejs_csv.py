"""Knight Lab's TimelineJS Google Sheets template, exported as CSV.

Columns: Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background.
A row of Type "title" is the title slide, of Type "era" an era; every other row is a card.
"""

from __future__ import annotations

from pathlib import Path

from explorer.content.convert.csv_text import CsvRow, read_csv_table
from explorer.content.convert.dates import DateFieldError, SourceDate, source_date
from explorer.content.convert.drafts import Draft
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.html_text import html_to_text
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.timeline_event import (
    TimelineEvent,
    era_from,
    event_card,
    shown_date,
)
from explorer.content.import_progress import ImportProgress

COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
REQUIRED = ("Year", "Headline", "Text")


def read_timelinejs_csv(
    path: Path, language: str, report: ConversionReport, progress: ImportProgress
) -> Draft:
    table = read_csv_table(path, progress)
    report.note(f"The CSV file was read as {table.encoding}.")
    names = {name.casefold(): name for name in table.header if name}
    index = {name.casefold(): position for name, position in table.index.items()}
    missing = [column for column in REQUIRED if column.casefold() not in names]
    if missing:
        raise ConvertError(
            str(path),
            "line 1",
            None,
            f"is not the TimelineJS template: it has no column {', '.join(missing)} "
            f"(the template's columns are {', '.join(COLUMNS)})",
        )
    known = {column.casefold() for column in COLUMNS}
    for name in table.header:
        if name and name.casefold() not in known:
            report.note(f"The column '{name}' is not one of the template's and was left out.")
    draft = Draft()
    for row in table.rows:
        cell = _Cells(path, row, index)
        event = _event(cell)
        kind = cell("Type").strip().casefold()
        if kind == "title":
            if draft.title is None:
                draft.title = event.title or None
                draft.description = html_to_text(event.text).text or None
            else:
                report.lose(event.label, "Type", "a second title slide was left out")
        elif kind == "era":
            era = era_from(event, report)
            if era:
                draft.eras.append(era)
        else:
            draft.cards.append(event_card(event, language, report))
    return draft


class _Cells:
    def __init__(self, path: Path, row: CsvRow, index: dict[str, int]) -> None:
        self.path, self.row, self.index = path, row, index

    def __call__(self, column: str) -> str:
        return self.row.cell(self.index.get(column.casefold()))

    def date(self, year: str, month: str, day: str, time: str) -> SourceDate | None:
        try:
            date = source_date(self(year), self(month), self(day))
        except DateFieldError as error:
            raise ConvertError(
                str(self.path), f"line {self.row.line}", f"{year}/{month}/{day}", str(error)
            ) from None
        written_time = " ".join(self(time).split())
        if date is not None and written_time:
            return SourceDate(date.year, date.month, date.day, written_time)
        return date


def _event(cell: _Cells) -> TimelineEvent:
    event = _cells_event(cell)
    _split_display(event)
    return event


def _split_display(event: TimelineEvent) -> None:
    """A Display Date that is the start's and the end's own dates ("circa 1254 – 1260", as
    ``explorer export`` writes it) read as how each date is shown."""
    parts = [part.strip() for part in event.display_date.split(" – ")]
    dates = [date for date in (event.start, event.end) if date is not None]
    if not event.display_date.strip() or len(parts) != len(dates):
        return
    if all(shown_date(date, part) for date, part in zip(dates, parts, strict=True)):
        event.start_display = parts[0]
        event.end_display = parts[1] if len(parts) > 1 else ""
        event.display_date = ""


def _cells_event(cell: _Cells) -> TimelineEvent:
    return TimelineEvent(
        number=f"line {cell.row.line}",
        headline=cell("Headline"),
        text=cell("Text"),
        start=cell.date("Year", "Month", "Day", "Time"),
        end=cell.date("End Year", "End Month", "End Day", "End Time"),
        display_date=cell("Display Date"),
        media_url=cell("Media"),
        media_caption=cell("Media Caption"),
        media_credit=cell("Media Credit"),
        group=cell("Group"),
        background=cell("Background").strip(),
    )
