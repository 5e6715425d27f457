"""Which figures share a chart: one theme (their card's category) and one unit."""

from __future__ import annotations

from explorer.domain.entities import Figure
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.ui.charts.figure_groups import group_figures


def figure(figure_id: str, card: str, unit: str, date: str, source: str = "s") -> Figure:
    units = {"en": unit, "ru": f"{unit} (ru)"}  # grouped by the English unit
    return Figure(figure_id, card, {"en": figure_id}, 1.0, units, FuzzyDate.parse(date), source)


def test_figures_of_one_theme_and_unit_share_a_chart_in_date_order():
    figures = [
        figure("trade-2025", "trade-card", "billion USD", "2025"),
        figure("students", "school-card", "students", "2025"),
        figure("trade-2019", "trade-card", "billion USD", "2019-05"),
        figure("firms", "trade-card", "companies", "2025"),
        figure("trade-2024", "other-trade-card", "billion USD", "2024", source="t"),
    ]
    category_of = {
        "trade-card": "economy",
        "other-trade-card": "economy",
        "school-card": "education",
    }
    groups = group_figures(figures, category_of, ["education", "economy"])
    assert [(g.category, g.unit, [f.id for f in g.figures]) for g in groups] == [
        ("economy", "billion USD", ["trade-2019", "trade-2024", "trade-2025"]),
        ("education", "students", ["students"]),
        ("economy", "companies", ["firms"]),
    ]
    assert [g.single for g in groups] == [False, True, True]
    assert groups[0].source_ids == ("s", "t")


def test_a_figure_whose_card_has_no_known_category_still_has_a_group():
    groups = group_figures([figure("alone", "missing", "m", "2020")], {})
    assert [(g.category, g.unit, g.single) for g in groups] == [("", "m", True)]


def test_no_figures_make_no_groups():
    assert group_figures([], {}) == []
