"""One TimelineJS slide (from JSON v3, v2 or the spreadsheet template) made into a card."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.content.convert.dates import SourceDate, out_of_range_note, pack_date
from explorer.content.convert.drafts import DraftCard, DraftEra, DraftMedia
from explorer.content.convert.html_text import html_to_line, html_to_text
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.sources_paragraph import split_sources
from explorer.content.convert.text_fit import cut
from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError


@dataclass
class TimelineEvent:
    number: str
    """How the source counts it: "event 3", "line 7"."""
    headline: str = ""
    text: str = ""
    """HTML, as TimelineJS holds it."""
    start: SourceDate | None = None
    end: SourceDate | None = None
    display_date: str = ""
    """The slide's display date: how the whole span is shown."""
    start_display: str = ""
    end_display: str = ""
    """How each date is shown, when the source says ("circa 1254", "115 Ma")."""
    media_url: str = ""
    media_caption: str = ""
    media_credit: str = ""
    media_alt: str = ""
    group: str = ""
    background: str = ""

    @property
    def title(self) -> str:
        return html_to_line(self.headline)

    @property
    def label(self) -> str:
        title = self.title
        return f"{self.number} ({cut(title, 60)!r})" if title else self.number


def event_card(event: TimelineEvent, language: str, report: ConversionReport) -> DraftCard:
    label = event.label
    html, sources = split_sources(event.text)
    text = html_to_text(html)
    group = html_to_line(event.group) or None  # the timeline's row and its theme
    card = DraftCard(
        record=label,
        title={language: event.title},
        body={language: text.text} if text.text else {},
        links=list(text.links) + sources,
        category=group,
        lane=group,
    )
    start_shown = shown_date(event.start, event.start_display)
    end_shown = shown_date(event.end, event.end_display)
    card.start = start_shown or _date(event.start, label, "start date", report)
    card.end = end_shown or _date(event.end, label, "end date", report)
    card.date_note = _date_note(event, start_shown, end_shown)
    _media(event, card)
    if event.background:
        report.lose(
            label, "background", f"the background {event.background} was dropped: cards have none"
        )
    return card


def era_from(event: TimelineEvent, report: ConversionReport) -> DraftEra | None:
    """An era from an era slide; None (reported) when it has no start date it can keep."""
    label = event.label
    start = shown_date(event.start, event.start_display)
    start = start or _date(event.start, label, "start date", report)
    if start is None:
        report.lose(label, "era", "the era has no start date the pack can hold; dropped")
        return None
    end = shown_date(event.end, event.end_display) or _date(event.end, label, "end date", report)
    return DraftEra(label, event.title, start, end)


def _date(date: SourceDate | None, label: str, field: str, report: ConversionReport) -> str | None:
    if date is None:
        return None
    written = pack_date(date)
    for loss in written.losses:
        report.lose(label, field, loss)
    return written.text


def _date_note(event: TimelineEvent, start_shown: str | None, end_shown: str | None) -> str | None:
    """The slide's display date; else each date's display text when one is not a date the
    pack reads (said as the source shows it); else the years beyond the pack's range."""
    display = html_to_line(event.display_date)
    if display and not _says_only(
        display, start_shown or _plain(event.start), end_shown or _plain(event.end)
    ):
        return display
    displays = (html_to_line(event.start_display), html_to_line(event.end_display))
    if (displays[0] and not start_shown) or (displays[1] and not end_shown):
        return " – ".join(filter(None, displays))
    return out_of_range_note(event.start, event.end)


def _plain(date: SourceDate | None) -> str | None:
    return None if date is None else pack_date(date).text


def _says_only(display: str, start: str | None, end: str | None) -> bool:
    """Whether a display date says only what the card's dates say ("1271 – 1295" for 1271
    to 1295): the card shows those, so it would only repeat them."""
    written = " ".join(display.replace("–", "-").replace("—", "-").split())
    said = [part for part in (start, end) if part]
    return written in (" - ".join(said), "-".join(said), *said[:1]) and bool(said)


def shown_date(date: SourceDate | None, display: str) -> str | None:
    """``display`` as the pack's date when it is one and names the same year, month and day
    as ``date`` ("circa 1254", "115 Ma", "2025-09-29T14:30", as ``explorer export`` writes
    them): then it says more than the numbers, never less."""
    written = html_to_line(display)
    if date is None or not written:
        return None
    try:
        parsed = FuzzyDate.parse(written)
    except FuzzyDateError:
        return None
    year = date.year if date.year != 0 else -1
    same = (parsed.year, parsed.month, parsed.day) == (year, date.month, date.day)
    return str(parsed) if same else None


def _media(event: TimelineEvent, card: DraftCard) -> None:
    address = event.media_url.strip()
    if address:
        card.media = DraftMedia(
            address,
            caption=html_to_line(event.media_caption),
            credit=html_to_line(event.media_credit),
            alt=html_to_line(event.media_alt),
        )
