"""One question of the quiz: its prompt, its answers as large buttons, then the verdict
with what the cards say, "Open the card" and "Next question".

An order question is answered by choosing its cards from the earliest to the latest (a
click or a number key each); the order is judged once every card has its place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.quiz import TRUE, Question, QuestionKind, StatementKind
from explorer.domain.wording import fill
from explorer.ui.quiz.choice_button import ChoiceButton
from explorer.ui.quiz.explanation_view import ExplanationView
from explorer.ui.widgets.date_text import year_text
from explorer.ui.widgets.plain_text import plain_button_text
from explorer.ui.widgets.touch_mode import in_touch_mode
from explorer.ui.widgets.wrapping_label import WrappingLabel

TOUCH_HEIGHT = 72
DESK_HEIGHT = 52


class QuestionPanel(QWidget):
    answered = Signal(bool)
    next_requested = Signal()
    card_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question: Question | None = None
        self.picked: list[str] = []
        self.given: tuple[str, ...] | None = None
        self.last = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self.counter = QLabel(self)
        self.counter.setObjectName("quizCounter")
        self.prompt = WrappingLabel("", self)
        self.prompt.setObjectName("quizPrompt")
        self.hint = WrappingLabel("", self)
        self.hint.setObjectName("quizHint")
        column.addWidget(self.counter)
        column.addWidget(self.prompt)
        column.addWidget(self.hint)
        self.buttons: list[ChoiceButton] = []
        for number in range(4):
            button = ChoiceButton(self)
            button.setObjectName("quizChoice")
            button.clicked.connect(lambda _=False, n=number: self.choose(n))
            column.addWidget(button)
            self.buttons.append(button)
        self.restart = QPushButton(self)
        self.restart.setObjectName("quizSecondary")
        self.restart.clicked.connect(self.start_order_again)
        column.addWidget(self.restart, 0, Qt.AlignmentFlag.AlignLeft)
        self.verdict = QFrame(self)
        self.verdict.setObjectName("quizVerdict")
        inside = QVBoxLayout(self.verdict)
        inside.setContentsMargins(20, 16, 20, 16)
        inside.setSpacing(8)
        self.verdict_title = QLabel(self.verdict)
        self.verdict_title.setObjectName("quizVerdictTitle")
        self.right_answer = WrappingLabel("", self.verdict)
        self.right_answer.setObjectName("quizExplanation")
        self.explanation = ExplanationView(self.verdict)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        self.open_button = QPushButton(self.verdict)
        self.open_button.setObjectName("quizSecondary")
        self.open_button.clicked.connect(self._open_card)
        self.next_button = QPushButton(self.verdict)
        self.next_button.setObjectName("quizAction")
        self.next_button.clicked.connect(self.next_requested)
        # The verdict and the way on come first: what the cards say may run long.
        actions.addWidget(self.verdict_title)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.next_button)
        inside.addLayout(actions)
        inside.addWidget(self.right_answer)
        inside.addWidget(self.explanation)
        column.addWidget(self.verdict)
        column.addStretch(1)
        self.verdict.hide()

    def show_question(self, question: Question, number: int, total: int) -> None:
        self.question = question
        self.number, self.total = number, total
        self.picked = []
        self.given = None
        self.last = number == total
        self.verdict.hide()
        self.retranslate()
        self.buttons[0].setFocus()

    def choose(self, number: int) -> None:
        """The person chose the answer numbered ``number`` (from 0)."""
        question = self.question
        if question is None or self.given is not None or number >= len(question.choices):
            return
        key = question.choices[number].key
        if question.kind is QuestionKind.ORDER:
            if key in self.picked:
                return
            self.picked.append(key)
            self._show_choices()
            if len(self.picked) < len(question.choices):
                return
            self.given = tuple(self.picked)
        else:
            self.given = (key,)
        self._show_choices()
        self._show_verdict()
        self.answered.emit(question.is_right(self.given))
        self.next_button.setFocus()

    def start_order_again(self) -> None:
        if self.given is None and self.picked:
            self.picked = []
            self._show_choices()
            self.buttons[0].setFocus()

    def restore(self, picked: list[str], given: tuple[str, ...] | None) -> None:
        """Show the question as it was answered (or half ordered) before a language
        change."""
        self.picked = list(picked)
        self.given = given
        self._show_choices()
        if given is not None:
            self._show_verdict()

    def is_answered(self) -> bool:
        return self.given is not None

    def _open_card(self) -> None:
        if self.question is not None and self.open_button.menu() is None:
            self.card_requested.emit(self.question.card)

    def _cards_menu(self, question: Question) -> QMenu | None:
        """For a question of several cards (an order), a menu to open any of them."""
        if len(question.explanations) < 2:
            return None
        menu = QMenu(self.open_button)
        for explanation in question.explanations:
            action = menu.addAction(plain_button_text(explanation.title))
            action.triggered.connect(
                lambda _=False, card=explanation.card: self.card_requested.emit(card)
            )
        return menu

    def _choice_text(self, number: int) -> str:
        question = self.question
        choice = question.choices[number]
        if question.kind is QuestionKind.TRUE_FALSE:
            return self.tr("True") if choice.key == TRUE else self.tr("False")
        if question.kind is QuestionKind.DATE:
            return year_text(int(choice.key))
        return choice.label

    def _show_choices(self) -> None:
        question = self.question
        touch = in_touch_mode(self)
        for number, button in enumerate(self.buttons):
            if number >= len(question.choices):
                button.hide()
                continue
            key = question.choices[number].key
            text = self._choice_text(number)
            place = self.picked.index(key) + 1 if key in self.picked else None
            shown = f"{place} · {text}" if place else text
            if not touch:
                shown = shown if place else f"[{number + 1}]  {shown}"  # its key, as a key
            button.set_full_text(shown)
            button.setToolTip("")
            chosen = fill(self.tr("%1, chosen as number %2"), [text, str(place)])
            button.setAccessibleName(chosen if place else text)
            button.setProperty("verdict", self._verdict_of(key))
            button.style().unpolish(button)
            button.style().polish(button)
            # After the polish: a kiosk's style sheet sets a smaller minimum of its own.
            button.setMinimumHeight(TOUCH_HEIGHT if touch else DESK_HEIGHT)
            button.setEnabled(self.given is None and place is None)
            button.show()
        ordering = question.kind is QuestionKind.ORDER
        self.restart.setVisible(ordering and self.given is None)
        self.restart.setEnabled(bool(self.picked))
        self.restart.setMinimumHeight(TOUCH_HEIGHT if touch else 0)

    def _verdict_of(self, key: str) -> str:
        question = self.question
        if self.given is None:
            return "picked" if key in self.picked else ""
        if question.kind is QuestionKind.ORDER:
            at = self.given.index(key)
            return "right" if question.answer[at] == key else "wrong"
        if key == question.answer[0]:
            return "right"
        return "wrong" if key in self.given else ""

    def _show_verdict(self) -> None:
        question = self.question
        right = question.is_right(self.given)
        self.verdict_title.setText(self.tr("Right!") if right else self.tr("Not quite."))
        self.verdict_title.setProperty("verdict", "right" if right else "wrong")
        self.verdict_title.style().unpolish(self.verdict_title)
        self.verdict_title.style().polish(self.verdict_title)
        self.right_answer.setText(self._answer_text())
        self.explanation.show_explanations(question.explanations)
        self.open_button.setText(self.tr("Open the card"))
        self.open_button.setAccessibleName(
            fill(self.tr("Open the card “%1”"), [question.explanations[0].title])
        )
        old_menu, menu = self.open_button.menu(), self._cards_menu(question)
        self.open_button.setMenu(menu)
        if old_menu is not None:
            old_menu.deleteLater()
        if menu is not None:
            self.open_button.setAccessibleName(self.tr("Open one of these cards"))
        self.next_button.setText(
            self.tr("See the score") if self.last else self.tr("Next question")
        )
        touch = in_touch_mode(self)
        for button in (self.open_button, self.next_button):
            button.setMinimumHeight(TOUCH_HEIGHT if touch else 44)
        self.verdict.show()

    def _answer_text(self) -> str:
        question = self.question
        if question.kind is QuestionKind.ORDER:
            titles = {choice.key: choice.label for choice in question.choices}
            return fill(
                self.tr("From earliest to latest: %1"),
                [" → ".join(titles[key] for key in question.answer)],
            )
        number = [choice.key for choice in question.choices].index(question.answer[0])
        return fill(self.tr("The answer: %1"), [self._choice_text(number)])

    def _prompt_text(self) -> str:
        question = self.question
        if question.kind is QuestionKind.ORDER:
            return self.tr("Put these in order, from the earliest to the latest.")
        if question.kind is QuestionKind.PLACE:
            return fill(self.tr("Which place goes with “%1”?"), [question.subject])
        if question.kind is QuestionKind.DATE:
            return fill(self.tr("In which year does “%1” begin?"), [question.subject])
        statement = question.statement
        template = {
            StatementKind.PLACE: self.tr("True or false? The card “%1” names the place %2."),
            StatementKind.DECADE: self.tr("True or false? “%1” dates from the %2s."),
            StatementKind.CATEGORY: self.tr(
                "True or false? The card “%1” is in the category “%2”."
            ),
        }[statement.kind]
        return fill(template, [question.subject, statement.label])

    def _hint_text(self) -> str:
        touch = in_touch_mode(self)
        if self.question.kind is QuestionKind.ORDER:
            if touch:
                return self.tr("Tap the cards from the earliest to the latest.")
            return self.tr(
                "Choose the cards from the earliest to the latest: click them, or press "
                "their numbers."
            )
        return "" if touch else self.tr("Press a number to answer.")

    def retranslate(self) -> None:
        if self.question is None:
            return
        self.counter.setText(
            fill(self.tr("Question %1 of %2"), [str(self.number), str(self.total)])
        )
        self.prompt.setText(self._prompt_text())
        self.prompt.setAccessibleName(self.prompt.text())
        self.hint.setText(self._hint_text())
        self.hint.setVisible(bool(self.hint.text()))
        self.restart.setText(self.tr("Start the order again"))
        self._show_choices()
        if self.given is not None:
            self._show_verdict()
