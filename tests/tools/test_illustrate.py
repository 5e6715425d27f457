"""The illustration generator: its scene catalogue, the pictures it paints and
the pack it writes."""

from __future__ import annotations

import json
import shutil
from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from tools.illustrate import (
    CATEGORY_SCENES,
    LANDSCAPE,
    MAX_BYTES,
    IllustrationError,
    Report,
    illustrate_pack,
    main,
    paint,
)
from tools.illustration_catalogue import SCENES
from tools.illustration_paint import LIGHTS

ROOT = Path(__file__).resolve().parents[2]
COLLECTION = ROOT / "explorer" / "collection"
BUNDLED = [card["id"] for card in json.loads((COLLECTION / "cards.json").read_text("utf-8"))]
COMING = [
    "opera-abai-genoa-2018",
    "shokan-ualikhanov-monograph-rome",
    "tokayev-visit-rome-2024",
    "scalfaro-visit-kazakhstan-1997",
    "eni-kashagan-karachaganak",
    "kazakh-oil-to-italy-2024",
    "expo-milano-2015-kazakhstan",
    "venice-biennale-kazakhstan-2022",
    "venice-biennale-kazakhstan-2024",
    "emir-baigazin-the-river-venice-2018",
    "nibali-astana-giro-2013",
    "nibali-astana-tour-2014",
    "codex-cumanicus",
    "giovanni-da-pian-del-carpine-1246",
    "italian-taught-in-kazakhstan",
    "central-asia-italy-ministers-rome-2024",
    "university-agreements-2022",
]
LANGUAGES = ("en", "it", "kk", "ru")
CREDIT = "Illustration generated for the Italy–Kazakhstan Cultural Explorer"
KAZAKH_LETTERS = set("әғқңөұүһі")
CYRILLIC = set("абвгдежзийклмнопрстуфхцчшщыэюя")
THUMB = (240, 160)

CATEGORIES = [
    ("history", "#8a5a2b"),
    ("arts", "#b03a48"),
    ("education", "#2f6f9f"),
    ("diplomacy", "#1f7a5a"),
    ("economy", "#b8860b"),
    ("transport", "#00829b"),
    ("society", "#6b4f8a"),
    ("astronomy", "#223344"),
]


def card(card_id: str, category: str, **titles: str) -> dict:
    return {
        "id": card_id,
        "kind": "topic",
        "category": category,
        "side": "both",
        "title": {"en": card_id.replace("-", " ").title(), **titles},
        "summary": {"en": "Summary."},
        "body": {"en": "Body."},
        "sources": ["source"],
        "tags": [],
    }


CARDS = [
    card("rome", "arts"),
    card("astana", "diplomacy"),
    card("la-scala-in-astana", "arts"),
    card("la-fenice-in-almaty", "arts"),
    card("star-maps", "astronomy"),
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
def illustrated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    """The test cards illustrated once, and what was reported; read only by the tests."""
    folder = write_pack(tmp_path_factory.mktemp("pack"), CARDS)
    return folder, illustrate_pack(folder)


@pytest.fixture(scope="module")
def pack(illustrated: tuple[Path, Report]) -> Path:
    return illustrated[0]


@pytest.fixture(scope="module")
def thumbnails() -> dict[str, Image.Image]:
    """Every catalogued scene painted small, in grey."""
    return {
        card_id: paint(scene, card_id, THUMB, 1).image.convert("L")
        for card_id, scene in SCENES.items()
    }


@pytest.fixture(scope="module")
def shows() -> dict[str, frozenset[str]]:
    return {card_id: paint(scene, card_id, (120, 80), 1).shows for card_id, scene in SCENES.items()}


def cyrillic_share(text: str) -> float:
    letters = [letter for letter in text.lower() if letter.isalpha()]
    return sum(letter in CYRILLIC or letter in KAZAKH_LETTERS for letter in letters) / len(letters)


def media(pack: Path) -> list[dict]:
    return json.loads((pack / "media.json").read_text(encoding="utf-8"))


# --- the catalogue -------------------------------------------------------------------------


def test_every_bundled_card_and_every_coming_card_has_a_scene_of_its_own() -> None:
    assert not [card_id for card_id in [*BUNDLED, *COMING] if card_id not in SCENES]
    painters = [scene.paint for scene in SCENES.values()]
    assert len(set(painters)) == len(painters), "two cards share a painter"


def test_every_scene_names_a_known_light() -> None:
    assert {scene.light for scene in SCENES.values()} <= set(LIGHTS)


def test_fallback_scenes_are_catalogued() -> None:
    assert {*CATEGORY_SCENES.values(), LANDSCAPE} <= set(SCENES)


def test_captions_and_alt_texts_exist_in_four_languages() -> None:
    for card_id, scene in SCENES.items():
        for texts in (scene.caption, scene.alt):
            assert len(texts) == 4, card_id
            assert all(text.strip() == text and text for text in texts), card_id
            english, italian, kazakh, russian = (cyrillic_share(text) for text in texts)
            assert texts[0] != texts[1] and english < 0.2 and italian < 0.2, card_id
            assert kazakh > 0.6 and russian > 0.6, card_id
        assert KAZAKH_LETTERS & set(scene.alt[2]), card_id
        assert scene.alt[0].startswith("Drawing"), card_id
        assert len(set(scene.alt)) == 4, card_id


@pytest.mark.parametrize(
    ("card_id", "words"),
    [
        ("rome", ("Colosseum", "Colosseo", "Колизей", "Колизей")),
        ("naples", ("Vesuvius", "Vesuvio", "Везувий", "Везувий")),
        ("venice", ("gondola", "gondola", "гондола", "гондол")),
        ("milan", ("Milan Cathedral", "Duomo di Milano", "Милан соборы", "Миланского собора")),
        ("almaty", ("Zailiysky Alatau", "Zailiysky Alatau", "Іле Алатауы", "Заилийского Алатау")),
        ("astana", ("Baiterek", "Baiterek", "Бәйтерек", "Байтерек")),
        ("abai-bust-rome", ("Abai", "Abai", "Абай", "Абая")),
        ("abai-kunanbaiuly", ("Abai", "Abai", "Абай", "Абай")),
        ("teatro-di-san-carlo", ("San Carlo", "San Carlo", "Сан-Карло", "Сан-Карло")),
        ("marche-branch-taldykorgan", ("Taldykorgan", "Taldykorgan", "Талдықорған", "Талдыкорган")),
        ("trans-caspian-route", ("Caspian", "Caspio", "Каспий", "Каспи")),
        ("first-neos-flight-2021", ("airliner", "aereo", "ұшақ", "самолёт")),
        ("opera-abai-genoa-2018", ("Carlo Felice", "Carlo Felice", "Карло Феличе", "Карло Феличе")),
        ("eagle-hunting", ("eagle", "aquila", "бүркіт", "беркут")),
    ],
)
def test_alt_texts_name_the_subject_in_every_language(card_id: str, words: tuple) -> None:
    scene = SCENES[card_id]
    for language, word, alt, caption in zip(
        LANGUAGES, words, scene.alt, scene.caption, strict=True
    ):
        assert word in alt or word in caption, (card_id, language)


@pytest.mark.parametrize(
    ("card_id", "thing"),
    [
        ("rome", "colosseum"),
        ("naples", "vesuvius"),
        ("milan", "duomo"),
        ("venice", "gondola"),
        ("venice", "rialto"),
        ("almaty", "zailiysky-alatau"),
        ("opera-abai-san-carlo", "san-carlo"),
        ("opera-abai-san-carlo", "abai-banner"),
        ("teatro-di-san-carlo", "opera-house"),
        ("abai-bust-rome", "bust"),
        ("abai-kunanbaiuly", "bust"),
        ("marche-branch-taldykorgan", "campus"),
        ("first-neos-flight-2021", "aircraft"),
        ("trans-caspian-route", "caravan"),
        ("trans-caspian-route", "ferry"),
        ("eni-kashagan-karachaganak", "oil-platform"),
        ("kazakh-oil-to-italy-2024", "tanker"),
        ("nibali-astana-tour-2014", "cyclist"),
        ("codex-cumanicus", "manuscript"),
        ("opera-abai-genoa-2018", "carlo-felice"),
    ],
)
def test_scenes_paint_their_subject(shows: dict, card_id: str, thing: str) -> None:
    assert thing in shows[card_id]


def test_the_baiterek_appears_only_in_scenes_of_astana(shows: dict) -> None:
    with_tower = {card_id for card_id, things in shows.items() if "baiterek" in things}
    assert {"astana", "marco-polo-street-astana", "neos-milan-astana-2024"} <= with_tower
    for card_id in with_tower:
        alt = SCENES[card_id].alt
        assert "Astana" in alt[0] and "Baiterek" in alt[0], card_id
        assert "Байтерек" in alt[3] and "Бәйтерек" in alt[2], card_id
    for card_id, scene in SCENES.items():
        if card_id not in with_tower:
            assert "Baiterek" not in scene.alt[0], card_id
    assert not with_tower & {"rome", "naples", "venice", "milan", "ancona", "almaty"}


# --- the pictures --------------------------------------------------------------------------


def test_all_catalogued_pictures_are_clearly_different_from_each_other(
    thumbnails: dict[str, Image.Image],
) -> None:
    """A mean difference of 10 grey levels between 48 × 32 thumbnails; the same scene framed
    differently stays under it, the closest two different scenes are near 13."""
    small = {
        card_id: image.resize((48, 32), Image.Resampling.BOX)
        for card_id, image in thumbnails.items()
    }
    too_alike = []
    for (a, image_a), (b, image_b) in combinations(small.items(), 2):
        difference = ImageStat.Stat(ImageChops.difference(image_a, image_b)).mean[0]
        if difference < 10:
            too_alike.append((a, b, round(difference, 1)))
    assert not too_alike


def test_painting_is_deterministic() -> None:
    first = paint(SCENES["naples"], "naples", THUMB, 1).image
    second = paint(SCENES["naples"], "naples", THUMB, 1).image
    assert first.tobytes() == second.tobytes()


# --- the pack ------------------------------------------------------------------------------


def test_every_card_gets_a_real_jpeg_within_the_size_limit(pack: Path) -> None:
    for entry in CARDS:
        path = pack / "media" / f"{entry['id']}.jpg"
        assert path.stat().st_size < MAX_BYTES
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
            assert set(entry[field]) == set(LANGUAGES)
    rome = next(entry for entry in entries if entry["id"] == "rome")
    assert rome["alt"] == dict(zip(LANGUAGES, SCENES["rome"].alt, strict=True))
    assert rome["caption"]["it"] == "Il Colosseo a Roma"


def test_media_json_is_indented_utf8_with_a_trailing_newline(pack: Path) -> None:
    text = (pack / "media.json").read_text(encoding="utf-8")
    assert text == json.dumps(media(pack), ensure_ascii=False, indent=2) + "\n"
    assert "Колизей" in text


def test_cards_without_a_scene_fall_back_by_category_and_are_reported(
    illustrated: tuple[Path, Report],
) -> None:
    folder, report = illustrated
    assert report.fell_back == ["la-scala-in-astana", "la-fenice-in-almaty", "star-maps"]
    alts = {entry["id"]: entry["alt"]["en"] for entry in report.entries}
    assert (
        alts["la-scala-in-astana"] == "Part of a scene: " + SCENES[CATEGORY_SCENES["arts"]].alt[0]
    )
    assert alts["star-maps"] == "Part of a scene: " + SCENES[LANDSCAPE].alt[0]
    captions = {entry["id"]: entry["caption"] for entry in report.entries}
    assert captions["la-scala-in-astana"]["en"] == "Illustration for “La Scala In Astana”"
    assert captions["la-fenice-in-almaty"]["ru"] == "Иллюстрация к карточке «La Fenice In Almaty»"
    with (
        Image.open(folder / "media" / "la-scala-in-astana.jpg") as a,
        Image.open(folder / "media" / "la-fenice-in-almaty.jpg") as b,
    ):
        grey_a, grey_b = a.convert("L"), b.convert("L")
        assert ImageStat.Stat(ImageChops.difference(grey_a, grey_b)).mean[0] > 10


def test_command_line_names_the_cards_that_fell_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack(tmp_path, [CARDS[0], CARDS[4]])
    assert main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert "wrote 2 illustrations" in out
    assert "1 cards have no scene of their own" in out
    assert "star-maps" in out
    assert "rome," not in out


def test_output_is_byte_identical_when_run_again(tmp_path: Path) -> None:
    cards = [CARDS[0], CARDS[2]]
    first = write_pack(tmp_path / "first", cards)
    illustrate_pack(first)
    second = tmp_path / "second"
    shutil.copytree(first, second)
    illustrate_pack(second)
    for name in ["media.json", *(f"media/{entry['id']}.jpg" for entry in cards)]:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_unknown_category_is_an_error_naming_the_card_and_category(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, [*CARDS, card("lost-card", "geology")])
    with pytest.raises(IllustrationError, match=r"lost-card.*'geology'"):
        illustrate_pack(folder)
    assert not (folder / "media.json").exists()


def test_a_bad_card_id_is_an_error_naming_it(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, [card("Not An Id", "arts")])
    with pytest.raises(IllustrationError, match=r"'Not An Id'.*id"):
        illustrate_pack(folder)


def test_command_line_reports_errors_and_exits_with_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack(tmp_path, [card("lost-card", "geology")])
    assert main([str(folder)]) == 1
    error = capsys.readouterr().err
    assert "lost-card" in error
    assert "geology" in error


# --- the bundled collection ----------------------------------------------------------------


def test_bundled_media_come_from_the_catalogue_and_fit_the_limits() -> None:
    entries = json.loads((COLLECTION / "media.json").read_text(encoding="utf-8"))
    assert {entry["id"] for entry in entries} >= set(BUNDLED) - set(COMING)
    for entry in entries:
        scene = SCENES[entry["id"]]
        assert entry["alt"] == dict(zip(LANGUAGES, scene.alt, strict=True))
        assert entry["caption"] == dict(zip(LANGUAGES, scene.caption, strict=True))
        path = COLLECTION / entry["file"]
        assert path.stat().st_size < MAX_BYTES, entry["id"]
        with Image.open(path) as image:
            assert image.size == (1200, 800)


def test_a_colour_that_is_not_rrggbb_is_refused_by_name() -> None:
    from tools.illustration_paint import hex_rgb

    assert hex_rgb("#0a1B2c") == (10, 27, 44)
    with pytest.raises(ValueError, match="not a #rrggbb colour: '#0a1b2'"):
        hex_rgb("#0a1b2")
