"""The TimelineJS spreadsheet template as CSV: a title row, a row an event, a row an era.

The columns are those of Knight Lab's published template, so the file can be pasted into
its Google Sheet (or read back by ``explorer convert timelinejs-csv``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from explorer.content.export.events import ExportedDate, ExportedEvent
from explorer.content.export.html_text import paragraphs_html
from explorer.content.export.timeline_document import ExportedEra

COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip


def write_timeline_csv(
    out: TextIO,
    title: tuple[str, str],
    events: Iterable[ExportedEvent],
    eras: Iterable[ExportedEra],
) -> None:
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    headline, text = title
    writer.writerow({"Headline": headline, "Text": paragraphs_html(text), "Type": "title"})
    for event in events:
        row = {**_dates(event.start, event.end), "Headline": event.headline}
        row["Text"], row["Group"] = event.text_html, event.group
        if event.media is not None:
            row["Media"], row["Media Credit"] = event.media.url, event.media.credit
            row["Media Caption"] = event.media.caption
        writer.writerow(row)
    for era in eras:
        writer.writerow({**_dates(era.start, era.end), "Headline": era.headline, "Type": "era"})


def _dates(start: ExportedDate, end: ExportedDate | None) -> dict[str, object]:
    row: dict[str, object] = {"Year": start.year, "Month": start.month, "Day": start.day}
    row["Time"] = _clock(start)
    if end is not None:
        row.update({"End Year": end.year, "End Month": end.month, "End Day": end.day})
        row["End Time"] = _clock(end)
    if start.display is not None or (end is not None and end.display is not None):
        row["Display Date"] = " – ".join(_written(date) for date in (start, end) if date)
    return row


def _clock(date: ExportedDate) -> str | None:
    """ "14:30" or "14:30:05": the time of day without its offset (kept in Display Date)."""
    if date.time is None:
        return None
    return str(date.time).removesuffix(date.time.offset or "")


def _written(date: ExportedDate) -> str:
    if date.display is not None:
        return date.display
    parts = [str(date.year)] + [f"{part:02d}" for part in (date.month, date.day) if part]
    return "-".join(parts)
