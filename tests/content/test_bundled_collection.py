"""The bundled collection: complete in every language it declares, and cited."""

from __future__ import annotations

import pytest

from explorer.content.validate import load_pack
from explorer.domain.entities import TranslationStatus
from explorer.store.locations import BUNDLED_COLLECTION


@pytest.fixture(scope="module")
def collection():
    return load_pack(BUNDLED_COLLECTION)


def missing(texts, languages) -> list[str]:
    return [language for language in languages if not texts.get(language)]


def test_it_is_large_enough_and_every_card_is_cited_and_linked(collection):
    cards = collection.cards
    assert len(cards) >= 40
    linked = {link.source_card for link in collection.links} | {
        link.target_card for link in collection.links
    }
    for card in cards:
        assert card.sources, card.id
        assert card.id in linked, card.id
        assert card.image, card.id


def test_every_card_reads_in_every_language(collection):
    languages = collection.manifest.languages
    problems = []
    for card in collection.cards:
        for field in ("title", "summary", "body"):
            gaps = missing(getattr(card, field), languages)
            if gaps:
                problems.append(f"{card.id}.{field}: {gaps}")
        for language in languages[1:]:
            if card.translation_status.get(language) not in TranslationStatus:
                problems.append(f"{card.id}: no translation status for {language}")
    assert problems == []


def test_pictures_links_eras_places_and_categories_in_every_language(collection):
    languages = collection.manifest.languages
    problems = []
    for media in collection.media:
        problems += [f"media {media.id}.caption: {g}" for g in missing(media.caption, languages)]
        problems += [f"media {media.id}.alt: {g}" for g in missing(media.alt, languages)]
    for link in collection.links:
        problems += [f"link {link.id}: {g}" for g in missing(link.label, languages)]
    for era in collection.eras:
        problems += [f"era {era.id}: {g}" for g in missing(era.name, languages)]
    for place in collection.places:
        problems += [f"place {place.id}: {g}" for g in missing(place.name, languages)]
    for category in collection.categories:
        problems += [f"category {category.id}: {g}" for g in missing(category.name, languages)]
    assert problems == []
