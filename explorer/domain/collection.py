"""A whole collection as read from a content pack: its manifest and its entities."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.domain.entities import (
    Card,
    Category,
    Era,
    Figure,
    Lane,
    Link,
    Localized,
    Media,
    Place,
    Route,
    Source,
    Story,
)

PACK_FORMAT = "italy-kazakhstan-explorer-pack"
PACK_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Manifest:
    id: str
    title: Localized
    version: str
    languages: tuple[str, ...]
    licence: str
    description: Localized


@dataclass(frozen=True)
class Collection:
    manifest: Manifest
    categories: tuple[Category, ...]
    sources: tuple[Source, ...]
    places: tuple[Place, ...]
    routes: tuple[Route, ...]
    eras: tuple[Era, ...]
    media: tuple[Media, ...]
    cards: tuple[Card, ...]
    links: tuple[Link, ...]
    figures: tuple[Figure, ...]
    lanes: tuple[Lane, ...] = ()
    stories: tuple[Story, ...] = ()
