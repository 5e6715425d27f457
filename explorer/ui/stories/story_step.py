"""What the player needs of one step, read from the content: its card's key, its period in
days, and the places or route the map shows, every id qualified with the story's pack."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.domain.entities import Card, Story, StoryStep
from explorer.domain.fuzzy_date import span_of
from explorer.domain.references import qualify, split_key
from explorer.store.content_store import ContentStore


@dataclass(frozen=True)
class ResolvedStep:
    step: StoryStep
    card: Card | None
    """None when the content has no such card."""
    days: tuple[float, float] | None
    places: tuple[str, ...]
    """The places the map shows: the step's own, else its card's (none with a route)."""
    route: str | None


def story_pack(store: ContentStore, story: Story) -> str:
    """The pack the story's bare ids belong to: that of its first card found."""
    for step in story.steps:
        key = store.resolve_card(step.card)
        if key is not None:
            return split_key(key)[0]
    return ""


def resolve_step(store: ContentStore, story: Story, index: int, pack: str) -> ResolvedStep:
    step = story.steps[index]
    key = store.resolve_card(qualify(pack, step.card) if pack else step.card)
    if key is None:
        key = store.resolve_card(step.card)
    card = store.card(key) if key is not None else None
    days = None
    if step.period is not None:
        first, last = span_of(*step.period)
        days = (float(first), float(last) + 1)  # to the end of its last day
    route = qualify(pack, step.route) if step.route and pack else step.route
    places = tuple(qualify(pack, place) if pack else place for place in step.places)
    if not places and route is None and card is not None:
        places = tuple(card.places)
    return ResolvedStep(step, card, days, places, route)


def story_source_ids(store: ContentStore, story: Story, pack: str) -> list[str]:
    """The story's own sources, else those of its steps' cards, each once, in order."""
    ids = [qualify(pack, source) if pack else source for source in story.sources]
    if not ids:
        for index in range(len(story.steps)):
            card = resolve_step(store, story, index, pack).card
            if card is not None:
                ids.extend(card.sources)
    return list(dict.fromkeys(ids))
