"""One TimelineJS slide (from JSON v3, v2 or the spreadsheet template) made into a card."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.content.convert.dates import SourceDate, out_of_range_note, pack_date
from explorer.content.convert.drafts import DraftCard, DraftEra, WebLink
from explorer.content.convert.html_text import html_to_line, html_to_text
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.text_fit import cut


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
    media_url: str = ""
    media_caption: str = ""
    media_credit: str = ""
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
    text = html_to_text(event.text)
    card = DraftCard(
        record=label,
        title={language: event.title},
        body={language: text.text} if text.text else {},
        links=list(text.links),
        category=html_to_line(event.group) or None,
    )
    card.start = _date(event.start, label, "start date", report)
    card.end = _date(event.end, label, "end date", report)
    display = html_to_line(event.display_date)
    if display:
        card.date_note = display
    else:
        card.date_note = out_of_range_note(event.start, event.end)
    _media(event, card, report)
    if event.background:
        report.lose(
            label, "background", f"the background {event.background} was dropped: cards have none"
        )
    return card


def era_from(event: TimelineEvent, report: ConversionReport) -> DraftEra | None:
    """An era from an era slide; None (reported) when it has no start date it can keep."""
    start = _date(event.start, event.label, "start date", report)
    if start is None:
        report.lose(event.label, "era", "the era has no start date the pack can hold; dropped")
        return None
    end = _date(event.end, event.label, "end date", report)
    return DraftEra(event.label, event.title, start, end)


def _date(date: SourceDate | None, label: str, field: str, report: ConversionReport) -> str | None:
    if date is None:
        return None
    written = pack_date(date)
    for loss in written.losses:
        report.lose(label, field, loss)
    return written.text


def _media(event: TimelineEvent, card: DraftCard, report: ConversionReport) -> None:
    url = event.media_url.strip()
    if not url:
        return
    caption = html_to_line(event.media_caption)
    credit = html_to_line(event.media_credit)
    if url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url):
        title = caption or credit or f"Media for {card.title.get(next(iter(card.title)), '')}"
        card.links.append(WebLink(url, title))
        report.lose(
            card.record,
            "media",
            f"the media {cut(url, 120)} was not carried: a pack holds only pictures in its own "
            "media folder; its address is kept as a source",
        )
    else:
        report.lose(
            card.record,
            "media",
            f"the media {cut(' '.join(url.split()), 120)!r} was dropped: it is not a web address "
            "(an embed or a local file)",
        )
    if caption or credit:
        report.lose(
            card.record,
            "media caption and credit",
            "dropped with the media: " + "; ".join(filter(None, (caption, credit))),
        )
