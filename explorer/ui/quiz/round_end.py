"""The end of a round: the score, the best score kept (on the desktop), each question with
whether it was answered right, and "Play again"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from explorer.domain.quiz import Question, QuestionKind
from explorer.domain.wording import fill
from explorer.ui.widgets.wrapping_label import WrappingLabel


class RoundEnd(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizVerdict")
        self.results: list[tuple[Question, bool]] = []
        self.best: int | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(28, 24, 28, 24)
        self.column.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("quizPrompt")
        self.score_label = QLabel(self)
        self.score_label.setObjectName("quizScore")
        self.best_label = QLabel(self)
        self.best_label.setObjectName("quizBest")
        self.again = QPushButton(self)
        self.again.setObjectName("quizAction")
        for widget in (self.title, self.score_label, self.best_label):
            self.column.addWidget(widget)
        self.recap: list[WrappingLabel] = []
        self.column.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)

    def show_round(self, results: list[tuple[Question, bool]], best: int | None) -> None:
        self.results = list(results)
        self.best = best
        for label in self.recap:
            self.column.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.recap = []
        for _ in self.results:
            label = WrappingLabel("", self)
            label.setObjectName("quizExplanation")
            self.column.insertWidget(self.column.count() - 1, label)
            self.recap.append(label)
        self.retranslate()

    @property
    def score(self) -> int:
        return sum(right for _, right in self.results)

    def retranslate(self) -> None:
        total = len(self.results)
        self.title.setText(self.tr("End of the round"))
        self.score_label.setText(fill(self.tr("%1 of %2 right"), [str(self.score), str(total)]))
        self.best_label.setVisible(self.best is not None)
        if self.best is not None:
            self.best_label.setText(
                fill(self.tr("Your best: %1 of %2"), [str(self.best), str(total)])
            )
        for label, (question, right) in zip(self.recap, self.results, strict=True):
            mark = "✓" if right else "✗"
            verdict = self.tr("right") if right else self.tr("wrong")
            label.setText(f"{mark}  {self._about(question)}")
            label.setAccessibleName(fill(self.tr("%1: %2"), [self._about(question), verdict]))
        self.again.setText(self.tr("Play again"))

    def _about(self, question: Question) -> str:
        if question.kind is QuestionKind.ORDER:
            titles = {choice.key: choice.label for choice in question.choices}
            return fill(
                self.tr("In order: %1"), [" → ".join(titles[key] for key in question.answer)]
            )
        return question.subject
