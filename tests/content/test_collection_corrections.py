"""The bundled collection's corrections hold: every card is sourced with an address, and the
facts checked against their published pages stay as checked."""

from __future__ import annotations

import pytest

from explorer.content.validate import load_pack
from explorer.domain.entities import Kind
from explorer.domain.fuzzy_date import FuzzyDate, Precision, Qualifier
from explorer.store.locations import BUNDLED_COLLECTION

LANGUAGES = ("en", "it", "kk", "ru")


@pytest.fixture(scope="module")
def collection():
    return load_pack(BUNDLED_COLLECTION)


@pytest.fixture(scope="module")
def cards(collection):
    return {card.id: card for card in collection.cards}


@pytest.fixture(scope="module")
def sources(collection):
    return {source.id: source for source in collection.sources}


def texts(card, language):
    """Everything a reader sees of ``card`` in ``language``."""
    fields = (card.title, card.summary, card.body, card.date_note or {})
    return "\n".join(field.get(language, "") for field in fields)


def test_every_card_cites_a_source_with_publisher_date_and_address(collection, sources):
    unsourced = [
        card.id
        for card in collection.cards
        if not any(
            sources[s].url and sources[s].publisher and sources[s].date for s in card.sources
        )
    ]
    assert unsourced == []


def test_every_source_has_an_address_and_a_publisher_that_is_a_name(collection):
    problems = [
        source.id
        for source in collection.sources
        if not source.url or "not named" in source.publisher or "Interview" in source.publisher
    ]
    assert problems == []


def test_the_two_source_articles_have_their_public_addresses(sources):
    assert sources["article-a"].url == "https://exussr.org/?p=1634"
    assert "original publisher unknown" in sources["article-a"].publisher
    assert sources["article-b"].url == "https://ccik.kz/article/314"


def test_no_era_of_continuing_relations_has_an_end(collection):
    eras = {era.id: era for era in collection.eras}
    assert eras["diplomatic-relations"].end is None
    assert eras["new-chapter"].end is None


def test_the_census_card_gives_70_4_percent_beside_the_interviewee_remark(
    collection, cards, sources
):
    card = cards["peoples-of-kazakhstan"]
    census = sources["aqparat-2023-11-07-census"]
    assert census.id in card.sources and census.url and census.date == FuzzyDate(2023, 11, 7)
    assert "Bureau of National Statistics" in card.body["en"]
    assert "“around 60%”" in card.body["en"] and "his own estimate" in card.body["en"]
    for language in LANGUAGES:
        assert "70,4" in texts(card, language) or "70.4" in texts(card, language), language
        assert "60" in texts(card, language), language
    (share,) = [f for f in collection.figures if f.id == "ethnic-kazakh-share"]
    assert (share.value, share.date, share.source) == (70.4, FuzzyDate(2021), census.id)


def test_no_figure_or_topic_card_is_dated_by_its_sources_year(collection, cards, sources):
    dated_by_article = []
    for card in collection.cards:
        if card.kind not in (Kind.FIGURE, Kind.TOPIC) or card.start is None:
            continue
        source_years = {
            sources[s].date.year
            for s in card.sources
            if sources[s].date is not None and sources[s].date.precision is Precision.YEAR
        }
        by_year = card.start.precision is Precision.YEAR and card.start.year in source_years
        if by_year and card.end is None:
            dated_by_article.append(card.id)
    assert dated_by_article == []
    investment = cards["italian-investment"]
    assert investment.start == FuzzyDate(2005, qualifier=Qualifier.CIRCA)
    assert investment.end == FuzzyDate(2025)
    for off in (
        "peoples-of-kazakhstan",
        "italian-companies-in-kazakhstan",
        "kazakh-students-in-italy",
    ):
        assert cards[off].start is None, off


def test_the_national_museum_card_places_it_in_astana(cards):
    card = cards["national-museum"]
    assert card.places == ("astana",)
    assert "Astana" in card.body["en"] and "Central State Museum" in card.body["en"]
    for language, astana in zip(LANGUAGES, ("Astana", "Astana", "Астана", "Астан"), strict=True):
        assert astana in card.body[language], language


def test_the_kasteev_museum_card_gives_its_holdings_from_the_museum(cards):
    card = cards["kasteev-museum"]
    assert "kasteev-museum-storage" in card.sources
    for word in ("Western European", "Russian", "Oriental", "simplification"):
        assert word in card.body["en"], word


def test_the_marco_polo_street_card_carries_the_council_decision(cards, sources):
    card = cards["marco-polo-street-astana"]
    assert sources["zakon-2025-11-12-streets"].date == FuzzyDate(2025, 11, 12)
    assert {"zakon-2025-11-12-streets", "kazinform-kk-2025-11-streets"} <= set(card.sources)
    assert "12 November 2025" in card.body["en"]
    assert "not as already named" not in card.body["en"]
    for language in LANGUAGES:
        assert "12" in card.summary[language], language


def test_diplomatic_relations_keep_both_days_with_their_sources(cards):
    card = cards["diplomatic-relations-1992"]
    assert card.start == FuzzyDate(1992)
    assert {"kazinform-2024-01-tokayev-italy", "mfa-kz-bilateral"} <= set(card.sources)
    for language in LANGUAGES:
        text = texts(card, language)
        assert "21" in text and "12" in text and "Kazinform" in text, language


def test_the_strategic_partnership_is_dated_to_the_day(cards):
    card = cards["strategic-partnership-2009"]
    assert card.start == FuzzyDate(2009, 11, 5)
    assert "kazinform-2024-01-tokayev-italy" in card.sources


def test_abai_monuments_stand_in_21_countries(collection, cards):
    (count,) = [f for f in collection.figures if f.id == "abai-monument-countries"]
    assert count.value == 21
    for card_id in ("abai-kunanbaiuly", "abai-monuments-worldwide"):
        assert "21 countries" in cards[card_id].body["en"], card_id
        assert "twenty" not in cards[card_id].body["en"], card_id


def test_astana_hub_and_digital_cooperation_belong_to_the_economy(cards):
    assert cards["astana-hub"].category == "economy"
    assert cards["digital-cooperation"].category == "economy"
    assert "talks" in cards["digital-cooperation"].body["en"]


def test_flights_cite_italpress_for_the_service_and_the_interview_for_the_rest(cards):
    regular = cards["neos-regular-service-2022"]
    assert "italpress-2024-neos-80000" in regular.sources
    assert "two flights a week" in regular.body["en"]
    assert cards["flights-for-business"].sources == ("article-b",)


def test_the_trans_caspian_route_does_not_run_through_astana(collection, cards, sources):
    assert "astana" not in cards["trans-caspian-route"].places
    (route,) = [r for r in collection.routes if r.id == "trans-caspian-route"]
    assert route.waypoints == ("aktau", "baku")
    for card in collection.cards:
        if "aktau" in card.places or card.id == "aktau":
            named = [s for s in card.sources if "Aktau" in (sources[s].note or "")]
            assert named, card.id


def test_the_joint_declaration_source_is_marked_as_a_report(sources):
    declaration = sources["joint-declaration-2025-05-30"]
    assert "news report" in declaration.title and "not the official text" in declaration.note


SLIPS = {
    "it": (
        "ha detto entrare",
        "vie per cui",
        "Date di vita di contesto",
        "ha aperto una sede presso",
    ),
    "ru": (
        "Оно поставило",
        "По словам интервью",
        "расходятся в дне",
        "сообщено как о плане",
        "куда ставить ногу",
        "итальянский конец",
        "Кунанбаев (Кунанбайулы)",
        "Qazinform сообщил ",
        "Kazinform сообщил ",
    ),
    "kk": (
        "қадам басып жатыр деп атады",
        "сән осі",
        "әлі аталған емес",
        "ICE ACIK және",
    ),
}


@pytest.mark.parametrize("language", sorted(SLIPS))
def test_the_listed_translation_slips_are_gone(collection, language):
    found = [
        (card.id, slip)
        for card in collection.cards
        for slip in SLIPS[language]
        if slip in texts(card, language)
    ]
    assert found == []
