"""The illustration generator, run on a small pack written to a temporary folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from tools.illustrate import IllustrationError, choose_icon, illustrate_pack, main

LANGUAGES = {"en", "it", "kk", "ru"}
CREDIT = "Illustration generated for the Italy–Kazakhstan Cultural Explorer"
KAZAKH_LETTERS = set("әғқңөұүһі")

CATEGORIES = [
    ("history", "#8a5a2b"),
    ("arts", "#b03a48"),
    ("education", "#2f6f9f"),
    ("diplomacy", "#1f7a5a"),
    ("economy", "#b8860b"),
    ("transport", "#00829b"),
    ("society", "#6b4f8a"),
]


def card(card_id: str, category: str, kind: str, tags: list[str], **titles: str) -> dict:
    return {
        "id": card_id,
        "kind": kind,
        "category": category,
        "side": "both",
        "title": {"en": card_id.replace("-", " ").title(), **titles},
        "summary": {"en": "Summary."},
        "body": {"en": "Body."},
        "sources": ["source"],
        "tags": tags,
    }


CARDS = [
    card("astana-opera", "arts", "institution", ["opera", "theatre"],
         it="Astana Opera", kk="Астана Опера", ru="Астана Опера"),
    card("la-scala-in-astana", "arts", "event", ["opera", "theatre"], it="La Scala ad Astana"),
    card("middle-corridor", "transport", "topic", ["route"], ru="Средний коридор"),
    card("trade-turnover", "economy", "figure", []),
    card("bolashak", "education", "topic", ["students"]),
]


def write_pack(folder: Path, cards: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    categories = [
        {"id": cid, "name": {"en": cid.title()}, "colour": colour} for cid, colour in CATEGORIES
    ]
    (folder / "categories.json").write_text(json.dumps(categories), encoding="utf-8")
    (folder / "cards.json").write_text(json.dumps(cards, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_pack(tmp_path_factory.mktemp("pack"), CARDS)
    illustrate_pack(folder)
    return folder


def media(pack: Path) -> list[dict]:
    return json.loads((pack / "media.json").read_text(encoding="utf-8"))


def test_every_card_gets_a_real_jpeg(pack: Path) -> None:
    for entry in CARDS:
        path = pack / "media" / f"{entry['id']}.jpg"
        assert path.stat().st_size < 150_000
        with Image.open(path) as image:
            assert image.format == "JPEG"
            assert image.size == (1200, 800)
            assert not image.info.get("progressive")
            image.load()


def test_media_json_describes_every_card_in_four_languages(pack: Path) -> None:
    entries = media(pack)
    assert [entry["id"] for entry in entries] == [entry["id"] for entry in CARDS]
    for entry in entries:
        assert entry["file"] == f"media/{entry['id']}.jpg"
        assert entry["licence"] == "CC0 1.0"
        assert entry["credit"] == CREDIT
        assert entry["illustration"] is True
        for field in ("caption", "alt"):
            assert set(entry[field]) == LANGUAGES
            assert all(text.strip() for text in entry[field].values())
        assert KAZAKH_LETTERS & set(entry["alt"]["kk"])


def test_media_json_is_indented_utf8_with_a_trailing_newline(pack: Path) -> None:
    text = (pack / "media.json").read_text(encoding="utf-8")
    assert text == json.dumps(media(pack), ensure_ascii=False, indent=2) + "\n"
    assert "Иллюстрация" in text


def test_captions_use_the_title_in_each_language_or_fall_back_to_english(pack: Path) -> None:
    captions = {entry["id"]: entry["caption"] for entry in media(pack)}
    assert captions["astana-opera"]["kk"] == "«Астана Опера» карточкасына арналған иллюстрация"
    assert captions["la-scala-in-astana"]["it"] == "Illustrazione per «La Scala ad Astana»"
    assert captions["la-scala-in-astana"]["ru"] == "Иллюстрация к карточке «La Scala In Astana»"
    assert captions["middle-corridor"]["en"] == "Illustration for “Middle Corridor”"


def test_alt_text_names_the_icon_drawn(pack: Path) -> None:
    alts = {entry["id"]: entry["alt"] for entry in media(pack)}
    assert "theatre masks" in alts["astana-opera"]["en"]
    assert "maschere teatrali" in alts["astana-opera"]["it"]
    assert "театр маскалары" in alts["astana-opera"]["kk"]
    assert "театральных масок" in alts["astana-opera"]["ru"]
    assert "deep red field" in alts["astana-opera"]["en"]
    assert "rising bars" in alts["trade-turnover"]["en"]


def test_icons_come_from_tags_then_from_the_kind() -> None:
    assert choose_icon(card("a", "arts", "person", ["Opera House"])).key == "masks"
    assert choose_icon(card("b", "arts", "person", ["unknown", "flights"])).key == "aeroplane"
    assert choose_icon(card("c", "arts", "person", [])).key == "portrait"
    assert choose_icon(card("d", "arts", "place", ["nothing-we-know"])).key == "pin"


def test_output_is_byte_identical_when_run_again(tmp_path: Path) -> None:
    first = write_pack(tmp_path / "first", CARDS)
    illustrate_pack(first)
    second = tmp_path / "second"
    shutil.copytree(first, second)
    illustrate_pack(second)
    illustrate_pack(first)
    for name in ["media.json", *(f"media/{entry['id']}.jpg" for entry in CARDS)]:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_cards_with_the_same_tags_and_category_look_clearly_different(pack: Path) -> None:
    with (
        Image.open(pack / "media" / "astana-opera.jpg") as a,
        Image.open(pack / "media" / "la-scala-in-astana.jpg") as b,
    ):
        difference = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    changed = sum(difference.histogram()[32:])
    assert changed > 0.08 * 1200 * 800


def test_unknown_category_is_an_error_naming_the_card_and_category(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, [*CARDS, card("lost-card", "astronomy", "topic", [])])
    with pytest.raises(IllustrationError, match=r"lost-card.*'astronomy'"):
        illustrate_pack(folder)
    assert not (folder / "media.json").exists()


def test_command_line_reports_errors_and_exits_with_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack(tmp_path, [card("lost-card", "astronomy", "topic", [])])
    assert main([str(folder)]) == 1
    error = capsys.readouterr().err
    assert "lost-card" in error
    assert "astronomy" in error


def test_command_line_writes_the_media(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, CARDS[:1])
    assert main([str(folder)]) == 0
    assert (folder / "media" / "astana-opera.jpg").exists()
    assert len(media(folder)) == 1
