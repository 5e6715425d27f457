"""Relevance on the bundled collection: what people type, and the card they expect first.

Each row is a query as typed (Latin, Cyrillic, Kazakh Latin, Italian, Kazakh, Russian,
with typos), the card expected first (``None``: nothing may match) and, where a loose match
would flood the list, the most results allowed. Every result of every row must also show
why it matched in every interface language (``match_reasons.explain``): a marked word in its
title or its snippet.
"""

from __future__ import annotations

import pytest

from explorer.domain.entities import KAZAKH_LATIN
from explorer.domain.match_reasons import explain
from explorer.domain.references import qualify
from explorer.domain.search_query import Tier

PACK = "italy-kazakhstan"
LANGUAGES = ("en", "it", "kk", KAZAKH_LATIN, "ru")

# (query, the card expected first or None for no result, most results allowed or None)
ROWS = [
    # Places: the card titled with the place before the cards that mention it.
    ("Almaty", "almaty", 30),
    ("almaty", "almaty", 30),
    ("ALMATY", "almaty", 30),
    ("Алматы", "almaty", 30),
    ("Almatı", "almaty", 30),  # Kazakh Latin
    ("Alm", "almaty", None),  # typing: a title word's beginning, the shortest title first
    ("Rome", "rome", 14),
    ("Roma", "rome", 14),  # Italian
    ("Рим", "rome", 16),  # Russian and Kazakh
    ("Milan", "milan", 20),
    ("Milano", "milan", 20),
    ("Милан", "milan", 20),
    ("Naples", "naples", 12),
    ("Napoli", "naples", 12),
    ("Неаполь", "naples", 12),
    ("Venezia", "venice", 8),
    ("Венеция", "venice", 8),
    ("Astana", "astana", None),
    ("Астана", "astana", None),
    ("Aktau", "aktau", 5),
    ("Ақтау", "aktau", 5),
    ("Aqtau", "aktau", 5),  # Kazakh Latin Q for Қ
    ("Taldykorgan", "taldykorgan", 10),
    ("Талдықорған", "taldykorgan", 10),
    ("Taldyqorğan", "taldykorgan", 10),
    # People: the person's own card, found by any of their names, before the events.
    ("Abai", "abai-kunanbaiuly", 15),
    ("Абай", "abai-kunanbaiuly", 15),
    ("Abay", "abai-kunanbaiuly", 15),
    ("Abaı", "abai-kunanbaiuly", 15),
    ("Абай Құнанбайұлы", "abai-kunanbaiuly", 5),
    ("Abai Qunanbaiuly", "abai-kunanbaiuly", 5),
    ("Marco Polo", "marco-polo", 12),
    ("Марко Поло", "marco-polo", 12),
    ("polo marco", "marco-polo", 12),
    ("Mattarella", "sergio-mattarella", 20),
    ("Маттарелла", "sergio-mattarella", 20),
    ("Tokayev", "kassym-jomart-tokayev", 20),
    ("Токаев", "kassym-jomart-tokayev", 20),
    ("Тоқаев", "kassym-jomart-tokayev", 20),
    ("Tokaev", "kassym-jomart-tokayev", 20),
    ("Kasym-Jomart", "kassym-jomart-tokayev", 8),
    ("Meloni", "giorgia-meloni", 5),
    ("Мелони", "giorgia-meloni", 5),
    # Typos: one letter in a word of 5 to 7, two in a longer one.
    ("Almty", "almaty", 30),
    ("Almayt", "almaty", 30),
    ("Astna", "astana", None),
    ("Асатна", "astana", None),
    ("Matarella", "sergio-mattarella", 20),
    ("Mattarela", "sergio-mattarella", 20),
    ("Tokaeyv", "kassym-jomart-tokayev", 20),
    # Short words must be typed right: no typo, and a beginning only in titles.
    ("Abaj", None, 0),
    ("Rone", None, 0),
    ("Rme", None, 0),
    ("Rim", "rome", 16),
    ("Neos", "neos", 12),
    ("no", "gold-of-nomads-exhibition", 12),
    # Things, in each language's words.
    ("Eagle hunting", "eagle-hunting", 3),
    ("caccia aquila", "eagle-hunting", 3),
    ("Охота с беркутом", "eagle-hunting", 3),
    ("Бүркіт", "eagle-hunting", 3),
    ("Mountain glamping", "mountain-glamping", 3),
    ("Горный глэмпинг", "mountain-glamping", 3),
    ("Museo Nazionale", "national-museum", 3),
    ("Ұлттық музей", "national-museum", 3),
    ("Ūlttyq muzei", "national-museum", 3),
    ("Жеті ата", "seven-generations", 9),
    ("Jetı ata", "seven-generations", 9),
    ("Università Zhetysu", "zhetysu-university", 8),
    ("Жетісу", "zhetysu-university", 8),
    ("Studenti kazaki", "kazakh-students-in-italy", 8),
    ("Kasteev", "kasteev-museum", 5),
    ("Neos Milan Astana", "neos-milan-astana-2024", None),
]


@pytest.fixture
def store(bundled_store):
    return bundled_store


@pytest.fixture
def index(bundled_index):
    return bundled_index


def test_there_are_enough_rows_in_every_script():
    assert len(ROWS) >= 40
    queries = [query for query, _, _ in ROWS]
    assert sum(any("а" <= ch.lower() <= "я" for ch in q) for q in queries) >= 12  # Cyrillic
    assert sum(any(ch in "әғқңөұүһі" for ch in q.lower()) for q in queries) >= 5  # Kazakh
    assert sum(any(ch in "ıūğäöüñş" for ch in q.lower()) for q in queries) >= 4  # Kazakh Latin
    assert sum(q.isascii() for q in queries) >= 20


@pytest.mark.parametrize(("query", "first", "most"), ROWS)
def test_the_card_people_expect_comes_first(index, query, first, most):
    found = index.search(query).ids()
    if first is None:
        assert found == [], f"{query!r} should match nothing"
        return
    assert found[:1] == [qualify(PACK, first)], f"{query!r} put {found[:3]} first"
    if most is not None:
        assert len(found) <= most, f"{query!r} matched {len(found)} cards"


@pytest.mark.parametrize(("query", "first", "most"), [row for row in ROWS if row[1]])
def test_every_result_shows_why_it_matched_in_every_language(store, index, query, first, most):
    result = index.search(query)
    words = store.card_words(result.ids())
    hidden = [
        (language, card_id)
        for language in LANGUAGES
        for card_id in result.ids()
        if not explain(words[card_id], language, result.words).shown
    ]
    assert hidden == []


@pytest.mark.parametrize("query", ["Almaty", "Алматы", "Rome", "Рим", "Milan", "Neos"])
def test_a_whole_title_is_the_best_tier_and_is_marked_in_its_own_script(store, index, query):
    result = index.search(query)
    assert result.tiers[0] == Tier.WHOLE_TITLE
    assert Tier.WHOLE_TITLE not in result.tiers[1:].tolist()
    words = store.card_words(result.ids(0, 1))[result.card_id(0)]
    language = "ru" if query.isascii() is False else "en"
    title = explain(words, language, result.words).title
    assert [segment.text for segment in title if segment.match] == [words.titles[language]]


def test_the_card_titled_with_a_place_beats_a_flight_that_names_it(index):
    """The reported case: Enter on "Almaty" opened "First direct flight Milan–Almaty"."""
    found = index.search("Almaty").ids()
    assert found.index(qualify(PACK, "almaty")) < found.index(
        qualify(PACK, "first-neos-flight-2021")
    )
    rome = index.search("Rome").ids()
    assert rome.index(qualify(PACK, "rome")) < rome.index(qualify(PACK, "abai-bust-rome"))
