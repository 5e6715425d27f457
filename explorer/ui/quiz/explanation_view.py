"""What the cards behind a question say: each card's title, date, places and category,
and the sources it cites. Pack text, so plain text only."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.domain.quiz import Explanation
from explorer.domain.wording import fill
from explorer.ui.widgets.date_text import span_text
from explorer.ui.widgets.wrapping_label import WrappingLabel


class ExplanationView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.labels: list[WrappingLabel] = []

    def show_explanations(self, explanations: tuple[Explanation, ...]) -> None:
        for label in self.labels:
            self.column.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.labels = []
        for explanation in explanations:
            self._add(self.facts(explanation), "quizExplanation")
            if explanation.sources:
                self._add(self.sources(explanation), "quizSources")

    def _add(self, text: str, name: str) -> None:
        label = WrappingLabel(text, self)
        label.setObjectName(name)
        self.column.addWidget(label)
        self.labels.append(label)

    def facts(self, explanation: Explanation) -> str:
        """“Title”: date · places · category, as the card gives them."""
        parts = []
        if explanation.start is not None:
            parts.append(span_text(explanation.start, explanation.end))
        if explanation.places:
            parts.append(", ".join(explanation.places))
        parts.append(explanation.category)
        return fill(self.tr("“%1”, the card says: %2"), [explanation.title, " · ".join(parts)])

    def sources(self, explanation: Explanation) -> str:
        names = []
        for source in explanation.sources:
            names.append(
                f"{source.title} ({source.publisher})" if source.publisher else source.title
            )
        return fill(self.tr("Sources: %1"), ["; ".join(names)])

    def text(self) -> str:
        """Everything shown, for a screen reader's description and for tests."""
        return "\n".join(label.text() for label in self.labels)
