"""SIMILE Timeline event sources: the XML form ``<data><event start=… title=…>text</event>``
and the JSON form ``{"dateTimeFormat": …, "events": [{"start": …, "title": …}]}``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from explorer.content.convert.date_strings import parse_date_string
from explorer.content.convert.dates import DateFieldError, SourceDate, out_of_range_note, pack_date
from explorer.content.convert.drafts import Draft, DraftCard, DraftDate, DraftMedia, WebLink
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.html_text import html_to_line, html_to_text
from explorer.content.convert.record_fields import RecordPlace, records
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.source_file import load_json, read_source
from explorer.content.convert.text_fit import cut
from explorer.content.import_progress import ImportProgress

_TEXT_FIELDS = (
    "start", "end", "latestStart", "earliestEnd", "isDuration", "durationEvent", "title",
    "link", "image", "icon", "color", "textColor", "classname", "caption", "description",
)  # fmt: skip
_APPEARANCE = ("icon", "color", "textColor")


def read_simile(
    path: Path, language: str, report: ConversionReport, progress: ImportProgress
) -> Draft:
    data = read_source(path, progress=progress)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        report.format_name = "SIMILE Timeline XML"
        events = _xml_events(path, data)
    else:
        report.format_name = "SIMILE Timeline JSON"
        events = _json_events(path, load_json(path, data))
    draft = Draft()
    for number, event in enumerate(events, 1):
        draft.cards.append(
            _card(RecordPlace(str(path), f"event {number}"), event, language, report)
        )
    return draft


def _xml_events(path: Path, data: bytes) -> list[dict[str, Any]]:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ConvertError(
            str(path), None, None, "XML with a DOCTYPE or entity declarations is not read"
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0]
        raise ConvertError(
            str(path), f"line {line}, column {column + 1}", None, f"not valid XML: {reason}"
        ) from None
    if root.tag != "data":
        raise ConvertError(
            str(path), None, None, f"the top element is <{root.tag}>; a SIMILE file has <data>"
        )
    events = []
    for element in root:
        if element.tag != "event":
            continue
        event: dict[str, Any] = dict(element.attrib)
        inner = (element.text or "") + "".join(
            ET.tostring(child, encoding="unicode") for child in element
        )
        event["description"] = inner
        events.append(event)
    return events


def _json_events(path: Path, data: Any) -> list[Any]:
    if not isinstance(data, dict) or "events" not in data:
        raise ConvertError(
            str(path), None, None, 'is not a SIMILE event source: it has no "events" list'
        )
    return records(data["events"], str(path), "events")


def _card(place: RecordPlace, value: Any, language: str, report: ConversionReport) -> DraftCard:
    event = place.object(value, "event")
    fields = {name: place.text(_flag(event.get(name)), name) for name in _TEXT_FIELDS}
    for name, shown in event.items():
        if name not in _TEXT_FIELDS:
            report.lose(place.where, name, f"the attribute was left out ({cut(str(shown), 60)!r})")
    title = html_to_line(fields["title"])
    label = f"{place.where} ({cut(title, 60)!r})" if title else place.where
    text = html_to_text(fields["description"])
    card = DraftCard(
        record=label,
        title={language: title},
        body={language: text.text} if text.text else {},
        links=list(text.links),
    )
    caption = html_to_text(fields["caption"]).text
    if caption:
        card.summary = {language: caption}
    card.start = _date(place, label, fields, "start", report)
    card.date_note = out_of_range_note(
        _source_date(place, fields, "start"), _source_date(place, fields, "end")
    )
    card.end = _date(place, label, fields, "end", report)
    if card.start is None and not fields["start"].strip():
        report.lose(label, "start", "the event has no start date; the card has no date")
    _taper(place, label, fields, card, report)
    _links(fields, card)
    classes = fields["classname"].split()
    if classes:
        card.category = classes[0]
        if len(classes) > 1:
            report.lose(label, "classname", f"only the first class is the category: {classes[1:]}")
    appearance = [f"{name}={fields[name]!r}" for name in _APPEARANCE if fields[name].strip()]
    if appearance:
        report.lose(
            label,
            "appearance",
            f"dropped: cards take their category's colour ({', '.join(appearance)})",
        )
    return card


def _flag(value: Any) -> Any:
    """JSON's true and false (``durationEvent``) as the XML writes them."""
    return str(value).lower() if isinstance(value, bool) else value


def _source_date(place: RecordPlace, fields: dict[str, str], name: str) -> SourceDate | None:
    written = fields[name].strip()
    if not written:
        return None
    try:
        return parse_date_string(written, slashed_order="mdy")
    except DateFieldError as error:
        raise place.error(name, str(error)) from None


def _date(
    place: RecordPlace, label: str, fields: dict[str, str], name: str, report: ConversionReport
) -> str | None:
    date = _source_date(place, fields, name)
    if date is None:
        return None
    written = pack_date(date)
    for loss in written.losses:
        report.lose(label, name, loss)
    return written.text


TAPER_LABELS = {
    "latestStart": {
        "en": "latest start",
        "it": "inizio non oltre",
        "kk": "ең кеш басталу уақыты",
        "ru": "начало не позднее",
    },
    "earliestEnd": {
        "en": "earliest end",
        "it": "fine non prima",
        "kk": "ең ерте аяқталу уақыты",
        "ru": "окончание не ранее",
    },
}
"""A taper's labels in the interface languages; a pack in one of them gets its own words."""


def _taper(
    place: RecordPlace,
    label: str,
    fields: dict[str, str],
    card: DraftCard,
    report: ConversionReport,
) -> None:
    """A taper's dates (how late the start, how early the end may be) as labelled dates."""
    for name, taper_label in TAPER_LABELS.items():
        date = _source_date(place, fields, name)
        if date is None:
            continue
        written = pack_date(date)
        for loss in written.losses:
            report.lose(label, name, loss)
        if written.text:
            card.dates.append(DraftDate(taper_label, written.text))
    duration = (fields["isDuration"] or fields["durationEvent"]).strip().lower()
    if duration == "false" and fields["end"].strip():
        report.lose(
            label,
            "isDuration",
            "an instant known only to lie between start and end is kept as a span from one "
            "to the other",
        )


def _links(fields: dict[str, str], card: DraftCard) -> None:
    title = card.title.get(next(iter(card.title)), "")
    link = fields["link"].strip()
    if link:
        card.links.insert(0, WebLink(link, title or link))
    image = fields["image"].strip()
    if image:
        card.media = DraftMedia(image)
