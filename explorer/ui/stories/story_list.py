"""The collection's stories as a column of tiles: title, summary and number of steps. A tile
opens its story on a click, a touch, Enter or Space; Up and Down move between tiles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import Story, pick
from explorer.ui.shell.theme import PALETTE, scaled_font
from explorer.ui.widgets.wrapping_label import WrappingLabel

LIST_WIDTH = 860

TILE_STYLE = f"""
QFrame#storyTile {{ background: {PALETTE.surface}; border: 1px solid {PALETTE.line};
    border-left: 6px solid {PALETTE.sky}; border-radius: 10px; }}
QFrame#storyTile:hover {{ border-color: {PALETTE.sky}; }}
QFrame#storyTile:focus {{ border: 2px solid {PALETTE.focus};
    border-left: 6px solid {PALETTE.focus}; }}
"""


class StoryTile(QFrame):
    chosen = Signal()

    def __init__(self, story: Story, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.story = story
        self.setObjectName("storyTile")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(6)
        title = pick(story.title, language)[0]
        summary = pick(story.summary, language)[0]
        steps = self.tr("%n step(s)", "", len(story.steps))
        self.title = WrappingLabel(title, self)
        self.summary = WrappingLabel(summary, self)
        self._apply_fonts()
        self.steps = WrappingLabel(steps, self)
        self.steps.setObjectName("eyebrow")
        for label in (self.steps, self.title, self.summary):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{summary} {steps}")

    def _apply_fonts(self) -> None:
        self.title.setFont(scaled_font(self.font(), 17, serif=True))
        self.summary.setFont(scaled_font(self.font(), 11))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the kiosk's larger type
            self._apply_fonts()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.chosen.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.parentWidget().focusNextPrevChild(key == Qt.Key.Key_Down)
        else:
            super().keyPressEvent(event)


class StoryList(QScrollArea):
    """``story_chosen`` gives the index of the story opened."""

    story_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles: list[StoryTile] = []
        self.stories: Sequence[Story] = ()
        self.language = "en"

    def show_stories(self, stories: Sequence[Story], language: str) -> None:
        self.stories, self.language = stories, language
        page = QWidget()
        page.setObjectName("detailColumn")
        page.setStyleSheet(TILE_STYLE)
        row = QHBoxLayout(page)
        row.setContentsMargins(40, 28, 40, 40)
        holder = QWidget(page)
        holder.setMaximumWidth(LIST_WIDTH)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        row.addStretch(1)
        row.addWidget(holder, 100)
        row.addStretch(1)
        heading = WrappingLabel(self.tr("Stories"), holder)
        heading.setFont(scaled_font(self.font(), 26, serif=True))
        column.addWidget(heading)
        intro = self.tr("Guided paths through the collection, one card at a time.")
        if not stories:
            intro = self.tr("This collection has no stories yet.")
        lead = WrappingLabel(intro, holder)
        lead.setObjectName("muted")
        lead.setFont(scaled_font(self.font(), 12))
        column.addWidget(lead)
        column.addSpacing(8)
        self.tiles = []
        for index, story in enumerate(stories):
            tile = StoryTile(story, language, holder)
            tile.chosen.connect(lambda index=index: self.story_chosen.emit(index))
            column.addWidget(tile)
            self.tiles.append(tile)
        column.addStretch(1)
        self.setWidget(page)
        self.setAccessibleName(self.tr("Stories"))

    def focus_first(self, index: int = 0) -> None:
        if self.tiles:
            self.tiles[min(index, len(self.tiles) - 1)].setFocus()
        else:
            self.setFocus()
