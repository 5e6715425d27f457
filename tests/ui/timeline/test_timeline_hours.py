"""A day on the timeline: events at their times, hours and minutes on the axis, and the
time on the card page."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QLabel

from explorer.content.importer import import_pack
from explorer.domain.fuzzy_date import FuzzyDate, day_number
from explorer.domain.references import qualify
from explorer.domain.timeline_ticks import ticks
from explorer.store.content_store import ContentStore
from explorer.ui.timeline.timeline_axis import tick_label
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack
from tests.ui.timeline.test_timeline_spans import band_days, layout_of, show, view  # noqa: F401

DAY = ["2025-09-29T09:00", "2025-09-29T12:30", "2025-09-29T17:45:10"]


def axis_labels(first: float, last: float, days_per_pixel: float) -> list[str]:
    """The labels, with the narrow space some locales put before AM and PM made plain."""
    return [tick_label(t).replace("\u202f", " ") for t in ticks(first, last, days_per_pixel)]


def test_a_day_fits_with_its_events_apart_in_time_order(view):  # noqa: F811
    layout = layout_of(*DAY)
    show(view, layout)
    view.fit_all()
    first, last = band_days(view)
    assert last - first < 1
    clusters = layout.lane("arts").clusters(view.days_per_pixel, first, last)
    assert len(clusters) == 3
    xs = [view.x_of(cluster.first_day) for cluster in clusters]
    assert xs == sorted(xs) and min(b - a for a, b in itertools.pairwise(xs)) > 100
    moments = [FuzzyDate.parse(text).moment for text in DAY]
    assert [cluster.first_day for cluster in clusters] == moments


def test_a_day_zoomed_in_reads_in_hours_and_minutes(view):  # noqa: F811
    show(view, layout_of(*DAY))
    view.fit_all()
    first, last = view.visible_days()
    labels = axis_labels(first, last, view.days_per_pixel)
    assert "12:00" in labels or "12:00 PM" in labels, labels
    view.show_days(day_number(2025, 9, 29) + 0.5, day_number(2025, 9, 29) + 0.5 + 1 / 24)
    first, last = view.visible_days()
    labels = axis_labels(first, last, view.days_per_pixel)
    assert any(label in ("12:15", "12:15 PM") for label in labels), labels


def test_midnight_on_the_axis_names_its_day():
    midnight = day_number(2025, 9, 30)
    labels = [tick_label(t) for t in ticks(midnight - 0.3, midnight + 0.3, 0.6 / 1000)]
    assert "30 Sep" in labels, labels


def test_cards_of_one_day_come_in_time_order_and_show_their_time(qtbot, tmp_path):
    from explorer.ui.cards.card_detail import CardDetail

    pack = write_valid_pack(
        tmp_path,
        cards={
            "abai": {"start": "2025-09-29T17:45:10Z", "end": REMOVE},
            "abai-monument-rome": {"start": "2025-09-29T09:00"},
            "dante": {"start": "2025-09-29", "end": REMOVE},
        },
    )
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    try:
        events = {event.id: event for event in store.timeline_events()}
        midnight = day_number(2025, 9, 29)
        assert events[qualify(PACK_ID, "abai-monument-rome")].first_day == midnight + 0.375
        rows = store.db.execute("SELECT id FROM cards ORDER BY sort_day, sort_rank").fetchall()
        assert [row[0].split(":")[1] for row in rows] == ["dante", "abai-monument-rome", "abai"]
        page = CardDetail(store)
        qtbot.addWidget(page)
        page.show_card(qualify(PACK_ID, "abai"))
        texts = "\n".join(label.text() for label in page.findChildren(QLabel))
        texts = texts.replace("\u202f", " ")
        assert any(
            f"29 September 2025, {time} UTC" in texts for time in ("5:45:10 PM", "17:45:10")
        ), texts
    finally:
        store.close()
