"""A kiosk shell for looking at texts: every long language offered, and no idle countdown
ending a visit while it is looked at (the shared fixture's idle time is 60 ms)."""

from __future__ import annotations

from tests.ui.kiosk.kiosk_fixtures import build_shell, kiosk_config
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES


def looked_at_shell(qtbot):
    config = kiosk_config(languages=[*LONG_LANGUAGES, "en", "it"], default_language="kk")
    shell = build_shell(qtbot, config)
    shell.idle.timer.setInterval(600_000)
    return shell
