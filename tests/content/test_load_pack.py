import builtins
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.content.entity_files import ENTITY_FILES
from explorer.content.pack_fingerprint import pack_fingerprint
from explorer.content.pack_reader import DEFAULT_LIMITS, Limits
from explorer.content.problems import PackInvalid, Problem
from explorer.content.validate import load_pack
from explorer.domain.collection import Collection
from explorer.domain.entities import Card, Figure, Kind, Link, Media, Side, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate, Qualifier
from tests.content.bad_packs import BAD_PACKS, WHERE
from tests.content.pack_builder import REMOVE, valid_pack_data, write_valid_pack, zip_folder


def _problems(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[Problem, ...]:
    with pytest.raises(PackInvalid) as error:
        load_pack(path, limits)
    return error.value.problems


# --- the valid pack -----------------------------------------------------------------------


def test_the_valid_pack_loads_into_domain_objects(tmp_path: Path) -> None:
    collection = load_pack(write_valid_pack(tmp_path))

    assert collection.manifest.id == "test-pack"
    assert collection.manifest.languages == ("en", "it", "kk", "ru")
    assert collection.manifest.description == {"en": "A small pack for tests."}
    assert [c.id for c in collection.categories] == ["literature", "architecture"]
    assert collection.categories[1].colour == "#d62728"
    assert [s.id for s in collection.sources] == ["astana-times-2025", "abai-encyclopedia"]
    assert collection.sources[1].date == FuzzyDate(1995, qualifier=Qualifier.CIRCA)
    assert collection.sources[1].url is None
    assert collection.places[1].longitude == 80.0
    assert collection.routes[0].waypoints == ("semey", "rome")
    assert (collection.eras[0].start, collection.eras[0].end) == (FuzzyDate(1801), FuzzyDate(1900))
    assert collection.media == (
        Media(
            "abai-portrait",
            "media/abai-portrait.jpg",
            "Test painter",
            "public domain",
            {"en": "Abai"},
            {"en": "A drawn portrait of a bearded man"},
            illustration=True,
        ),
        Media(
            "abai-monument",
            "media/abai-monument.png",
            "Test photographer",
            "CC BY 4.0",
            {"en": "The monument", "it": "Il monumento"},
            {"en": "A bronze statue in a park"},
        ),
    )
    assert [card.id for card in collection.cards] == ["abai", "abai-monument-rome", "dante"]
    assert collection.cards[1] == Card(
        id="abai-monument-rome",
        kind=Kind.WORK,
        category="architecture",
        side=Side.BOTH,
        title={"en": "Abai monument in Rome", "it": "Il monumento ad Abai a Roma"},
        summary={"en": "A monument to Abai in Rome."},
        body={"en": "The monument stands in Rome."},
        sources=("astana-times-2025",),
        start=FuzzyDate(2025, 9, 29),
        date_note={"en": "Unveiling date as reported."},
        places=("rome",),
        image="abai-monument",
        translation_status={"it": TranslationStatus.DRAFT},
    )
    assert collection.cards[0].translation_status["it"] is TranslationStatus.REVIEWED
    assert collection.cards[2].tags == ()
    assert collection.links[0] == Link(
        "monument-named-after-abai",
        "abai-monument-rome",
        "abai",
        "named-after",
        {"en": "named after", "it": "intitolato a"},
        ("astana-times-2025",),
    )
    assert collection.figures == (
        Figure(
            "monument-height",
            "abai-monument-rome",
            {"en": "Height"},
            4.5,
            {"en": "m"},
            FuzzyDate(2025),
            "astana-times-2025",
        ),
    )


def test_folder_and_zip_give_equal_collections(tmp_path: Path) -> None:
    folder = write_valid_pack(tmp_path)
    flat_zip = zip_folder(folder, tmp_path / "flat.zip")
    nested_zip = zip_folder(folder, tmp_path / "nested.zip", top_folder="test-pack-1.0")
    collection = load_pack(folder)
    assert isinstance(collection, Collection)
    assert load_pack(flat_zip) == collection
    assert load_pack(str(nested_zip)) == collection


def test_optional_files_may_be_left_out(tmp_path: Path) -> None:
    collection = load_pack(write_valid_pack(tmp_path, routes=REMOVE, figures=REMOVE, eras=REMOVE))
    assert (collection.routes, collection.figures, collection.eras) == ((), (), ())


def test_required_files_may_not(tmp_path: Path) -> None:
    problems = _problems(write_valid_pack(tmp_path, categories=REMOVE, sources=REMOVE))
    assert [str(p) for p in problems] == [
        "categories.json: missing: every pack needs this file",
        "sources.json: missing: every pack needs this file",
    ]


# --- bad packs ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BAD_PACKS))
def test_each_bad_pack_is_refused_with_a_clear_problem(tmp_path: Path, name: str) -> None:
    path, fragment = BAD_PACKS[name](tmp_path)
    with pytest.raises(PackInvalid) as error:
        load_pack(path)
    message = str(error.value)
    assert fragment in message
    assert message.startswith("the pack has ")
    located = [
        (problem.file, problem.item, problem.field)
        for problem in error.value.problems
        if fragment in str(problem)
    ]
    assert WHERE[name] in located, message


def test_every_problem_in_a_pack_is_reported_at_once(tmp_path: Path) -> None:
    pack = write_valid_pack(
        tmp_path,
        categories={"architecture": {"colour": "red"}},
        cards={
            "abai": {"summary": REMOVE, "sources": ["nowhere"]},
            "dante": {"start": "1321", "end": "1265", "mood": "gloomy"},
        },
        links={"abai-related-dante": {"to": "petrarch"}},
        files={"media/abai-portrait.jpg": REMOVE},
    )
    assert [str(problem) for problem in _problems(pack)] == [
        "categories.json: architecture: colour: 'red' is not a colour; write it #rrggbb, "
        "e.g. #1f77b4",
        "media.json: abai-portrait: file: 'media/abai-portrait.jpg' is not in the pack",
        "cards.json: abai: summary: required but missing",
        "cards.json: abai: sources: unknown source 'nowhere'",
        "cards.json: dante: mood: unknown field; the fields here are id, kind, category, side, "
        "title, summary, body, sources, start, end, date_note, places, tags, image, "
        "translation_status, dates, lane",
        "cards.json: dante: end: the end 1265 comes before the start 1321",
        "links.json: abai-related-dante: to: unknown card 'petrarch'",
    ]


def test_an_unknown_format_version_stops_the_checks(tmp_path: Path) -> None:
    pack = write_valid_pack(
        tmp_path, manifest={"format_version": 2, "title": REMOVE}, cards={"abai": {"kind": 1}}
    )
    assert [str(problem) for problem in _problems(pack)] == [
        "manifest.json: format_version: format version 2 is not supported: this explorer "
        "reads format version 1; a newer explorer may read it"
    ]


def test_a_version_written_as_text_is_not_version_1(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, manifest={"format_version": "1"})
    assert [str(problem) for problem in _problems(pack)] == [
        "manifest.json: format_version: must be the whole number 1, not text"
    ]


def test_manifest_problems_name_the_field(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, manifest={"id": "Test Pack", "version": 1, "extra": True})
    assert {(p.file, p.item, p.field) for p in _problems(pack)} == {
        ("manifest.json", None, "id"),
        ("manifest.json", None, "version"),
        ("manifest.json", None, "extra"),
    }


def test_a_broken_file_does_not_hide_the_problems_of_others(tmp_path: Path) -> None:
    pack = write_valid_pack(
        tmp_path,
        files={"cards.json": "[{]"},
        categories={"literature": {"colour": "blue"}},
    )
    problems = [str(problem) for problem in _problems(pack)]
    assert problems == [
        "categories.json: literature: colour: 'blue' is not a colour; write it #rrggbb, "
        "e.g. #1f77b4",
        "cards.json: not valid JSON: Expecting property name enclosed in double quotes "
        "at line 1, column 3",
    ]  # and links to the unreadable cards are not flagged as unknown


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "abai"}', "cards.json: must hold a JSON array of objects, not an object"),
        ('["abai"]', "cards.json: item 1: must be an object, not text"),
        ("[NaN]", "cards.json: not valid JSON: NaN is not allowed"),
        (b"[\xff]", "cards.json: not UTF-8 text (byte 1 is not UTF-8)"),
        ("[" * 100_000, "cards.json: not valid JSON: nested too deeply"),
    ],
)
def test_a_file_of_the_wrong_shape_is_explained(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    problems = _problems(write_valid_pack(tmp_path, files={"cards.json": content}))
    assert message in [str(problem) for problem in problems]


def test_a_key_written_twice_is_a_problem(tmp_path: Path) -> None:
    cards = json.dumps(valid_pack_data()["cards"])
    cards = cards.replace('"kind": "work"', '"kind": "work", "kind": "event"')
    problems = _problems(write_valid_pack(tmp_path, files={"cards.json": cards}))
    assert [str(p) for p in problems] == [
        "cards.json: the key 'kind' appears twice in one object; keep only one"
    ]


def test_a_json_file_over_the_limit_is_named(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, zipped=True)
    with zipfile.ZipFile(pack) as archive:
        limit = archive.getinfo("cards.json").file_size - 1
    problems = _problems(pack, Limits(max_member_bytes=limit))
    assert any(
        problem.file == "cards.json" and "the file is larger than" in problem.message
        for problem in problems
    )


def test_a_bad_picture_is_named_by_its_file(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, files={"media/abai-monument.png": b"not a picture"})
    assert [str(problem) for problem in _problems(pack)] == [
        "media/abai-monument.png: abai-monument: file: not a PNG or JPEG image "
        "(cannot identify image file)"
    ]


# --- safety -------------------------------------------------------------------------------


@pytest.fixture
def no_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to write a file, or to extract a zip, fail loudly."""
    real_open, real_os_open = builtins.open, os.open

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"tried to write {file}")
        return real_open(file, mode, *args, **kwargs)

    def read_only_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise AssertionError(f"tried to write {path}")
        return real_os_open(path, flags, *args, **kwargs)

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("tried to extract or make a temporary file")

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(io, "open", read_only_open)
    monkeypatch.setattr(os, "open", read_only_os_open)
    monkeypatch.setattr(zipfile.ZipFile, "extract", refuse)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(tempfile, "mkdtemp", refuse)


def _listing(folder: Path) -> set[tuple[str, int]]:
    return {(str(path), path.stat().st_size) for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("name", ["zip-member-escapes", "path-escape-zip", "zip-declares-too-much"])
def test_loading_bad_zips_writes_nothing(tmp_path: Path, name: str, request) -> None:
    path, _ = BAD_PACKS[name](tmp_path)
    before = _listing(tmp_path)
    request.getfixturevalue("no_writes")
    with pytest.raises(PackInvalid):
        load_pack(path)
    assert _listing(tmp_path) == before
    assert not (tmp_path.parent / "evil.txt").exists()


def test_loading_a_good_zip_writes_nothing(tmp_path: Path, request) -> None:
    path = write_valid_pack(tmp_path, zipped=True)
    before = _listing(tmp_path)
    request.getfixturevalue("no_writes")
    load_pack(path)
    pack_fingerprint(path)
    assert _listing(tmp_path) == before


# --- fingerprint --------------------------------------------------------------------------


def test_the_fingerprint_is_the_same_for_a_folder_and_its_zips(tmp_path: Path) -> None:
    folder = write_valid_pack(tmp_path)
    fingerprint = pack_fingerprint(folder)
    assert len(fingerprint) == 64
    assert int(fingerprint, 16) >= 0
    assert pack_fingerprint(folder) == fingerprint
    assert pack_fingerprint(zip_folder(folder, tmp_path / "flat.zip")) == fingerprint
    assert pack_fingerprint(zip_folder(folder, tmp_path / "n.zip", top_folder="p")) == fingerprint


def test_the_fingerprint_changes_with_any_byte_or_name(tmp_path: Path) -> None:
    folder = write_valid_pack(tmp_path)
    original = pack_fingerprint(folder)
    cards = folder / "cards.json"
    cards.write_bytes(cards.read_bytes() + b" ")
    changed_content = pack_fingerprint(folder)
    (folder / "media/abai-monument.png").rename(folder / "media/abai-monument2.png")
    renamed = pack_fingerprint(folder)
    assert len({original, changed_content, renamed}) == 3


def test_the_fingerprint_refuses_an_unsafe_zip(tmp_path: Path) -> None:
    path, _ = BAD_PACKS["zip-member-escapes"](tmp_path)
    with pytest.raises(PackInvalid, match="points outside the pack"):
        pack_fingerprint(path)


# --- any value in any field ---------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["abai", "dante", "rome", "en", "1265", "person", "draft", "#112233"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["en", "it", "fr", "", "id"]) | st.text(max_size=4),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)
CARDS = next(spec for spec in ENTITY_FILES if spec.name == "cards.json")
CARD_FIELDS = [field.name for field in CARDS.fields] + ["not-a-field"]


@pytest.fixture(scope="module")
def scratch_pack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = write_valid_pack(tmp_path_factory.mktemp("hypothesis"))
    yield folder
    shutil.rmtree(folder)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=st.integers(0, 2), field=st.sampled_from(CARD_FIELDS), value=JSON_VALUES)
def test_any_json_value_in_a_card_field_gives_a_collection_or_pack_invalid(
    scratch_pack: Path, card: int, field: str, value: Any
) -> None:
    cards = valid_pack_data()["cards"]
    cards[card][field] = value
    (scratch_pack / "cards.json").write_text(json.dumps(cards), encoding="utf-8")
    try:
        collection = load_pack(scratch_pack)
    except PackInvalid as error:
        assert error.problems
        assert all(isinstance(problem, Problem) for problem in error.problems)
    else:
        assert len(collection.cards) == 3


def test_the_content_layer_runs_without_qt() -> None:
    code = (
        "import sys, explorer.content.validate\n"
        "assert not any(name.split('.')[0] in ('PySide6', 'shiboken6') for name in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


def test_a_figures_unit_may_be_given_in_several_languages(tmp_path: Path) -> None:
    unit = {"en": "metres", "ru": "метра", "kk": "метр"}
    pack = write_valid_pack(tmp_path, figures={"monument-height": {"unit": unit}})
    assert load_pack(pack).figures[0].unit == unit


@pytest.mark.parametrize(
    ("unit", "problem"),
    [
        ({"ru": "метра"}, "the English text ('en') is required"),
        ("", "must not be empty"),
        (4, "must be"),
    ],
)
def test_a_bad_figure_unit_is_named(tmp_path: Path, unit, problem: str) -> None:
    pack = write_valid_pack(tmp_path, figures={"monument-height": {"unit": unit}})
    [found] = [str(p) for p in _problems(pack)]
    assert found.startswith("figures.json: monument-height: unit: ") and problem in found, found
