"""Finding text that does not fit: labels and buttons smaller than their text needs, and
text widgets that overlap a sibling.

A word-wrapped label needs, at its width, the height Qt's own wrapping gives (``QLabel``'s
``heightForWidth``, whatever the label's class answers to layouts) and at least the width of
its longest word (its ``minimumSizeHint``). Any other label needs its ``sizeHint``. A button
needs its ``sizeHint``, unless it elides on purpose (``ElidingButton``): then each line it
shows must fit, and its tooltip and accessible name must keep the full text.
"""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from explorer.ui.widgets.eliding_button import ElidingButton


def _name(widget: QWidget) -> str:
    text = " ".join(widget.text().split())
    return f"{type(widget).__name__} {widget.objectName()} {text[:50]!r}"


def label_problem(label: QLabel) -> str | None:
    width, height = label.width(), label.height()
    if label.wordWrap():
        needed_height = QLabel.heightForWidth(label, width)
        needed_width = label.minimumSizeHint().width()
    else:
        needed_width, needed_height = label.sizeHint().width(), label.sizeHint().height()
    if width < needed_width or height < needed_height:
        return f"{_name(label)} is {width}×{height}, needs {needed_width}×{needed_height}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if isinstance(button, ElidingButton):
        return eliding_button_problem(button)
    if isinstance(button, QPushButton):
        return push_button_problem(button)
    if isinstance(button, QToolButton):
        return tool_button_problem(button)
    hint, size = button.sizeHint(), button.size()
    if size.width() < hint.width() or size.height() < hint.height():
        needs = f"{hint.width()}×{hint.height()}"
        return f"{_name(button)} is {size.width()}×{size.height()}, needs {needs}"
    return None


def push_button_problem(button: QPushButton) -> str | None:
    """The button's text against the room its style leaves for it (padding and border
    taken off), rather than its size hint, which never goes below a style's minimum."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    icon = option.iconSize.width() + 4 if not button.icon().isNull() else 0
    metrics = button.fontMetrics()
    lines = button.text().replace("&&", "&").split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines) + icon
    height = metrics.height() * len(lines)
    if width > room.width() or height > room.height():
        return f"{_name(button)} leaves {room.width()}×{room.height()} for {width}×{height}"
    return None


def tool_button_problem(button: QToolButton) -> str | None:
    """A tool button's text (the rail's, the arrows') against its size less its frame; its
    size hint adds margins the text does not need."""
    metrics = button.fontMetrics()
    lines = button.text().replace("&&", "&").split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if (
        not button.icon().isNull()
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    ):
        height = metrics.height() * len(lines) + button.iconSize().height()
    else:
        height = metrics.height() * len(lines)
    frame = 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    if width > button.width() - frame or height > button.height() - frame:
        return f"{_name(button)} is {button.width()}×{button.height()} for {width}×{height}"
    return None


def eliding_button_problem(button: ElidingButton) -> str | None:
    metrics = button.fontMetrics()
    room = button.width() - button.chrome_width()
    for line in button.text().replace("&&", "&").split("\n"):
        if metrics.horizontalAdvance(line) > room:
            return f"{_name(button)}: line {line!r} is wider than its {room} px"
    if button.is_elided():
        full = button.full_text.replace("&&", "&").replace("\n", " ")
        words = full.replace("→", "").replace("←", "").split()
        said = f"{button.accessibleName()} {button.toolTip()}"
        missing = [word for word in words if word not in said]
        if missing:
            return f"{_name(button)} is elided and its full text is nowhere: {missing}"
    if button.height() < button.sizeHint().height():
        return f"{_name(button)} is {button.height()} px high, needs {button.sizeHint().height()}"
    return None


def _text_widgets(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            found.append(widget)
    return found


def overlaps(widgets: list[QWidget]) -> list[str]:
    """Pairs of text widgets with the same parent whose rectangles meet."""
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    found = []
    for siblings in by_parent.values():
        for first, second in combinations(siblings, 2):
            if first.geometry().intersects(second.geometry()):
                found.append(f"{_name(first)} overlaps {_name(second)}")
    return found


def cut_by_a_scroll_area(widget: QWidget) -> str | None:
    """A widget inside a scroll area must lie across its viewport's width: scrolling down
    is expected, a scroll bar covering its side or a page scrolled sideways is not."""
    parent = widget.parentWidget()
    while parent is not None:
        scroll_area = parent.parentWidget()
        inside = isinstance(scroll_area, QAbstractScrollArea) and parent is scroll_area.viewport()
        if inside and not horizontally_visible(widget, parent):
            left = widget.mapTo(parent, QPoint(0, 0)).x()
            return (
                f"{_name(widget)} spans x {left}–{left + widget.width()} of a scroll area "
                f"{parent.width()} px wide"
            )
        parent = parent.parentWidget()
    return None


def text_problems(root: QWidget) -> list[str]:
    """Every visible label or button under ``root`` that does not fit its text or is cut by
    the side of a scroll area, and every pair of them that overlap."""
    widgets = _text_widgets(root)
    problems = []
    for widget in widgets:
        check = label_problem if isinstance(widget, QLabel) else button_problem
        problems += [p for p in (check(widget), cut_by_a_scroll_area(widget)) if p]
    return problems + overlaps(widgets)


def horizontally_visible(widget: QWidget, viewport: QWidget) -> bool:
    """Whether ``widget`` lies across ``viewport`` without going past either side of it."""
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= viewport.width()
