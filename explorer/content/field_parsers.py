"""Turn one JSON value of a pack into a domain value, or say in plain words what is wrong.

Every parser takes the raw value and a ``Context`` and returns the parsed value or raises
``FieldError``. The validator lists which parser reads which field; see ``entity_files``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from explorer.content.limits import (
    MAX_DATE_CHARS,
    MAX_ID_CHARS,
    MAX_LANGUAGE_CODE_CHARS,
    MAX_LANGUAGES,
    MAX_LIST_IDS,
    MAX_PATH_CHARS,
    TextRule,
)
from explorer.content.pack_reader import path_problem
from explorer.content.problems import printable
from explorer.content.text_rules import is_visible, text_problem, url_problem
from explorer.domain.entities import FALLBACK_LANGUAGE, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError
from explorer.domain.labelled_date import LabelledDate, date_or_interval
from explorer.domain.pack_version import version_problem
from explorer.domain.references import SEPARATOR
from explorer.domain.wording import PackProblems, Wording

# Matched whole (fullmatch): with match, "$" would also accept a line break at the end.
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
COLOUR_PATTERN = re.compile(r"#[0-9a-fA-F]{6}")
COUNTRY_PATTERN = re.compile(r"[A-Z]{2}")
MAX_COUNTRIES = 50
MEDIA_FOLDER = "media/"
PATH_RULE = TextRule(MAX_PATH_CHARS)


class FieldError(ValueError):
    """A field's value is wrong; the message says why."""

    @property
    def message(self) -> str:
        """The message as it was given (a ``Wording`` keeps its template)."""
        return self.args[0]


@dataclass(frozen=True)
class Context:
    """What parsers need to know about the whole pack."""

    languages: tuple[str, ...] | None = None
    """The manifest's languages; None while they are unknown (any code is then accepted)."""

    @property
    def main_language(self) -> str | None:
        return self.languages[0] if self.languages else None


Parser = Callable[[Any, Context], Any]


def show(value: Any) -> str:
    """A short rendering of a value for a message, hidden characters written as escapes."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "…"
        return f"'{printable(text)}'"
    text = json.dumps(value, ensure_ascii=False)
    return printable(text if len(text) <= 60 else text[:57] + "…")


def kind_of(value: Any) -> Wording:
    """The JSON type of a value, as a curator would name it."""
    if value is None:
        return PackProblems.tr("null (leave the field out instead)")
    if isinstance(value, bool):
        return PackProblems.tr("true/false")
    if isinstance(value, int | float):
        return PackProblems.tr("a number")
    if isinstance(value, str):
        return PackProblems.tr("text")
    if isinstance(value, list):
        return PackProblems.tr("a list")
    return PackProblems.tr("an object")


# What a value must be, as ``_require`` says it when it is not (made once, not per value).
_TEXT = PackProblems.tr("text")
_AN_ID = PackProblems.tr("an id (text)")
_A_CARD_ID = PackProblems.tr("a card id (text)")
_A_COLOUR = PackProblems.tr("a colour written #rrggbb")
_A_COUNTRY_CODE = PackProblems.tr("a two-letter country code")
_A_WEB_ADDRESS = PackProblems.tr("a web address")
_A_VERSION = PackProblems.tr("a version written as text, e.g. 1.0.0")
_A_MEDIA_PATH = PackProblems.tr("a path such as media/abai.png")
_A_NUMBER = PackProblems.tr("a number")
_A_WHOLE_NUMBER = PackProblems.tr("a whole number")
_TRUE_OR_FALSE = PackProblems.tr("true or false")
_A_DATE = PackProblems.tr("a date written as text, e.g. 2025-09-29 or circa 1254")
_A_LANGUAGE_CODE = PackProblems.tr("a language code")
_A_LABELLED_DATE = PackProblems.tr(
    'an object with a label and a date, e.g. {"label": {"en": "built"}, "date": "1389/1405"}'
)
_TEXTS_BY_LANGUAGE = PackProblems.tr('an object from language to text, e.g. {"en": "…", "it": "…"}')


def _require(value: Any, wanted: Any, description: str) -> None:
    if type(value) is wanted:
        return
    # bool is a subclass of int in Python, but true/false is not a number in a pack.
    is_stray_bool = isinstance(value, bool) and wanted is not bool
    if is_stray_bool or not isinstance(value, wanted):
        raise FieldError(PackProblems.tr("must be %1, not %2").arg(description, kind_of(value)))


# --- text and ids -------------------------------------------------------------------------


def text(rule: TextRule) -> Parser:
    """Text, stripped of spaces around it, that keeps ``rule`` and the text rules."""

    multiline, max_chars = rule.multiline, rule.max_chars

    def parse(value: Any, context: Context) -> str:
        _require(value, str, _TEXT)
        if multiline and "\r" in value:  # Windows and old Mac line endings are line breaks
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        stripped = value.strip()
        if not stripped:
            raise FieldError(PackProblems.tr("must not be empty"))
        if len(stripped) <= max_chars and stripped.isprintable() and is_visible(stripped[0]):
            return stripped  # nothing forbidden (it is all printable), something to see
        leading = len(value) - len(value.lstrip())
        problem = text_problem(stripped, rule, first_position=leading + 1)
        if problem:
            raise FieldError(problem)
        return stripped

    return parse


def identifier(value: Any, context: Context) -> str:
    if type(value) is str and len(value) <= MAX_ID_CHARS and ID_PATTERN.fullmatch(value):
        return value
    _require(value, str, _AN_ID)
    _check_id(value)
    return value


def _check_id(value: str) -> None:
    if len(value) > MAX_ID_CHARS:
        raise FieldError(
            PackProblems.tr(
                "%1 is not a valid id: it is %2 characters long; at most %3 are allowed"
            ).arg(show(value), len(value), str(MAX_ID_CHARS))
        )
    if not ID_PATTERN.fullmatch(value):
        raise FieldError(
            PackProblems.tr(
                "%1 is not a valid id: use lower-case letters, digits and single hyphens, "
                "e.g. abai-monument-rome"
            ).arg(show(value))
        )


def card_reference(value: Any, context: Context) -> str:
    """A card id of this pack, or ``pack-id:card-id`` for a card of another pack.

    Kept as written; whether a qualified card exists is known only when the packs meet.
    """
    _require(value, str, _A_CARD_ID)
    pack_id, separator, card_id = value.partition(SEPARATOR)
    if not separator:
        _check_id(value)
        return value
    for part, template in ((pack_id, _BAD_PACK_ID), (card_id, _BAD_CARD_ID)):
        try:
            _check_id(part)
        except FieldError as error:
            raise FieldError(template.arg(show(value), error.message)) from None
    return value


_BAD_PACK_ID = PackProblems.tr(
    "%1 is not a card reference: its pack id %2; write a card id, or pack-id:card-id for a "
    "card of another pack"
)
_BAD_CARD_ID = PackProblems.tr(
    "%1 is not a card reference: its card id %2; write a card id, or pack-id:card-id for a "
    "card of another pack"
)


def exactly(expected: str) -> Parser:
    def parse(value: Any, context: Context) -> str:
        if value != expected:
            raise FieldError(PackProblems.tr("must be '%1', not %2").arg(expected, show(value)))
        return expected

    return parse


_NOT_ONE = {
    "kind": PackProblems.tr("%1 is not a kind; use one of %2"),
    "side": PackProblems.tr("%1 is not a side; use one of %2"),
    "translation status": PackProblems.tr("%1 is not a translation status; use one of %2"),
    "media kind": PackProblems.tr("%1 is not a kind of medium; use one of %2"),
    "path": PackProblems.tr("%1 is not a way to draw a route; use one of %2"),
}


def one_of(choices: type[StrEnum], what: str) -> Parser:
    """A value of ``choices``, e.g. one_of(Kind, "kind")."""
    allowed = ", ".join(choice.value for choice in choices)
    members = {choice.value: choice for choice in choices}
    not_one = _NOT_ONE.get(what)
    one_of_them = PackProblems.tr("one of %1").arg(allowed)

    def parse(value: Any, context: Context) -> StrEnum:
        _require(value, str, one_of_them)
        member = members.get(value)
        if member is None:
            if not_one is None:
                raise FieldError(f"{show(value)} is not a {what}; use one of {allowed}")
            raise FieldError(not_one.arg(show(value), allowed))
        return member

    return parse


def colour(value: Any, context: Context) -> str:
    _require(value, str, _A_COLOUR)
    if not COLOUR_PATTERN.fullmatch(value):
        raise FieldError(
            PackProblems.tr("%1 is not a colour; write it #rrggbb, e.g. #1f77b4").arg(show(value))
        )
    return value.lower()


def country(value: Any, context: Context) -> str:
    _require(value, str, _A_COUNTRY_CODE)
    if not COUNTRY_PATTERN.fullmatch(value):
        raise FieldError(
            PackProblems.tr(
                "%1 is not an ISO 3166 country code; use two capital letters, e.g. IT or KZ"
            ).arg(show(value))
        )
    return value


def url(value: Any, context: Context) -> str:
    _require(value, str, _A_WEB_ADDRESS)
    address = value.strip()
    problem = url_problem(address)
    if problem:
        raise FieldError(problem)
    try:
        parts = urlsplit(address)
    except ValueError as error:  # e.g. "http://[::1": an IPv6 address left open
        raise FieldError(
            PackProblems.tr("%1 is not a web address (%2)").arg(show(value), str(error))
        ) from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FieldError(
            PackProblems.tr("%1 is not a web address starting with http:// or https://").arg(
                show(value)
            )
        )
    return address


def version(value: Any, context: Context) -> str:
    """A pack's version: short, plain, with numbers of at most nine digits."""
    _require(value, str, _A_VERSION)
    stripped = value.strip()
    if not stripped:
        raise FieldError(PackProblems.tr("must not be empty"))
    problem = version_problem(stripped)
    if problem:
        raise FieldError(
            PackProblems.tr("%1 %2", "a value, then what is wrong with it").arg(
                show(stripped), problem
            )
        )
    return stripped


def media_path(value: Any, context: Context) -> str:
    _require(value, str, _A_MEDIA_PATH)
    problem = path_problem(value) or text_problem(value, PATH_RULE)
    if problem:
        raise FieldError(
            PackProblems.tr("%1 %2", "a value, then what is wrong with it").arg(
                show(value), problem
            )
        )
    if not value.startswith(MEDIA_FOLDER):
        raise FieldError(
            PackProblems.tr("%1 must be inside the media/ folder, e.g. media/abai.png").arg(
                show(value)
            )
        )
    return value


# --- numbers and dates --------------------------------------------------------------------


def number(value: Any, context: Context) -> float:
    _require(value, int | float, _A_NUMBER)
    try:
        result = float(value)
    except OverflowError:
        raise FieldError(PackProblems.tr("%1 is too large").arg(show(value))) from None
    if not math.isfinite(result):
        raise FieldError(PackProblems.tr("%1 is not a finite number").arg(show(value)))
    return result


def number_between(low: float, high: float) -> Parser:
    def parse(value: Any, context: Context) -> float:
        result = number(value, context)
        if not low <= result <= high:
            raise FieldError(
                PackProblems.tr("%1 is not between %2 and %3").arg(
                    show(value), f"{low:g}", f"{high:g}"
                )
            )
        return result

    return parse


def whole_number(value: Any, context: Context) -> int:
    _require(value, int, _A_WHOLE_NUMBER)
    return value


def boolean(value: Any, context: Context) -> bool:
    _require(value, bool, _TRUE_OR_FALSE)
    return value


def date(value: Any, context: Context) -> FuzzyDate:
    _require(value, str, _A_DATE)
    if len(value) > MAX_DATE_CHARS:
        raise FieldError(
            PackProblems.tr(
                "%1 is not a date: it is %2 characters long; at most %3 are allowed"
            ).arg(show(value), len(value), str(MAX_DATE_CHARS))
        )
    try:
        return FuzzyDate.parse(value)
    except FuzzyDateError as error:
        raise FieldError(error.wording) from None


# --- lists and texts in several languages -------------------------------------------------


@dataclass(frozen=True)
class ListWords:
    """How problems name a kind of list: "a list of %1" says what it must be; "lists %n …"
    says how many it holds."""

    kind: Wording
    too_many: str
    """A template with %n (how many the list holds) and %1 (how many are allowed)."""

    @functools.cached_property
    def must_be(self) -> Wording:
        return PackProblems.tr("a list of %1").arg(self.kind)


_LISTS = {
    "source ids": ListWords(
        PackProblems.tr("source ids"),
        PackProblems.tr("lists %n source id(s); at most %1 are allowed here", "", 0).template,
    ),
    "place ids": ListWords(
        PackProblems.tr("place ids"),
        PackProblems.tr("lists %n place id(s); at most %1 are allowed here", "", 0).template,
    ),
    "card ids": ListWords(
        PackProblems.tr("card ids"),
        PackProblems.tr("lists %n card id(s); at most %1 are allowed here", "", 0).template,
    ),
    "texts": ListWords(
        PackProblems.tr("texts"),
        PackProblems.tr("lists %n text(s); at most %1 are allowed here", "", 0).template,
    ),
    "labelled dates": ListWords(
        PackProblems.tr("labelled dates"),
        PackProblems.tr("lists %n labelled date(s); at most %1 are allowed here", "", 0).template,
    ),
    "language codes": ListWords(
        PackProblems.tr("language codes"),
        PackProblems.tr("lists %n language code(s); at most %1 are allowed here", "", 0).template,
    ),
}
_TOO_FEW = {
    ("source", 1): PackProblems.tr("must list at least one source"),
    ("place", 2): PackProblems.tr("must list at least two places"),
}


def _list_of(value: Any, description: str, at_most: int) -> list[Any]:
    words = _LISTS[description]
    _require(value, list, words.must_be)
    if len(value) > at_most:
        raise FieldError(Wording(words.too_many, (at_most,), len(value)))
    return value


def id_list(what: str, at_least: int = 0) -> Parser:
    """A list of ids of ``what`` ("source", "place" or "card"), with no repeats."""
    too_few = _TOO_FEW[what, at_least] if at_least else None

    def parse(value: Any, context: Context) -> tuple[str, ...]:
        items = _list_of(value, f"{what} ids", MAX_LIST_IDS)
        ids = tuple(_list_item(identifier, item, context) for item in items)
        if len(set(ids)) < len(ids):
            repeated = sorted(item for item, count in Counter(ids).items() if count > 1)
            raise FieldError(
                PackProblems.tr("lists %1 more than once").arg(", ".join(map(show, repeated)))
            )
        if too_few is not None and len(ids) < at_least:
            raise FieldError(too_few)
        return ids

    return parse


def text_list(rule: TextRule, at_most: int) -> Parser:
    """A list of at most ``at_most`` texts, each keeping ``rule``."""
    parse_text = text(rule)

    def parse(value: Any, context: Context) -> tuple[str, ...]:
        items = _list_of(value, "texts", at_most)
        return tuple(_list_item(parse_text, item, context) for item in items)

    return parse


def labelled_dates(rule: TextRule, at_most: int) -> Parser:
    """A card's ``dates``: a list of ``{"label": {...}, "date": "..."}``, the label a text
    in several languages (``rule``, English required), the date a date or an EDTF interval."""
    parse_label = localized(rule)

    def parse_one(value: Any, context: Context) -> LabelledDate:
        _require(value, dict, _A_LABELLED_DATE)
        unknown = sorted(set(value) - {"label", "date"})
        if unknown:
            raise FieldError(
                PackProblems.tr(
                    "has the unknown field(s) %1; a labelled date has a label and a date"
                ).arg(", ".join(map(show, unknown)))
            )
        for name in ("label", "date"):
            if name not in value:
                raise FieldError(
                    PackProblems.tr("has no %1; a labelled date has a label and a date").arg(name)
                )
        try:
            label = parse_label(value["label"], context)
        except FieldError as error:
            raise FieldError(PackProblems.tr("label: %1").arg(error.message)) from None
        text_value = value["date"]
        _require(text_value, str, _A_DATE)
        if len(text_value) > 2 * MAX_DATE_CHARS + 1:
            raise FieldError(
                PackProblems.tr("date: %1 is %2 characters long; at most %3 are allowed").arg(
                    show(text_value), len(text_value), str(2 * MAX_DATE_CHARS + 1)
                )
            )
        try:
            return LabelledDate(label, date_or_interval(text_value))
        except FuzzyDateError as error:
            raise FieldError(PackProblems.tr("date: %1").arg(error.wording)) from None

    def parse(value: Any, context: Context) -> tuple[LabelledDate, ...]:
        items = _list_of(value, "labelled dates", at_most)
        return tuple(_list_item(parse_one, item, context) for item in items)

    return parse


def language_list(value: Any, context: Context) -> tuple[str, ...]:
    """The manifest's languages: codes, no repeats, English among them."""
    items = _list_of(value, "language codes", MAX_LANGUAGES)
    codes = tuple(_list_item(_language_code, item, context) for item in items)
    if not codes:
        raise FieldError(PackProblems.tr("must list at least one language"))
    if len(set(codes)) < len(codes):
        raise FieldError(PackProblems.tr("lists a language more than once"))
    if FALLBACK_LANGUAGE not in codes:
        raise FieldError(
            PackProblems.tr("must include '%1': English texts are required in every pack").arg(
                FALLBACK_LANGUAGE
            )
        )
    return codes


def _list_item(parse: Parser, item: Any, context: Context) -> Any:
    try:
        return parse(item, context)
    except FieldError as error:
        raise FieldError(
            PackProblems.tr("list item %1: %2").arg(show(item), error.message)
        ) from None


def _language_code(value: Any, context: Context) -> str:
    _require(value, str, _A_LANGUAGE_CODE)
    if len(value) > MAX_LANGUAGE_CODE_CHARS or not LANGUAGE_PATTERN.fullmatch(value):
        raise FieldError(
            PackProblems.tr("%1 is not a language code such as en, it, kk or ru").arg(show(value))
        )
    if context.languages is not None and value not in context.languages:
        known = ", ".join(context.languages)
        raise FieldError(
            PackProblems.tr("%1 is not one of the pack's languages (%2)").arg(show(value), known)
        )
    return value


def _by_language(value: Any, context: Context, parse_text: Parser) -> dict[str, Any]:
    _require(value, dict, _TEXTS_BY_LANGUAGE)
    if len(value) > MAX_LANGUAGES:
        raise FieldError(
            PackProblems.tr("has texts in %1 languages; at most %2 are allowed").arg(
                len(value), str(MAX_LANGUAGES)
            )
        )
    result: dict[str, Any] = {}
    errors: list[str] = []
    # The manifest's languages were checked as codes already.
    pack_languages = context.languages or ()
    for language, item in value.items():
        code = language
        if language not in pack_languages:
            try:
                code = _language_code(language, context)
            except FieldError as error:
                errors.append(error.message)
                continue
        try:
            result[code] = parse_text(item, context)
        except FieldError as error:
            errors.append(PackProblems.tr("'%1': %2").arg(code, error.message))
    if errors:
        raise FieldError(_one_after_another(errors))
    return result


def _one_after_another(messages: list[str]) -> str:
    """Messages joined with "; ", each kept as a ``Wording`` when it is one."""
    joined = messages[0]
    for message in messages[1:]:
        joined = PackProblems.tr("%1; %2").arg(joined, message)
    return joined


def optional_localized(rule: TextRule) -> Parser:
    """A text in several languages, where every language may be missing."""
    parse_text = text(rule)

    def parse(value: Any, context: Context) -> dict[str, str]:
        return _by_language(value, context, parse_text)

    return parse


def text_or_localized(rule: TextRule) -> Parser:
    """A text in several languages (English required), or one text: the English one."""
    parse_text, parse_texts = text(rule), localized(rule)

    def parse(value: Any, context: Context) -> dict[str, str]:
        if isinstance(value, str):
            return {FALLBACK_LANGUAGE: parse_text(value, context)}
        return parse_texts(value, context)

    return parse


def localized(rule: TextRule) -> Parser:
    """A text in several languages, with English required."""
    parse_texts = optional_localized(rule)

    def parse(value: Any, context: Context) -> dict[str, str]:
        texts = parse_texts(value, context)
        if FALLBACK_LANGUAGE not in texts:
            raise FieldError(
                PackProblems.tr("the English text ('%1') is required").arg(FALLBACK_LANGUAGE)
            )
        return texts

    return parse


_TRANSLATION_STATUS = one_of(TranslationStatus, "translation status")


def translation_statuses(value: Any, context: Context) -> dict[str, TranslationStatus]:
    return _by_language(value, context, _TRANSLATION_STATUS)


_COUNTRY_CODES = ListWords(
    PackProblems.tr("country codes"),
    PackProblems.tr("lists %n country code(s); at most %1 are allowed here", "", 0).template,
)


def country_list(value: Any, context: Context) -> tuple[str, ...]:
    """A place's countries: at least one ISO 3166 code, none twice."""
    _require(value, list, _COUNTRY_CODES.must_be)
    if len(value) > MAX_COUNTRIES:
        raise FieldError(Wording(_COUNTRY_CODES.too_many, (MAX_COUNTRIES,), len(value)))
    codes = tuple(_list_item(country, item, context) for item in value)
    if not codes:
        raise FieldError(PackProblems.tr('must list at least one country code, e.g. ["IT"]'))
    if len(set(codes)) < len(codes):
        raise FieldError(PackProblems.tr("lists a country more than once"))
    return codes
