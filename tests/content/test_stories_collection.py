"""The bundled collection's guided stories: each in every language, its steps pointing to
cards, places and routes of the collection, its sources listed in sources.json."""

from __future__ import annotations

import re

import pytest

from explorer.content.validate import check_pack, load_pack
from explorer.domain.entities import TranslationStatus
from explorer.store.locations import BUNDLED_COLLECTION

LANGUAGES = ("en", "it", "kk", "ru")
CYRILLIC = re.compile("[а-яәғқңөұүһі]", re.IGNORECASE)
LATIN = re.compile("[a-z]", re.IGNORECASE)


@pytest.fixture(scope="module")
def collection():
    return load_pack(BUNDLED_COLLECTION)


@pytest.fixture(scope="module")
def stories(collection):
    return {story.id: story for story in collection.stories}


def test_the_collection_has_its_three_stories_and_no_warning():
    summary = check_pack(BUNDLED_COLLECTION)
    assert summary.counts["stories.json"] == 3
    assert summary.warnings == ()


def test_the_stories_are_abai_marco_polo_and_studying(stories):
    assert list(stories) == [
        "abai-to-rome-and-naples",
        "marco-polo-and-the-new-silk-road",
        "studying-between-ancona-and-taldykorgan",
    ]


def test_every_story_has_five_to_eight_steps_each_on_a_card_of_the_collection(collection, stories):
    cards = {card.id for card in collection.cards}
    for story in stories.values():
        assert 5 <= len(story.steps) <= 8, story.id
        assert {step.card for step in story.steps} <= cards, story.id
        assert len({step.card for step in story.steps}) == len(story.steps), story.id


def test_every_text_is_in_every_language_and_in_its_script(stories):
    for story in stories.values():
        texts = [story.title, story.summary, *(step.text for step in story.steps)]
        for text in texts:
            assert set(text) == set(LANGUAGES), (story.id, text["en"][:40])
            for language in ("kk", "ru"):
                assert CYRILLIC.search(text[language]), (story.id, language)
            for language in ("en", "it"):
                assert not CYRILLIC.search(text[language]), (story.id, language)
                assert LATIN.search(text[language]), (story.id, language)


def test_translations_are_marked_as_drafts(stories):
    for story in stories.values():
        assert story.translation_status == {
            language: TranslationStatus.DRAFT for language in ("it", "kk", "ru")
        }


def test_every_story_cites_sources_of_the_collection_and_of_its_cards(collection, stories):
    sources = {source.id for source in collection.sources}
    cited_by_cards = {source for card in collection.cards for source in card.sources}
    for story in stories.values():
        assert story.sources, story.id
        assert set(story.sources) <= sources & cited_by_cards, story.id


def test_the_marco_polo_story_follows_the_collection_s_routes(stories):
    steps = stories["marco-polo-and-the-new-silk-road"].steps
    assert [step.route for step in steps if step.route] == [
        "marco-polo-journey",
        "neos-first-flight-2021",
        "neos-milan-astana",
        "trans-caspian-route",
    ]


def test_the_bundled_stories_are_in_its_database(bundled_store):
    stories = bundled_store.stories()
    assert [story.id for story in stories] == [
        "italy-kazakhstan:abai-to-rome-and-naples",
        "italy-kazakhstan:marco-polo-and-the-new-silk-road",
        "italy-kazakhstan:studying-between-ancona-and-taldykorgan",
    ]
    for story in stories:
        for step in story.steps:
            assert bundled_store.card(step.card).title["en"], step.card
            assert len(bundled_store.places(step.places)) == len(step.places), step.card


def test_every_year_a_step_tells_is_one_its_card_or_route_tells(collection, stories):
    """A cheap guard on the stories' claims: no year appears in a step, in any language,
    that the step's card (or the route it draws) does not give."""
    cards = {card.id: card for card in collection.cards}
    routes = {route.id: route for route in collection.routes}
    year = re.compile(r"(?<!\d)1[0-9]{3}(?!\d)|(?<!\d)20[0-9]{2}(?!\d)")
    for story in stories.values():
        for step in story.steps:
            card = cards[step.card]
            told = [*card.title.values(), *card.summary.values(), *card.body.values()]
            if step.route:
                told += routes[step.route].caption.values()
            known = set(year.findall(" ".join(told)))
            for language, text in step.text.items():
                assert set(year.findall(text)) <= known, (story.id, step.card, language)
