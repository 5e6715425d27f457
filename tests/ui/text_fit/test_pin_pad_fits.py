"""The kiosk's PIN pad fits its real messages (wrong PIN, the wait after too many) in
Russian and Kazakh (both scripts): they wrap inside a pad that keeps one width, which lies
inside the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from explorer.ui.kiosk.kiosk_pin_pad import wait_text
from explorer.ui.shell.screenshots import settle
from tests.ui.kiosk.kiosk_fixtures import close_shell
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.kiosk_shells import looked_at_shell
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES, SIZES, interface_translation

WAIT_SECONDS = 256


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_pin_pad_messages_wrap_inside_a_steady_pad(qtbot, content_database, size):
    shell = looked_at_shell(qtbot)
    shell.resize(*size)
    try:
        problems = []
        for language in LONG_LANGUAGES:
            shell.begin_visit(language)
            pad = shell.lockdown.pin_pad
            pad.open()
            settle(shell.explorer, 20)
            widths = {pad.width()}
            wrong = interface_translation(language, "Wrong PIN. Try again.")
            wait = interface_translation(language, "Too many wrong PINs. Try again in %1.")
            for seconds, expected in (
                (0, wrong),
                (WAIT_SECONDS, wait.replace("%1", wait_text(WAIT_SECONDS))),
            ):
                pad.show_wait(seconds) if seconds else pad.show_wrong()
                settle(shell.explorer, 20)
                assert pad.isVisible() and pad.prompt.text() == expected
                widths.add(pad.width())
                problems += [f"{language} {expected!r}: {p}" for p in text_problems(pad)]
                if not shell.rect().contains(pad.geometry()):
                    problems.append(f"{language}: the pad {pad.geometry()} leaves the screen")
                if (
                    QLabel.heightForWidth(pad.prompt, pad.prompt.width())
                    <= pad.fontMetrics().height()
                ):
                    problems.append(f"{language}: {expected!r} is not long enough to wrap")
            pad.show_wait(0)
            pad.hide()
            if len(widths) > 1:
                problems.append(f"{language}: the pad changes its width: {sorted(widths)}")
        assert problems == []
    finally:
        close_shell(shell)
