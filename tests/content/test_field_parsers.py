from typing import Any

import pytest

from explorer.content import field_parsers as parse
from explorer.content.field_parsers import Context, FieldError
from explorer.content.limits import NAME
from explorer.domain.entities import Kind, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate, Qualifier

PACK = Context(languages=("en", "it", "kk", "ru"))


@pytest.mark.parametrize(
    ("parser", "value", "expected"),
    [
        (parse.text(NAME), "  Rome ", "Rome"),
        (parse.identifier, "abai-monument-rome", "abai-monument-rome"),
        (parse.colour, "#D62728", "#d62728"),
        (parse.country, "KZ", "KZ"),
        (parse.url, "https://astanatimes.com/", "https://astanatimes.com/"),
        (parse.media_path, "media/sub/abai.png", "media/sub/abai.png"),
        (parse.number, 4, 4.0),
        (parse.whole_number, 1, 1),
        (parse.boolean, False, False),
        (parse.date, "circa 1254", FuzzyDate(1254, qualifier=Qualifier.CIRCA)),
        (parse.date, "-500", FuzzyDate(-500)),
        (parse.one_of(Kind, "kind"), "figure", Kind.FIGURE),
        (parse.id_list("place", at_least=2), ["semey", "rome"], ("semey", "rome")),
        (parse.text_list(NAME, at_most=5), ["poet"], ("poet",)),
        (parse.localized(NAME), {"en": "Rome", "it": "Roma"}, {"en": "Rome", "it": "Roma"}),
        (parse.optional_localized(NAME), {"it": "Roma"}, {"it": "Roma"}),
        (parse.translation_statuses, {"kk": "draft"}, {"kk": TranslationStatus.DRAFT}),
        (parse.language_list, ["it", "en"], ("it", "en")),
        (parse.card_reference, "abai", "abai"),
        (parse.card_reference, "other-pack:abai", "other-pack:abai"),
        (parse.version, " 1.0.0-rc.1 ", "1.0.0-rc.1"),
        (parse.url, " https://kk.wikipedia.org/wiki/Абай ", "https://kk.wikipedia.org/wiki/Абай"),
    ],
)
def test_good_values_are_parsed(parser: parse.Parser, value: Any, expected: Any) -> None:
    assert parser(value, PACK) == expected


@pytest.mark.parametrize(
    ("parser", "value", "message"),
    [
        (parse.text(NAME), 12, "must be text, not a number"),
        (parse.text(NAME), None, "must be text, not null"),
        (parse.text(NAME), "", "must not be empty"),
        (parse.identifier, "abai--monument", "'abai--monument' is not a valid id"),
        (parse.identifier, "-abai", "'-abai' is not a valid id"),
        (parse.identifier, "Abai", "'Abai' is not a valid id"),
        (parse.colour, "#12345", "'#12345' is not a colour; write it #rrggbb"),
        (parse.country, "Italy", "'Italy' is not an ISO 3166 country code"),
        (parse.url, "javascript:alert(1)", "is not a web address starting with http"),
        (parse.url, "https://", "is not a web address starting with http"),
        (parse.media_path, "pictures/abai.png", "must be inside the media/ folder"),
        (parse.number, True, "must be a number, not true/false"),
        (parse.number, "4.5", "must be a number, not text"),
        (parse.number, 10**400, "is too large"),
        (parse.number_between(-90, 90), -90.5, "-90.5 is not between -90 and 90"),
        (parse.whole_number, 1.0, "must be a whole number, not a number"),
        (parse.boolean, "true", "must be true or false, not text"),
        (parse.date, 1265, "must be a date written as text"),
        (parse.date, "2025-02-30", "day 30 does not exist in 2025-02"),
        (parse.date, "0", "there is no year 0"),
        (parse.one_of(Kind, "kind"), "poet", "'poet' is not a kind; use one of person, place"),
        (parse.id_list("source"), "x", "must be a list of source ids, not text"),
        (parse.id_list("source"), ["a", "a"], "lists 'a' more than once"),
        (parse.id_list("source"), ["Bad Id"], "list item 'Bad Id': 'Bad Id' is not a valid id"),
        (parse.id_list("place", at_least=2), ["rome"], "must list at least two places"),
        (parse.text_list(NAME, at_most=5), [""], "list item '': must not be empty"),
        (parse.localized(NAME), "Rome", "must be an object from language to text"),
        (parse.localized(NAME), {"it": "Roma"}, "the English text ('en') is required"),
        (
            parse.localized(NAME),
            {"en": "Rome", "fr": "Rome"},
            "'fr' is not one of the pack's languages",
        ),
        (parse.localized(NAME), {"en": ["Rome"]}, "'en': must be text, not a list"),
        (parse.translation_statuses, {"it": "done"}, "'it': 'done' is not a translation status"),
        (parse.language_list, [], "must list at least one language"),
        (parse.language_list, ["it"], "must include 'en'"),
        (parse.language_list, ["en", "en"], "lists a language more than once"),
        (parse.language_list, ["en", "English"], "'English' is not a language code"),
        (parse.language_list, ["en", "it\n"], "'it\\n' is not a language code"),
        (parse.identifier, "abai\n", "'abai\\n' is not a valid id"),
        (parse.identifier, "a" * 101, "it is 101 characters long; at most 100 are allowed"),
        (parse.identifier, "other-pack:abai", "'other-pack:abai' is not a valid id"),
        (parse.colour, "#d62728\n", "'#d62728\\n' is not a colour"),
        (parse.country, "KZ\n", "'KZ\\n' is not an ISO 3166 country code"),
        (parse.card_reference, "other-pack:", "its card id '' is not a valid id"),
        (parse.card_reference, "a:b:c", "its card id 'b:c' is not a valid id"),
        (parse.card_reference, 7, "must be a card id (text), not a number"),
        (parse.version, 1, "must be a version written as text"),
        (parse.version, " ", "must not be empty"),
        (parse.version, "1.0.0\u202e", "contains U+202E at character 6"),
        (parse.version, "1" * 10, "'1111111111' has a number of 10 digits"),
        (parse.url, "http://[::1", "'http://[::1' is not a web address (Invalid IPv6 URL)"),
        (parse.url, "https://a.org/\x00", "contains U+0000 NUL at character 15"),
        (parse.date, "1" * 101, "it is 101 characters long; at most 100 are allowed"),
        (parse.media_path, "media/a\x01.png", "contains U+0001 (a control character)"),
        (parse.text_list(NAME, at_most=2), ["a", "b", "c"], "lists 3 texts; at most 2 are"),
        (parse.id_list("source"), ["a"] * 1_001, "lists 1,001 source ids; at most 1,000"),
        (parse.localized(NAME), {"en": "a\u2066b"}, "'en': contains U+2066 LEFT-TO-RIGHT ISOLATE"),
    ],
)
def test_bad_values_are_explained(parser: parse.Parser, value: Any, message: str) -> None:
    with pytest.raises(FieldError) as error:
        parser(value, PACK)
    assert message in str(error.value)


def test_languages_are_not_checked_while_the_manifest_is_unknown() -> None:
    texts = {"en": "Rome", "fr": "Rome"}
    assert parse.localized(NAME)(texts, Context()) == texts


def test_show_keeps_messages_short() -> None:
    assert parse.show("x" * 100) == "'" + "x" * 57 + "…'"
    assert parse.show([1, 2]) == "[1, 2]"


def test_show_writes_hidden_characters_as_escapes() -> None:
    assert parse.show("evil\u202etxt.exe") == "'evil\\u202etxt.exe'"
    assert parse.show(["a\x00"]) == '["a\\u0000"]'


def test_repeated_ids_are_found_in_a_long_list_quickly() -> None:
    ids = [f"source-{n}" for n in range(999)] + ["source-3"]
    with pytest.raises(FieldError, match="lists 'source-3' more than once"):
        parse.id_list("source")(ids, PACK)
