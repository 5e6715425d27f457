"""The messages of the content and domain layers keep their template and values, their
English is what it was, and every template is translated into Italian, Kazakh and Russian."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from explorer.content.field_parsers import FieldError, version
from explorer.content.problems import PackInvalid, Problem
from explorer.content.validate import load_pack
from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError, span_of
from explorer.domain.pack_version import version_problem
from explorer.domain.wording import CONTEXT, PackProblems, Wording
from tests.content.bad_packs import BAD_PACKS

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "explorer" / "assets" / "translations"
PLACEHOLDER = re.compile(r"%(?:n|\d+)")

DOMAIN_ERRORS = {
    "not a date": lambda: FuzzyDate.parse("around 1265"),
    "year 0": lambda: FuzzyDate.parse("0"),
    "year out of range": lambda: FuzzyDate.parse("999999999999"),
    "month": lambda: FuzzyDate.parse("1990-13"),
    "day": lambda: FuzzyDate.parse("2023-02-30"),
    "end before start": lambda: span_of(FuzzyDate.parse("1900"), FuzzyDate.parse("1801")),
    "day without month": lambda: FuzzyDate(1990, None, 3),
}
BAD_VERSIONS = ["", "1." * 20, "1.0 beta", "...", "1.1234567890"]


def test_the_english_of_a_wording_fills_its_values_in():
    too_long = PackProblems.tr("is %1 characters long; at most %2 are allowed here")
    assert too_long.arg(10_006, 100) == "is 10,006 characters long; at most 100 are allowed here"
    assert too_long.arg("10006", "100").values == ("10006", "100")
    nested = PackProblems.tr("list item %1: %2").arg("'x'", PackProblems.tr("must not be empty"))
    assert nested == "list item 'x': must not be empty"
    assert (
        nested.template == "list item %1: %2" and nested.values[1].template == "must not be empty"
    )


def test_a_value_holding_a_placeholder_stays_as_written():
    said = PackProblems.tr("unknown source %1").arg("'%1 %2'")
    assert said == "unknown source '%1 %2'"


def test_a_percent_sign_before_two_digits_is_not_a_value():
    said = PackProblems.tr("contains %1 at character %2; (write a space as %20)").arg("U+0020", "3")
    assert said == "contains U+0020 at character 3; (write a space as %20)"


@pytest.mark.parametrize(("count", "english"), [(1, "holds 1 item"), (2, "holds 2 items")])
def test_an_english_plural_follows_its_count(count, english):
    said = PackProblems.tr("holds %n item(s); the most allowed in %1 is %2", "", count)
    assert (
        said.arg("cards.json", 1_000_000)
        == f"{english}; the most allowed in cards.json is 1,000,000"
    )


def test_a_wording_is_a_message_like_any_other():
    message = PackProblems.tr("required but missing")
    problem = Problem("cards.json", "abai", "title", message)
    assert problem == Problem("cards.json", "abai", "title", "required but missing")
    assert str(problem) == "cards.json: abai: title: required but missing"
    assert problem.message.template == "required but missing"


def _problems(name: str, tmp_path: Path) -> tuple[Problem, ...]:
    path, _ = BAD_PACKS[name](tmp_path)
    with pytest.raises(PackInvalid) as refused:
        load_pack(path)
    return refused.value.problems


@pytest.mark.parametrize("name", sorted(BAD_PACKS))
def test_every_problem_of_a_bad_pack_keeps_its_template(name, tmp_path):
    for problem in _problems(name, tmp_path):
        assert isinstance(problem.message, Wording), str(problem)
        assert problem.message.template in TEMPLATES, problem.message.template


@pytest.mark.parametrize("error", DOMAIN_ERRORS.values(), ids=list(DOMAIN_ERRORS))
def test_a_date_the_domain_refuses_is_worded_from_a_template(error):
    with pytest.raises(FuzzyDateError) as refused:
        error()
    said = refused.value.wording
    assert isinstance(said, Wording) and said == str(refused.value)
    assert said.template in TEMPLATES


@pytest.mark.parametrize("version", BAD_VERSIONS)
def test_a_version_the_domain_refuses_is_worded_from_a_template(version):
    said = version_problem(version)
    assert isinstance(said, Wording) and said.template in TEMPLATES


def test_a_blank_version_is_worded_from_a_template():
    with pytest.raises(FieldError) as refused:
        version("  ", None)
    said = refused.value.message
    assert isinstance(said, Wording) and said == "must not be empty"
    assert said.template in TEMPLATES


def _templates() -> set[str]:
    """Every ``PackProblems.tr("…")`` of explorer/content and explorer/domain, as
    pyside6-lupdate reads them."""
    found = set()
    layers = (ROOT / "explorer" / "content", ROOT / "explorer" / "domain")
    for path in (path for layer in layers for path in layer.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "PackProblems"
            ):
                assert isinstance(node.args[0], ast.Constant), f"{path.name}: not a literal"
                found.add(node.args[0].value)
    return found


TEMPLATES = _templates()


def _translated(language: str) -> dict[str, list[str]]:
    root = ElementTree.parse(TRANSLATIONS / f"explorer_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == CONTEXT:
            return {
                message.findtext("source"): [
                    form.text or ""
                    for form in message.find("translation").findall("numerusform")
                    or [message.find("translation")]
                ]
                for message in context.iter("message")
                if message.find("translation").get("type") != "unfinished"
            }
    return {}


def test_the_templates_are_found():
    assert len(TEMPLATES) > 150
    assert "required but missing" in TEMPLATES


@pytest.mark.parametrize("language", ["it", "kk", "ru"])
def test_every_template_is_translated_with_its_values(language):
    translated = _translated(language)
    missing = sorted(TEMPLATES - set(translated))
    assert missing == []
    for template in TEMPLATES:
        wanted = set(PLACEHOLDER.findall(template)) - {"%n"}
        for form in translated[template]:
            assert form.strip(), template
            assert set(PLACEHOLDER.findall(form)) - {"%n"} == wanted, (template, form)


def test_a_template_keeps_its_disambiguation():
    said = PackProblems.tr("%1 is damaged", "a database, not a file")
    assert said.disambiguation == "a database, not a file"
    assert said.arg("content.db").disambiguation == "a database, not a file"
    assert PackProblems.tr("%1 is damaged").disambiguation == ""


def test_a_count_is_a_number_in_a_pack_description():
    from explorer.content.kept_packs import KeptPack

    pack = KeptPack("extra", "2.0", "Extra", "f" * 64, "extra.zip", "/src", 12_345, "now")
    said = pack.describe()
    assert said == "Extra (extra) version 2.0, 12,345 cards"
    assert said.count == 12_345 and "%n" in said.template
    one = KeptPack("extra", "2.0", "Extra", "f" * 64, "extra.zip", "/src", 1, "now")
    assert one.describe() == "Extra (extra) version 2.0, 1 card"
