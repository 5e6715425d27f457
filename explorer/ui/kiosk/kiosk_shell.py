"""The kiosk's one window: the explorer, with the attract loop in front of it between
visitors and the "still there?" countdown above it when a visitor seems to have gone.

A visit goes: attract loop → touch → language choice → explorer → (no touch for a while)
countdown → reset → attract loop. New content waiting in the drop folder is swapped in at
the reset, when nobody is using the explorer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from explorer.domain.kiosk_config import KioskConfig
from explorer.ui.kiosk.kiosk_countdown import CountdownOverlay
from explorer.ui.kiosk.kiosk_idle import IdleWatcher
from explorer.ui.kiosk.kiosk_keyboard import OnScreenKeyboard
from explorer.ui.kiosk.kiosk_keyboard_dock import KeyboardDock
from explorer.ui.kiosk.kiosk_language_choice import LanguageChoice
from explorer.ui.kiosk.kiosk_lockdown import KioskLockdown
from explorer.ui.kiosk.kiosk_phrasebook import Phrasebook
from explorer.ui.kiosk.kiosk_scrolling import FingerScrolling
from explorer.ui.kiosk.kiosk_slides import SlideShow, attract_slides
from explorer.ui.kiosk.kiosk_style import apply_kiosk_style
from explorer.ui.shell.main_window import MainWindow

log = logging.getLogger("explorer.kiosk")


class Stage(Enum):
    ATTRACT = "attract"
    CHOOSING = "choosing"
    EXPLORING = "exploring"
    COUNTDOWN = "countdown"


class UsageCounter(Protocol):
    def record_session(self) -> None: ...
    def record_card_view(self, card_id: str) -> None: ...
    def record_language(self, code: str) -> None: ...


class PendingContent(Protocol):
    staged: SignalInstance

    def has_pending(self) -> bool: ...
    def apply_pending(self) -> bool: ...


class KioskShell(QWidget):
    def __init__(
        self,
        config: KioskConfig,
        open_explorer: Callable[[], MainWindow],
        usage: UsageCounter,
        content: PendingContent | None = None,
    ):
        super().__init__()
        self.config = config
        self.open_explorer = open_explorer
        self.usage = usage
        self.content = content
        self._story_touched: tuple[str, int] | None = None
        self.phrasebook = Phrasebook(config.languages)
        self.stack = QStackedLayout(self)
        self.choice = LanguageChoice(self.phrasebook)
        self.choice.chosen.connect(self.begin_visit)
        self.stack.addWidget(self.choice)
        self.explorer, self.slideshow = self._open_explorer()
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard_dock = KeyboardDock(
            self.keyboard, lambda: self.explorer, lambda: self.explorer.language
        )
        self.countdown = CountdownOverlay(config.countdown_seconds, self)
        self.countdown.kept.connect(self._keep_exploring)
        self.countdown.expired.connect(self.reset)
        quiet_seconds = config.idle_timeout_seconds - config.countdown_seconds
        self.idle = IdleWatcher(quiet_seconds * 1000, self)
        self.idle.timed_out.connect(self._idle)
        self.lockdown = KioskLockdown(self, config.staff_pin_hash)
        self.finger_scrolling = FingerScrolling(self)
        self.lockdown.unlocked.connect(self.idle.stop)
        self.swap_failed = False
        if content is not None:
            content.staged.connect(self._content_staged)
        self.show_attract()

    # ---- the explorer, replaceable when new content arrives ---------------------------------

    def _open_explorer(self) -> tuple[MainWindow, SlideShow]:
        explorer = self.open_explorer()
        explorer.setParent(self)
        apply_kiosk_style(explorer)
        explorer.limit_to(self.config.languages, self.config.views)
        explorer.reset_session(self.config.default_language, self.config.start_view)
        explorer.card_opened.connect(self.usage.record_card_view)
        explorer.language_chosen.connect(self.usage.record_language)
        slideshow = SlideShow(attract_slides(explorer.store, self.config), self.phrasebook)
        slideshow.touched.connect(self._touched)
        self.stack.addWidget(explorer)
        self.stack.addWidget(slideshow)
        return explorer, slideshow

    def _content_staged(self, _description: str) -> None:
        """New content waits: shown at once between visitors, else from the next reset."""
        self.swap_failed = False
        if self.stage is Stage.ATTRACT:
            self._swap_in_new_content()
            self.show_attract()

    def _swap_in_new_content(self) -> None:
        """Put waiting content in place and open a new explorer on it. The old explorer
        closes first, so that nothing holds the database file while it is replaced."""
        if self.content is None or self.swap_failed or not self.content.has_pending():
            return
        old = (self.explorer, self.slideshow)
        self.slideshow.stop()
        self.explorer.release_content()
        try:
            if self.content.apply_pending():
                log.info("new content shown from this reset on")
        except OSError as error:
            self.swap_failed = True  # not again at every reset; a new pack tries afresh
            log.error("new content could not be put in place, keeping the old: %s", error)
        for widget in old:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.explorer, self.slideshow = self._open_explorer()

    # ---- the visit ------------------------------------------------------------------------

    def _show_page(self, page: QWidget, stage: Stage) -> None:
        # A new page is raised over the PIN pad: close the pad rather than leave it hidden
        # underneath, where it would still let Escape and Ctrl+Q through.
        self.lockdown.pin_pad.hide()
        self.keyboard.close_keyboard()
        self.stage = stage
        self.stack.setCurrentWidget(page)

    def show_attract(self) -> None:
        self._show_page(self.slideshow, Stage.ATTRACT)
        self.slideshow.start()

    def _touched(self) -> None:
        slides = self.slideshow.slides
        touched = slides[self.slideshow.position] if slides else None
        # A touch on a story's step starts the visit in that story, at that step.
        self._story_touched = touched.story_step if touched is not None else None
        self.slideshow.stop()
        if len(self.config.languages) == 1:
            self.begin_visit(self.config.languages[0])
            return
        self._show_page(self.choice, Stage.CHOOSING)
        self.idle.restart()

    def begin_visit(self, language: str) -> None:
        self.usage.record_session()
        self.usage.record_language(language)
        self.explorer.set_language(language)
        self._show_page(self.explorer, Stage.EXPLORING)
        story, self._story_touched = self._story_touched, None
        if story is not None and "stories" in self.config.views:
            self.explorer.session.show_view("stories")
            self.explorer.stories_page.play_story(*story)
        self.idle.restart()

    def _idle(self) -> None:
        if self.stage is Stage.CHOOSING:
            self.show_attract()
        elif self.stage is Stage.EXPLORING:
            self.stage = Stage.COUNTDOWN
            self.countdown.start()

    def _keep_exploring(self) -> None:
        self.stage = Stage.EXPLORING
        self.idle.restart()

    def reset(self) -> None:
        """Forget the visitor completely and go back to the attract loop."""
        self.countdown.ticker.stop()
        self.countdown.hide()
        self.keyboard.close_keyboard()
        self._swap_in_new_content()
        self.explorer.reset_session(self.config.default_language, self.config.start_view)
        self.show_attract()

    # ---- running --------------------------------------------------------------------------

    def start(self) -> None:
        """Full screen, locked, watching for idleness."""
        self.lockdown.install()
        self.idle.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.countdown.isVisible():
            self.countdown.setGeometry(self.rect())
        if self.keyboard.isVisible():
            self.keyboard.place()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.keyboard_dock.stop()
        self.countdown.ticker.stop()  # a closed kiosk never resets
        if self.content is not None:
            self.content.staged.disconnect(self._content_staged)
            self.content = None  # closed for good: a second close has nothing to let go
        self.slideshow.stop()
        self.explorer.close()
        super().closeEvent(event)
