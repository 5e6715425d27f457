"""Stories for tests, made of real cards, places, routes and sources of the bundled
collection (its stories, when the content has them, are not needed here)."""

from __future__ import annotations

from explorer.domain.entities import Story, StoryStep, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate


def marco_polo_story() -> Story:
    return Story(
        id="marco-polo-road",
        title={"en": "On the road with Marco Polo", "ru": "В пути с Марко Поло"},
        summary={
            "en": "From Venice to Astana: a merchant's journey and a street named after him.",
            "ru": "От Венеции до Астаны: путь купца и улица его имени.",
        },
        steps=(
            StoryStep(
                card="venice",
                text={"en": "Venice, a city of merchants.", "ru": "Венеция, город купцов."},
                places=("venice",),
            ),
            StoryStep(
                card="marco-polo",
                text={"en": "Marco Polo sets out for the East."},
                period=(FuzzyDate.parse("1271"), FuzzyDate.parse("1295")),
                route="marco-polo-journey",
            ),
            StoryStep(
                card="marco-polo-street-astana",
                text={"en": "Astana names a street after him.", "ru": "Астана называет улицу."},
                places=("astana",),
            ),
        ),
        sources=("britannica-marco-polo", "article-a"),
        translation_status={"ru": TranslationStatus.DRAFT},
    )


def abai_story() -> Story:
    return Story(
        id="abai",
        title={"en": "Abai between two countries"},
        summary={"en": "A poet of the steppe, remembered in Rome."},
        steps=(
            StoryStep(card="abai-kunanbaiuly", text={"en": "Abai, poet and thinker."}),
            StoryStep(card="abai-bust-rome", text={"en": "His bust stands in Rome."}),
        ),
    )


def sample_stories() -> list[Story]:
    return [marco_polo_story(), abai_story()]
