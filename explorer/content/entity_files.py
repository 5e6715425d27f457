"""The files of a pack as tables: which fields each holds, how each field is read, and
which fields refer to items of other files. ``validate`` walks these tables."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from explorer.content.field_parsers import (
    Context,
    Parser,
    boolean,
    card_reference,
    colour,
    country,
    country_list,
    date,
    exactly,
    id_list,
    identifier,
    labelled_dates,
    language_list,
    localized,
    media_path,
    number,
    number_between,
    one_of,
    optional_localized,
    text,
    text_list,
    text_or_localized,
    translation_statuses,
    url,
    version,
    whole_number,
)
from explorer.content.limits import (
    ATTRIBUTION,
    BODY,
    CAPTION,
    MAX_LABELLED_DATES,
    MAX_TAGS,
    NAME,
    SUMMARY,
    TERM,
)
from explorer.content.story_records import story_steps
from explorer.domain.collection import PACK_FORMAT
from explorer.domain.entities import (
    Card,
    Category,
    Era,
    Figure,
    Kind,
    Lane,
    Link,
    Media,
    MediaKind,
    Place,
    Route,
    RouteKind,
    RoutePath,
    Side,
    Source,
    Story,
)
from explorer.domain.fuzzy_date import FuzzyDateError, span_of
from explorer.domain.wording import PackProblems

_NO_DEFAULT = object()


@dataclass(frozen=True)
class Field:
    name: str
    parse: Parser
    required: bool = True
    attr: str | None = None
    """The domain attribute, when it is not the JSON name (a link's "from" is source_card)."""
    default: Any = _NO_DEFAULT
    """The domain value of an optional field left out, when the entity needs one."""

    @property
    def attribute(self) -> str:
        return self.attr or self.name


def optional(
    name: str, parse: Parser, *, default: Any = _NO_DEFAULT, attr: str | None = None
) -> Field:
    return Field(name, parse, required=False, attr=attr, default=default)


@dataclass
class ParsedItem:
    """One object of a file: the fields that could be read, and the ones that could not."""

    label: str | None
    values: dict[str, Any] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)

    def build(self, entity: type, fields: tuple[Field, ...]) -> Any:
        values = {f.attribute: f.default for f in fields if f.default is not _NO_DEFAULT}
        values.update({f.attribute: self.values[f.name] for f in fields if f.name in self.values})
        return entity(**values)


ItemCheck = Callable[[ParsedItem, Context], Iterator[tuple[str, str]]]
"""A check across fields of one item; yields (field, message) for each problem."""


@dataclass(frozen=True)
class EntityFile:
    name: str
    entity: type
    required: bool = True
    checks: tuple[ItemCheck, ...] = ()
    fields: tuple[Field, ...] = ()

    @property
    def collection_attr(self) -> str:
        """The Collection attribute holding this file's items: cards.json -> cards."""
        return self.name.removesuffix(".json")


@dataclass(frozen=True)
class Reference:
    """Values of ``field`` in ``file`` must be ids of items in ``target``.

    Where the field's parser accepts ``pack-id:card-id`` (a link's ends), a reference
    qualified with the pack's own id names the item of the bare id, and one qualified with
    another pack's id is not checked here.
    """

    file: str
    field: str
    target: str
    what: str


def one_country(value: Any, context: Context) -> tuple[str, ...]:
    """The older ``country`` of a place: one code, kept as a list of one."""
    return (country(value, context),)


def end_not_before_start(item: ParsedItem, context: Context) -> Iterator[tuple[str, str]]:
    start, end = item.values.get("start"), item.values.get("end")
    if start is not None and end is not None:
        try:
            span_of(start, end)
        except FuzzyDateError as error:
            yield "end", error.wording


def status_for_every_translated_title(
    item: ParsedItem, context: Context
) -> Iterator[tuple[str, str]]:
    main = context.main_language
    if main is None or "translation_status" in item.failed:
        return
    statuses = item.values.get("translation_status", {})
    for language in item.values.get("title", {}):
        if language != main and language not in statuses:
            yield (
                "translation_status",
                PackProblems.tr(
                    "the title has text in '%1' but no translation status for it; "
                    "give 'draft' or 'reviewed'"
                ).arg(language),
            )


def one_way_to_name_countries(item: ParsedItem, context: Context) -> Iterator[tuple[str, str]]:
    """A place names its countries as ``countries`` or as the older ``country``, not both."""
    written = [name for name in ("country", "countries") if name in item.values]
    failed = item.failed & {"country", "countries"}
    if len(written) == 2:
        yield (
            "countries",
            PackProblems.tr(
                "give either countries (a list of codes) or country (one code), not both"
            ),
        )
    elif not written and not failed:
        yield (
            "countries",
            PackProblems.tr(
                "required but missing: give countries, a list of ISO 3166 codes such as "
                '["IT"] or ["IT", "KZ"] (or country, one code)'
            ),
        )


def one_way_to_give_waypoints(item: ParsedItem, context: Context) -> Iterator[tuple[str, str]]:
    """A route gives its waypoints, or its ``places`` as routes written before waypoints have
    them. A route with waypoints is written in full: its kind, its caption and a source."""
    values, failed = item.values, item.failed
    written = [name for name in ("waypoints", "places") if name in values]
    if len(written) == 2:
        yield (
            "places",
            PackProblems.tr(
                "give either waypoints or places (the older name of waypoints), not both"
            ),
        )
    elif not written and not failed & {"waypoints", "places"}:
        yield "waypoints", PackProblems.tr("required but missing")
    if "places" in values or "places" in failed:
        return
    for name in ("kind", "caption"):
        if name not in values and name not in failed:
            yield name, PackProblems.tr("required but missing")
    if values.get("sources") == ():
        yield "sources", PackProblems.tr("must list at least one source")


def file_or_address(item: ParsedItem, context: Context) -> Iterator[tuple[str, str]]:
    """A medium is a picture ``file`` of the pack or a remote ``url`` with its ``kind``."""
    values, failed = item.values, item.failed
    has_file, has_url = "file" in values, "url" in values
    if has_file and has_url:
        yield (
            "url",
            PackProblems.tr(
                "give either file (a picture in the pack) or url (a remote medium), not both"
            ),
        )
    elif not has_file and not has_url and not failed & {"file", "url"}:
        yield (
            "file",
            PackProblems.tr(
                "required but missing: give file (a picture in the pack's media/ folder) or "
                "url (the web address of a remote medium, with its kind)"
            ),
        )
    if has_url and "kind" not in values and "kind" not in failed:
        yield (
            "kind",
            PackProblems.tr("required with url: say what the remote medium is, one of %1").arg(
                ", ".join(kind.value for kind in MediaKind)
            ),
        )
    if has_file and not has_url and "kind" in values:
        yield (
            "kind",
            PackProblems.tr(
                "only a remote medium (with url) has a kind; a file is always a picture"
            ),
        )


MANIFEST = "manifest.json"
MANIFEST_FIELDS = (
    Field("format", exactly(PACK_FORMAT)),
    Field("format_version", whole_number),
    Field("id", identifier),
    Field("title", localized(NAME)),
    Field("version", version),
    Field("languages", language_list),
    Field("licence", text(ATTRIBUTION)),
    optional("description", optional_localized(SUMMARY)),
)

ID = Field("id", identifier)
NAME_FIELD = Field("name", localized(NAME))
COLOUR = Field("colour", colour)
CARD_CHECKS = (end_not_before_start, status_for_every_translated_title)

ENTITY_FILES = (
    EntityFile("categories.json", Category, fields=(ID, NAME_FIELD, COLOUR)),
    EntityFile(
        "sources.json",
        Source,
        fields=(
            ID,
            Field("title", text(NAME)),
            optional("publisher", text(NAME)),
            optional("date", date),
            optional("url", url),
            optional("note", text(SUMMARY)),
        ),
    ),
    EntityFile(
        "places.json",
        Place,
        required=False,
        checks=(one_way_to_name_countries,),
        fields=(
            ID,
            NAME_FIELD,
            Field("latitude", number_between(-90, 90)),
            Field("longitude", number_between(-180, 180)),
            optional("country", one_country, attr="countries"),
            optional("countries", country_list),
        ),
    ),
    EntityFile(
        "eras.json",
        Era,
        required=False,
        checks=(end_not_before_start,),
        fields=(
            ID,
            NAME_FIELD,
            Field("start", date),
            optional("end", date),
            COLOUR,
        ),
    ),
    EntityFile("lanes.json", Lane, required=False, fields=(ID, NAME_FIELD, COLOUR)),
    EntityFile(
        "media.json",
        Media,
        required=False,
        checks=(file_or_address,),
        fields=(
            ID,
            optional("file", media_path, default=None),
            optional("url", url),
            optional("kind", one_of(MediaKind, "media kind")),
            Field("credit", text(ATTRIBUTION)),
            Field("licence", text(ATTRIBUTION)),
            Field("caption", localized(CAPTION)),
            Field("alt", localized(CAPTION)),
            optional("illustration", boolean),
        ),
    ),
    EntityFile(
        "cards.json",
        Card,
        checks=CARD_CHECKS,
        fields=(
            ID,
            Field("kind", one_of(Kind, "kind")),
            Field("category", identifier),
            optional("side", one_of(Side, "side"), default=None),
            Field("title", localized(NAME)),
            Field("summary", localized(SUMMARY)),
            Field("body", localized(BODY)),
            Field("sources", id_list("source", at_least=1)),
            optional("start", date),
            optional("end", date),
            optional("date_note", optional_localized(CAPTION)),
            optional("places", id_list("place")),
            optional("tags", text_list(TERM, at_most=MAX_TAGS)),
            optional("image", identifier),
            optional("translation_status", translation_statuses),
            optional("dates", labelled_dates(NAME, MAX_LABELLED_DATES)),
            optional("lane", identifier),
        ),
    ),
    EntityFile(
        "links.json",
        Link,
        required=False,
        fields=(
            ID,
            Field("from", card_reference, attr="source_card"),
            Field("to", card_reference, attr="target_card"),
            Field("type", text(TERM)),
            Field("label", localized(NAME)),
            optional("sources", id_list("source")),
            optional("reverse_label", localized(NAME)),
        ),
    ),
    EntityFile(
        "figures.json",
        Figure,
        required=False,
        fields=(
            ID,
            Field("card", identifier),
            Field("label", localized(NAME)),
            Field("value", number),
            Field("unit", text_or_localized(TERM)),
            Field("date", date),
            Field("source", identifier),
        ),
    ),
    EntityFile(
        "routes.json",
        Route,
        required=False,
        checks=(one_way_to_give_waypoints, end_not_before_start),
        fields=(
            ID,
            optional("kind", one_of(RouteKind, "kind"), default=None),
            NAME_FIELD,
            optional("caption", localized(CAPTION)),
            optional("waypoints", id_list("place", at_least=2)),
            optional("places", id_list("place", at_least=2), attr="waypoints"),
            optional("path", one_of(RoutePath, "path")),
            optional("start", date),
            optional("end", date),
            optional("approximate", boolean),
            Field("sources", id_list("source")),
            optional("cards", id_list("card")),
            optional("translation_status", translation_statuses),
        ),
    ),
    EntityFile(
        "stories.json",
        Story,
        required=False,
        checks=(status_for_every_translated_title,),
        fields=(
            ID,
            Field("title", localized(NAME)),
            Field("summary", localized(SUMMARY)),
            Field("steps", story_steps),
            optional("sources", id_list("source")),
            optional("translation_status", translation_statuses),
        ),
    ),
)

FILE_ORDER = (MANIFEST, *(spec.name for spec in ENTITY_FILES))

REFERENCES = (
    Reference("cards.json", "category", "categories.json", "category"),
    Reference("cards.json", "sources", "sources.json", "source"),
    Reference("cards.json", "places", "places.json", "place"),
    Reference("cards.json", "image", "media.json", "picture"),
    Reference("cards.json", "lane", "lanes.json", "lane"),
    Reference("links.json", "from", "cards.json", "card"),
    Reference("links.json", "to", "cards.json", "card"),
    Reference("links.json", "sources", "sources.json", "source"),
    Reference("figures.json", "card", "cards.json", "card"),
    Reference("figures.json", "source", "sources.json", "source"),
    Reference("routes.json", "waypoints", "places.json", "place"),
    Reference("routes.json", "places", "places.json", "place"),
    Reference("routes.json", "sources", "sources.json", "source"),
    Reference("routes.json", "cards", "cards.json", "card"),
    Reference("stories.json", "sources", "sources.json", "source"),
)
