import itertools
import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError, Precision, Qualifier, day_number
from explorer.domain.timeline_events import in_order, order_key
from explorer.domain.timeline_layout import (
    Cluster,
    LaneLayout,
    TimelineEvent,
    TimelineLayout,
    event_from_dates,
)

EVERYTHING = (-math.inf, math.inf)


YEARS_800 = 800 * 365


@st.composite
def events(draw, lanes=("a",), max_size=60, ids=None, long_spans=False):
    """Events close enough together that clusters form at many scales.

    With ``long_spans``, a few spans of up to 800 years, which reach over everything else.
    """
    lengths = st.sampled_from([0, 0, 0, 0, 1, 30, 364, 365, 400, 401, 2000])
    if long_spans:
        lengths = st.one_of(lengths, lengths, lengths, st.integers(0, YEARS_800))
    specs = draw(
        st.lists(
            st.tuples(
                st.integers(-3000, 3000),
                lengths,
                st.sampled_from(lanes),
                st.sampled_from(Qualifier),
            ),
            max_size=max_size,
        )
    )
    return [
        TimelineEvent(
            id=draw(ids) if ids is not None else f"card-{i}",
            lane=lane,
            first_day=first,
            last_day=first + length,
            qualifier=qualifier,
            precision=Precision.DAY if length == 0 else Precision.YEAR,
            is_span=length not in (0, 364, 365),
        )
        for i, (first, length, lane, qualifier) in enumerate(specs)
    ]


gaps = st.sampled_from([14.0, 1.0, 3.5, 40.0])
bases = st.sampled_from([1 / 64, 0.1, 1.0, 7.3])
scales = st.floats(min_value=1e-4, max_value=1e6)
caps = st.sampled_from([None, None, 1.0, 5.0, 30.0, math.inf])
some_events = st.one_of(events(), events(long_spans=True))


def all_clusters(lane: LaneLayout, level: int) -> list[Cluster]:
    return lane.clusters(lane.level_days_per_pixel(level), *EVERYTHING)


def reference_levels(ordered, gap_px, max_cluster_px, base):
    """Every level by the sweep rule, slowly, from the events themselves.

    Level k is at ``base * 2**k`` days a pixel. Sweeping the clusters of the level below (the
    events for level 0), the next one joins the current run when its first anchor is less
    than ``gap_px`` pixels after the previous one's last anchor and the run's anchors would
    then span at most ``max_cluster_px`` pixels. Up to the first level of at most one
    cluster. Each cluster as (first, last, start, end, anchor_last).
    """
    ordered = list(ordered)  # each event made once, not again from its columns at each look
    runs = [(i, i + 1) for i in range(len(ordered))]
    levels = []
    while not levels or len(runs) > 1:
        scale = base * 2 ** len(levels)
        merged = []
        for start, end in runs:
            if merged:
                run_start, run_end = merged[-1]
                gap = ordered[start].first_day - ordered[run_end - 1].first_day
                span = ordered[end - 1].first_day - ordered[run_start].first_day
                if gap < gap_px * scale and span <= max_cluster_px * scale:
                    merged[-1] = (run_start, end)
                    continue
            merged.append((start, end))
        runs = merged
        levels.append(
            [
                (
                    ordered[start].first_day,
                    max(event.last_day for event in ordered[start:end]),
                    start,
                    end,
                    ordered[end - 1].first_day,
                )
                for start, end in runs
            ]
        )
    return levels


def reference_levels_of(lane: LaneLayout) -> list[list[Cluster]]:
    levels = reference_levels(
        lane.events, lane.gap_px, lane.max_cluster_px, lane.base_days_per_pixel
    )
    return [[Cluster(lane.lane, *c) for c in level] for level in levels]


def reference_level(lane: LaneLayout, scale: float, levels=None) -> list[Cluster]:
    """Every cluster of the level used at ``scale``, by the slow rule."""
    return (levels or reference_levels_of(lane))[lane.level_for(scale)]


def split_by_gap_or_cap(lane: LaneLayout, level: int, before: Cluster, after: Cluster) -> bool:
    """Whether two clusters of a level (``before`` earlier) are apart as the rule allows.

    Either their anchor ranges are at least ``gap_px`` apart at the level's scale, or the
    cap split them: their anchors together span more than ``max_cluster_px`` pixels.
    """
    scale = lane.level_days_per_pixel(level)
    return (
        after.first_day - before.anchor_last_day >= lane.gap_px * scale
        or after.anchor_last_day - before.first_day > lane.max_cluster_px * scale
    )


@given(some_events, gaps, caps, bases)
def test_every_level_partitions_the_sorted_events(lane_events, gap_px, cap, base):
    lane = LaneLayout("a", lane_events, gap_px=gap_px, max_cluster_px=cap, base_days_per_pixel=base)
    assert list(lane.events) == sorted(lane_events, key=order_key)
    for level in range(lane.level_count):
        clusters = all_clusters(lane, level)
        joined = [event for c in clusters for event in lane.events_of(c)]
        assert joined == list(lane.events)
        for c in clusters:
            inside = lane.events_of(c)
            assert c.first_day == inside[0].first_day <= c.anchor_last_day <= c.last_day
            assert c.anchor_last_day == inside[-1].first_day
            assert c.last_day == max(event.last_day for event in inside)
    assert len(all_clusters(lane, lane.level_count - 1)) == min(len(lane_events), 1)


@given(some_events, gaps, caps, bases)
def test_each_level_coarsens_the_one_below_within_the_cap(lane_events, gap_px, cap, base):
    lane = LaneLayout("a", lane_events, gap_px=gap_px, max_cluster_px=cap, base_days_per_pixel=base)
    assert lane.max_cluster_px == (4 * gap_px if cap is None else cap)
    reference = reference_levels_of(lane)
    assert lane.level_count == len(reference)
    previous = None
    for level in range(lane.level_count):
        clusters = all_clusters(lane, level)
        assert clusters == reference[level]
        assert all(c.lane == "a" and c.count == c.end - c.start > 0 for c in clusters)
        if previous is not None:
            # Each coarser cluster is a run of consecutive finer ones.
            finer_starts = {c.start for c in previous}
            finer_ends = {c.end for c in previous}
            assert all(c.start in finer_starts and c.end in finer_ends for c in clusters)
            assert len(clusters) <= len(previous)
        max_days = lane.max_cluster_px * lane.level_days_per_pixel(level)
        assert all(c.is_single or c.anchor_last_day - c.first_day <= max_days for c in clusters)
        for before, after in itertools.pairwise(clusters):
            assert split_by_gap_or_cap(lane, level, before, after)
        previous = clusters


@given(some_events, gaps, caps, bases, scales, st.integers(-4000, 4000), st.integers(0, 6000))
def test_visible_clusters_are_gap_apart_on_screen_unless_the_cap_split_them(
    lane_events, gap_px, cap, base, scale, left, width
):
    lane = LaneLayout("a", lane_events, gap_px=gap_px, max_cluster_px=cap, base_days_per_pixel=base)
    level = lane.level_for(scale)
    assert lane.level_days_per_pixel(level) >= scale or level == lane.level_count - 1
    assert level == 0 or lane.level_days_per_pixel(level - 1) < scale
    max_px = lane.max_cluster_px
    for clusters in (lane.clusters(scale, *EVERYTHING), lane.clusters(scale, left, left + width)):
        for before, after in itertools.pairwise(clusters):
            # Marks are drawn at anchors: the pills of neighbouring clusters do not touch,
            # unless dense anchors were cut into pieces no wider than the cap. (Clusters
            # found through long events need not be neighbours in the level.)
            assert (
                after.first_day - before.anchor_last_day >= gap_px * scale
                or after.anchor_last_day - before.first_day
                > max_px * lane.level_days_per_pixel(level)
            )
        for c in clusters:
            # A pill is at most twice the cap on screen, but zoomed in below the base scale.
            if scale >= lane.base_days_per_pixel:
                assert c.anchor_last_day - c.first_day <= 2 * max_px * scale


@given(
    some_events,
    gaps,
    caps,
    bases,
    scales,
    st.one_of(st.integers(-5000, 5000), st.integers(-YEARS_800, 2 * YEARS_800)),
    st.one_of(st.integers(-100, 6000), st.integers(0, YEARS_800)),
)
def test_clusters_are_exactly_those_overlapping_the_window(
    lane_events, gap_px, cap, base, scale, left, width
):
    lane = LaneLayout("a", lane_events, gap_px=gap_px, max_cluster_px=cap, base_days_per_pixel=base)
    right = left + width
    level = reference_level(lane, scale)
    expected = [c for c in level if c.first_day <= right and c.last_day >= left]
    assert lane.clusters(scale, left, right) == expected
    assert lane.clusters(scale, *EVERYTHING) == level


def ids(lane: LaneLayout, clusters: list[Cluster]) -> list[list[str]]:
    return [[event.id for event in lane.events_of(c)] for c in clusters]


def test_a_whole_year_and_a_day_in_it_come_apart_when_zoomed_in():
    # Clustered on the year's last day, the day inside it could never be told apart.
    year = event_from_dates("year", "a", FuzzyDate(2020), None)
    day = event_from_dates("day", "a", FuzzyDate(2020, 7, 1), None)
    lane = LaneLayout("a", [day, year])
    july = day_number(2020, 7, 1)
    # 16 days a pixel: Jan 1 and Jul 1 are 11 pixels apart, one marker.
    (both,) = lane.clusters(16, july, july)
    assert ids(lane, [both]) == [["year", "day"]]
    assert (both.first_day, both.anchor_last_day) == (day_number(2020, 1, 1), july)
    assert both.last_day == day_number(2020, 12, 31)
    # 8 days a pixel: 23 pixels apart, the year's mark and bar and the day's mark on that bar.
    assert ids(lane, lane.clusters(8, july, july)) == [["year"], ["day"]]
    # Only the year's bar reaches later days.
    assert ids(lane, lane.clusters(8, july + 30, july + 40)) == [["year"]]


def test_a_long_span_does_not_swallow_what_happened_during_it():
    span = TimelineEvent("span", "a", 0, 100_000, Qualifier.EXACT, Precision.DAY, True)
    points = [
        TimelineEvent(f"p{day}", "a", day, day, Qualifier.EXACT, Precision.DAY, False)
        for day in (10, 50_000, 50_020, 99_000)
    ]
    lane = LaneLayout("a", [span, *points])
    # 14 days apart at a day a pixel: the span and p10 are one marker.
    assert ids(lane, lane.clusters(1.0, 49_990, 50_030)) == [
        ["span", "p10"],
        ["p50000"],
        ["p50020"],
    ]
    assert ids(lane, lane.clusters(1.0, 70_000, 70_010)) == [["span", "p10"]]
    assert ids(lane, lane.clusters(1.0, 99_500, 99_600)) == [["span", "p10"]]
    assert ids(lane, lane.clusters(1.0, 100_001, 200_000)) == []
    # Marks are hit at their anchors, not anywhere on a bar; a tie goes to the earlier.
    assert lane.cluster_at(1.0, 50_010, 10).start == 2
    assert lane.cluster_at(1.0, 50_011, 10).start == 3
    assert lane.cluster_at(1.0, 5, 0).start == 0
    assert lane.cluster_at(1.0, 70_000, 100) is None


def test_a_cluster_across_the_window_edge_comes_once_whatever_reaches_into_the_window():
    lane = LaneLayout(
        "a",
        [
            TimelineEvent("early", "a", 10, 10, Qualifier.EXACT, Precision.DAY, False),
            TimelineEvent("span", "a", 49_995, 60_000, Qualifier.EXACT, Precision.DAY, True),
            TimelineEvent("point", "a", 50_005, 50_005, Qualifier.EXACT, Precision.DAY, False),
        ],
    )
    # Anchors 10 days apart at a day a pixel: the span and the point are one marker that
    # starts before the window, and both the span and the point reach into it.
    assert ids(lane, lane.clusters(1.0, 50_000, 50_010)) == [["span", "point"]]
    assert ids(lane, lane.clusters(1.0, 50_006, 50_010)) == [["span", "point"]]


@given(some_events, scales, st.floats(-5000, 5000), st.floats(0, 500))
def test_cluster_at_finds_the_nearest_anchors_within_tolerance(lane_events, scale, day, tolerance):
    lane = LaneLayout("a", lane_events)
    every = lane.clusters(scale, *EVERYTHING)

    def distance(c):
        return max(c.first_day - day, day - c.anchor_last_day, 0)

    nearest = min(every, key=distance, default=None)
    expected = nearest if nearest is not None and distance(nearest) <= tolerance else None
    assert lane.cluster_at(scale, day, tolerance) == expected
    for c in every:
        assert lane.cluster_at(scale, c.first_day, 0) == c
        assert lane.cluster_at(scale, c.anchor_last_day, 0) == c


@given(events(ids=st.sampled_from(["x", "y", "z"])), st.randoms(use_true_random=False))
def test_lane_order_ignores_input_order_even_with_duplicate_ids(lane_events, rng):
    shuffled = list(lane_events)
    rng.shuffle(shuffled)
    assert in_order(shuffled) == in_order(lane_events) == sorted(lane_events, key=order_key)


def test_a_lane_refuses_events_of_another_lane_and_bad_parameters():
    event = TimelineEvent("e", "b", 0, 0, Qualifier.EXACT, Precision.DAY, False)
    with pytest.raises(ValueError):
        LaneLayout("a", [event])
    with pytest.raises(ValueError):
        LaneLayout("b", [event], gap_px=0)
    for bad in (0.0, -1.0, math.nan):
        with pytest.raises(ValueError):
            LaneLayout("b", [event], max_cluster_px=bad)
    with pytest.raises(ValueError):
        LaneLayout("b", [event], gap_px=math.nan)
    with pytest.raises(ValueError):
        LaneLayout("a", []).events_of(Cluster("b", 0, 0, 0, 1, 0))
    with pytest.raises(ValueError):
        TimelineEvent("e", "b", 1, 0, Qualifier.EXACT, Precision.DAY, False)


def test_an_empty_lane_has_one_empty_level():
    lane = LaneLayout("a", [])
    assert lane.level_count == 1
    assert lane.clusters(1.0, *EVERYTHING) == []
    assert lane.cluster_at(1.0, 0, 100) is None
    assert lane.first_day is None and lane.last_day is None


# Cards of the bundled collection, as (id, category, start, end).
COLLECTION = [
    ("marco-polo", "history", "circa 1254", "1324"),
    ("abai-kunanbaiuly", "arts", "1845", "1904"),
    ("teatro-di-san-carlo", "arts", "1737", None),
    ("diplomatic-relations-1992", "diplomacy", "1992-06-12", None),
    ("strategic-partnership-2009", "diplomacy", "2009", None),
    ("central-asia-italy-summit", "diplomacy", "2025-05-30", None),
    ("summit-joint-declaration", "diplomacy", "2025-05-30", None),
    ("mattarella-visit-kazakhstan-2025", "diplomacy", "2025-09-28", "2025-09-30"),
    ("tokayev-mattarella-talks", "diplomacy", "2025-09-29", None),
    ("mattarella-astana-hub-visit", "diplomacy", "2025-09-30", None),
    ("bilateral-trade-2025", "economy", "2025-01", "2025-08"),
    ("record-trade-2024", "economy", "2024", None),
    ("opera-abai-san-carlo", "arts", "planned 2026", None),
    ("first-neos-flight-2021", "transport", "2021-07-06", None),
    ("peoples-of-kazakhstan", "society", "2025", None),
]
LANE_ORDER = ["history", "diplomacy", "arts", "economy", "education"]


def collection_events():
    return [
        event_from_dates(card, lane, FuzzyDate.parse(start), FuzzyDate.parse(end) if end else None)
        for card, lane, start, end in COLLECTION
    ]


def test_events_from_fuzzy_dates():
    by_id = {event.id: event for event in collection_events()}
    polo = by_id["marco-polo"]
    assert (polo.first_day, polo.last_day) == (day_number(1254, 1, 1), day_number(1324, 12, 31))
    assert polo.qualifier is Qualifier.CIRCA and polo.precision is Precision.YEAR
    assert polo.is_span
    talks = by_id["tokayev-mattarella-talks"]
    assert talks.first_day == talks.last_day == day_number(2025, 9, 29)
    assert not talks.is_span and talks.precision is Precision.DAY
    trade = by_id["bilateral-trade-2025"]
    assert (trade.first_day, trade.last_day) == (day_number(2025, 1, 1), day_number(2025, 8, 31))
    assert trade.precision is Precision.MONTH
    opera = by_id["opera-abai-san-carlo"]
    assert opera.qualifier is Qualifier.PLANNED and not opera.is_span
    assert opera.last_day - opera.first_day == 364
    ongoing = event_from_dates("x", "a", FuzzyDate(1990), FuzzyDate.parse("planned 2026-05"))
    assert ongoing.qualifier is Qualifier.PLANNED and ongoing.precision is Precision.YEAR
    with pytest.raises(FuzzyDateError):
        event_from_dates("x", "a", FuzzyDate(2000), FuzzyDate(1999))


def test_layout_of_the_collection():
    layout = TimelineLayout(collection_events(), LANE_ORDER)
    # Education has no dated card; transport and society are not in the order, so they come
    # last, sorted.
    assert layout.lanes == ("history", "diplomacy", "arts", "economy", "society", "transport")
    assert layout.first_day == day_number(1254, 1, 1)
    assert layout.last_day == day_number(2026, 12, 31)
    with pytest.raises(KeyError):
        layout.lane("education")

    # The whole span on 1400 pixels: the 2025 visit, talks and summit are one marker.
    scale = (layout.last_day - layout.first_day) / 1400
    visible = layout.visible(scale, layout.first_day, layout.last_day)
    assert list(visible) == list(layout.lanes)
    diplomacy = visible["diplomacy"]
    assert [c.count for c in diplomacy] == [1, 1, 5]
    assert {e.id for e in layout.lane("diplomacy").events_of(diplomacy[-1])} == {
        "central-asia-italy-summit",
        "summit-joint-declaration",
        "mattarella-visit-kazakhstan-2025",
        "tokayev-mattarella-talks",
        "mattarella-astana-hub-visit",
    }
    # With a day 100 pixels wide, each day of the visit has its own marker, the visit's bar
    # running under the next two, and two cards of the same day are still one marker.
    summer = layout.visible(0.01, day_number(2025, 5, 1), day_number(2025, 10, 1))
    assert [c.count for c in summer["diplomacy"]] == [2, 1, 1, 1]
    visit = summer["diplomacy"][1]
    assert visit.first_day == visit.anchor_last_day == day_number(2025, 9, 28)
    assert visit.last_day == day_number(2025, 9, 30)
    assert summer["history"] == []

    ordered = [event.id for event in layout.ordered_events()]
    assert ordered[:3] == ["marco-polo", "teatro-di-san-carlo", "abai-kunanbaiuly"]
    # Same first and last day: the lane higher up comes first.
    assert ordered.index("record-trade-2024") < ordered.index("bilateral-trade-2025")
    assert ordered.index("summit-joint-declaration") == (
        ordered.index("central-asia-italy-summit") + 1
    )


def reference_order(all_events, lanes):
    rank = {lane: i for i, lane in enumerate(lanes)}
    return sorted(
        all_events, key=lambda e: (e.first_day, e.last_day, rank[e.lane], *order_key(e)[2:])
    )


@given(
    events(lanes=("a", "b", "c", "d"), max_size=80),
    st.permutations(["a", "b", "x"]),
    st.randoms(use_true_random=False),
)
def test_ordered_events_read_left_to_right_whatever_the_input_order(all_events, order, rng):
    layout = TimelineLayout(all_events, order)
    shuffled = list(all_events)
    rng.shuffle(shuffled)
    again = TimelineLayout(shuffled, order)
    ordered = layout.ordered_events()
    assert ordered == again.ordered_events() == reference_order(all_events, layout.lanes)
    assert [e.first_day for e in ordered] == sorted(e.first_day for e in all_events)
    for lane in layout.lanes:
        assert [e for e in ordered if e.lane == lane] == list(layout.lane(lane).events)
    present = {e.lane for e in all_events}
    known = [lane for lane in order if lane in present]
    assert layout.lanes == (*known, *sorted(present - set(known)))
    if all_events:
        assert layout.first_day == min(e.first_day for e in all_events)
        assert layout.last_day == max(e.last_day for e in all_events)


def test_ordered_events_returns_a_copy():
    layout = TimelineLayout(collection_events(), LANE_ORDER)
    layout.ordered_events().clear()
    assert len(layout.ordered_events()) == len(COLLECTION)


def test_an_empty_layout():
    layout = TimelineLayout([], LANE_ORDER)
    assert layout.lanes == ()
    assert layout.first_day is None and layout.last_day is None
    assert layout.ordered_events() == []
    assert layout.visible(1.0, 0, 100) == {}


def test_a_large_layout_answers_from_its_levels():
    rng = random.Random(7)
    first, last = day_number(1200, 1, 1), day_number(1999, 12, 31)
    lanes = [f"lane-{i}" for i in range(6)]
    all_events = []
    for i in range(5000):
        day = rng.randint(first, last)
        length = rng.choice([0] * 6 + [364, rng.randint(0, 3650)])
        if i % 500 == 0:
            length = rng.randint(0, 500 * 365)
        all_events.append(
            TimelineEvent(
                f"card-{i}",
                rng.choice(lanes),
                day,
                day + length,
                Qualifier.EXACT,
                Precision.DAY,
                False,
            )
        )
    layout = TimelineLayout(all_events, lanes)
    scale = (last - first) / 1400
    visible = layout.visible(scale, first, last)
    for lane in lanes:
        clusters = visible[lane]
        assert 1 <= len(clusters) <= 1400 / 14 + 1
        assert sum(c.count for c in clusters) == len(layout.lane(lane).events)
    reference = {lane: reference_levels_of(layout.lane(lane)) for lane in lanes}
    for scale in (0.05, 0.5, 7.0, 60.0):
        width = 1400 * scale
        for left in (first - width, first + 1000, (first + last) / 2, last - 500, last + 5000):
            for lane in lanes:
                lane_layout = layout.lane(lane)
                expected = [
                    c
                    for c in reference_level(lane_layout, scale, reference[lane])
                    if c.first_day <= left + width and c.last_day >= left
                ]
                assert lane_layout.clusters(scale, left, left + width) == expected


def uniform_lane(count: int, seed: int, **parameters) -> LaneLayout:
    rng = random.Random(seed)
    first = day_number(1200, 1, 1)
    return LaneLayout(
        "a",
        [
            TimelineEvent(f"card-{i}", "a", day, day, Qualifier.EXACT, Precision.DAY, False)
            for i, day in enumerate(rng.randint(first, first + YEARS_800) for _ in range(count))
        ],
        **parameters,
    )


@pytest.mark.parametrize(
    ("seed", "parameters"),
    [(1, {}), (2, {}), (3, {"gap_px": 32.0}), (4, {"gap_px": 10.0, "max_cluster_px": 25.0})],
)
def test_density_survives_zooming_out(seed, parameters):
    # Single linkage would chain 20,000 anchors over 800 years into one cluster.
    lane = uniform_lane(20_000, seed, **parameters)
    first, last = lane.first_day, lane.last_day
    scale = (last - first) / 1400
    clusters = lane.clusters(scale, first, last)
    assert sum(c.count for c in clusters) == 20_000
    assert 1400 / (2 * lane.max_cluster_px) <= len(clusters) <= 1400 / lane.gap_px
    for c in clusters:
        assert c.anchor_last_day - c.first_day <= 2 * lane.max_cluster_px * scale


def test_the_layout_passes_the_cap_to_its_lanes():
    layout = TimelineLayout(collection_events(), LANE_ORDER, gap_px=10.0, max_cluster_px=25.0)
    assert {layout.lane(lane).max_cluster_px for lane in layout.lanes} == {25.0}
    default = TimelineLayout(collection_events(), LANE_ORDER, gap_px=10.0)
    assert {default.lane(lane).max_cluster_px for lane in default.lanes} == {40.0}
