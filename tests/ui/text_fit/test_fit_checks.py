"""The clipping checks themselves: they find what they claim to find."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from explorer.ui.widgets.eliding_button import ElidingButton
from tests.ui.text_fit.fit_checks import text_problems

LONG = "Дипломатические отношения с 1992 года и стратегическое партнёрство"


def shown(qtbot, *children: QWidget) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    for child in children:
        child.setParent(parent)
    parent.resize(800, 400)
    parent.show()
    qtbot.waitExposed(parent)
    return parent


def test_a_label_narrower_than_its_text_is_found(qtbot):
    label = QLabel(LONG)
    parent = shown(qtbot, label)
    label.setGeometry(0, 0, 120, 30)
    assert [problem for problem in text_problems(parent) if "Дипломатические" in problem]
    label.setGeometry(0, 0, label.sizeHint().width(), label.sizeHint().height())
    assert text_problems(parent) == []


def test_a_wrapped_label_given_too_few_lines_is_found(qtbot):
    label = QLabel(LONG)
    label.setWordWrap(True)
    parent = shown(qtbot, label)
    label.setGeometry(0, 0, 160, label.fontMetrics().lineSpacing() + 2)
    assert len(text_problems(parent)) == 1
    label.setGeometry(0, 0, 160, QLabel.heightForWidth(label, 160))
    assert text_problems(parent) == []


def test_a_wrapped_label_narrower_than_its_longest_word_is_found(qtbot):
    label = QLabel("Талдықорғандағы")
    label.setWordWrap(True)
    parent = shown(qtbot, label)
    label.setGeometry(0, 0, 30, 400)
    assert "needs" in text_problems(parent)[0]


def test_overlapping_siblings_are_found(qtbot):
    first, second = QLabel("Астана"), QLabel("Алматы")
    parent = shown(qtbot, first, second)
    first.setGeometry(0, 0, 100, 30)
    second.setGeometry(50, 10, 100, 30)
    assert [problem for problem in text_problems(parent) if "overlaps" in problem]
    second.move(0, 40)
    assert text_problems(parent) == []


def test_a_button_narrower_than_its_text_is_found(qtbot):
    button = QPushButton(LONG)
    parent = shown(qtbot, button)
    button.setGeometry(0, 0, 100, button.sizeHint().height())
    assert len(text_problems(parent)) == 1


def test_an_eliding_button_must_keep_its_full_text_somewhere(qtbot):
    button = ElidingButton(f"→ связано с\n{LONG}")
    parent = shown(qtbot, button)
    button.setGeometry(0, 0, 200, button.sizeHint().height())
    assert button.is_elided()
    assert "nowhere" in text_problems(parent)[0]
    button.setToolTip(f"связано с {LONG}")
    assert text_problems(parent) == []
    button.setGeometry(0, 0, button.sizeHint().width(), button.sizeHint().height())
    assert not button.is_elided()
    assert button.text() == button.full_text


def test_text_under_the_side_of_a_scroll_area_is_found(qtbot):
    area = QScrollArea()
    area.setWidgetResizable(True)
    body = QWidget()
    label = QLabel(LONG, body)
    label.adjustSize()
    area.setWidget(body)
    parent = shown(qtbot, area)
    area.setGeometry(0, 0, label.width() + 40, 200)
    body.setMinimumWidth(label.width() + 200)
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() > 0)
    label.move(area.viewport().width() - 20, 0)
    assert "scroll area" in text_problems(parent)[0]
    label.move(0, 0)
    assert text_problems(parent) == []
