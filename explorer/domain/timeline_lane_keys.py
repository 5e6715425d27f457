"""Which lane of the timeline a card is drawn in, and the order of the lanes.

A card naming a lane of its pack (``Card.lane``) is drawn in that lane; any other card in
its category's lane. A lane's key is its qualified id with ``LANE_KEY_PREFIX`` in front, so
that a pack's lane and a category of the same id stay two lanes.
"""

from __future__ import annotations

from collections.abc import Iterable

from explorer.domain.entities import Category, Lane

LANE_KEY_PREFIX = "lane/"
"""Ids hold no "/", so no category's key starts with this."""


def lane_key(lane_id: str) -> str:
    """The timeline's key of the lane ``lane_id`` (a qualified id, ``pack:lane``)."""
    return LANE_KEY_PREFIX + lane_id


def lane_order(lanes: Iterable[Lane], categories: Iterable[Category]) -> tuple[str, ...]:
    """The keys of the lanes top to bottom: the packs' own lanes, then the categories."""
    return (*(lane_key(lane.id) for lane in lanes), *(category.id for category in categories))
