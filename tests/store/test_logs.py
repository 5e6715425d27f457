"""The explorer's log: one line per record in a size-rotated file and on stderr, stderr
alone when the folder cannot be used, and no duplicate handlers when configured twice."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from explorer.store.logs import LOG_FILE, close_logging, configure_logging

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} WARNING explorer\.test: hello$")


@pytest.fixture(autouse=True)
def closed_afterwards():
    yield
    close_logging()


def test_records_go_to_the_file_and_stderr_with_time_level_and_name(tmp_path, capsys):
    folder = tmp_path / "logs" / "explorer"
    path = configure_logging(folder)
    assert path == folder / LOG_FILE

    logging.getLogger("explorer.test").warning("hello")
    logging.getLogger("explorer.test").debug("not at the default level")

    for lines in (path.read_text().splitlines(), capsys.readouterr().err.splitlines()):
        assert len(lines) == 1
        assert LINE.match(lines[0])


def test_configuring_twice_does_not_duplicate_lines(tmp_path, capsys):
    configure_logging(tmp_path)
    path = configure_logging(tmp_path)
    logging.getLogger("explorer.test").warning("hello")
    assert len(path.read_text().splitlines()) == 1
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_the_file_rotates_by_size_and_keeps_a_bounded_number(tmp_path):
    path = configure_logging(tmp_path, max_bytes=1000, backup_count=2)
    logger = logging.getLogger("explorer.test")
    logger.setLevel(logging.INFO)
    try:
        for number in range(200):
            logger.info("line %03d %s", number, "x" * 40)
    finally:
        logger.setLevel(logging.NOTSET)
    names = sorted(item.name for item in tmp_path.iterdir())
    assert names == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"]
    for item in tmp_path.iterdir():
        assert item.stat().st_size <= 1000
    assert "line 199" in path.read_text()


def test_the_size_is_counted_in_bytes_and_a_record_too_long_for_it_gets_a_file_alone(tmp_path):
    path = configure_logging(tmp_path, max_bytes=600, backup_count=3)
    logger = logging.getLogger("explorer.test")
    for number in range(12):
        logger.warning("строка %02d %s", number, "ж" * 20)  # two bytes a letter in UTF-8
    logger.warning("долгая %s", "ж" * 400)
    logger.warning("after")

    files = [tmp_path / name for name in (LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2")]
    assert (tmp_path / f"{LOG_FILE}.3").exists()
    assert all(file.stat().st_size <= 600 for file in files if file != files[1])
    assert "долгая" in files[1].read_text(encoding="utf-8")
    assert files[1].read_text(encoding="utf-8").count("\n") == 1
    assert path.read_text(encoding="utf-8").rstrip().endswith("after")


def test_with_no_older_files_kept_the_file_starts_again_when_full(tmp_path):
    path = configure_logging(tmp_path, max_bytes=300, backup_count=0)
    for number in range(20):
        logging.getLogger("explorer.test").warning("line %02d %s", number, "x" * 30)
    assert [item.name for item in tmp_path.iterdir()] == [LOG_FILE]
    assert path.stat().st_size <= 300
    assert "line 19" in path.read_text()


def test_a_file_that_cannot_be_moved_aside_is_said_once_and_records_still_reach_stderr(
    tmp_path, capsys
):
    (tmp_path / f"{LOG_FILE}.1").mkdir()  # where the full file would go: a folder, not empty
    (tmp_path / f"{LOG_FILE}.1" / "keep").write_text("x")
    path = configure_logging(tmp_path, max_bytes=300, backup_count=1)
    for number in range(20):
        logging.getLogger("explorer.test").warning("line %02d %s", number, "x" * 30)
    close_logging()

    err = capsys.readouterr().err.splitlines()
    said = [line for line in err if "cannot write the log file" in line]
    assert len(said) == 1 and str(path) in said[0]
    assert not any("Traceback" in line for line in err)
    assert sum("explorer.test: line" in line for line in err) == 20
    assert (tmp_path / f"{LOG_FILE}.1" / "keep").read_text() == "x"
    assert path.stat().st_size <= 300, "once it failed, the file is left alone"


def test_a_folder_that_is_a_file_means_stderr_only_and_says_so(tmp_path, capsys):
    folder = tmp_path / "logs"
    folder.write_text("a regular file\n")
    assert configure_logging(folder) is None
    logging.getLogger("explorer.test").warning("hello")

    err = capsys.readouterr().err.splitlines()
    assert "logging to stderr only" in err[0]
    assert str(folder) in err[0]
    assert LINE.match(err[1])
    assert folder.read_text() == "a regular file\n"


def test_a_folder_inside_a_file_means_stderr_only(tmp_path, capsys):
    (tmp_path / "data").write_text("x")
    assert configure_logging(tmp_path / "data" / "logs") is None
    assert "logging to stderr only" in capsys.readouterr().err


def test_no_folder_means_stderr_only_without_a_warning(capsys):
    assert configure_logging(None, level=logging.DEBUG) is None
    logging.getLogger("explorer.test").debug("details")
    assert capsys.readouterr().err.rstrip().endswith("DEBUG explorer.test: details")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_log_file_on_a_full_disk_is_said_once_in_one_line_without_a_traceback(tmp_path, capsys):
    # /dev/full is a real full disk: every write to it fails with ENOSPC.
    (tmp_path / LOG_FILE).symlink_to("/dev/full")
    configure_logging(tmp_path)
    for _ in range(3):
        logging.getLogger("explorer.test").warning("hello")
    close_logging()

    lines = capsys.readouterr().err.splitlines()
    assert not any("Traceback" in line or "Logging error" in line for line in lines), lines
    said = [line for line in lines if "cannot write the log file" in line]
    assert len(said) == 1 and "No space left on device" in said[0]
    assert sum(bool(LINE.match(line)) for line in lines) == 3  # the records still reach stderr
