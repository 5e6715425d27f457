"""A wrapped label gets the lines it needs from box layouts: at its maximum width when it has
one, and at its one-line width when it is snug."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.ui.widgets.eliding_button import ElidingButton
from explorer.ui.widgets.wrapping_label import WrappingLabel

TEXT = "Дипломатические отношения между Казахстаном и Италией установлены в 1992 году. " * 3


def column(qtbot, *labels: QWidget, width: int = 700) -> QWidget:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    for label in labels:
        layout.addWidget(label)
    layout.addStretch(1)
    page.resize(width, layout.totalHeightForWidth(width))
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_label_narrower_than_its_column_still_gets_all_its_lines(qtbot):
    """A plain QLabel asked its height for the column's width, then given its maximum width,
    is short of lines and squeezes its neighbour; this one is not."""
    narrow = WrappingLabel(TEXT)
    narrow.setMaximumWidth(300)
    title = WrappingLabel(TEXT)
    page = column(qtbot, narrow, title)
    assert page.isVisible()
    assert narrow.width() == 300
    assert narrow.height() >= QLabel.heightForWidth(narrow, 300)
    assert title.height() >= QLabel.heightForWidth(title, title.width())


def test_a_snug_label_is_one_line_when_there_is_room_and_wraps_when_not(qtbot):
    notice = WrappingLabel("Черновой перевод, ещё не проверен.", snug=True)
    notice.setStyleSheet("padding: 6px 10px;")
    page = column(qtbot, notice)
    one_line = QLabel.heightForWidth(notice, 10_000)
    assert notice.width() < page.width()
    assert QLabel.heightForWidth(notice, notice.width()) == one_line
    narrow = column(qtbot, WrappingLabel(notice.text(), snug=True), width=120)
    wrapped = narrow.findChild(WrappingLabel)
    assert wrapped.width() <= 120
    assert wrapped.height() >= QLabel.heightForWidth(wrapped, wrapped.width()) > one_line


def test_an_eliding_button_fits_each_line_and_shows_all_with_room(qtbot):
    button = ElidingButton("→ назван в честь\nПамятник Абаю Кунанбайулы на вилле Боргезе в Риме")
    page = column(qtbot, button, width=600)
    assert not button.is_elided()
    page.resize(180, page.height())
    qtbot.waitUntil(button.is_elided)
    room = button.width() - button.chrome_width()
    lines = button.text().split("\n")
    assert lines[0].startswith("→") and lines[1].endswith("…")
    assert all(button.fontMetrics().horizontalAdvance(line) <= room for line in lines)
    assert button.minimumSizeHint().width() < button.sizeHint().width()


def test_a_snug_label_asks_again_when_its_text_or_font_changes(qtbot):
    notice = WrappingLabel("Черновой перевод.", snug=True)
    qtbot.addWidget(notice)
    short = notice.sizeHint().width()
    notice.setText("Черновой перевод, ещё не проверен.")
    longer = notice.sizeHint().width()
    assert longer > short
    larger = notice.font()
    larger.setPointSizeF(larger.pointSizeF() * 1.5)
    notice.setFont(larger)
    assert notice.sizeHint().width() > longer
