"""Problems said in the interface language: counts in the reader's plural forms and digits,
the system's messages in the reader's words, templates told apart by their disambiguation,
and in English exactly what the command line prints."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from explorer.content.kept_packs import KeptPack
from explorer.content.library import ImportFailed
from explorer.content.media_check import size_problem
from explorer.content.problems import PackInvalid, Problem
from explorer.content.system_words import system_words
from explorer.domain.wording import PackProblems
from explorer.ui.shell.app import create_application
from explorer.ui.shell.problem_text import refusal_text, said, technical_details
from tests.ui.translation_sources import messages, source_path


@pytest.fixture
def switch(qapp):
    return create_application().language_switcher.apply


def _invalid(problems: int, unlisted: int = 0) -> PackInvalid:
    too_many = PackProblems.tr("holds %n item(s); the most allowed in %1 is %2", "", 1_234_567)
    problem = Problem("cards.json", None, None, too_many.arg("cards.json", 1_000_000), 12_345)
    return PackInvalid([problem] * problems, unlisted)


@pytest.mark.parametrize(("problems", "unlisted"), [(1, 0), (3, 0), (2, 1_232)])
def test_in_english_a_refusal_is_what_the_command_line_prints(switch, problems, unlisted):
    switch("en")
    invalid = _invalid(problems, unlisted)
    assert refusal_text(invalid) == str(invalid)


@pytest.mark.parametrize(
    ("problems", "heading"),
    [(1, "в пакете 1 проблема:"), (3, "в пакете 3 проблемы:"), (5, "в пакете 5 проблем:")],
)
def test_a_count_takes_the_reader_plural(switch, problems, heading):
    switch("ru")
    assert refusal_text(_invalid(problems)).splitlines()[0] == heading


def test_numbers_are_written_as_the_reader_writes_them(switch):
    switch("ru")
    lines = refusal_text(_invalid(2, 1_232)).splitlines()
    assert lines[0] == "в пакете 1\xa0234 проблемы; первые 2:"
    assert lines[1] == (
        "cards.json, строка 12\xa0345: содержит 1\xa0234\xa0567 элементов; "
        "в cards.json допускается не более 1\xa0000\xa0000"
    )


def test_whole_counts_in_a_pack_description_are_grouped_as_the_reader_groups_them(switch):
    pack = KeptPack("extra", "2.0", "Extra", "f" * 64, "extra.zip", "/src", 12_345, "now")
    switch("ru")
    assert said(pack.describe()) == "Extra (extra), версия 2.0, 12\xa0345 карточек"
    switch("it")
    assert said(pack.describe()) == "Extra (extra) versione 2.0, 12.345 schede"
    switch("en")
    assert said(pack.describe()) == "Extra (extra) version 2.0, 12,345 cards" == pack.describe()


def test_every_count_of_a_problem_or_notice_is_written_as_the_reader_writes_numbers():
    """%Ln, not %n: Qt then groups a count's digits as the reader's locale does."""
    for language in ("en", "it", "kk", "ru"):
        for message in messages(source_path(language)):
            if message.context not in ("PackProblems", "ProblemTexts", "ContentNotices"):
                continue
            for form in message.forms if message.plural else ():
                assert "%Ln" in form and "%n" not in form, (language, message.source, form)


def test_two_equal_templates_are_told_apart_by_their_disambiguation(switch, tmp_path):
    switch("ru")
    source = tmp_path / "told_apart.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru"><context><name>PackProblems</name>'
        "<message><source>%1 is damaged</source><comment>a file</comment>"
        "<translation>файл %1 повреждён</translation></message>"
        "<message><source>%1 is damaged</source><comment>a database</comment>"
        "<translation>база данных %1 повреждена</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    compiled = tmp_path / "told_apart.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        as_file = PackProblems.tr("%1 is damaged", "a file").arg("x.json")
        as_database = PackProblems.tr("%1 is damaged", "a database").arg("content.db")
        assert said(as_file) == "файл x.json повреждён"
        assert said(as_database) == "база данных content.db повреждена"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_system_message_is_said_in_the_reader_words_and_kept_for_the_details(switch):
    full = system_words(OSError(errno.ENOSPC, "No space left on device", "/data/content.db"))
    refusal = ImportFailed(
        PackProblems.tr("The pack could not be written (%1). Nothing was changed.").arg(full)
    )
    switch("ru")
    assert refusal_text(refusal) == (
        "Пакет не удалось записать (на диске не осталось места). Ничего не изменено."
    )
    assert technical_details(refusal) == "[Errno 28] No space left on device: '/data/content.db'"
    switch("kk")
    assert "(дискіде бос орын қалмады)" in refusal_text(refusal)
    switch("en")
    assert refusal_text(refusal) == str(refusal), "in English, what the command line prints"
    assert "[Errno 28]" in refusal_text(refusal)


def test_a_picture_size_is_written_as_the_reader_writes_numbers(switch):
    problem = size_problem((13_500, 13_500))
    switch("it")
    assert "13.500 × 13.500" in said(problem) and "182,2" in said(problem)
    assert "30.000" in said(problem)
    switch("en")
    assert said(problem) == problem and "(182.2 megapixels)" in problem
