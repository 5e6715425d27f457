"""What start-up did to the content is said in the window, in the interface language."""

from __future__ import annotations

import errno
import json

from explorer.content.content_notices import ContentNotice, NoticeKind
from explorer.content.system_words import system_words
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.store.storage_problem import StorageProblem
from explorer.ui.shell.content_notice_text import content_notice_text


def test_a_damaged_content_database_is_rebuilt_and_the_window_says_so(qtbot, content_database):
    from explorer.ui.shell.app import create_application, create_main_window

    content_database.write_bytes(b"not a database at all" * 100)
    window = create_main_window(create_application())
    qtbot.addWidget(window)
    try:
        bundled = len(json.loads((BUNDLED_COLLECTION / "cards.json").read_text("utf-8")))
        assert window.store.card_count() == bundled, "rebuilt from the bundled collection"
        [notice] = window.notice_bar.notices
        assert notice.startswith("The content database was damaged (file is not a database)")
        assert notice.endswith("the bundled collection and 0 imported packs.")
        window.set_language("ru")
        [notice] = window.notice_bar.notices
        # SQLite's own message, said in the reader's words
        assert notice.startswith("База данных содержимого была повреждена (база данных повреждена)")
    finally:
        window.thumbnails.wait()
        window.close()
        window.store.close()
        window.user.close()


def test_every_kind_of_content_notice_reads_in_every_language(qapp):
    from explorer.ui.shell.app import create_application

    app = create_application()
    values = {
        "reason": "R%2",
        "imported": 2,
        "packs": "old-pack",
        "why": "disk full",
        "error": "E",
        "folder": "/F",
        "archives": 1,
        "pack": "p",
        "archive": "/A",
    }
    try:
        for language in ("en", "it", "kk", "kk-Latn", "ru"):
            app.language_switcher.apply(language)
            for kind in NoticeKind:
                notice = ContentNotice(kind, values)
                text = content_notice_text(notice)
                assert "%" not in text.replace("R%2", ""), (language, kind, text)
                english = str(notice)
                if language == "en":
                    assert text == english, "the window and the command line say the same"
                else:
                    assert text != english, f"{kind} is not translated into {language}"
            assert "R%2" in content_notice_text(ContentNotice(NoticeKind.DAMAGED_REBUILT, values))
    finally:
        app.language_switcher.apply("en")


def test_a_system_message_is_said_in_the_reader_words_and_an_unknown_one_is_quoted(qapp):
    from explorer.ui.shell.app import create_application

    app = create_application()
    full = ContentNotice(
        NoticeKind.TEMPORARY_COPY,
        {
            "folder": "/data",
            "why": StorageProblem.DISK_FULL.value,
            "error": system_words(OSError(errno.ENOSPC, "No space left on device")),
        },
    )
    strange = ContentNotice(
        NoticeKind.PACK_UNREADABLE, {"pack": "p", "error": "Bad magic", "archive": "/A"}
    )
    try:
        app.language_switcher.apply("ru")
        said = content_notice_text(full)
        assert "потому что диск заполнен (на диске не осталось места)" in said
        assert "No space" not in said and "Errno" not in said
        assert "(сообщение системы: «Bad magic»)" in content_notice_text(strange)
        app.language_switcher.apply("it")
        assert "perché il disco è pieno (spazio esaurito sul disco)" in content_notice_text(full)
        app.language_switcher.apply("en")
        assert content_notice_text(full) == str(full), "in English, what the log says"
        assert "[Errno 28] No space left on device" in str(full)
    finally:
        app.language_switcher.apply("en")


def test_a_pack_that_no_longer_reads_is_said_with_its_problems_in_the_reader_words(qapp):
    from explorer.content.problems import PackInvalid, Problem
    from explorer.domain.wording import PackProblems
    from explorer.ui.shell.app import create_application

    app = create_application()
    refusal = PackInvalid(
        [Problem("mine.zip", None, None, PackProblems.tr("not a zip file, or a damaged one"))]
    )
    notice = ContentNotice(
        NoticeKind.PACK_UNREADABLE, {"pack": "mine", "error": refusal, "archive": "/kept/mine.zip"}
    )
    assert "(the pack has 1 problem:\nmine.zip: not a zip file, or a damaged one)" in str(notice)
    try:
        app.language_switcher.apply("ru")
        said = content_notice_text(notice)
        assert "в пакете 1 проблема:" in said and "the pack has" not in said
        assert "damaged" not in said
        app.language_switcher.apply("en")
        assert content_notice_text(notice) == str(notice), "in English, what the log says"
    finally:
        app.language_switcher.apply("en")
