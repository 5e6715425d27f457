"""The quiz: a round of questions made from the collection, one at a time, and the score
at its end with "Play again".

On the desktop a round has ten questions and the best score is kept in the user's
settings; in a kiosk (touch mode) a round is a short game of five, nothing is kept, and
``forget`` starts a fresh round for the next visitor. Keys: 1–4 answer, Enter goes on.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.quiz import Question, Quiz, Shortfall
from explorer.domain.quiz_make import make_quiz
from explorer.store.content_store import ContentStore
from explorer.store.quiz_content import read_quiz_content
from explorer.store.user_db import UserStore
from explorer.ui.quiz.question_panel import TOUCH_HEIGHT, QuestionPanel
from explorer.ui.quiz.quiz_style import style_sheet
from explorer.ui.quiz.round_end import RoundEnd
from explorer.ui.widgets.touch_mode import in_touch_mode
from explorer.ui.widgets.wrapping_label import WrappingLabel

DESK_ROUND = 10
KIOSK_ROUND = 5
BEST_SETTING = "quiz_best_of_{size}"
COLUMN_WIDTH = 880
_ANSWER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class QuizPage(QWidget):
    card_requested = Signal(str)

    def __init__(
        self,
        store: ContentStore,
        user: UserStore | None,
        language: str = "en",
        parent: QWidget | None = None,
        *,
        seeds: random.Random | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.user = user
        self.language = language
        self.seeds = seeds or random.Random()
        self.seed = 0
        self.quiz = Quiz(())
        self.position = 0
        self.results: list[tuple[Question, bool]] = []
        self.touch = in_touch_mode(self)
        self.setStyleSheet(style_sheet(1.25 if self.touch else 1.0))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        sheet = QWidget(self.scroll)
        sheet.setObjectName("page")
        self.scroll.setWidget(sheet)
        row = QHBoxLayout(sheet)
        row.setContentsMargins(40, 32, 40, 32)
        # The three screens in one column, one shown at a time: a box layout (unlike a
        # QStackedWidget) gives wrapped labels the height their width needs.
        self.stack = _OneAtATime(sheet)
        self.stack.setMaximumWidth(COLUMN_WIDTH)
        row.addStretch(1)
        row.addWidget(self.stack, 100)
        row.addStretch(1)
        self.panel = QuestionPanel(self.stack)
        self.panel.answered.connect(self._answered)
        self.panel.next_requested.connect(self.next_question)
        self.panel.card_requested.connect(self.card_requested)
        self.end = RoundEnd(self.stack)
        self.again = self.end.again
        self.again.clicked.connect(self.new_round)
        self.again.setMinimumHeight(TOUCH_HEIGHT if self.touch else 44)
        self.empty = WrappingLabel("", self.stack)
        self.empty.setObjectName("quizPrompt")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for widget in (self.panel, self.end, self.empty):
            self.stack.addWidget(widget)
        self.new_round()

    @property
    def round_size(self) -> int:
        return KIOSK_ROUND if self.touch else DESK_ROUND

    def new_round(self) -> None:
        """A new round of questions, from a new seed."""
        self.seed = self.seeds.randrange(2**31)
        self.quiz = self._make()
        self.position = 0
        self.results = []
        self._show_current()

    def _make(self) -> Quiz:
        content = read_quiz_content(self.store, self.seed)
        return make_quiz(content, self.round_size, self.seed, self.language)

    def forget(self) -> None:
        """A fresh round for the next visitor (a kiosk's reset)."""
        self.new_round()

    def next_question(self) -> None:
        if not self.panel.is_answered():
            return
        self.position += 1
        self._show_current()

    @property
    def score(self) -> int:
        return sum(right for _, right in self.results)

    def _answered(self, right: bool) -> None:
        self.results.append((self.panel.question, right))

    def _show_current(self) -> None:
        questions = self.quiz.questions
        if not questions:
            self.stack.setCurrentWidget(self.empty)
            self.retranslate()
            return
        if self.position >= len(questions):
            self._keep_best()
            self.end.show_round(self.results, self.best())
            self.stack.setCurrentWidget(self.end)
            self.again.setFocus()
            return
        self.stack.setCurrentWidget(self.panel)
        self.panel.show_question(questions[self.position], self.position + 1, len(questions))
        self.scroll.verticalScrollBar().setValue(0)

    def _best_key(self) -> str:
        return BEST_SETTING.format(size=len(self.quiz.questions))

    def best(self) -> int | None:
        """The best score kept for rounds of this size (never in a kiosk)."""
        if self.touch or self.user is None:
            return None
        kept = self.user.setting(self._best_key())
        return int(kept) if kept and kept.isdigit() else None

    def _keep_best(self) -> None:
        if self.touch or self.user is None:
            return
        best = self.best()
        if best is None or self.score > best:
            self.user.set_setting(self._best_key(), str(self.score))

    def take_focus(self) -> None:
        """The keyboard on the screen shown: the first answer, the way on, or "Play again"."""
        current = self.stack.currentWidget()
        if current is self.end:
            self.again.setFocus()
        elif current is self.panel:
            answered = self.panel.is_answered()
            (self.panel.next_button if answered else self.panel.buttons[0]).setFocus()
        else:
            self.setFocus()

    def set_language(self, language: str) -> None:
        """Texts in ``language``: the same questions (the same seed), where the person was."""
        if language == self.language:
            return
        self.language = language
        given = self.panel.given if self.panel.question is not None else None
        picked = list(self.panel.picked)
        self.quiz = self._make()
        self.results = [
            (question, right)
            for question, (_, right) in zip(self.quiz.questions, self.results, strict=False)
        ]
        if self.stack.currentWidget() is self.end:
            self.end.show_round(self.results, self.best())
        if self.stack.currentWidget() is self.panel and self.quiz.questions:
            question = self.quiz.questions[self.position]
            self.panel.show_question(question, self.position + 1, len(self.quiz.questions))
            self.panel.restore(picked, given)
        self.retranslate()

    def retranslate(self) -> None:
        self.panel.retranslate()
        self.end.retranslate()
        self.empty.setText(self._shortfall_text())

    def _shortfall_text(self) -> str:
        if self.quiz.shortfall is Shortfall.NO_CARDS:
            return self.tr("There is no quiz: this collection has no cards.")
        if self.quiz.shortfall is Shortfall.NOTHING_TO_ASK:
            return self.tr(
                "There is no quiz: the cards of this collection give no dates, places or "
                "categories to ask about."
            )
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.stack.currentWidget()
        if current is self.panel and key in _ANSWER_KEYS and not self.panel.is_answered():
            self.panel.choose(_ANSWER_KEYS[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if current is self.panel and self.panel.is_answered():
                self.next_question()
                return
            if current is self.end:
                self.new_round()
                return
        super().keyPressEvent(event)


class _OneAtATime(QWidget):
    """Widgets in a column of which one is shown (``setCurrentWidget``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addStretch(1)  # each screen as tall as it needs, from the top
        self.current: QWidget | None = None

    def addWidget(self, widget: QWidget) -> None:
        self.column.insertWidget(self.column.count() - 1, widget)
        widget.setVisible(self.current is None)
        self.current = self.current or widget

    def setCurrentWidget(self, widget: QWidget) -> None:
        for index in range(self.column.count() - 1):
            other = self.column.itemAt(index).widget()
            other.setVisible(other is widget)
        self.current = widget

    def currentWidget(self) -> QWidget | None:
        return self.current
