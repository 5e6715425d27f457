"""The things a collection is made of. Plain, immutable data; no behaviour beyond lookups.

Texts that exist in several languages are ``Localized``: a mapping from a language
code (en, it, kk, ru) to the text in that language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.labelled_date import LabelledDate
from explorer.domain.transliteration import kazakh_latin

Localized = Mapping[str, str]

FALLBACK_LANGUAGE = "en"
KAZAKH_LATIN = "kk-Latn"
"""Kazakh in the 2021 Latin alphabet: never stored, always derived from the Cyrillic."""


def base_language(language: str) -> str:
    """The stored language a display language is read from ("kk" for Kazakh Latin)."""
    return "kk" if language == KAZAKH_LATIN else language


def pick(texts: Localized, language: str) -> tuple[str, bool]:
    """The text in ``language``, else in English, else in any language.

    Returns the text and whether it is a fallback rather than the language asked for.
    Kazakh Latin is the Kazakh text transliterated.
    """
    if language == KAZAKH_LATIN:
        text, fallback = pick(texts, "kk")
        return (text, True) if fallback else (kazakh_latin(text), False)
    if texts.get(language):
        return texts[language], False
    if texts.get(FALLBACK_LANGUAGE):
        return texts[FALLBACK_LANGUAGE], True
    for text in texts.values():
        if text:
            return text, True
    return "", True


class Kind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    INSTITUTION = "institution"
    WORK = "work"
    EVENT = "event"
    TOPIC = "topic"
    FIGURE = "figure"


class Side(StrEnum):
    ITALY = "italy"
    KAZAKHSTAN = "kazakhstan"
    BOTH = "both"


NO_SIDE = "neither"
"""The side facet's value for a card of neither country (a card with no ``side``)."""


class MediaKind(StrEnum):
    """What a remote medium is: the explorer shows a placeholder naming it."""

    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    MAP = "map"
    PAGE = "page"


class TranslationStatus(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class Category:
    """A category of cards, with its colour."""

    id: str
    name: Localized
    colour: str


@dataclass(frozen=True)
class Lane:
    """A lane of the timeline of the pack's own, with its colour: cards naming it are drawn
    in it rather than in their category's lane."""

    id: str
    name: Localized
    colour: str


@dataclass(frozen=True)
class Source:
    """Where something a card says comes from."""

    id: str
    title: str
    publisher: str = ""
    """Empty when the source does not name its publisher."""
    date: FuzzyDate | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Place:
    """A place on the map, in the countries whose ISO 3166 codes are ``countries`` (a
    border town or a route's stretch may lie in several)."""

    id: str
    name: Localized
    latitude: float
    longitude: float
    countries: tuple[str, ...]


class RouteKind(StrEnum):
    """What a route is: how people or goods travel along it."""

    FLIGHT = "flight"
    LAND = "land"
    SEA = "sea"
    RAIL = "rail"
    CORRIDOR = "corridor"
    JOURNEY = "journey"
    """A historical journey, such as Marco Polo's."""


class RoutePath(StrEnum):
    """How a route is drawn between two waypoints."""

    GREAT_CIRCLE = "great_circle"
    STRAIGHT = "straight"


@dataclass(frozen=True)
class Route:
    """A journey or a link drawn on the map: a path through places, in order.

    ``kind`` is None only for a route written before routes had kinds (its waypoints given
    as ``places``); such a route is drawn straight.
    """

    id: str
    name: Localized
    waypoints: tuple[str, ...]
    sources: tuple[str, ...] = ()
    kind: RouteKind | None = None
    caption: Localized = field(default_factory=dict)
    path: RoutePath | None = None
    """As the pack wrote it; None: the default of its kind (see ``drawn_as``)."""
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    approximate: bool = False
    """The way is known only roughly (an old journey): the line is schematic."""
    cards: tuple[str, ...] = ()
    translation_status: Mapping[str, TranslationStatus] = field(default_factory=dict)

    @property
    def drawn_as(self) -> RoutePath:
        """The path written, else a flight's great circle, else a straight line."""
        if self.path is not None:
            return self.path
        return RoutePath.GREAT_CIRCLE if self.kind is RouteKind.FLIGHT else RoutePath.STRAIGHT


@dataclass(frozen=True)
class StoryStep:
    """One step of a guided story: a card, what the story says of it, and what the timeline
    or the map may show meanwhile."""

    card: str
    text: Localized
    """The story's words at this step, a few sentences in each language."""
    period: tuple[FuzzyDate, FuzzyDate] | None = None
    """The span the timeline shows at this step (None: the timeline is left to the card)."""
    places: tuple[str, ...] = ()
    """Places the map shows together at this step (none: the card's own)."""
    route: str | None = None
    """A route the map shows and tells at this step."""


@dataclass(frozen=True)
class Story:
    """A guided path through the collection: steps in order, each a card with a short
    narrative; read forwards and backwards in a player, or run as a kiosk's attract loop."""

    id: str
    title: Localized
    summary: Localized
    steps: tuple[StoryStep, ...]
    sources: tuple[str, ...] = ()
    translation_status: Mapping[str, TranslationStatus] = field(default_factory=dict)


@dataclass(frozen=True)
class Era:
    """A named span of time; ``end`` is None while the era continues (relations that still
    hold, say)."""

    id: str
    name: Localized
    start: FuzzyDate
    colour: str
    end: FuzzyDate | None = None

    def days(self, today: int) -> tuple[int, int]:
        """First and last day of the era; one that continues runs to ``today``."""
        first = self.start.period()[0]
        if self.end is None:
            return first, max(first, today)
        return first, self.end.period()[1]


@dataclass(frozen=True)
class Media:
    """A picture, with its credit and licence; ``illustration`` when it was made for the
    pack rather than photographed.

    A remote medium has a ``url`` (and a ``kind``) instead of a ``file``: it is never
    downloaded, only named.
    """

    id: str
    file: str | None
    credit: str
    licence: str
    caption: Localized
    alt: Localized
    illustration: bool = False
    url: str | None = None
    kind: MediaKind = MediaKind.IMAGE

    @property
    def remote(self) -> bool:
        return self.file is None


@dataclass(frozen=True)
class Figure:
    """A number a card gives, with its unit, date and source."""

    id: str
    card: str
    label: Localized
    value: float
    unit: Localized
    """The unit in each language ("billion USD", "млрд долларов США"); English always.
    Figures of one English unit are compared in one chart."""
    date: FuzzyDate
    source: str

    @property
    def unit_key(self) -> str:
        """The English unit: what a chart groups by, whatever the language shown."""
        return self.unit.get("en", "")


@dataclass(frozen=True)
class Link:
    """A link from one card to another, of a type (see ``explorer.domain.link_types``)."""

    id: str
    source_card: str
    target_card: str
    type: str
    label: Localized
    sources: tuple[str, ...] = ()
    reverse_label: Localized = field(default_factory=dict)
    """How the link reads on the card it points to; see ``explorer.domain.link_types``."""


@dataclass(frozen=True)
class Card:
    """One card of the collection: its texts by language, dates, places and sources."""

    id: str
    kind: Kind
    category: str
    side: Side | None
    """None for a card of neither country (a general collection's card about elsewhere)."""
    title: Localized
    summary: Localized
    body: Localized
    sources: tuple[str, ...]
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    date_note: Localized = field(default_factory=dict)
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: str | None = None
    translation_status: Mapping[str, TranslationStatus] = field(default_factory=dict)
    dates: tuple[LabelledDate, ...] = ()
    """Further dates with their labels, shown on the card's page; ``start`` and ``end``
    alone place the card on the timeline."""
    lane: str | None = None
    """The timeline lane the card is drawn in; None: its category's lane."""

    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, text in self.title.items() if text)
