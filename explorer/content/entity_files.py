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
from explorer.domain.collection import PACK_FORMAT
from explorer.domain.entities import (
    Card,
    Category,
    Era,
    Figure,
    Kind,
    Link,
    Media,
    Place,
    Route,
    Side,
    Source,
)
from explorer.domain.fuzzy_date import FuzzyDateError, span_of
from explorer.domain.wording import PackProblems


@dataclass(frozen=True)
class Field:
    name: str
    parse: Parser
    required: bool = True
    attr: str | None = None
    """The domain attribute, when it is not the JSON name (a link's "from" is source_card)."""

    @property
    def attribute(self) -> str:
        return self.attr or self.name


def optional(name: str, parse: Parser) -> Field:
    return Field(name, parse, required=False)


@dataclass
class ParsedItem:
    """One object of a file: the fields that could be read, and the ones that could not."""

    label: str | None
    values: dict[str, Any] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)

    def build(self, entity: type, fields: tuple[Field, ...]) -> Any:
        return entity(**{f.attribute: self.values[f.name] for f in fields if f.name in self.values})


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
        fields=(
            ID,
            NAME_FIELD,
            Field("latitude", number_between(-90, 90)),
            Field("longitude", number_between(-180, 180)),
            Field("country", country),
        ),
    ),
    EntityFile(
        "routes.json",
        Route,
        required=False,
        fields=(
            ID,
            NAME_FIELD,
            Field("places", id_list("place", at_least=2)),
            Field("sources", id_list("source")),
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
    EntityFile(
        "media.json",
        Media,
        fields=(
            ID,
            Field("file", media_path),
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
            Field("side", one_of(Side, "side")),
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
        ),
    ),
    EntityFile(
        "links.json",
        Link,
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
            Field("unit", text(TERM)),
            Field("date", date),
            Field("source", identifier),
        ),
    ),
)

FILE_ORDER = (MANIFEST, *(spec.name for spec in ENTITY_FILES))

REFERENCES = (
    Reference("cards.json", "category", "categories.json", "category"),
    Reference("cards.json", "sources", "sources.json", "source"),
    Reference("cards.json", "places", "places.json", "place"),
    Reference("cards.json", "image", "media.json", "picture"),
    Reference("links.json", "from", "cards.json", "card"),
    Reference("links.json", "to", "cards.json", "card"),
    Reference("links.json", "sources", "sources.json", "source"),
    Reference("figures.json", "card", "cards.json", "card"),
    Reference("figures.json", "source", "sources.json", "source"),
    Reference("routes.json", "places", "places.json", "place"),
    Reference("routes.json", "sources", "sources.json", "source"),
)
