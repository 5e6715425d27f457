"""The one background-task helper: work off the UI thread, answers on it, failures told."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QSize

from explorer.store.locations import thumbnail_cache_folder
from explorer.ui.cards.thumbnail_loader import ThumbnailLoader
from explorer.ui.widgets.tasks import TaskRunner


def test_work_runs_off_the_ui_thread_and_its_answer_arrives_on_it(qapp, qtbot):
    runner = TaskRunner("test", threads=2)
    ui_thread = threading.get_ident()
    worked_on, answered_on, answers = [], [], []

    def work(value: int) -> int:
        worked_on.append(threading.get_ident())
        return value * 10

    def done(result: int) -> None:
        answered_on.append(threading.get_ident())
        answers.append(result)

    for value in range(20):
        runner.run(lambda value=value: work(value), done=done)
    qtbot.waitUntil(lambda: len(answers) == 20, timeout=5000)
    assert sorted(answers) == [value * 10 for value in range(20)]
    assert ui_thread not in worked_on
    assert set(answered_on) == {ui_thread}


def test_a_task_that_raises_is_logged_and_reported_and_nothing_escapes(qapp, qtbot, caplog):
    runner = TaskRunner("test")
    reported, heard, answered = [], [], []
    runner.failed.connect(heard.append)

    def broken() -> None:
        raise ValueError("the pack is gone")

    with caplog.at_level(logging.ERROR, logger="explorer.ui.widgets.tasks"):
        runner.run(broken, done=answered.append, failed=reported.append)
        qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert reported == heard == ["ValueError: the pack is gone"]
    assert answered == []
    [record] = caplog.records
    assert "test: a background task failed" in record.getMessage()
    assert record.exc_info is not None, "with its traceback"


def test_a_runner_deleted_while_its_task_runs_is_left_quietly(qapp, qtbot, capfd):
    """A widget closed while its picture is still being decoded: the task's end finds its
    runner gone, and says nothing to no one."""
    from shiboken6 import delete

    started, release, answered = threading.Event(), threading.Event(), []

    def slow() -> int:
        started.set()
        release.wait(5)
        return 1

    runner = TaskRunner("test")
    runner.run(slow, done=answered.append)
    assert started.wait(5)
    threading.Timer(0.05, release.set).start()
    delete(runner)  # waits for its pool, which waits for the task
    qapp.processEvents()
    assert answered == []
    assert "Traceback" not in capfd.readouterr().err


def test_a_thumbnail_that_cannot_be_made_is_logged_and_answered_empty(
    qtbot, content_database, caplog
):
    loader = ThumbnailLoader(content_database, thumbnail_cache_folder(), QSize(40, 30))
    with (
        caplog.at_level(logging.ERROR, logger="explorer.ui.widgets.tasks"),
        qtbot.waitSignal(loader.ready, timeout=5000) as arrived,
    ):
        assert loader.image("no-such-pack:no-such-picture") is None
    assert arrived.args == ["no-such-pack:no-such-picture"]
    assert loader.image("no-such-pack:no-such-picture").isNull()
    assert any("thumbnails: a background task failed" in r.getMessage() for r in caplog.records)
