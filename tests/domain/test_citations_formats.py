"""BibTeX and CSL-JSON citations: escaping, safe keys, dates to their precision."""

import datetime
import json

from explorer.domain.citation_text import cite_card, cite_source
from explorer.domain.citations import CardReference, CitationStyle
from explorer.domain.citations_bibtex import bibtex_card, bibtex_source, escape, safe_key
from explorer.domain.citations_csl import csl_card, csl_source
from explorer.domain.entities import Source
from explorer.domain.fuzzy_date import FuzzyDate

CARD = CardReference(
    "abai-rome", "Абай in Rome", "Italy and Kazakhstan", "1.0.0", datetime.date(2026, 12, 4)
)


def test_bibtex_source_with_an_address_is_online():
    source = Source(
        "italy-kazakhstan:article_b#2",
        "Trade & tech: 50% growth {so far}",
        "ccik.kz",
        FuzzyDate.parse("2025-09"),
        "https://ccik.kz/article/314?x={1}",
    )
    assert bibtex_source(source) == (
        "@online{article_b-2,\n"
        "  title = {Trade \\& tech: 50\\% growth \\{so far\\}},\n"
        "  author = {{ccik.kz}},\n"
        "  organization = {ccik.kz},\n"
        "  year = {2025},\n"
        "  date = {2025-09},\n"
        "  url = {https://ccik.kz/article/314?x=%7B1%7D},\n"
        "}"
    )


def test_bibtex_source_without_address_or_publisher_is_misc():
    source = Source("s:old", "Chronicle", "", FuzzyDate.parse("circa 1254"))
    assert bibtex_source(source) == (
        "@misc{old,\n  title = {Chronicle},\n  year = {1254},\n  date = {1254~},\n}"
    )


def test_bibtex_card_has_its_access_date_and_collection():
    assert bibtex_card(CARD) == (
        "@online{abai-rome,\n"
        "  title = {Абай in Rome},\n"
        "  author = {{Italy–Kazakhstan Cultural Explorer}},\n"
        "  organization = {Italy–Kazakhstan Cultural Explorer},\n"
        "  urldate = {2026-12-04},\n"
        "  note = {In Italy and Kazakhstan, version 1.0.0},\n"
        "}"
    )


def test_every_tex_special_is_escaped():
    assert escape(r"\ { } % & $ # _ ^ ~") == (
        r"\textbackslash{} \{ \} \% \& \$ \# \_ \textasciicircum{} \textasciitilde{}"
    )


def test_keys_are_made_safe():
    assert safe_key("città d'arte") == "citta-d-arte"
    assert safe_key("Абай", "card") == "card"
    assert safe_key("a b{c}%") == "a-b-c"


def test_csl_source_known_to_the_year_only_has_its_year():
    source = Source("p:a", "Numbers", "Stat.gov.kz", FuzzyDate.parse("2021"), "https://stat.gov.kz")
    [item] = json.loads(cite_source(source, CitationStyle.CSL_JSON))
    assert item["id"] == "a"
    assert item["type"] == "webpage"
    assert item["title"] == "Numbers"
    assert item["author"] == [{"literal": "Stat.gov.kz"}]
    assert item["issued"] == {"date-parts": [[2021]]}
    assert item["URL"] == "https://stat.gov.kz"


def test_csl_source_dates_keep_their_precision_and_circa():
    day = csl_source(Source("a", "T", "", FuzzyDate.parse("2023-11-07")))
    assert day["issued"] == {"date-parts": [[2023, 11, 7]]}
    assert "author" not in day
    assert day["type"] == "document"
    circa = csl_source(Source("a", "T", "", FuzzyDate.parse("circa 1254")))
    assert circa["issued"] == {"date-parts": [[1254]], "circa": True}
    undated = csl_source(Source("a", "T"))
    assert "issued" not in undated


def test_csl_card_is_an_entry_of_the_collection():
    [item] = json.loads(cite_card(CARD, CitationStyle.CSL_JSON))
    assert item == csl_card(CARD)
    assert item["type"] == "entry-encyclopedia"
    assert item["title"] == "Абай in Rome"
    assert item["container-title"] == "Italy and Kazakhstan"
    assert item["version"] == "1.0.0"
    assert item["accessed"] == {"date-parts": [[2026, 12, 4]]}


def test_every_style_cites_both_kinds():
    source = Source("a", "Title", "Pub", FuzzyDate.parse("2020"))
    for style in CitationStyle:
        assert "Title" in cite_source(source, style)
        assert "Абай in Rome" in cite_card(CARD, style)


def test_bibtex_dates_of_decades_seasons_and_the_first_year_bce_as_biblatex_reads_them():
    def date_field(text: str) -> str:
        entry = bibtex_source(Source("s", "T", "", FuzzyDate.parse(text)))
        return next(line for line in entry.splitlines() if line.startswith("  date"))

    assert date_field("201X") == "  date = {201X},"
    assert date_field("19XX") == "  date = {19XX},"
    assert date_field("2021-22") == "  date = {2021-22},"
    assert date_field("-500") == "  date = {-0499},"
    assert date_field("-1") == "  date = {0000},"


def test_csl_decades_are_ranges_and_seasons_are_numbered():
    decade = csl_source(Source("a", "T", "", FuzzyDate.parse("201X")))
    assert decade["issued"] == {"date-parts": [[2010], [2019]]}
    summer = csl_source(Source("a", "T", "", FuzzyDate.parse("2021-22")))
    assert summer["issued"] == {"date-parts": [[2021]], "season": 2}


def test_a_year_bce_is_given_only_as_biblatexs_date_never_as_a_negative_year():
    entry = bibtex_source(Source("s", "Old", "", FuzzyDate.parse("-500")))
    assert "  date = {-0499}," in entry.splitlines()
    assert "year =" not in entry, "BibTeX has no year before the common era"
    recent = bibtex_source(Source("s", "New", "", FuzzyDate.parse("2021")))
    assert "  year = {2021}," in recent.splitlines()
