"""The limits of docs/content-packs.md: each one refused just over, and a pack at it passes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from explorer.content import limits
from explorer.content.pack_reader import DEFAULT_LIMITS, Limits
from explorer.content.problems import PackInvalid, Problem
from explorer.content.validate import load_pack
from explorer.domain.pack_version import MAX_VERSION_CHARS
from tests.content.pack_builder import png_bytes, valid_pack_data, write_valid_pack

LOCALIZED = "localized"
PLAIN = "plain"

# (file stem, item id or None for the manifest, field, localized or plain, its limit)
TEXT_FIELDS = [
    ("manifest", None, "title", LOCALIZED, limits.NAME),
    ("manifest", None, "licence", PLAIN, limits.ATTRIBUTION),
    ("manifest", None, "description", LOCALIZED, limits.SUMMARY),
    ("categories", "literature", "name", LOCALIZED, limits.NAME),
    ("sources", "astana-times-2025", "title", PLAIN, limits.NAME),
    ("sources", "astana-times-2025", "publisher", PLAIN, limits.NAME),
    ("sources", "astana-times-2025", "note", PLAIN, limits.SUMMARY),
    ("places", "rome", "name", LOCALIZED, limits.NAME),
    ("routes", "semey-to-rome", "name", LOCALIZED, limits.NAME),
    ("eras", "nineteenth-century", "name", LOCALIZED, limits.NAME),
    ("media", "abai-monument", "credit", PLAIN, limits.ATTRIBUTION),
    ("media", "abai-monument", "licence", PLAIN, limits.ATTRIBUTION),
    ("media", "abai-monument", "caption", LOCALIZED, limits.CAPTION),
    ("media", "abai-monument", "alt", LOCALIZED, limits.CAPTION),
    ("cards", "abai", "title", LOCALIZED, limits.NAME),
    ("cards", "abai", "summary", LOCALIZED, limits.SUMMARY),
    ("cards", "abai", "body", LOCALIZED, limits.BODY),
    ("cards", "abai", "date_note", LOCALIZED, limits.CAPTION),
    ("links", "monument-named-after-abai", "type", PLAIN, limits.TERM),
    ("links", "monument-named-after-abai", "label", LOCALIZED, limits.NAME),
    ("links", "monument-named-after-abai", "reverse_label", LOCALIZED, limits.NAME),
    ("figures", "monument-height", "label", LOCALIZED, limits.NAME),
    ("figures", "monument-height", "unit", PLAIN, limits.TERM),
]
IDS = [f"{stem}-{item}-{field}" for stem, item, field, *_ in TEXT_FIELDS]


def _problems(path: Path, pack_limits: Limits = DEFAULT_LIMITS) -> tuple[Problem, ...]:
    with pytest.raises(PackInvalid) as error:
        load_pack(path, pack_limits)
    return error.value.problems


def _text(length: int) -> str:
    """Text of exactly ``length`` characters, with Kazakh letters (two bytes each in UTF-8)."""
    return ("Қазақ Italia " * (length // 13 + 1))[: length - 1] + "."


def _set(stem: str, item: str | None, field: str, value: Any) -> dict[str, Any]:
    return {stem: {field: value} if item is None else {item: {field: value}}}


def _value(kind: str, text: str) -> Any:
    return {"en": text, "it": text} if kind == LOCALIZED else text


def test_a_pack_with_every_text_at_its_limit_passes(tmp_path: Path) -> None:
    changes: dict[str, Any] = {}
    for stem, item, field, kind, rule in TEXT_FIELDS:
        target = changes.setdefault(stem, {})
        target = target if item is None else target.setdefault(item, {})
        target[field] = _value(kind, _text(rule.max_chars))
    tags = [_text(limits.TERM.max_chars)] * limits.MAX_TAGS
    changes["cards"]["abai"]["tags"] = tags
    collection = load_pack(write_valid_pack(tmp_path, **changes))
    abai = collection.cards[0]
    assert len(abai.body["en"]) == limits.BODY.max_chars == 100_000
    assert len(abai.title["it"]) == limits.NAME.max_chars == 300
    assert len(abai.tags) == 50
    assert collection.manifest.description["en"] == _text(2_000)


@pytest.mark.parametrize(("stem", "item", "field", "kind", "rule"), TEXT_FIELDS, ids=IDS)
def test_a_text_over_its_limit_is_refused_with_both_lengths(
    tmp_path: Path, stem: str, item: str | None, field: str, kind: str, rule: limits.TextRule
) -> None:
    too_long = _text(rule.max_chars + 1)
    pack = write_valid_pack(tmp_path, **_set(stem, item, field, _value(kind, too_long)))
    expected = (
        f"is {rule.max_chars + 1:,} characters long; at most {rule.max_chars:,} are allowed here"
    )
    if kind == LOCALIZED:
        expected = f"'en': {expected}; 'it': {expected}"
    assert _problems(pack) == (Problem(f"{stem}.json", item, field, expected),)


def test_a_ten_megabyte_title_is_refused_without_being_quoted(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, cards={"dante": {"title": {"en": "D" * 10 * 1024 * 1024}}})
    (problem,) = _problems(pack)
    assert str(problem) == (
        "cards.json: dante: title: 'en': is 10,485,760 characters long; "
        "at most 300 are allowed here"
    )


def test_length_is_counted_in_characters_after_the_spaces_around(tmp_path: Path) -> None:
    title = "  " + "Қ" * limits.NAME.max_chars + "\n"
    collection = load_pack(write_valid_pack(tmp_path, cards={"dante": {"title": {"en": title}}}))
    assert collection.cards[2].title["en"] == "Қ" * 300


# --- tags and lists of ids ----------------------------------------------------------------


def test_tags_over_their_number_or_length_are_refused(tmp_path: Path) -> None:
    tags = [f"tag {n}" for n in range(limits.MAX_TAGS + 1)]
    long_tag = _text(limits.TERM.max_chars + 1)
    pack = write_valid_pack(tmp_path, cards={"abai": {"tags": tags}, "dante": {"tags": [long_tag]}})
    assert [str(problem) for problem in _problems(pack)] == [
        "cards.json: abai: tags: lists 51 texts; at most 50 are allowed here",
        f"cards.json: dante: tags: list item '{long_tag[:57]}…': is 101 characters long; "
        "at most 100 are allowed here",
    ]


def _sources(count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"source-{n}", "title": f"Source {n}", "publisher": "Test"} for n in range(count)
    ]


def test_a_list_of_a_thousand_ids_passes_and_one_more_is_refused(tmp_path: Path) -> None:
    most = limits.MAX_LIST_IDS
    sources = valid_pack_data()["sources"] + _sources(most + 1)
    at_limit = [source["id"] for source in sources[:most]]
    pack = write_valid_pack(tmp_path, sources=sources, cards={"abai": {"sources": at_limit}})
    assert len(load_pack(pack).cards[0].sources) == 1_000

    over = [source["id"] for source in sources[: most + 1]]
    pack = write_valid_pack(
        tmp_path, name="over", sources=sources, cards={"abai": {"sources": over}}
    )
    message = "lists 1,001 source ids; at most 1,000 are allowed here"
    assert _problems(pack) == (Problem("cards.json", "abai", "sources", message),)


# --- ids, codes, addresses, dates, paths ----------------------------------------------------


def test_an_id_of_a_hundred_characters_passes_and_one_more_is_refused(tmp_path: Path) -> None:
    longest = "a" * limits.MAX_ID_CHARS
    assert load_pack(write_valid_pack(tmp_path, routes={"semey-to-rome": {"id": longest}}))
    pack = write_valid_pack(tmp_path, name="over", routes={"semey-to-rome": {"id": longest + "b"}})
    (problem,) = _problems(pack)
    assert (problem.file, problem.item, problem.field) == ("routes.json", "a" * 57 + "…", "id")
    assert "is not a valid id: it is 101 characters long; at most 100 are allowed" in str(problem)


def test_a_web_address_over_two_thousand_characters_is_refused(tmp_path: Path) -> None:
    start = "https://example.org/"
    at_limit = start + "a" * (limits.MAX_URL_CHARS - len(start))
    pack = write_valid_pack(tmp_path, sources={"astana-times-2025": {"url": at_limit}})
    assert load_pack(pack).sources[0].url == at_limit
    too_long = at_limit + "a"
    pack = write_valid_pack(tmp_path, name="over", sources={"astana-times-2025": {"url": too_long}})
    assert _problems(pack) == (
        Problem(
            "sources.json",
            "astana-times-2025",
            "url",
            "is 2,001 characters long; at most 2,000 are allowed here",
        ),
    )


def test_a_long_date_is_refused_without_being_read(tmp_path: Path) -> None:
    date = "circa " + "1" * 10_000
    (problem,) = _problems(write_valid_pack(tmp_path, cards={"dante": {"start": date}}))
    assert (problem.file, problem.item, problem.field) == ("cards.json", "dante", "start")
    assert "it is 10,006 characters long; at most 100 are allowed" in problem.message


def test_a_media_path_of_three_hundred_characters_passes_and_longer_is_refused(
    tmp_path: Path,
) -> None:
    longest = "media/" + "a/" * 144 + "xy.png"
    assert len(longest) == limits.MAX_PATH_CHARS
    pack = write_valid_pack(
        tmp_path, media={"abai-monument": {"file": longest}}, files={longest: png_bytes()}
    )
    assert load_pack(pack).media[1].file == longest

    path = "media/" + "a/" * 150 + "x.png"
    pack = write_valid_pack(tmp_path, name="over", media={"abai-monument": {"file": path}})
    (problem,) = _problems(pack)
    assert (problem.file, problem.item, problem.field) == ("media.json", "abai-monument", "file")
    assert "is 311 characters long; at most 300 are allowed here" in problem.message


# --- languages ----------------------------------------------------------------------------


def _language_codes(count: int) -> list[str]:
    """The valid pack's languages, and made-up codes up to ``count``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    codes = valid_pack_data()["manifest"]["languages"]
    return (codes + [f"x{a}{b}" for a in letters for b in letters])[:count]


def test_fifty_languages_pass_and_fifty_one_are_refused(tmp_path: Path) -> None:
    codes = _language_codes(limits.MAX_LANGUAGES)
    title = dict.fromkeys(codes, "Abai")
    statuses = dict.fromkeys(codes[1:], "draft")
    pack = write_valid_pack(
        tmp_path,
        manifest={"languages": codes},
        cards={"dante": {"title": title, "translation_status": statuses}},
    )
    assert len(load_pack(pack).manifest.languages) == 50

    pack = write_valid_pack(
        tmp_path, name="over", manifest={"languages": _language_codes(limits.MAX_LANGUAGES + 1)}
    )
    message = "lists 51 language codes; at most 50 are allowed here"
    assert _problems(pack) == (Problem("manifest.json", None, "languages", message),)


def test_a_text_in_more_languages_than_allowed_is_refused(tmp_path: Path) -> None:
    # With the manifest's languages unknown, any code is accepted: the number still is not.
    title = dict.fromkeys(_language_codes(limits.MAX_LANGUAGES + 1), "Abai")
    pack = write_valid_pack(
        tmp_path, manifest={"languages": "en"}, cards={"dante": {"title": title}}
    )
    problems = {(p.file, p.item, p.field): p.message for p in _problems(pack)}
    assert problems[("cards.json", "dante", "title")] == (
        "has texts in 51 languages; at most 50 are allowed"
    )


def test_a_language_code_over_thirty_five_characters_is_refused(tmp_path: Path) -> None:
    longest = "en-abcdefgh-abcdefgh-abcdefgh-abcde"
    assert len(longest) == limits.MAX_LANGUAGE_CODE_CHARS
    pack = write_valid_pack(
        tmp_path,
        manifest={"languages": [*_language_codes(4), longest]},
        cards={
            "dante": {
                "title": {"en": "Dante", longest: "Dante"},
                "translation_status": {longest: "draft"},
            }
        },
    )
    assert load_pack(pack).cards[2].title[longest] == "Dante"
    too_long = longest + "f"
    pack = write_valid_pack(
        tmp_path, name="over", manifest={"languages": [*_language_codes(4), too_long]}
    )
    (problem,) = _problems(pack)
    assert (problem.file, problem.field) == ("manifest.json", "languages")
    assert f"'{too_long}' is not a language code" in problem.message


# --- the manifest's version ---------------------------------------------------------------


def test_the_version_is_bounded(tmp_path: Path) -> None:
    longest = "999999999.999999999.999999999.99"
    assert len(longest) == MAX_VERSION_CHARS
    assert load_pack(write_valid_pack(tmp_path, manifest={"version": longest}))

    huge = "99999999999999999999999999.0"
    pack = write_valid_pack(tmp_path, name="huge", manifest={"version": huge})
    assert [str(problem) for problem in _problems(pack)] == [
        "manifest.json: version: '99999999999999999999999999.0' has a number of 26 digits; "
        "each number in a version has at most 9 digits"
    ]
    pack = write_valid_pack(tmp_path, name="long", manifest={"version": longest + ".1"})
    (problem,) = _problems(pack)
    assert "is 34 characters long; a version has at most 32" in str(problem)


# --- records ------------------------------------------------------------------------------


def test_the_number_of_records_is_bounded_per_file_and_in_all(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path)
    data = valid_pack_data()
    records = sum(len(items) for stem, items in data.items() if stem != "manifest")
    cards = len(data["cards"])
    assert load_pack(pack, Limits(max_cards=cards, max_records=records))

    assert [str(p) for p in _problems(pack, Limits(max_cards=cards - 1))] == [
        "cards.json: holds 3 items; the most allowed in cards.json is 2"
    ]  # and the links to its cards are not reported as unknown
    assert [str(p) for p in _problems(pack, Limits(max_records_per_file=1))] == [
        "categories.json: holds 2 items; the most allowed in categories.json is 1",
        "sources.json: holds 2 items; the most allowed in sources.json is 1",
        "places.json: holds 2 items; the most allowed in places.json is 1",
        "media.json: holds 2 items; the most allowed in media.json is 1",
        "links.json: holds 2 items; the most allowed in links.json is 1",
    ]
    assert [str(p) for p in _problems(pack, Limits(max_records=records - 1))] == [
        f"routes.json: holds 1 item, bringing the pack to {records}; the most allowed "
        f"in all its files together is {records - 1}"
    ]


def test_the_default_limits_allow_a_large_collection() -> None:
    assert DEFAULT_LIMITS.max_cards == 1_000_000
    assert DEFAULT_LIMITS.max_records_per_file == 2_000_000
    assert DEFAULT_LIMITS.max_records == 5_000_000
    assert DEFAULT_LIMITS.max_total_bytes == 2 * 1024**3
