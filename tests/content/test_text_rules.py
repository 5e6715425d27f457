"""The text rules: no control, bidirectional-override or invisible-only text in a pack."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from explorer.content.limits import BODY, NAME
from explorer.content.problems import PackInvalid, Problem
from explorer.content.text_rules import describe_character, is_visible, text_problem, url_problem
from explorer.content.validate import load_pack
from tests.content.pack_builder import valid_pack_data, write_valid_pack

RLO = "\u202e"
EVIL = f"evil{RLO}txt.exe"
"""Shows as "evilexe.txt": the override turns the rest around."""


def _cards_with_dante_body(body: str) -> str:
    """cards.json with an ASCII-only JSON escape for what UTF-8 cannot hold."""
    cards = valid_pack_data()["cards"]
    cards[2]["body"] = {"en": body}
    return json.dumps(cards)


def _only_problem(path: Path) -> Problem:
    with pytest.raises(PackInvalid) as error:
        load_pack(path)
    (problem,) = error.value.problems
    return problem


# (changes to the valid pack, where the problem is, what its message holds)
REFUSED: dict[str, tuple[dict[str, Any], tuple[str, str | None, str], str]] = {
    "nul-in-title": (
        {"cards": {"dante": {"title": {"en": "Dan\x00te"}}}},
        ("cards.json", "dante", "title"),
        "'en': contains U+0000 NUL at character 4; control characters cannot be shown",
    ),
    "escape-in-body": (
        {"cards": {"dante": {"body": {"en": "Author\x1b[31m of the Comedy."}}}},
        ("cards.json", "dante", "body"),
        "'en': contains U+001B ESCAPE at character 7; control characters cannot be shown; "
        "only line breaks and tabs are allowed",
    ),
    "c1-control-in-caption": (
        {"media": {"abai-monument": {"caption": {"en": "The\x85monument"}}}},
        ("media.json", "abai-monument", "caption"),
        "'en': contains U+0085 NEXT LINE at character 4",
    ),
    "delete-in-credit": (
        {"media": {"abai-monument": {"credit": "Test\x7f photographer"}}},
        ("media.json", "abai-monument", "credit"),
        "contains U+007F DELETE at character 5",
    ),
    "line-break-in-title": (
        {"cards": {"dante": {"title": {"en": "Dante\nAlighieri"}}}},
        ("cards.json", "dante", "title"),
        "'en': contains U+000A LINE FEED at character 6; this text is one line: line breaks "
        "and tabs are allowed only in longer texts",
    ),
    "tab-in-name": (
        {"places": {"rome": {"name": {"en": "Ro\tme"}}}},
        ("places.json", "rome", "name"),
        "'en': contains U+0009 TAB at character 3; this text is one line",
    ),
    "line-separator-in-label": (
        {"links": {"abai-related-dante": {"label": {"en": "related\u2028to"}}}},
        ("links.json", "abai-related-dante", "label"),
        "'en': contains U+2028 LINE SEPARATOR at character 8; this text is one line",
    ),
    "override-in-tag": (
        {"cards": {"abai": {"tags": ["poet", EVIL]}}},
        ("cards.json", "abai", "tags"),
        "list item 'evil\\u202etxt.exe': contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5; "
        "bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) "
        "are not allowed",
    ),
    "override-in-media-licence": (
        {"media": {"abai-monument": {"licence": f"CC BY{RLO} 4.0"}}},
        ("media.json", "abai-monument", "licence"),
        "contains U+202E RIGHT-TO-LEFT OVERRIDE at character 6",
    ),
    "embedding-in-summary": (
        {"cards": {"abai": {"summary": {"en": "Kazakh \u202bpoet\u202c."}}}},
        ("cards.json", "abai", "summary"),
        "'en': contains U+202B RIGHT-TO-LEFT EMBEDDING at character 8 (and 1 more)",
    ),
    "isolate-in-source-title": (
        {"sources": {"abai-encyclopedia": {"title": "Abai \u2067an encyclopedia\u2069"}}},
        ("sources.json", "abai-encyclopedia", "title"),
        "contains U+2067 RIGHT-TO-LEFT ISOLATE at character 6 (and 1 more)",
    ),
    "first-strong-isolate-in-publisher": (
        {"sources": {"abai-encyclopedia": {"publisher": "\u2068Atamura"}}},
        ("sources.json", "abai-encyclopedia", "publisher"),
        "contains U+2068 FIRST STRONG ISOLATE at character 1",
    ),
    "unpaired-surrogate-in-body": (
        {"files": {"cards.json": _cards_with_dante_body("Author \ud83d of the Comedy.")}},
        ("cards.json", "dante", "body"),
        "'en': contains U+D83D (an unpaired surrogate) at character 8; "
        "an unpaired surrogate is not a character",
    ),
    "zero-width-title": (
        {"cards": {"dante": {"title": {"en": "\u200b\u200d\u2060\ufeff"}}}},
        ("cards.json", "dante", "title"),
        "'en': has no visible character: it holds only U+200B ZERO WIDTH SPACE, "
        "U+200D ZERO WIDTH JOINER, U+2060 WORD JOINER, …",
    ),
    "combining-marks-only-name": (
        {"categories": {"literature": {"name": {"en": "\u0301\u0308"}}}},
        ("categories.json", "literature", "name"),
        "'en': has no visible character: it holds only U+0301 COMBINING ACUTE ACCENT, "
        "U+0308 COMBINING DIAERESIS",
    ),
    "hangul-filler-era-name": (
        {"eras": {"nineteenth-century": {"name": {"en": "\u3164 \u3164"}}}},
        ("eras.json", "nineteenth-century", "name"),
        "has no visible character: it holds only U+0020 SPACE, U+3164 HANGUL FILLER",
    ),
    "invisible-publisher": (
        {"sources": {"abai-encyclopedia": {"publisher": "\u00a0\u200b"}}},
        ("sources.json", "abai-encyclopedia", "publisher"),
        "has no visible character: it holds only U+200B ZERO WIDTH SPACE",
    ),
    "invisible-pack-title": (
        {"manifest": {"title": {"en": "\u2800"}}},
        ("manifest.json", None, "title"),
        "'en': has no visible character: it holds only U+2800 BRAILLE PATTERN BLANK",
    ),
    "space-in-url": (
        {"sources": {"astana-times-2025": {"url": "https://astanatimes.com/abai monument"}}},
        ("sources.json", "astana-times-2025", "url"),
        "contains U+0020 SPACE at character 29; a web address may not hold spaces, control "
        "or invisible characters (write a space as %20)",
    ),
    "nul-in-url": (
        {"sources": {"astana-times-2025": {"url": "https://astanatimes.com/\x00"}}},
        ("sources.json", "astana-times-2025", "url"),
        "contains U+0000 NUL at character 25",
    ),
    "tab-in-url": (
        {"sources": {"astana-times-2025": {"url": "https://astana\ttimes.com/"}}},
        ("sources.json", "astana-times-2025", "url"),
        "contains U+0009 TAB at character 15",
    ),
    "override-in-url": (
        {"sources": {"astana-times-2025": {"url": f"https://astanatimes.com/{RLO}gpj.exe"}}},
        ("sources.json", "astana-times-2025", "url"),
        "contains U+202E RIGHT-TO-LEFT OVERRIDE at character 25",
    ),
    "zero-width-space-in-url": (
        {"sources": {"astana-times-2025": {"url": "https://astana\u200btimes.com/"}}},
        ("sources.json", "astana-times-2025", "url"),
        "contains U+200B ZERO WIDTH SPACE at character 15",
    ),
    "open-ipv6-url": (
        {"sources": {"astana-times-2025": {"url": "http://[::1/abai"}}},
        ("sources.json", "astana-times-2025", "url"),
        "'http://[::1/abai' is not a web address (Invalid IPv6 URL)",
    ),
    "override-in-media-path": (
        {"media": {"abai-monument": {"file": f"media/{RLO}gnp.exe"}}},
        ("media.json", "abai-monument", "file"),
        "'media/\\u202egnp.exe' contains U+202E RIGHT-TO-LEFT OVERRIDE at character 7",
    ),
    "line-break-after-id": (
        {"routes": {"semey-to-rome": {"id": "semey-to-rome\n"}}},
        ("routes.json", "semey-to-rome\\n", "id"),
        "'semey-to-rome\\n' is not a valid id",
    ),
    "line-break-after-language": (
        {"cards": {"dante": {"title": {"en": "Dante", "it\n": "Dante"}}}},
        ("cards.json", "dante", "title"),
        "'it\\n' is not a language code",
    ),
    "line-break-after-colour": (
        {"categories": {"literature": {"colour": "#1f77b4\n"}}},
        ("categories.json", "literature", "colour"),
        "'#1f77b4\\n' is not a colour",
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_text_breaking_the_rules_is_refused_naming_the_character(tmp_path: Path, name: str) -> None:
    changes, where, fragment = REFUSED[name]
    problem = _only_problem(write_valid_pack(tmp_path, **changes))
    assert (problem.file, problem.item, problem.field) == where
    assert fragment in problem.message


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_problem_never_prints_a_hidden_character(tmp_path: Path, name: str) -> None:
    changes, _, _ = REFUSED[name]
    printed = str(_only_problem(write_valid_pack(tmp_path, **changes)))
    assert printed.isprintable(), printed


def test_the_position_counts_from_the_text_as_written(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, cards={"dante": {"title": {"en": "  Ab\x00"}}})
    assert "contains U+0000 NUL at character 5" in _only_problem(pack).message


def test_text_keeping_the_rules_passes(tmp_path: Path) -> None:
    body = "First paragraph.\n\n\tSecond, with a tab.\u2028And a line separator."
    pack = write_valid_pack(
        tmp_path,
        cards={
            "abai": {
                "title": {"en": "Abai\u200e (Абай)", "kk": "Абай Құнанбайұлы\u200f"},
                "body": {"en": body},
                "tags": ["poet", "ақын", "e\u0301te\u0301"],
            },
            "dante": {
                "title": {"en": "Dante \u2764\ufe0f", "it": "\u00a0Dante Alighieri"},
                "translation_status": {"it": "draft"},
            },
        },
        sources={"astana-times-2025": {"url": "https://ru.wikipedia.org/wiki/Абай_Кунанбаев"}},
        places={"rome": {"name": {"en": "Rome", "ru": "Рим\u200d"}}},
    )
    collection = load_pack(pack)
    assert collection.cards[0].body["en"] == body
    assert collection.cards[0].title["en"] == "Abai\u200e (Абай)"
    assert collection.cards[2].title["it"] == "Dante Alighieri"


def test_a_problem_escapes_what_the_pack_hid_in_ids_and_keys(tmp_path: Path) -> None:
    pack = write_valid_pack(
        tmp_path, cards={"dante": {"id": f"dante{RLO}", f"mood{RLO}\x00": "gloomy"}}
    )
    with pytest.raises(PackInvalid) as error:
        load_pack(pack)
    printed = str(error.value)
    assert "\u202e" not in printed
    assert "\x00" not in printed
    assert "cards.json: dante\\u202e: mood\\u202e\\u0000: unknown field" in printed
    assert "cards.json: dante\\u202e: id: 'dante\\u202e' is not a valid id" in printed


# --- the rules on their own ---------------------------------------------------------------


def test_describe_character_names_controls_too() -> None:
    assert describe_character("\x00") == "U+0000 NUL"
    assert describe_character("\x07") == "U+0007 (a control character)"
    assert describe_character(RLO) == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert describe_character("\U0001f600") == "U+1F600 GRINNING FACE"


@pytest.mark.parametrize("character", ["a", "Қ", "7", ".", "€", "\u2764", "\u4e2d", "\u0634"])
def test_letters_digits_signs_and_symbols_are_visible(character: str) -> None:
    assert is_visible(character)


@pytest.mark.parametrize(
    "character", [" ", "\u00a0", "\u200b", "\u200e", "\ufeff", "\u0301", "\ue000", "\u3164"]
)
def test_spaces_format_marks_and_private_use_are_not(character: str) -> None:
    assert not is_visible(character)


def test_multiline_text_allows_breaks_and_tabs_but_no_other_control() -> None:
    assert text_problem("a\n\tb\u2029c", BODY) is None
    assert text_problem("a\rb", BODY) is not None
    assert text_problem("a\n b", NAME) is not None


def test_a_web_address_may_hold_letters_of_any_script() -> None:
    assert url_problem("https://kk.wikipedia.org/wiki/Абай") is None
    assert url_problem("https://example.org/a%20b") is None


def test_windows_and_old_mac_line_endings_in_a_body_become_line_breaks(tmp_path: Path) -> None:
    body = "First paragraph.\r\n\r\nSecond paragraph.\rThird line."
    pack = write_valid_pack(tmp_path, cards={"dante": {"body": {"en": body}}})
    dante = next(card for card in load_pack(pack).cards if card.id == "dante")
    assert dante.body["en"] == "First paragraph.\n\nSecond paragraph.\nThird line."


def test_a_carriage_return_in_a_title_is_still_refused(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, cards={"dante": {"title": {"en": "Dante\r\nAlighieri"}}})
    with pytest.raises(PackInvalid, match="U\\+000D"):
        load_pack(pack)
