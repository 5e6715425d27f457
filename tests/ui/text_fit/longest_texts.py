"""The real longest texts a view must fit: of the bundled collection (titles, summaries,
category and era names) and of the interface translations (.ts sources), in the long
languages, measured in the font they are shown in."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetricsF

from explorer.domain.entities import KAZAKH_LATIN, pick
from explorer.domain.transliteration import kazakh_latin
from explorer.store.content_store import ContentStore
from tests.ui.translation_sources import messages, source_path

LONG_LANGUAGES = ("ru", "kk", KAZAKH_LATIN)
SIZES = ((1024, 700), (1920, 1080))


def widest(texts: Iterable[str], font: QFont) -> str:
    metrics = QFontMetricsF(font)
    return max(texts, key=metrics.horizontalAdvance)


def widest_card(store: ContentStore, language: str, field: str, font: QFont) -> str:
    """The id of the card whose ``field`` ("title" or "summary") is widest in ``language``."""
    metrics = QFontMetricsF(font)
    cards = [store.card(card_id) for card_id in store.card_ids()]
    return max(
        cards, key=lambda card: metrics.horizontalAdvance(pick(getattr(card, field), language)[0])
    ).id


def category_names(store: ContentStore, language: str) -> list[str]:
    return [pick(category.name, language)[0] for category in store.categories()]


def era_names(store: ContentStore, language: str) -> list[str]:
    return [pick(era.name, language)[0] for era in store.eras()]


def interface_translations(language: str) -> list[str]:
    """Every translated interface string of ``language``, as the .ts source has it (Kazakh
    Latin derived from Kazakh, as the build derives it), plural forms included."""
    texts = [form for message in messages(source_path(language)) for form in message.forms if form]
    return [kazakh_latin(text) for text in texts] if language == KAZAKH_LATIN else texts


def interface_translation(language: str, source_text: str) -> str:
    """The .ts translation of ``source_text`` in ``language``."""
    path = source_path(language)
    for message in messages(path):
        if message.source == source_text:
            text = message.forms[0]
            return kazakh_latin(text) if language == KAZAKH_LATIN else text
    raise LookupError(f"{source_text!r} is not in {path.name}")
