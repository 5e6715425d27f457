"""The order of the timeline's lanes and the keys of a pack's own lanes."""

from __future__ import annotations

from explorer.domain.entities import Category, Lane
from explorer.domain.timeline_lane_keys import lane_key, lane_order


def test_the_packs_lanes_come_first_in_their_order_then_the_categories():
    lanes = [Lane("p:poetry", {"en": "Poetry"}, "#e76f51"), Lane("p:art", {}, "#000000")]
    categories = [Category("p:music", {"en": "Music"}, "#111111"), Category("p:art", {}, "#222222")]
    assert lane_order(lanes, categories) == ("lane/p:poetry", "lane/p:art", "p:music", "p:art")


def test_without_lanes_the_order_is_the_categories():
    categories = [Category("p:music", {"en": "Music"}, "#111111")]
    assert lane_order([], categories) == ("p:music",)


def test_a_lane_key_is_never_a_category_id():
    assert lane_key("p:art") != "p:art"
    assert "/" in lane_key("p:art")
