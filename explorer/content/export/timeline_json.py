"""TimelineJS's JSON (version 3): the title slide, the events and the eras."""

from __future__ import annotations

from html import escape

from explorer.content.export.events import ExportedDate, ExportedEvent
from explorer.content.export.html_text import paragraphs_html
from explorer.content.export.timeline_document import ExportedEra


def timeline_json(
    title: tuple[str, str], events: list[ExportedEvent], eras: list[ExportedEra]
) -> dict:
    """The document TimelineJS reads: its texts are HTML, so every text is escaped."""
    headline, text = title
    document: dict = {
        "title": {
            "text": {"headline": escape(headline, quote=False), "text": paragraphs_html(text)}
        },
        "events": [_event(event) for event in events],
    }
    if eras:
        document["eras"] = [
            {
                "start_date": _date(era.start),
                "end_date": _date(era.end),
                "text": {"headline": escape(era.headline, quote=False)},
            }
            for era in eras
        ]
    return document


def _event(event: ExportedEvent) -> dict:
    record: dict = {
        "unique_id": event.unique_id,
        "start_date": _date(event.start),
        "text": {"headline": escape(event.headline, quote=False), "text": event.text_html},
    }
    if event.end is not None:
        record["end_date"] = _date(event.end)
    if event.group:
        record["group"] = event.group
    if event.media is not None:
        record["media"] = {
            "url": event.media.url,
            "caption": escape(event.media.caption, quote=False),
            "credit": escape(event.media.credit, quote=False),
            "alt": event.media.alt,
        }
    return record


def _date(date: ExportedDate) -> dict:
    fields: dict = {"year": date.year}
    if date.month is not None:
        fields["month"] = date.month
    if date.day is not None:
        fields["day"] = date.day
    if date.time is not None:
        fields["hour"], fields["minute"] = date.time.hour, date.time.minute
        if date.time.second is not None:
            fields["second"] = date.time.second
    if date.display is not None:
        fields["display_date"] = date.display
    return fields
