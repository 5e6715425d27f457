"""The timeline fits its real lane and era names, in Russian and Kazakh (both scripts), at
1024×700 and 1920×1080: every line of a lane name fits the names' column and its lane's
height (an open lane's name is never elided), every era label fits its band and the era
strip, event labels end inside the view, and whatever is elided is whole in a tooltip (eras
also in the view's accessible description). The toolbar's labels and buttons fit too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from explorer.domain.entities import pick
from explorer.ui.shell.screenshots import settle
from explorer.ui.timeline.timeline_geometry import AXIS_HEIGHT, ERA_LABEL_HEIGHT, HEADER_WIDTH
from explorer.ui.timeline.timeline_painter import fold_arrow
from explorer.ui.timeline.timeline_text import arrow_rect, era_label, event_label, lane_name
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES, SIZES


def lines_fit(placed, font) -> bool:
    metrics = QFontMetricsF(font)
    return len(placed.fitted.lines) * placed.line_height <= placed.rect.height() + 0.01 and all(
        metrics.horizontalAdvance(line) <= placed.rect.width() + 0.01
        for line in placed.fitted.lines
    )


def lane_problems(view, language: str) -> list[str]:
    frame = view.frame()
    font = view.painter.header_font
    problems = []
    for row in frame.rows:
        top = row.top - frame.origin_y
        name = lane_name(row.style.name, fold_arrow(row.collapsed), font, top, row.height)
        where = f"{language}: lane {row.style.name!r} ({'folded' if row.collapsed else 'open'})"
        lane = QRectF(0, top, HEADER_WIDTH, row.height)
        if not lines_fit(name, font) or not lane.contains(name.rect):
            problems.append(f"{where}: {name.fitted.lines} do not fit {name.rect.getRect()}")
        if arrow_rect(name).intersects(name.rect):
            problems.append(f"{where}: the fold arrow overlaps the name")
        if name.fitted.elided and not row.collapsed:
            problems.append(f"{where}: an open lane's name is elided: {name.fitted.lines}")
        tooltip = view.tooltip_at(QPointF(HEADER_WIDTH / 2, top + row.height / 2))
        if name.fitted.elided and row.style.name not in tooltip:
            problems.append(f"{where}: elided, and its tooltip says {tooltip!r}")
    return problems


def era_problems(view, language: str) -> list[str]:
    frame = view.frame()
    font = view.painter.axis_bold
    strip = QRectF(-1e9, AXIS_HEIGHT, 2e9, ERA_LABEL_HEIGHT)
    visible_left = frame.origin_x + HEADER_WIDTH
    visible_right = frame.origin_x + frame.viewport_width
    problems = []
    for era in frame.eras:
        name, _ = pick(era.name, language)
        first, last = era.days(frame.today)
        left, right = frame.x_of(first), frame.x_of(last)
        if right < visible_left or left > visible_right:
            continue
        label = era_label(name, font, left, right, visible_left)
        where = f"{language}: era {name!r}"
        if label is not None and (not lines_fit(label, font) or not strip.contains(label.rect)):
            problems.append(f"{where}: {label.fitted.lines} do not fit {label.rect.getRect()}")
        if label is not None and QFontMetricsF(font).height() > label.line_height:
            problems.append(f"{where}: the label's line is lower than its font")
        if label is None or label.fitted.elided:
            middle = (max(left, visible_left) + min(right, visible_right)) / 2 - frame.origin_x
            point = QPointF(middle, AXIS_HEIGHT + ERA_LABEL_HEIGHT / 2 - frame.origin_y)
            if name not in view.tooltip_at(point):
                problems.append(f"{where}: cut, and not whole in its tooltip")
        if name not in view.accessibleDescription():
            problems.append(f"{where}: not in the accessible description")
    return problems


def event_label_problems(view, language: str) -> list[str]:
    """Labels of the single events in view end inside the view; a cut one's title is whole
    in the tooltip of its mark."""
    frame = view.frame()
    font = view.painter.label_font
    metrics = QFontMetricsF(font)
    visible_right = frame.origin_x + frame.viewport_width
    problems = []
    for row in frame.rows:
        lane = frame.layout.lane(row.lane)
        for cluster in lane.clusters(frame.days_per_pixel, frame.first_day, frame.last_day):
            if cluster.count != 1:
                continue
            event = lane.events[cluster.start]
            mark_x = frame.x_of(event.first_day)
            x = max(mark_x, frame.origin_x + HEADER_WIDTH + 6)
            if x > visible_right:
                continue
            title = frame.texts([event.id])[event.id].title
            label = event_label(title, font, x, visible_right)
            if x + metrics.horizontalAdvance(label) > visible_right:
                problems.append(f"{language}: the label {label!r} runs out of the view")
            mark = QPointF(mark_x - frame.origin_x, row.top + 18 - frame.origin_y)
            if label != title and mark.x() > HEADER_WIDTH and title not in view.tooltip_at(mark):
                problems.append(f"{language}: {title!r} is cut, and not whole in its tooltip")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_lane_names_and_era_labels_fit_or_say_everything_elsewhere(window, qtbot, size):
    window.resize(*size)
    window.session.show_view("timeline")
    view = window.timeline_page.view
    qtbot.waitUntil(lambda: view.layout_ is not None and view.viewport().width() > 400)
    problems = []
    for language in LONG_LANGUAGES:
        window.set_language(language)
        settle(window, 50)
        view.fit_all()
        problems += lane_problems(view, language) + era_problems(view, language)
        problems += event_label_problems(view, language)
        problems += [f"{language}: {p}" for p in text_problems(window.timeline_page)]
        for era in view.eras:  # each era brought into view, wide and narrow
            for years in (2, 40, 400):
                middle = (era.start.year + (era.end or era.start).year) // 2
                view.go_to_year(middle, span_years=years)
                problems += era_problems(view, language) + event_label_problems(view, language)
        for lane in view.lanes():
            view.toggle_lane(lane)
        problems += lane_problems(view, language)
        for lane in view.lanes():
            view.toggle_lane(lane)
    assert problems == []


def test_an_elided_era_label_keeps_its_whole_name_in_the_tooltip(window, qtbot):
    window.session.show_view("timeline")
    view = window.timeline_page.view
    qtbot.waitUntil(lambda: view.layout_ is not None and view.viewport().width() > 400)
    window.set_language("ru")
    era = max(view.eras, key=lambda era: len(pick(era.name, "ru")[0]))
    name = pick(era.name, "ru")[0]
    view.fit_all()
    frame = view.frame()
    first, last = era.days(frame.today)
    left, right = frame.x_of(first), frame.x_of(last)
    label = era_label(name, view.painter.axis_bold, left, left + 60, left - HEADER_WIDTH)
    assert label is not None and label.fitted.elided and label.fitted.lines[0].endswith("…")
    point = QPointF((left + right) / 2 - frame.origin_x, AXIS_HEIGHT + 8 - frame.origin_y)
    assert name in view.tooltip_at(point)
    assert name in view.accessibleDescription()
