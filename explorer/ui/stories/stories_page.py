"""The Stories view: the list of the collection's stories, and the player reading one.

The stories come from a callable the window gives (the content's stories), read when the
page is first shown and again on a language change. The page asks the window for what lies
outside it (a card's page, the timeline, the map) by signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from explorer.domain.entities import Story, pick
from explorer.store.content_store import ContentStore
from explorer.ui.stories.story_list import StoryList
from explorer.ui.stories.story_player import StoryPlayer
from explorer.ui.stories.story_step import ResolvedStep, story_source_ids
from explorer.ui.widgets.take_home import TakeHomePanel, panel_host, sources_with_addresses


class StoriesPage(QStackedWidget):
    """``period_shown`` gives the days of a step with a period (for the session's timeline
    range); the other signals are the player's, passed on."""

    card_requested = Signal(str)
    period_shown = Signal(object)
    timeline_requested = Signal(object)
    map_requested = Signal(list, object)

    def __init__(
        self,
        store: ContentStore,
        stories_of: Callable[[], Sequence[Story]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.stories_of = stories_of
        self.stories: list[Story] | None = None  # read when first shown
        self.language = "en"
        self.list = StoryList(self)
        self.player = StoryPlayer(store, self)
        self.addWidget(self.list)
        self.addWidget(self.player)
        self.take_home: TakeHomePanel | None = None
        self.list.story_chosen.connect(self.play)
        self.player.leave_requested.connect(self.show_list)
        self.player.card_requested.connect(self.card_requested)
        self.player.step_shown.connect(self._step_shown)
        self.player.timeline_requested.connect(self.timeline_requested)
        self.player.map_requested.connect(self.map_requested)
        self.player.take_home_requested.connect(self.show_take_home)

    def _read(self) -> list[Story]:
        if self.stories is None:
            self.stories = list(self.stories_of())
            self.list.show_stories(self.stories, self.language)
        return self.stories

    def showEvent(self, event) -> None:
        self._read()
        super().showEvent(event)

    def play(self, index: int, step: int = 0) -> None:
        """Open the story at ``index`` of the list at its ``step``."""
        story = self._read()[index]
        self.player.play(story, step)
        self.player.set_has_sources(bool(self._sources(story)))
        self.setCurrentWidget(self.player)
        self.player.next_button.setFocus()

    def play_story(self, story_id: str, step: int = 0) -> bool:
        """Open the story of ``story_id`` at ``step``; False when the content has none of
        that id."""
        for index, story in enumerate(self._read()):
            if story.id == story_id:
                self.play(index, step)
                return True
        return False

    def show_list(self) -> None:
        story = self.player.story
        self.setCurrentWidget(self.list)
        stories = self._read()
        self.list.focus_first(stories.index(story) if story in stories else 0)

    def focus_page(self) -> None:
        if self.currentWidget() is self.player:
            self.player.next_button.setFocus()
        else:
            self.list.focus_first()

    def set_language(self, language: str) -> None:
        self.language = language
        self.player.set_language(language)
        if self.stories is not None:
            self.list.show_stories(self.stories, language)

    def retranslate(self) -> None:
        self.player.retranslate()
        if self.stories is not None:
            self.list.show_stories(self.stories, self.language)

    def forget(self) -> None:
        """Back to the list, no story open (a kiosk's next visitor)."""
        if self.take_home is not None:
            self.take_home.close()
        self.player.forget()
        self.setCurrentWidget(self.list)

    def _step_shown(self, step: ResolvedStep) -> None:
        if step.days is not None:
            self.period_shown.emit(step.days)

    def _sources(self, story: Story):
        ids = story_source_ids(self.store, story, self.player.pack or "")
        return sources_with_addresses(self.store.sources(ids)) if ids else []

    def show_take_home(self) -> None:
        story = self.player.story
        if story is None:
            return
        host = panel_host(self) or self.window()
        panel = TakeHomePanel(host, pick(story.title, self.language)[0], self._sources(story))
        panel.destroyed.connect(lambda: setattr(self, "take_home", None))
        self.take_home = panel
        panel.open()
