"""Packs shaped like real collections: cards of neither country, places in several
countries, remote media, packs without pictures or links, and markup in plain text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.content.problems import PackInvalid
from explorer.content.validate import check_pack, load_pack
from explorer.domain.entities import MediaKind
from explorer.store.locations import BUNDLED_COLLECTION
from tests.content.pack_builder import REMOVE, write_valid_pack


def problems(path: Path) -> list[str]:
    with pytest.raises(PackInvalid) as error:
        load_pack(path)
    return [str(problem) for problem in error.value.problems]


# --- side -----------------------------------------------------------------------------------


def test_a_card_may_leave_its_side_out(tmp_path):
    collection = load_pack(write_valid_pack(tmp_path, cards={"dante": {"side": REMOVE}}))
    sides = {card.id: card.side for card in collection.cards}
    assert sides["dante"] is None
    assert sides["abai"] == "kazakhstan"


def test_a_side_must_be_one_of_the_three(tmp_path):
    pack = write_valid_pack(tmp_path, cards={"dante": {"side": "neither"}})
    assert problems(pack) == [
        "cards.json: dante: side: 'neither' is not a side; use one of italy, kazakhstan, both"
    ]


def test_a_card_without_side_reads_the_same_from_json_lines(tmp_path):
    data = write_valid_pack(tmp_path, cards={"dante": {"side": REMOVE}})
    cards = json.loads((data / "cards.json").read_text())
    (data / "cards.json").unlink()
    (data / "cards.jsonl").write_text("".join(json.dumps(card) + "\n" for card in cards))
    sides = {card.id: card.side for card in load_pack(data).cards}
    assert sides == {"abai": "kazakhstan", "abai-monument-rome": "both", "dante": None}


# --- countries ------------------------------------------------------------------------------


def test_a_place_may_lie_in_several_countries(tmp_path):
    pack = write_valid_pack(
        tmp_path, places={"rome": {"country": REMOVE, "countries": ["IT", "VA"]}}
    )
    places = {place.id: place.countries for place in load_pack(pack).places}
    assert places == {"rome": ("IT", "VA"), "semey": ("KZ",)}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"countries": ["IT"]},
            "countries: give either countries (a list of codes) or country (one code), not both",
        ),
        (
            {"country": REMOVE},
            "countries: required but missing: give countries, a list of ISO 3166 codes such as "
            '["IT"] or ["IT", "KZ"] (or country, one code)',
        ),
        (
            {"country": REMOVE, "countries": []},
            'countries: must list at least one country code, e.g. ["IT"]',
        ),
        (
            {"country": REMOVE, "countries": ["IT", "it"]},
            "countries: list item 'it': 'it' is not an ISO 3166 country code; use two capital "
            "letters, e.g. IT or KZ",
        ),
        (
            {"country": REMOVE, "countries": ["IT", "IT"]},
            "countries: lists a country more than once",
        ),
        (
            {"country": REMOVE, "countries": "IT"},
            "countries: must be a list of country codes, not text",
        ),
    ],
)
def test_bad_countries_are_named(tmp_path, change, message):
    pack = write_valid_pack(tmp_path, places={"rome": change})
    assert problems(pack) == [f"places.json: rome: {message}"]


# --- optional files -------------------------------------------------------------------------


def test_a_pack_needs_no_places_pictures_or_links(tmp_path):
    bare = {"places": REMOVE, "image": REMOVE}
    pack = write_valid_pack(
        tmp_path,
        places=REMOVE,
        media=REMOVE,
        links=REMOVE,
        routes=REMOVE,
        cards={"abai": bare, "abai-monument-rome": bare},
        files={"media/abai-portrait.jpg": REMOVE, "media/abai-monument.png": REMOVE},
    )
    collection = load_pack(pack)
    assert (collection.places, collection.media, collection.links) == ((), (), ())
    assert len(collection.cards) == 3


def test_a_card_still_cannot_name_a_picture_of_a_pack_without_media(tmp_path):
    pack = write_valid_pack(tmp_path, media=REMOVE, files={"media/abai-portrait.jpg": REMOVE})
    found = problems(pack)
    assert "cards.json: abai: image: unknown picture 'abai-portrait'" in found


# --- remote media ---------------------------------------------------------------------------

REMOTE = {
    "file": REMOVE,
    "url": "https://www.youtube.com/watch?v=abc",
    "kind": "video",
}


def test_a_medium_may_be_remote(tmp_path):
    pack = write_valid_pack(
        tmp_path, media={"abai-monument": REMOTE}, files={"media/abai-monument.png": REMOVE}
    )
    media = {medium.id: medium for medium in load_pack(pack).media}
    remote = media["abai-monument"]
    assert (remote.file, remote.url, remote.kind, remote.remote) == (
        None,
        "https://www.youtube.com/watch?v=abc",
        MediaKind.VIDEO,
        True,
    )
    assert not media["abai-portrait"].remote


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"url": "https://example.org/a.jpg", "kind": "image"},
            "url: give either file (a picture in the pack) or url (a remote medium), not both",
        ),
        (
            {"file": REMOVE},
            "file: required but missing: give file (a picture in the pack's media/ folder) or "
            "url (the web address of a remote medium, with its kind)",
        ),
        (
            {**REMOTE, "kind": REMOVE},
            "kind: required with url: say what the remote medium is, one of image, video, "
            "audio, map, page",
        ),
        (
            {"kind": "image"},
            "kind: only a remote medium (with url) has a kind; a file is always a picture",
        ),
        (
            {**REMOTE, "kind": "film"},
            "kind: 'film' is not a kind of medium; use one of image, video, audio, map, page",
        ),
        (
            {**REMOTE, "url": "ftp://example.org/a.mp4"},
            "url: 'ftp://example.org/a.mp4' is not a web address starting with http:// or https://",
        ),
    ],
)
def test_bad_remote_media_are_named(tmp_path, change, message):
    pack = write_valid_pack(tmp_path, media={"abai-monument": change})
    assert problems(pack) == [f"media.json: abai-monument: {message}"]


# --- markup in plain text -------------------------------------------------------------------


def test_markup_in_plain_text_is_a_warning_and_the_text_is_kept(tmp_path):
    pack = write_valid_pack(
        tmp_path,
        manifest={"title": {"en": "Heritage &amp; memory"}},
        cards={
            "abai": {"title": {"en": "<i>Abai</i>"}, "tags": ["poet", "<b>x</b>"]},
            "dante": {"body": {"en": '<p>Author of the <a href="https://x.org">Comedy</a>.</p>'}},
        },
        media={"abai-monument": {"caption": {"en": "Seen from the park", "it": "Il &#233;"}}},
    )
    summary = check_pack(pack)
    assert [str(warning) for warning in summary.warnings] == [
        "manifest.json: title: 'en': holds markup ('&amp;') in a plain-text field: it is shown "
        "exactly as written, tags and all; write plain text (a blank line between paragraphs)",
        "media.json: abai-monument: caption: 'it': holds markup ('&#233;') in a plain-text "
        "field: it is shown exactly as written, tags and all; write plain text (a blank line "
        "between paragraphs)",
        "cards.json: abai: title: 'en': holds markup ('<i>') in a plain-text field: it is shown "
        "exactly as written, tags and all; write plain text (a blank line between paragraphs)",
        "cards.json: abai: tags: holds markup ('<b>') in a plain-text field: it is shown "
        "exactly as written, tags and all; write plain text (a blank line between paragraphs)",
        "cards.json: dante: body: 'en': holds markup ('<p>') in a plain-text field: it is "
        "shown exactly as written, tags and all; write plain text (a blank line between "
        "paragraphs)",
    ]
    cards = {card.id: card for card in load_pack(pack).cards}
    assert cards["abai"].title["en"] == "<i>Abai</i>"


def test_a_json_lines_card_with_markup_is_warned_of_by_its_line(tmp_path):
    pack = write_valid_pack(tmp_path, cards={"dante": {"summary": {"en": "Poet &amp; exile"}}})
    cards = json.loads((pack / "cards.json").read_text())
    (pack / "cards.json").unlink()
    (pack / "cards.jsonl").write_text("".join(json.dumps(card) + "\n" for card in cards))
    warnings = [str(warning) for warning in check_pack(pack).warnings]
    assert warnings == [
        "cards.jsonl, line 3: dante: summary: 'en': holds markup ('&amp;') in a plain-text "
        "field: it is shown exactly as written, tags and all; write plain text (a blank line "
        "between paragraphs)"
    ]


@pytest.mark.parametrize("text", ["5 < 6 and 7 > 3", "Salt & pepper", "a<b", "AT&T;"])
def test_text_that_only_looks_a_little_like_markup_is_no_warning(tmp_path, text):
    pack = write_valid_pack(tmp_path, cards={"dante": {"summary": {"en": text}}})
    assert check_pack(pack).warnings == ()


def test_the_bundled_collection_is_still_valid_and_has_no_warnings():
    summary = check_pack(BUNDLED_COLLECTION)
    assert summary.cards > 50
    assert summary.warnings == ()


def test_validate_prints_warnings_and_exits_0(tmp_path, capsys):
    pack = write_valid_pack(tmp_path, cards={"dante": {"title": {"en": "<i>Dante</i>"}}})
    assert main(["validate", str(pack)]) == 0
    captured = capsys.readouterr()
    assert "valid pack 'test-pack' with 3 cards" in captured.out
    assert captured.err.splitlines() == [
        "warning: cards.json: dante: title: 'en': holds markup ('<i>') in a plain-text field: "
        "it is shown exactly as written, tags and all; write plain text (a blank line between "
        "paragraphs)"
    ]


def test_validate_prints_warnings_after_problems(tmp_path, capsys):
    pack = write_valid_pack(
        tmp_path, cards={"dante": {"title": {"en": "<i>Dante</i>"}}, "abai": {"kind": "poet"}}
    )
    assert main(["validate", str(pack)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "the pack has 1 problem:"
    assert lines[1].startswith("cards.json: abai: kind: 'poet' is not a kind")
    assert lines[2].startswith("warning: cards.json: dante: title: 'en': holds markup ('<i>')")
    assert len(lines) == 3
