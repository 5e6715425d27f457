"""Chicago and APA citations of sources and cards, against hand-written strings."""

import datetime

import pytest

from explorer.domain.citations import (
    CardReference,
    CitationError,
    apa_card,
    apa_source,
    card_reference,
    chicago_card,
    chicago_source,
    sources_of,
)
from explorer.domain.collection import Manifest
from explorer.domain.entities import Card, Kind, Side, Source
from explorer.domain.fuzzy_date import FuzzyDate

ACCESSED = datetime.date(2026, 12, 4)


def source(date: str | None = None, publisher: str = "ccik.kz", url: str | None = None):
    return Source(
        "pack:interview",
        "Interview on the joint work of ACIK and ICE",
        publisher,
        FuzzyDate.parse(date) if date else None,
        url,
        note="For the editors only",
    )


def test_chicago_source_known_to_the_year():
    cited = chicago_source(source("2025", url="https://ccik.kz/article/314"))
    assert cited == (
        "“Interview on the joint work of ACIK and ICE.” ccik.kz. 2025. https://ccik.kz/article/314."
    )


def test_chicago_source_known_to_the_day_without_an_address():
    assert chicago_source(source("2023-11-07")) == (
        "“Interview on the joint work of ACIK and ICE.” ccik.kz. November 7, 2023."
    )


def test_chicago_source_circa_without_publisher_or_date():
    assert chicago_source(source(None, publisher="")) == (
        "“Interview on the joint work of ACIK and ICE.”"
    )
    assert chicago_source(source("circa 1254", publisher="")) == (
        "“Interview on the joint work of ACIK and ICE.” ca. 1254."
    )


def test_chicago_title_ending_in_a_question_mark_takes_no_full_stop():
    asked = Source("s", "Why Abai?", "Tengri News")
    assert chicago_source(asked) == "“Why Abai?” Tengri News."


def test_apa_source_has_the_publisher_as_author():
    assert apa_source(source("2023-11-07", url="https://ccik.kz/article/314")) == (
        "ccik.kz. (2023, November 7). Interview on the joint work of ACIK and ICE. "
        "https://ccik.kz/article/314"
    )
    assert apa_source(source("2023-11")) == (
        "ccik.kz. (2023, November). Interview on the joint work of ACIK and ICE."
    )


def test_apa_source_without_publisher_or_date_starts_with_its_title():
    assert apa_source(source(None, publisher="")) == (
        "Interview on the joint work of ACIK and ICE. (n.d.)."
    )


def test_cyrillic_titles_are_kept_as_written():
    census = Source(
        "census",
        "Численность казахов увеличилась до 13,4 млн в Казахстане",
        "Aqparat.info",
        FuzzyDate.parse("2023-11-07"),
    )
    assert chicago_source(census) == (
        "“Численность казахов увеличилась до 13,4 млн в Казахстане.” Aqparat.info. "
        "November 7, 2023."
    )


def test_years_before_the_common_era_and_decades():
    assert chicago_source(Source("s", "Old", "", FuzzyDate.parse("-500"))) == "“Old.” 500 BCE."
    assert apa_source(Source("s", "Decade", "", FuzzyDate.parse("201X"))) == ("Decade. (2010s).")


def card(sources=("pack:a", "pack:b")) -> Card:
    return Card(
        id="italy-kazakhstan:abai",
        kind=Kind.PERSON,
        category="people",
        side=Side.KAZAKHSTAN,
        title={"en": "Abai Kunanbayuly", "kk": "Абай Құнанбайұлы"},
        summary={},
        body={},
        sources=sources,
    )


MANIFEST = Manifest(
    "italy-kazakhstan",
    {"en": "Italy and Kazakhstan", "kk": "Италия және Қазақстан"},
    "1.0.0",
    ("en", "kk"),
    "CC BY 4.0",
    {},
)


def test_a_card_is_cited_as_an_entry_of_its_collection():
    reference = card_reference(card(), MANIFEST, "kk", ACCESSED)
    assert reference == CardReference(
        "abai", "Абай Құнанбайұлы", "Италия және Қазақстан", "1.0.0", ACCESSED
    )
    assert chicago_card(reference) == (
        "“Абай Құнанбайұлы.” In Италия және Қазақстан, version 1.0.0. "
        "Italy–Kazakhstan Cultural Explorer. Accessed December 4, 2026."
    )
    assert apa_card(reference) == (
        "Italy–Kazakhstan Cultural Explorer. (n.d.). Абай Құнанбайұлы. In Италия және "
        "Қазақстан (Version 1.0.0). Retrieved December 4, 2026."
    )


def test_sources_of_a_card_in_its_order():
    a, b = Source("pack:a", "A"), Source("pack:b", "B")
    assert sources_of(card(("pack:b", "pack:a")), {"pack:a": a, "pack:b": b}) == (b, a)


def test_a_card_citing_a_missing_source_is_named_in_the_error():
    with pytest.raises(CitationError, match=r"'italy-kazakhstan:abai'.*'pack:gone'"):
        sources_of(card(("pack:a", "pack:gone")), {"pack:a": Source("pack:a", "A")})


def test_sources_are_numbered_once_in_order_of_first_citation():
    from explorer.domain.citations_numbering import number_sources

    first, second = card(("pack:b", "pack:a")), card(("pack:a", "pack:c", "pack:b"))
    assert number_sources([first, second]) == {"pack:b": 1, "pack:a": 2, "pack:c": 3}
    assert number_sources([]) == {}
