"""The timeline view fitting collections of any span, from millions of years to a day."""

from __future__ import annotations

import pytest

from explorer.domain.fuzzy_date import FuzzyDate, day_number
from explorer.domain.timeline_events import event_from_dates
from explorer.domain.timeline_layout import TimelineLayout
from explorer.domain.timeline_ticks import ticks
from explorer.ui.timeline.timeline_axis import tick_label
from explorer.ui.timeline.timeline_geometry import HEADER_WIDTH, EventText, LaneStyle
from explorer.ui.timeline.timeline_view import TimelineView


def layout_of(*dates: str | tuple[str, str]) -> TimelineLayout:
    events = []
    for number, date in enumerate(dates):
        start, end = date if isinstance(date, tuple) else (date, None)
        events.append(
            event_from_dates(
                f"e{number}",
                "arts",
                FuzzyDate.parse(start),
                FuzzyDate.parse(end) if end else None,
            )
        )
    return TimelineLayout(events, ["arts"])


@pytest.fixture
def view(qtbot):
    shown = TimelineView(lambda ids: {i: EventText(i, "") for i in ids})
    shown.resize(1000, 400)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def show(view: TimelineView, layout: TimelineLayout) -> None:
    view.set_layout(layout, {"arts": LaneStyle("Arts", "#b03a48")}, [])


def band_days(view: TimelineView) -> tuple[float, float]:
    """The days from the right of the lane headers to the right edge."""
    return view.day_at_view_x(HEADER_WIDTH), view.day_at_view_x(view.viewport().width())


def assert_all_in_view(view: TimelineView, layout: TimelineLayout) -> None:
    first, last = band_days(view)
    for lane in layout.lanes:
        for event in layout.lane(lane).events:
            assert first <= event.first_day and event.last_day <= last, (event, first, last)


SPANS = {
    "deep time to today": ["115 Ma", "Y-66000000", "12 ka", "-500", "2025-09-29"],
    "only deep time": ["115 Ma", "100 Ma", "66 Ma"],
    "a hundred billion years": ["Y-99999999999", "Y99999999999"],
    "far in the future": ["Y170000002", "Y170000002-06"],
    "one day": ["2025-09-29", "2025-09-29"],
    "three days long ago": ["-3000-03-01", "-3000-03-03"],
    "centuries": ["1254", "1492", "1990", "2026"],
}


@pytest.mark.parametrize("dates", SPANS.values(), ids=list(SPANS))
def test_fit_all_shows_every_event_whatever_the_span(view, dates):
    layout = layout_of(*dates)
    show(view, layout)
    view.fit_all()
    assert view.fitted and view.whole
    assert_all_in_view(view, layout)
    # The band stays within what a 32-bit scroll bar can hold.
    assert view.sceneRect().width() < 2**31


def test_a_single_day_is_fitted_closely_not_with_today(view):
    layout = layout_of("-3000-03-01", "-3000-03-03")
    show(view, layout)
    view.fit_all()
    first, last = band_days(view)
    assert last - first < 20  # as near as the zoom goes: half an hour a pixel


def test_deep_time_can_be_zoomed_in_on_without_overflowing(view):
    layout = layout_of("115 Ma", "2025")
    show(view, layout)
    for _ in range(200):
        view.zoom_in()
    least, _ = view.zoom_limits()
    assert view.days_per_pixel == least
    assert view.sceneRect().width() < 2**31
    view.centre_on_day(day_number(1, 1, 1))
    assert abs(view.centre_day() - day_number(1, 1, 1)) <= 2 * view.days_per_pixel


def labels_in_view(view: TimelineView) -> list[str]:
    first, last = view.visible_days()
    return [tick_label(tick) for tick in ticks(int(first), int(last), view.days_per_pixel)]


def test_deep_time_axis_reads_in_millions_of_years(view):
    show(view, layout_of("115 Ma", "Y-66000000", "2025"))
    view.fit_all()
    labels = labels_in_view(view)
    assert "100 Ma" in labels and "50 Ma" in labels
    assert all(label.endswith(" Ma") for label in labels), labels


def test_ice_age_axis_reads_in_thousands_of_years(view):
    show(view, layout_of("130 ka", "12 ka", "30 ka"))
    view.fit_all()
    labels = labels_in_view(view)
    assert "100 ka" in labels and "50 ka" in labels, labels


def test_antiquity_axis_reads_in_years_bc(view):
    show(view, layout_of("-3000", "-500", "476"))
    view.fit_all()
    labels = labels_in_view(view)
    assert labels[:4] == ["4000 BC", "3000 BC", "2000 BC", "1000 BC"], labels


def test_a_collection_dense_in_one_period_opens_on_it(view):
    dates = ["1254", "1500", *(f"{year}-06" for year in range(1990, 2026))]
    layout = layout_of(*dates)
    show(view, layout)
    assert view.fitted and not view.whole
    first, last = band_days(view)
    assert first > day_number(1900, 1, 1)
    shown = [d for d in dates if first <= FuzzyDate.parse(d).period()[0] <= last]
    assert len(shown) >= 0.8 * len(dates)
    view.fit_all()  # one click away
    assert_all_in_view(view, layout)


def test_an_even_collection_opens_on_all_of_it(view):
    layout = layout_of(*(str(year) for year in range(1254, 2026, 40)))
    show(view, layout)
    assert view.whole
    assert_all_in_view(view, layout)


def test_reset_returns_to_the_default_view(view):
    layout = layout_of("1254", "1500", *(f"{year}-06" for year in range(1990, 2026)))
    show(view, layout)
    opening = band_days(view)
    view.fit_all()
    view.reset()
    assert band_days(view) == pytest.approx(opening)


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_axis_labels_in_any_language_keep_apart_in_deep_time(view, language):
    from PySide6.QtGui import QFontMetricsF

    from explorer.ui.shell.app import create_application
    from explorer.ui.timeline.timeline_painter import AXIS_LABEL_GAP

    create_application().language_switcher.apply(language)
    try:
        show(view, layout_of("2.6 Ma", "1.2 Ma", "900 ka", "120 ka", "12 ka"))
        for _ in range(6):  # from the whole span, zooming in step by step
            frame = view.frame()
            marks = view.painter._axis_ticks(frame)
            metrics = QFontMetricsF(view.painter.axis_bold)
            xs = [frame.x_of(tick.day) for tick in marks]
            widths = [metrics.horizontalAdvance(tick_label(tick)) for tick in marks]
            for x, width, following in zip(xs, widths, xs[1:], strict=False):
                assert x + width + AXIS_LABEL_GAP <= following + 0.5, (language, marks)
            view.zoom_in()
    finally:
        create_application().language_switcher.apply("en")


def test_a_library_reaching_back_to_the_big_bang_still_zooms_into_a_day(view):
    from explorer.ui.timeline.timeline_geometry import MIN_DAYS_PER_PIXEL, WINDOW_PX

    layout = layout_of("Y-13800000000", "2025-09-29T14:30", "2025-09-29T18:00", "1991-12-16")
    show(view, layout)
    view.fit_all()
    assert_all_in_view(view, layout)
    day = day_number(2025, 9, 29) + 0.5
    view.show_days(day - 0.5, day + 0.5)
    assert view.days_per_pixel < 0.01, "a day fills the view, as in any collection"
    assert abs(view.centre_day() - day) < 2 * view.days_per_pixel
    middle = view.viewport().width() / 2  # where the buttons zoom around
    anchored = view.day_at_view_x(middle)
    while view.days_per_pixel > MIN_DAYS_PER_PIXEL:
        view.zoom_in()
    assert abs(view.day_at_view_x(middle) - anchored) < 0.001, "zooming keeps the day"
    assert view.sceneRect().width() < WINDOW_PX + 10 * view.viewport().width()


def test_panning_far_moves_the_scene_along_without_a_jump(view):
    layout = layout_of("Y-13800000000", "2025-09-29")
    show(view, layout)
    view.go_to_year(2000, span_years=10)
    step = 5_000_000  # pixels: 60 steps go past the edge of a scene at this scale
    before = view.centre_day()
    scene_starts = {view.zero_day}
    for number in range(1, 61):
        view.pan_pixels(-step)
        scene_starts.add(view.zero_day)
        expected = before - number * step * view.days_per_pixel
        assert abs(view.centre_day() - expected) < 2 * view.days_per_pixel, number
    assert len(scene_starts) > 1, "the scene moved along the band"
