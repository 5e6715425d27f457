"""Interface translations: every .ts entry finished, plural forms read correctly, and the
committed .qm files compiled from the sources as they are now."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.entities import KAZAKH_LATIN
from explorer.ui.shell.language import LANGUAGE_NAMES
from explorer.ui.shell.translations import TRANSLATIONS, qm_path
from tests.ui.translation_sources import messages, source_path
from tools.kazakh_latin_ts import derive

SOURCES = sorted(TRANSLATIONS.glob("*.ts"))
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_every_translation_entry_is_finished(source):
    for message in messages(source):
        text = message.source
        assert not message.unfinished, f"{source.name}: {text!r} is unfinished"
        assert all(form.strip() for form in message.forms), f"{source.name}: {text!r}"


def test_english_says_one_and_many_for_every_count():
    """English keeps only the messages that count (``%n``): each says one thing, then many,
    with no "(s)" left and its other placeholders kept."""
    counting = list(messages(source_path("en")))
    assert len(counting) > 10
    for message in counting:
        assert message.plural and "%n" in message.source, message.source
        one, many = message.forms
        assert "(s)" not in one + many, message.source
        assert one != many or "(s)" not in message.source, message.source
        placeholders = sorted(re.findall(r"%\d", message.source))
        assert sorted(re.findall(r"%\d", one)) == placeholders == sorted(re.findall(r"%\d", many))


def test_english_plurals_are_installed(qapp):
    from explorer.ui.shell.app import create_application

    create_application().language_switcher.apply("en")  # whatever a test before chose
    one = QCoreApplication.translate("CardsPage", "%n card(s)", "", 1)
    many = QCoreApplication.translate("CardsPage", "%n card(s)", "", 12)
    assert (one, many) == ("1 card", "12 cards")


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_every_interface_string_of_the_code_is_in_the_sources(source, tmp_path):
    """What pyside6-lupdate finds in explorer/ui, and in the templates of explorer/content's
    messages, is translated: nothing new, nothing left."""
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    language = source.stem.removeprefix("explorer_")
    options = ["-pluralonly"] if language == "en" else []
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    folders = [ROOT / "explorer" / part for part in ("ui", "content", "domain")]
    code = sorted(str(path) for folder in folders for path in folder.rglob("*.py"))
    subprocess.run(
        [
            str(lupdate),
            *code,
            "-locations",
            "none",
            "-no-obsolete",
            *options,
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    found = list(messages(copy))
    assert [message.source for message in found if message.unfinished] == []
    sources = {message.source for message in found}
    before = {message.source for message in messages(source)}
    assert sources == before, "refresh the .ts sources (see explorer/assets/translations/README.md)"


def _translation_source(language: str, folder: Path) -> Path:
    """The .ts a language is compiled from: Kazakh Latin's is derived from Kazakh, as the
    build derives it."""
    if language == KAZAKH_LATIN:
        derived = folder / f"explorer_{language}.ts"
        derive(TRANSLATIONS / "explorer_kk.ts", derived)
        return derived
    return TRANSLATIONS / f"explorer_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGE_NAMES)
def test_the_committed_translation_is_compiled_from_its_source(language, tmp_path):
    """The package ships the committed .qm files, so they must match their sources."""
    compiled = tmp_path / f"explorer_{language}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    source = _translation_source(language, tmp_path)
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    assert qm_path(language).read_bytes() == compiled.read_bytes(), (
        f"{qm_path(language).name} is stale: rebuild it with `make translations`"
    )


@pytest.mark.parametrize("language", ["en", "it", "kk", "ru"])
def test_counts_in_the_views_are_grouped_as_the_language_writes_numbers(qapp, language):
    from PySide6.QtCore import QLocale

    from explorer.ui.shell.app import create_application

    create_application().language_switcher.apply(language)
    grouped = QLocale().toString(12345)
    assert grouped != "12345", "the language's locale groups digits"
    for context, source in (
        ("CardsPage", "%n card(s)"),
        ("FacetValues", "%1, %n card(s)"),
        ("TimelinePage", "%n dated card(s)"),
    ):
        said = QCoreApplication.translate(context, source, "", 12345)
        assert grouped in said and "12345" not in said, f"{language} {context}: {said}"
