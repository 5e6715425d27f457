"""The clean-card fast path agrees with the detailed checks: never clean where they find a
problem, and the same card where they find none."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.content.clean_card import CleanCards, plain_json
from explorer.content.entity_files import ENTITY_FILES
from explorer.content.field_parsers import Context
from explorer.content.item_check import parse_item
from explorer.content.text_rules import FORBIDDEN_IN_LINE
from explorer.domain.entities import Card

CARDS = next(spec for spec in ENTITY_FILES if spec.name == "cards.json")
CONTEXT = Context(languages=("en", "it", "kk", "ru"))

CLEAN = {
    "id": "abai-in-rome",
    "kind": "event",
    "category": "literature",
    "side": "both",
    "title": {"en": "Abai in Rome", "it": "Abai a Roma", "kk": "Абай Римде"},
    "summary": {"en": "A reading.\nTwo lines.", "it": "Una lettura.", "kk": "Оқу."},
    "body": {"en": "Long text\twith a tab.", "it": "Testo.", "kk": "Мәтін."},
    "sources": ["press-1", "press-2"],
    "start": "circa 1995-06",
    "end": "1996",
    "date_note": {"en": "The month is a guess."},
    "places": ["rome"],
    "tags": ["poetry", "translation"],
    "image": "abai-photo",
    "translation_status": {"it": "draft", "kk": "reviewed"},
    "lane": "poetry",
}


def detailed(raw: Any, context: Context = CONTEXT) -> tuple[list[tuple[str | None, str]], Card]:
    """The problems the detailed checks find in ``raw``, and the card they build."""
    problems: list[tuple[str | None, str]] = []
    item = parse_item(
        raw, None, CARDS.fields, CARDS.checks, context, lambda f, m: problems.append((f, m))
    )
    return problems, item.build(Card, CARDS.fields) if not problems else None


def fast(raw: Any, plain: bool = False, context: Context = CONTEXT) -> Card | None:
    return CleanCards(context).card(copy.deepcopy(raw), plain)


def changed(**fields: Any) -> dict[str, Any]:
    raw = copy.deepcopy(CLEAN)
    for name, value in fields.items():
        if value is _DROP:
            raw.pop(name)
        else:
            raw[name] = value
    return raw


_DROP = object()


def test_a_clean_card_is_read_as_the_detailed_checks_read_it():
    problems, card = detailed(CLEAN)
    assert problems == [] and card.lane == "poetry"
    assert fast(CLEAN) == card
    assert fast(CLEAN, plain=plain_json(json.dumps(CLEAN).encode())) == card
    only_required = changed(
        start=_DROP,
        end=_DROP,
        date_note=_DROP,
        places=_DROP,
        tags=_DROP,
        image=_DROP,
        lane=_DROP,
        translation_status={"it": "draft", "kk": "draft"},
    )
    assert fast(only_required) == detailed(only_required)[1]


BAD = {
    "unknown field": changed(colour="#ffffff"),
    "missing field": changed(sources=_DROP),
    "bad id": changed(id="Abai In Rome"),
    "id too long": changed(id="a" * 101),
    "unknown kind": changed(kind="party"),
    "kind not text": changed(kind=["event"]),
    "side not text": changed(side={"x": 1}),
    "bad category id": changed(category="Lit"),
    "image null": changed(image=None),
    "bad lane id": changed(lane="Poetry Lane"),
    "lane null": changed(lane=None),
    "lane not text": changed(lane=["poetry"]),
    "start null": changed(start=None),
    "bad date": changed(start="1995-13"),
    "date not text": changed(start=1995),
    "end before start": changed(end="1990"),
    "no English title": changed(title={"it": "Abai a Roma"}),
    "empty title": changed(title={"en": ""}),
    "title not an object": changed(title="Abai"),
    "title with nothing visible": changed(title={"en": "\u200b"}),
    "title too long": changed(title={"en": "a" * 301}),
    "line break in a title": changed(title={"en": "Abai\nin Rome"}),
    "bidirectional override in a body": changed(body={"en": "evil\u202etxt"}),
    "control character in a summary": changed(summary={"en": "a\x07b"}),
    "unknown language": changed(body={"en": "Text.", "fr": "Texte."}),
    "text not text": changed(body={"en": 12}),
    "no sources": changed(sources=[]),
    "source repeated": changed(sources=["press-1", "press-1"]),
    "source not text": changed(sources=[1]),
    "places not a list": changed(places="rome"),
    "unhashable place": changed(places=[["rome"]]),
    "tag with a line break": changed(tags=["a\nb"]),
    "tags null": changed(tags=None),
    "too many tags": changed(tags=[f"t{i}" for i in range(51)]),
    "unknown status": changed(translation_status={"it": "done", "kk": "draft"}),
    "status not text": changed(translation_status={"it": ["draft"], "kk": "draft"}),
    "title without a status": changed(translation_status={"it": "draft"}),
}


@pytest.mark.parametrize("raw", BAD.values(), ids=BAD.keys())
def test_a_record_with_a_problem_is_never_clean(raw):
    problems, _ = detailed(raw)
    assert problems, "the detailed checks find a problem"
    assert fast(raw) is None
    assert fast(raw, plain=plain_json(json.dumps(raw, ensure_ascii=False).encode())) is None


UNUSUAL = {
    "spaces around a title": changed(title={"en": "  Abai in Rome "}),
    "carriage return in a body": changed(body={"en": "One\r\nTwo"}),
    "first character invisible": changed(title={"en": "\u200bAbai"}),
}


@pytest.mark.parametrize("raw", UNUSUAL.values(), ids=UNUSUAL.keys())
def test_an_unusual_but_valid_record_is_left_to_the_detailed_checks(raw):
    problems, _ = detailed(raw)
    assert problems == []
    assert fast(raw) is None


def test_a_date_is_read_by_the_same_parser():
    raw = changed(start=" 1995")
    assert fast(raw) == detailed(raw)[1]
    assert fast(raw).start.year == 1995


def test_nothing_is_clean_while_the_pack_languages_are_unknown():
    assert fast(CLEAN, context=Context()) is None


def test_plain_json_is_json_without_escapes_or_forbidden_characters():
    assert plain_json('{"a": "Абай, città “quoted” – dash"}'.encode())
    assert not plain_json(b'{"a": "x\\ny"}')
    assert not plain_json(b'{"a": "\\u00e0"}')
    for forbidden in ("\x7f", "\x85", "\u2028", "\u202e", "\u2067"):
        assert not plain_json(json.dumps({"a": f"x{forbidden}y"}, ensure_ascii=False).encode())


TEXT = st.text(
    st.characters(blacklist_categories=("Cs",))
    | st.sampled_from(list(" \t\n\r\u00a0\u200b\u202e\u2028\u0301\u115fA")),
    max_size=12,
)
VALUE = st.one_of(
    TEXT,
    st.none(),
    st.integers(-3, 3),
    st.lists(TEXT, max_size=3),
    st.dictionaries(st.sampled_from(["en", "it", "xx", "EN"]), TEXT, max_size=3),
)
FIELDS = st.sampled_from([*CLEAN, "colour"])


@settings(max_examples=500, deadline=None)
@given(changes=st.dictionaries(FIELDS, VALUE, max_size=3))
def test_the_fast_path_never_disagrees_with_the_detailed_checks(changes):
    raw = copy.deepcopy(CLEAN)
    raw.update(changes)
    problems, card = detailed(copy.deepcopy(raw))
    line = json.dumps(raw, ensure_ascii=False).encode()
    for plain in {False, plain_json(line)}:
        found = fast(raw, plain)
        if problems:
            assert found is None
        else:
            assert found is None or found == card


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_no_text_of_a_plain_line_holds_a_forbidden_character(text):
    line = json.dumps({"en": text}, ensure_ascii=False).encode()
    if plain_json(line):
        assert FORBIDDEN_IN_LINE.search(text) is None
