"""Cards added from the content brief's Additions: present, on topic, dated, cited, linked."""

from __future__ import annotations

import pytest

from explorer.content.validate import load_pack
from explorer.domain.fuzzy_date import Precision
from explorer.store.locations import BUNDLED_COLLECTION

DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR

# card id: (start, its precision, end or None, words its English text must hold)
ADDITIONS = {
    "opera-abai-genoa-2018": ("2018-11-08", DAY, None, ["Carlo Felice", "Genoa", "Astana Opera"]),
    "shokan-ualikhanov-monograph-rome": ("2025-10", MONTH, None, ["Federico Pastore", "Rome"]),
    "tokayev-visit-rome-2024": ("2024-01-18", DAY, "2024-01-19", ["Mattarella", "Meloni", "Pope"]),
    "scalfaro-visit-kazakhstan-1997": ("1997-05", MONTH, None, ["Scalfaro", "May 1997"]),
    "eni-kashagan-karachaganak": ("2022", YEAR, None, ["Eni", "Kashagan", "Karachaganak"]),
    "kazakh-oil-to-italy-2024": ("2024", YEAR, None, ["30 million tonnes", "27%"]),
    "expo-milano-2015-kazakhstan": ("2015-05-01", DAY, "2015-10-31", ["Milan", "pavilion"]),
    "venice-biennale-kazakhstan-2022": ("2022-04-23", DAY, "2022-11-27", ["ORTA", "Kalmykov"]),
    "venice-biennale-kazakhstan-2024": ("2024-04-20", DAY, "2024-11-24", ["Jerūiyq", "second"]),
    "emir-baigazin-the-river-venice-2018": ("2018-09-04", DAY, None, ["Baigazin", "Orizzonti"]),
    "nibali-astana-giro-2013": ("2013-05-26", DAY, None, ["Nibali", "Astana", "Giro"]),
    "nibali-astana-tour-2014": ("2014-07-27", DAY, None, ["Nibali", "Astana", "Tour de France"]),
    "codex-cumanicus": ("1303", YEAR, "circa 1340", ["Marciana", "Cuman", "Kazakh"]),
    "giovanni-da-pian-del-carpine-1246": ("1246", YEAR, None, ["Aral", "Balkhash", "Great Khan"]),
    "italian-taught-in-kazakhstan": ("2021-10", MONTH, "2023-11", ["Italian", "Almaty", "Uralsk"]),
    "central-asia-italy-ministers-rome-2024": ("2024-05-29", DAY, None, ["Tajani", "Rome"]),
    "university-agreements-2022": ("2022", YEAR, None, ["30 agreements", "1,400", "2,000"]),
}

NEW_PLACES = {
    "genoa": (44.41, 8.93, "IT"),
    "brescia": (45.54, 10.21, "IT"),
    "atyrau": (47.12, 51.88, "KZ"),
    "aksai": (51.17, 53.0, "KZ"),
    "uralsk": (51.23, 51.37, "KZ"),
    "aktobe": (50.28, 57.17, "KZ"),
    "lake-balkhash": (46.54, 74.88, "KZ"),
}


@pytest.fixture(scope="module")
def collection():
    return load_pack(BUNDLED_COLLECTION)


@pytest.fixture(scope="module")
def cards(collection):
    return {card.id: card for card in collection.cards}


def test_there_are_at_least_fifteen_additions_and_all_are_present(cards):
    assert len(ADDITIONS) >= 15
    assert sorted(set(ADDITIONS) - set(cards)) == []


@pytest.mark.parametrize("card_id", sorted(ADDITIONS))
def test_each_addition_covers_its_topic_in_english(cards, card_id):
    card = cards[card_id]
    english = " ".join((card.title["en"], card.summary["en"], card.body["en"]))
    missing = [word for word in ADDITIONS[card_id][3] if word not in english]
    assert missing == [], f"{card_id} does not mention {missing}"


@pytest.mark.parametrize("card_id", sorted(ADDITIONS))
def test_each_addition_is_dated_with_its_precision(cards, card_id):
    start, precision, end, _ = ADDITIONS[card_id]
    card = cards[card_id]
    assert card.start is not None, card_id
    assert str(card.start) == start
    assert card.start.precision is precision
    assert (str(card.end) if card.end else None) == end


@pytest.mark.parametrize("card_id", sorted(ADDITIONS))
def test_each_addition_cites_sources_with_an_address(collection, cards, card_id):
    sources = {source.id: source for source in collection.sources}
    card = cards[card_id]
    assert card.sources, card_id
    for source_id in card.sources:
        source = sources[source_id]
        assert source.url and source.url.startswith(("http://", "https://")), source_id
        assert source.publisher.strip(), source_id


@pytest.mark.parametrize("card_id", sorted(ADDITIONS))
def test_each_addition_reads_in_every_language_as_a_draft(collection, cards, card_id):
    card = cards[card_id]
    for language in collection.manifest.languages:
        for field in (card.title, card.summary, card.body):
            assert field.get(language, "").strip(), (card_id, language)
        if card.date_note:
            assert card.date_note.get(language, "").strip(), (card_id, language)
    assert {language: str(status) for language, status in card.translation_status.items()} == {
        "it": "draft",
        "kk": "draft",
        "ru": "draft",
    }


def test_each_addition_is_linked_with_an_existing_link_type(collection):
    ends = lambda link: {link.source_card, link.target_card}  # noqa: E731
    new_links = [link for link in collection.links if ends(link) & set(ADDITIONS)]
    older_types = {link.type for link in collection.links if not ends(link) & set(ADDITIONS)}
    linked = set().union(*(ends(link) for link in new_links))
    assert sorted(set(ADDITIONS) - linked) == []
    assert sorted({link.type for link in new_links} - older_types) == []


def test_the_new_places_are_where_they_should_be(collection, cards):
    places = {place.id: place for place in collection.places}
    for place_id, (latitude, longitude, country) in NEW_PLACES.items():
        place = places[place_id]
        assert (place.latitude, place.longitude, place.countries) == (
            latitude,
            longitude,
            (country,),
        )
    for card_id in ADDITIONS:
        assert set(cards[card_id].places) <= set(places), card_id


def test_each_addition_shows_a_picture_of_its_own(collection, cards):
    media = {item.id: item for item in collection.media}
    for card_id in ADDITIONS:
        assert cards[card_id].image == card_id, card_id
        assert media[card_id].alt["en"].strip(), card_id


def test_the_abai_bust_card_says_where_it_stands_who_made_it_and_cites_the_reports(
    collection, cards
):
    card = cards["abai-bust-rome"]
    for language, words in {
        "en": ["Villa Grazioli", "Nurbol Kali", "marble", "180th"],
        "it": ["Villa Grazioli", "Nurbol Kali", "marmo"],
        "kk": ["Вилла Грациоли", "Нұрбол Қали", "Мәрмәр"],
        "ru": ["Виллы Грациоли", "Нурбол Калиев", "Мраморный"],
    }.items():
        body = card.body[language]
        assert [word for word in words if word not in body] == [], language
    cited = {source.id: source for source in collection.sources if source.id in card.sources}
    assert any("zakon.kz" in (source.url or "") for source in cited.values())
    assert any("inform.kz" in (source.url or "") for source in cited.values())
