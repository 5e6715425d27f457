"""The system's messages are given words the interface translates, and keep their own as
their English text; a StorageProblem is said from a template of its own."""

from __future__ import annotations

import errno
import sqlite3
import zipfile
from contextlib import closing

import pytest

from explorer.content.system_words import (
    message_words,
    storage_words,
    system_words,
    unexpected_failure,
)
from explorer.domain.wording import PackProblems, SystemText, Wording, technical_texts
from explorer.store.storage_problem import DamagedDatabase, StorageProblem
from tests.content.test_problem_wording import TEMPLATES


def _raised(action) -> BaseException:
    with pytest.raises(Exception) as raised:
        action()
    return raised.value


def test_a_missing_file_is_said_in_words_and_written_as_the_system_wrote_it(tmp_path):
    error = _raised(lambda: (tmp_path / "nowhere.json").read_bytes())
    said = system_words(error)
    assert said.template == "no such file or folder"
    assert said == str(error) and "nowhere.json" in said, "the log keeps the system's message"
    assert technical_texts(said) == [str(error)]


@pytest.mark.parametrize(
    ("number", "template"),
    [
        (errno.ENOSPC, "no space left on the disk"),
        (errno.EROFS, "read-only file system"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
    ],
)
def test_the_common_errors_of_a_disk_have_words(number, template):
    error = OSError(number, "as the system says it", "/data/content.db")
    assert system_words(error).template == template
    assert system_words(error) == str(error)


def test_a_file_that_is_not_a_zip_has_words(tmp_path):
    path = tmp_path / "pack.zip"
    path.write_bytes(b"not a zip at all" * 10)
    error = _raised(lambda: zipfile.ZipFile(path))
    assert system_words(error).template == "not a zip file, or a damaged one"


def test_a_damaged_database_has_words(tmp_path):
    path = tmp_path / "content.db"
    path.write_bytes(b"not a database at all" * 100)

    def read() -> None:
        with closing(sqlite3.connect(path)) as db:
            db.execute("SELECT * FROM sqlite_master").fetchall()

    error = _raised(read)
    assert system_words(error).template == "the database is damaged"
    assert message_words(str(error)).template == "the database is damaged"
    assert system_words(DamagedDatabase("integrity check: page 3")).template == (
        "the database is damaged"
    )
    assert message_words("integrity check: page 3").template == "the database is damaged"


def test_a_locked_database_has_words(tmp_path):
    path = tmp_path / "user.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("CREATE TABLE t (x)")
        holder.execute("BEGIN EXCLUSIVE")
        with closing(sqlite3.connect(path, timeout=0)) as other:
            error = _raised(lambda: other.execute("SELECT * FROM t").fetchall())
        holder.execute("COMMIT")
    said = system_words(error)
    assert said.template == "the database is locked by another program"
    assert message_words(str(error)).template == said.template


def test_anything_else_is_quoted_as_the_system_own_words():
    said = system_words(ValueError("Bad magic number"))
    assert said.template == "in the system’s own words: “%1”"
    assert said.values == ("Bad magic number",)
    assert said == "Bad magic number"
    assert message_words("Bad magic number").template == said.template
    assert unexpected_failure("KeyError: 'x'") == "KeyError: 'x'"


def test_a_system_text_in_a_wording_is_found_for_the_details():
    full = system_words(OSError(errno.ENOSPC, "No space left on device"))
    said = PackProblems.tr("The pack could not be written (%1).").arg(full)
    assert said == "The pack could not be written ([Errno 28] No space left on device)."
    assert technical_texts(said) == ["[Errno 28] No space left on device"]
    assert isinstance(said.values[0], SystemText)


def test_every_storage_problem_has_words_of_its_own():
    said = [storage_words(problem) for problem in StorageProblem]
    assert all(isinstance(words, Wording) for words in said)
    assert len({words.template for words in said}) == len(StorageProblem)


def test_every_word_here_is_a_template_that_is_translated():
    made = [
        system_words(OSError(number, "x"))
        for number in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.ENOENT)
    ]
    made += [storage_words(problem) for problem in StorageProblem]
    made += [system_words(ValueError("x")), unexpected_failure("x")]
    made += [message_words(text) for text in ("database is locked", "unable to open database file")]
    assert {words.template for words in made} <= TEMPLATES
