"""The link types the explorer knows, and how a link reads from either of its cards."""

from __future__ import annotations

import pytest

from explorer.domain.entities import KAZAKH_LATIN, Link, pick
from explorer.domain.link_types import LINK_TYPES, LINKED_WITH, reading
from explorer.domain.transliteration import kazakh_latin

INTERFACE_LANGUAGES = ("en", "it", "kk", "ru")


def link(link_type: str, label: dict, reverse_label: dict | None = None) -> Link:
    return Link("a-b", "a", "b", link_type, label, reverse_label=reverse_label or {})


@pytest.mark.parametrize("name", sorted(LINK_TYPES))
def test_every_known_type_reads_both_ways_in_four_languages(name):
    known = LINK_TYPES[name]
    for language in INTERFACE_LANGUAGES:
        assert known.forward.get(language, "").strip(), (name, "forward", language)
        assert known.reverse.get(language, "").strip(), (name, "reverse", language)
    for labels in (known.forward, known.reverse):
        assert set(labels) == set(INTERFACE_LANGUAGES), name
        assert all(text == text.strip() for text in labels.values()), name


def test_only_symmetric_types_read_the_same_both_ways():
    same = {
        name for name, known in LINK_TYPES.items() if known.forward["en"] == known.reverse["en"]
    }
    assert same == {"related", "works-with"}


def test_the_neutral_label_is_in_four_languages():
    assert all(LINKED_WITH.get(language) for language in INTERFACE_LANGUAGES)


def test_a_known_type_reads_its_reverse_label_on_the_target():
    named = link("named-after", {"en": "named after", "it": "intitolata a"})
    assert reading(named, outgoing=True)["it"] == "intitolata a"
    assert reading(named, outgoing=False)["en"] == "gave its name to"
    assert reading(named, outgoing=False)["ru"] == LINK_TYPES["named-after"].reverse["ru"]


def test_the_pack_labels_come_first_and_the_type_fills_missing_languages():
    headed = link(
        "led-by", {"en": "headed in 2021 by"}, {"en": "headed in 2021", "ru": "в 2021 году"}
    )
    forward = reading(headed, outgoing=True)
    assert forward["en"] == "headed in 2021 by"
    assert forward["kk"] == LINK_TYPES["led-by"].forward["kk"]
    backward = reading(headed, outgoing=False)
    assert backward["en"] == "headed in 2021" and backward["ru"] == "в 2021 году"
    assert backward["it"] == LINK_TYPES["led-by"].reverse["it"]


def test_an_unknown_type_reads_neutrally_on_its_target_unless_the_pack_says_more():
    unknown = link("admired-by", {"en": "admired by", "it": "ammirato da"})
    assert reading(unknown, outgoing=True) == {"en": "admired by", "it": "ammirato da"}
    assert reading(unknown, outgoing=False) == dict(LINKED_WITH)
    told = link("admired-by", {"en": "admired by"}, {"en": "admired"})
    assert reading(told, outgoing=False) == {**LINKED_WITH, "en": "admired"}


def test_an_empty_text_of_the_pack_does_not_hide_the_type_label():
    named = link("named-after", {"en": "named after", "kk": ""})
    assert reading(named, outgoing=True)["kk"] == LINK_TYPES["named-after"].forward["kk"]


def test_kazakh_latin_is_derived_from_the_kazakh_reverse_label():
    named = link("named-after", {"en": "named after"})
    text, fallback = pick(reading(named, outgoing=False), KAZAKH_LATIN)
    assert not fallback
    assert text == kazakh_latin(LINK_TYPES["named-after"].reverse["kk"])
    assert text != LINK_TYPES["named-after"].reverse["kk"]
