"""TimelineJS JSON, version 3 (``{"title", "events", "eras"}``) and the older version 2
(``{"timeline": {"headline", "date": [...], "era": [...]}}``), told apart by their shape."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from explorer.content.convert.date_strings import parse_date_string
from explorer.content.convert.dates import DateFieldError, SourceDate, source_date, time_text
from explorer.content.convert.drafts import Draft
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.html_text import html_to_line, html_to_text
from explorer.content.convert.record_fields import RecordPlace, records
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.source_file import load_json, read_source
from explorer.content.convert.text_fit import cut
from explorer.content.convert.timeline_event import TimelineEvent, era_from, event_card
from explorer.content.import_progress import ImportProgress


def read_timelinejs(
    path: Path, language: str, report: ConversionReport, progress: ImportProgress
) -> Draft:
    data = load_json(path, read_source(path, progress=progress))
    if isinstance(data, dict) and "events" in data:
        report.format_name = "TimelineJS JSON version 3"
        return _version_3(path, data, language, report)
    if isinstance(data, dict) and isinstance(data.get("timeline"), dict):
        report.format_name = "TimelineJS JSON version 2"
        return _version_2(path, data["timeline"], language, report)
    raise ConvertError(
        str(path),
        None,
        None,
        'is not a TimelineJS timeline: version 3 has an "events" list at the top, version 2 a '
        '"timeline" object',
    )


SlideReader = Callable[[RecordPlace, dict[str, Any], str], TimelineEvent]


def _add_slides(
    draft: Draft,
    file: str,
    slides: tuple[list[Any], list[Any]],
    read_slide: SlideReader,
    language: str,
    report: ConversionReport,
    event_name: str = "event",
) -> None:
    """The events of either version as cards, its eras as eras."""
    events, eras = slides
    for number, value in enumerate(events, 1):
        place = RecordPlace(file, f"{event_name} {number}")
        slide = read_slide(place, place.object(value, event_name), f"{event_name} {number}")
        draft.cards.append(event_card(slide, language, report))
    for number, value in enumerate(eras, 1):
        place = RecordPlace(file, f"era {number}")
        era = era_from(read_slide(place, place.object(value, "era"), f"era {number}"), report)
        if era:
            draft.eras.append(era)


# --- version 3 ---------------------------------------------------------------------------


def _version_3(path: Path, data: dict[str, Any], language: str, report: ConversionReport) -> Draft:
    file = str(path)
    draft = Draft()
    title = RecordPlace(file, "title").object(data.get("title"), "title")
    if title:
        slide = _slide_3(RecordPlace(file, "title"), title, "the title slide")
        draft.title = slide.title or None
        draft.description = html_to_text(slide.text).text or None
        if slide.media_url:
            shown = cut(slide.media_url, 120)
            report.lose("the title slide", "media", f"the media {shown} was dropped")
    events = records(data.get("events"), file, "events")
    eras = records(data.get("eras"), file, "eras")
    _add_slides(draft, file, (events, eras), _slide_3, language, report)
    return draft


def _slide_3(place: RecordPlace, slide: dict[str, Any], number: str) -> TimelineEvent:
    text = place.object(slide.get("text"), "text")
    media = place.object(slide.get("media"), "media")
    background = place.object(slide.get("background"), "background")
    event = TimelineEvent(
        number=number,
        headline=place.text(text.get("headline"), "text.headline"),
        text=place.text(text.get("text"), "text.text"),
        media_url=place.text(media.get("url"), "media.url"),
        media_caption=place.text(media.get("caption"), "media.caption"),
        media_credit=place.text(media.get("credit"), "media.credit"),
        media_alt=place.text(media.get("alt"), "media.alt"),
        group=place.text(slide.get("group"), "group"),
        background=" ".join(
            place.text(background.get(key), f"background.{key}") for key in ("url", "color")
        ).strip(),
    )
    event.start, event.start_display = _date_3(place, slide.get("start_date"), "start_date")
    event.end, event.end_display = _date_3(place, slide.get("end_date"), "end_date")
    event.display_date = place.text(slide.get("display_date"), "display_date")
    return event


def _date_3(place: RecordPlace, value: Any, field: str) -> tuple[SourceDate | None, str]:
    date = place.object(value, field)
    if not date:
        return None, ""
    found = place.date(date.get("year"), date.get("month"), date.get("day"), field)
    try:
        time = time_text(date.get("hour"), date.get("minute"), date.get("second"))
    except DateFieldError as error:
        raise place.error(f"{field} time", str(error)) from None
    display = place.text(date.get("display_date"), f"{field}.display_date")
    if found is not None and time:
        found = SourceDate(found.year, found.month, found.day, time)
    return found, display


# --- version 2 ---------------------------------------------------------------------------


def _version_2(
    path: Path, timeline: dict[str, Any], language: str, report: ConversionReport
) -> Draft:
    file = str(path)
    top = RecordPlace(file, "timeline")
    draft = Draft(
        title=html_to_line(top.text(timeline.get("headline"), "headline")) or None,
        description=html_to_text(top.text(timeline.get("text"), "text")).text or None,
    )
    dates = records(timeline.get("date"), file, "timeline.date")
    eras = records(timeline.get("era"), file, "timeline.era")
    _add_slides(draft, file, (dates, eras), _slide_2, language, report, event_name="date")
    return draft


def _slide_2(place: RecordPlace, slide: dict[str, Any], number: str) -> TimelineEvent:
    asset = place.object(slide.get("asset"), "asset")
    return TimelineEvent(
        number=number,
        headline=place.text(slide.get("headline"), "headline"),
        text=place.text(slide.get("text"), "text"),
        start=_date_2(place, slide.get("startDate"), "startDate"),
        end=_date_2(place, slide.get("endDate"), "endDate"),
        media_url=place.text(asset.get("media"), "asset.media"),
        media_caption=place.text(asset.get("caption"), "asset.caption"),
        media_credit=place.text(asset.get("credit"), "asset.credit"),
        group=place.text(slide.get("tag"), "tag"),
    )


def _date_2(place: RecordPlace, value: Any, field: str) -> SourceDate | None:
    """ "1963,8,9" (year, month, day, then hour, minute, second), or a date in words."""
    written = place.text(value, field).strip()
    if not written:
        return None
    parts = [part.strip() for part in written.split(",")]
    try:
        if all(part.lstrip("-").isdigit() for part in parts) and len(parts) <= 6:
            date = source_date(*(parts[:3] + [None] * (3 - len(parts[:3]))))
            time = time_text(*parts[3:]) if len(parts) > 3 else None
            if date is not None and time:
                return SourceDate(date.year, date.month, date.day, time)
            return date
        return parse_date_string(written)
    except DateFieldError as error:
        raise place.error(field, f"{written[:80]!r}: {error}") from None
