"""What a reader makes of its source before the pack is written: plain texts, pack dates."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class WebLink:
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class DraftPlace:
    name: str
    latitude: float
    longitude: float
    country: str


@dataclass(frozen=True, slots=True)
class DraftMedia:
    """A card's medium as the source names it: a web address or a path beside the source."""

    address: str
    caption: str = ""
    credit: str = ""
    alt: str = ""


@dataclass(frozen=True, slots=True)
class DraftDate:
    """A labelled date of a card ("latest start"), in the pack's form or an EDTF interval."""

    label: dict[str, str]
    """The label by language; English at least."""
    date: str


@dataclass(slots=True)
class DraftCard:
    record: str
    """How the report names the record: "event 3 ('Moon landing')"."""
    title: dict[str, str]
    """Texts by language code; the writer fills a missing summary or body from them."""
    summary: dict[str, str] = field(default_factory=dict)
    body: dict[str, str] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    """Dates in the pack's own form ("1963-08-09", "-500")."""
    date_note: str | None = None
    category: str | None = None
    """The category's name as the source wrote it."""
    lane: str | None = None
    """The name of the timeline lane the card is drawn in (a TimelineJS group)."""
    tags: list[str] = field(default_factory=list)
    links: list[WebLink] = field(default_factory=list)
    """Web pages the record cites; each becomes a source."""
    place: DraftPlace | None = None
    id_hint: str | None = None
    """An id the source gave the record, used instead of its title when it makes an id."""
    kind: str = "event"
    media: DraftMedia | None = None
    dates: list[DraftDate] = field(default_factory=list)


@dataclass(slots=True)
class DraftEra:
    record: str
    name: str
    start: str
    end: str | None = None


@dataclass(slots=True)
class Draft:
    title: str | None = None
    description: str | None = None
    cards: list[DraftCard] = field(default_factory=list)
    eras: list[DraftEra] = field(default_factory=list)
