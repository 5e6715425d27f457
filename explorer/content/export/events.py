"""Cards as the events of a published timeline, in one language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explorer.content.export.html_text import paragraphs_html, sources_html
from explorer.domain.entities import Card, pick
from explorer.domain.fuzzy_date import FuzzyDate, Notation, Qualifier
from explorer.domain.time_of_day import TimeOfDay
from explorer.store.content_store import ContentStore

SOURCES_HEADING = {"en": "Sources", "it": "Fonti", "kk": "Дереккөздер", "ru": "Источники"}


@dataclass(frozen=True)
class ExportedDate:
    year: int
    month: int | None
    day: int | None
    display: str | None
    """The date as written where its numbers alone would say more than is known
    ("circa 1254", "before 1992-06")."""
    time: TimeOfDay | None = None
    """The time of day, for TimelineJS's hour, minute and second (its offset is in
    ``display``)."""


@dataclass(frozen=True)
class ExportedMedia:
    url: str
    """Relative to the exported file: the picture is written beside it; a remote medium's
    own address."""
    caption: str
    credit: str
    alt: str


@dataclass(frozen=True)
class ExportedEvent:
    unique_id: str
    headline: str
    text_html: str
    start: ExportedDate
    end: ExportedDate | None
    group: str
    media: ExportedMedia | None


def exported_date(date: FuzzyDate) -> ExportedDate:
    display = date.display
    says_more = (
        date.qualifier is not Qualifier.EXACT
        or date.notation is not Notation.PLAIN
        or date.extent > 1
        or date.edtf is not None
        or date.time is not None
    )
    if display is None and says_more:  # 115 Ma, 201X, 2001-21, a time of day
        display = str(date)
    return ExportedDate(date.year, date.month, date.day, display, date.time)


class PictureWriter:
    """Writes each exported card's picture once into ``folder``, named by its media id, for
    the folder to be renamed ``final_name`` (the name the addresses give) when all is
    written."""

    def __init__(self, store: ContentStore, folder: Path, final_name: str):
        self.store, self.folder, self.final_name = store, folder, final_name
        self.written: dict[str, str] = {}

    def url_of(self, media_id: str) -> str:
        if media_id not in self.written:
            media = self.store.media(media_id)
            if media.url is not None:  # a remote medium: its own address, nothing to write
                return media.url
            _, data = self.store.media_data(media_id)
            name = media_id.replace(":", "--") + Path(media.file).suffix.lower()
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / name).write_bytes(data)
            self.written[media_id] = f"{self.final_name}/{name}"
        return self.written[media_id]


def exported_events(
    store: ContentStore, ids: list[str], language: str, pictures: PictureWriter
) -> tuple[list[ExportedEvent], list[str]]:
    """The dated cards of ``ids`` as events, in that order, and the ids of those left out
    because they have no date (a published timeline places every event)."""
    # A card's group is the timeline lane it is drawn in: its pack's own lane, else its category.
    groups = {category.id: pick(category.name, language)[0] for category in store.categories()}
    groups.update({lane.id: pick(lane.name, language)[0] for lane in store.lanes()})
    heading = SOURCES_HEADING.get(language, SOURCES_HEADING["en"])
    events, undated = [], []
    for card_id in ids:
        card = store.card(card_id)
        if card.start is None:
            undated.append(card_id)
            continue
        events.append(_event(store, card, language, groups, heading, pictures))
    return events, undated


def _event(
    store: ContentStore,
    card: Card,
    language: str,
    groups: dict[str, str],
    heading: str,
    pictures: PictureWriter,
) -> ExportedEvent:
    text = paragraphs_html(pick(card.summary, language)[0], pick(card.body, language)[0])
    note = pick(card.date_note, language)[0] if card.date_note else ""
    text += paragraphs_html(note) + sources_html(store.sources(card.sources), heading)
    return ExportedEvent(
        unique_id=card.id,
        headline=pick(card.title, language)[0],
        text_html=text,
        start=exported_date(card.start),
        end=None if card.end is None else exported_date(card.end),
        group=groups.get(card.lane or card.category, ""),
        media=_media(store, card, language, pictures),
    )


def _media(
    store: ContentStore, card: Card, language: str, pictures: PictureWriter
) -> ExportedMedia | None:
    if card.image is None:
        return None
    media = store.media(card.image)
    credit = ", ".join(part for part in (media.credit, media.licence) if part)
    return ExportedMedia(
        url=pictures.url_of(card.image),
        caption=pick(media.caption, language)[0] if media.caption else "",
        credit=credit,
        alt=pick(media.alt, language)[0] if media.alt else "",
    )
