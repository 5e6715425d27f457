"""The search index over a real content database: matching, ranking, facets, safety."""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from explorer.content.importer import import_pack
from explorer.content.validate import load_pack
from explorer.domain.references import qualify
from explorer.domain.search_query import UNDATED, Tier, century_of, decade_of
from explorer.store.content_store import ContentStore
from explorer.store.content_writer import PackConflict, replace_pack
from explorer.store.database import open_database
from explorer.store.search_index import Filters, SearchIndex, SearchIndexMissing
from tests.content.pack_builder import PACK_ID, valid_pack_data, write_valid_pack


def key(local_id: str) -> str:
    """The database key of an id of the test pack: ``dante`` is ``test-pack:dante``."""
    return qualify(PACK_ID, local_id)


def keys(*local_ids: str) -> list[str]:
    return [key(local_id) for local_id in local_ids]


def card(
    card_id: str, title: str | dict[str, str], start: str | None = None, **fields: Any
) -> dict[str, Any]:
    data = {
        "id": card_id,
        "kind": "topic",
        "category": "literature",
        "side": "both",
        "title": {"en": title} if isinstance(title, str) else title,
        "summary": {"en": "About this card."},
        "body": {"en": "Nothing more."},
        "sources": ["abai-encyclopedia"],
        **fields,
    }
    if start:
        data["start"] = start
    return data


EXTRA_CARDS = [
    card(
        "almaty-opera",
        "Opera house",
        "1941",
        kind="institution",
        category="architecture",
        side="kazakhstan",
        body={"en": "The opera house stands in Almaty."},
    ),
    card(
        "mattarella-visit",
        {"en": "Sergio Mattarella visits Kazakhstan", "ru": "Визит Серджо Маттареллы в Казахстан"},
        "2022-05",
        kind="event",
        translation_status={"ru": "draft"},
        places=["rome"],
    ),
    card("steppe-title", "Steppe", "2000", summary={"en": "Grassland."}),
    # A card of neither country: counted as "neither", never as "both".
    {
        name: value
        for name, value in card("fado-lisbon", "Fado in Lisbon", "1850").items()
        if name != "side"
    },
    card("steppe-summary", "Grassland", "1900", summary={"en": "About the steppe."}),
    card(
        "steppe-body",
        "Nomads",
        "1500",
        summary={"en": "Herders."},
        body={"en": "They crossed the steppe."},
    ),
    card("rosa-fuzzy", "Rasa festival", "1700", side="italy"),
    card("rosa-prefix", "Rosario chapel", "1800", side="italy", places=["rome", "semey"]),
    card("rosa-exact", "Rosa garden", "1950", side="kazakhstan", tags=["garden"]),
    card("undated-note", "A note without a date", kind="topic", category="architecture"),
]


def pack_cards(changes: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    cards = valid_pack_data()["cards"] + [dict(item) for item in EXTRA_CARDS]
    for item in cards:
        item.update((changes or {}).get(item["id"], {}))
    cards[2]["title"] = {"en": "Dante Alighieri", "it": "Dante, poeta della città"}
    cards[2]["translation_status"] = {"it": "draft"}
    return cards


def import_test_pack(folder: Path) -> Path:
    path = folder / "content.db"
    import_pack(write_valid_pack(folder, cards=pack_cards()), path)
    return path


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory) -> Path:
    return import_test_pack(tmp_path_factory.mktemp("search"))


@pytest.fixture(scope="module")
def index(shared_database):
    db = open_database(shared_database, read_only=True)
    yield SearchIndex.load(db)
    db.close()


@pytest.fixture
def database(tmp_path) -> Path:
    """A database of its own, for tests that import into it again."""
    return import_test_pack(tmp_path)


@pytest.fixture
def own_index(database):
    db = open_database(database, read_only=True)
    yield SearchIndex.load(db)
    db.close()


def ids(index: SearchIndex, query: str, filters: Filters | None = None) -> list[str]:
    return index.search(query, filters).ids()


def test_an_empty_query_lists_every_card_in_chronological_order(index, shared_database):
    store = ContentStore.open(shared_database)
    try:
        assert ids(index, "") == store.card_ids()
    finally:
        store.close()
    result = index.search("")
    assert result.total == len(pack_cards()) and result.tiers is None
    assert result.card_id(0) == key("dante")


@pytest.mark.parametrize("spelling", ["Abai", "Абай", "Abay", "Abaı", "ABAI"])
def test_spellings_of_abai_find_the_same_cards(index, spelling):
    assert ids(index, spelling) == keys("abai", "abai-monument-rome")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("citta", "dante"),
        ("città", "dante"),
        ("Алматы", "almaty-opera"),  # the card says "Almaty" in English only
        ("Құнанбайұлы", "abai"),
        ("Kunanbaev", "abai"),
        ("Маттарелла", "mattarella-visit"),
        ("Семей", "rosa-prefix"),  # place names in every language are searched
        ("Рим", "abai-monument-rome"),
        ("garden", "rosa-exact"),  # tags
        ("institution", "almaty-opera"),  # the kind
        ("1941", "almaty-opera"),  # the year
    ],
)
def test_folding_transliteration_places_tags_and_kinds(index, query, expected):
    assert key(expected) in ids(index, query)


@pytest.mark.parametrize("query", ["ab", "аб", "Aba", "АБА"])
def test_prefixes_in_either_script(index, query):
    result = index.search(query)
    assert result.ids()[:2] == keys("abai", "abai-monument-rome")
    assert set(result.tiers[:2]) == {Tier.TITLE_PREFIX}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Matarelle", "mattarella-visit"),  # one wrong letter (and a doubled one missing)
        ("Mattorelli", "mattarella-visit"),  # two wrong letters
        ("Kazakhztan", "mattarella-visit"),
        ("Kasakhztan", "mattarella-visit"),  # two wrong letters
        ("Abaij", "abai"),  # an extra letter
        ("Aligheiri", "dante"),  # swapped neighbours
        ("Alihgieru", "dante"),  # a swap and a wrong letter
    ],
)
def test_one_or_two_wrong_letters_still_find_the_title(index, query, expected):
    result = index.search(query)
    assert result.ids()[0] == key(expected)
    assert result.tiers[0] == Tier.TITLE_FUZZY


@pytest.mark.parametrize("query", ["Abj", "Abaj", "Roze"])
def test_a_short_word_must_be_right(index, query):
    assert ids(index, query) == []


def test_a_word_of_one_or_two_letters_is_a_beginning_only_in_titles(index):
    # "no" begins two titles and "Nothing" (most bodies): only the titles count.
    assert ids(index, "no") == keys("steppe-body", "undated-note")  # "Nomads", "A note"
    assert len(ids(index, "not")) > 5


def test_title_above_summary_above_body_whatever_the_dates(index):
    result = index.search("steppe")
    assert result.ids() == keys("steppe-title", "steppe-summary", "steppe-body")
    assert list(result.tiers) == [Tier.WHOLE_TITLE, Tier.SUMMARY_EXACT, Tier.OTHER_EXACT]


def test_exact_above_prefix_above_fuzzy(index):
    result = index.search("rosa")
    order = [card_id for card_id in result.ids() if card_id.startswith(key("rosa-"))]
    assert order == keys("rosa-exact", "rosa-prefix")  # "Rasa": no typo in 4 letters
    tiers = dict(zip(result.ids(), result.tiers.tolist(), strict=True))
    assert tiers[key("rosa-exact")] == Tier.TITLE_EXACT
    assert tiers[key("rosa-prefix")] == Tier.TITLE_PREFIX
    fuzzy = index.search("gardne")  # 6 letters: one typo allowed (here a swap)
    assert fuzzy.ids()[:1] == keys("rosa-exact") and fuzzy.tiers[0] == Tier.TITLE_FUZZY


def test_every_word_must_match_and_the_worst_word_ranks_the_card(index):
    assert ids(index, "abai rome") == keys("abai-monument-rome")
    assert ids(index, "abai steppe") == []
    result = index.search("monument abai")
    assert result.ids() == keys("abai-monument-rome") and result.tiers[0] == Tier.TITLE_EXACT
    # steppe-title: title exact, summary prefix ("Grassland"); steppe-summary: title prefix,
    # summary exact. The worse word decides: a summary prefix ranks below a summary match.
    assert index.search("grass steppe").ids() == keys("steppe-summary", "steppe-title")


def test_within_a_tier_cards_are_chronological(index):
    result = index.search("about")  # every extra card's summary says "About ..."
    summary = [
        cid for cid, t in zip(result.ids(), result.tiers, strict=True) if t == Tier.SUMMARY_EXACT
    ]
    chronological = [cid for cid in ids(index, "") if cid in summary]
    assert summary == chronological and len(summary) > 5


# Facets -------------------------------------------------------------------------------


def facet_values(item: dict[str, Any]) -> dict[str, list]:
    """A pack card's facet values; categories and places are keys, like card ids."""
    year = int(item["start"].split("-")[0]) if item.get("start") else None
    return {
        "category": [key(item["category"])],
        "side": [item.get("side", "neither")],
        "kind": [item["kind"]],
        "collection": [PACK_ID],
        "place": keys(*item.get("places", [])),
        "century": [UNDATED if year is None else century_of(year)],
        "decade": [UNDATED if year is None else decade_of(year)],
    }


def brute_force_counts(matching: set[str], filters: Filters) -> dict[str, Counter]:
    cards = {key(item["id"]): facet_values(item) for item in pack_cards()}
    selected = filters.selected()

    def passes(card_id: str, skip: str | None) -> bool:
        return all(
            set(cards[card_id][name]) & values for name, values in selected.items() if name != skip
        )

    return {
        name: Counter(
            value for card_id in matching if passes(card_id, name) for value in cards[card_id][name]
        )
        for name in ("category", "side", "kind", "place", "century", "decade", "collection")
    }


FILTER_CASES = [
    Filters(),
    Filters(side={"italy"}),
    Filters(category={key("literature")}, side={"both"}),
    Filters(side={"italy", "kazakhstan"}, kind={"topic"}),
    Filters(place={key("rome")}),
    Filters(century={19, UNDATED}),
    Filters(decade={1840, 2020}, category={key("literature")}),
    Filters(category={key("no-such-category")}),
    Filters(side={"neither"}),
    Filters(collection={PACK_ID}, side={"kazakhstan", "neither"}),
    Filters(collection={"no-such-pack"}),
]


@pytest.mark.parametrize("query", ["", "abai", "rosa", "about", "zzzz"])
@pytest.mark.parametrize("filters", FILTER_CASES)
def test_facet_counts_equal_a_brute_force_count(index, query, filters):
    matching = set(index.search(query).ids())
    expected = brute_force_counts(matching, filters)
    result = index.search(query, filters)
    for name, counts in result.facets.items():
        assert {value: n for value, n in counts.items() if n} == dict(expected[name]), name
    kept = {
        card_id
        for card_id in matching
        if all(
            set(facet_values(item)[name]) & values
            for item in pack_cards()
            if key(item["id"]) == card_id
            for name, values in filters.selected().items()
        )
    }
    assert set(result.ids()) == kept


def test_facets_combine_and_a_facet_ignores_its_own_selection(index):
    italy = index.search("", Filters(side={"italy"}))
    assert set(italy.ids()) == set(keys("dante", "rosa-fuzzy", "rosa-prefix"))
    assert italy.facets["side"]["kazakhstan"] > 0  # its siblings stay visible
    assert italy.facets["category"] == {key("literature"): 3, key("architecture"): 0}
    both = index.search("", Filters(side={"italy"}, category={key("architecture")}))
    assert both.total == 0
    assert both.facets["side"]["kazakhstan"] == 1  # the architecture cards by side
    kazakh_architecture = Filters(side={"kazakhstan"}, category={key("architecture")})
    assert index.search("", kazakh_architecture).ids() == keys("almaty-opera")


def test_filters_may_be_a_plain_mapping(index):
    chosen = {"side": frozenset({"italy"}), "kind": frozenset(), "unknown": {"x"}}
    assert index.search("", chosen).ids() == index.search("", Filters(side={"italy"})).ids()


def test_facet_values_list_every_value_with_undated_last(index):
    assert index.facet_values("side") == ["italy", "kazakhstan", "both", "neither"]
    centuries = index.facet_values("century")
    assert centuries[-1] == UNDATED and centuries[:-1] == sorted(centuries[:-1])
    assert index.search("").facets["century"][UNDATED] == 1
    assert index.search("", Filters(decade={"1840"})).ids() == keys("abai")


# Hostile queries ----------------------------------------------------------------------

HOSTILE = [
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "abai AND",
    "OR dante",
    "NOT abai",
    "NEAR(abai dante, 2)",
    '"',
    '"abai',
    "'",
    "*",
    "ab*",
    "-",
    "-abai",
    "^",
    "^abai",
    "(",
    ")",
    "(abai",
    ")(",
    "title:abai",
    ":",
    "::",
    "a:b:c",
    "{abai}",
    "[",
    "\\",
    "%",
    "_",
    "__",
    "abai_dante",
    "'; DROP TABLE cards; --",
    "NULL",
    "a" * 10_000,
    "Абай " * 2_000,
    "ab" * 5_000,
    "🙂",
    "🙂🙂🙂",
    "abai🙂",
    "👨‍👩‍👧‍👦 abai",
    "1️⃣",
    "\x00",
    "\x00abai\x00",
    "\x01\x1f\x7f",
    "\u202e\u200f\u200e",
    "\u202eiaba",
    "שלום",
    "مرحبا بكم",
    "אבאי abai",
    " ",
    "   ",
    "\t\n\r",
    "\u3000",
    "\u200b",
    "\ufeff",
    "\ud800",
    "\uffff",
    "\u0301\u0301",
    "a" * 64,
    "a" * 65,
    "z" * 300,
    "ǅ",
    "ﬁ",
    "ß",
    "İ",
    "\U0001d400\U0001d401",
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_return_quickly_and_never_raise(index, query):
    started = time.perf_counter()
    result = index.search(query, Filters(side={"both"}))
    result.ids()
    assert time.perf_counter() - started < 1.0
    assert result.total == len(result.numbers)
    assert set(result.facets) == {
        "category",
        "side",
        "kind",
        "place",
        "century",
        "decade",
        "collection",
    }


def test_queries_without_words_are_the_empty_query(index):
    everything = ids(index, "")
    for query in (" ", '"*()', "🙂", "\x00", "\u202e"):
        assert ids(index, query) == everything
    assert ids(index, "שלום") == []  # a word, just not one the collection has


# Import -------------------------------------------------------------------------------
# ``import_pack`` builds a new database file and renames it in (its callers reopen the
# database). A loaded index follows the writes of ``replace_pack`` into its own database,
# made here through a connection of their own.


def write_into(database: Path, pack: Path, change: dict[str, Any] | None = None) -> None:
    """Write ``pack`` into ``database`` in place, its collection changed by ``change``."""
    collection = dataclasses.replace(load_pack(pack), **(change or {}))
    db = open_database(database)
    try:
        replace_pack(db, collection, "fingerprint", lambda media: (pack / media.file).read_bytes())
    finally:
        db.close()


def test_the_index_follows_a_reimport_with_no_stale_cards(tmp_path, database, own_index):
    index = own_index
    assert ids(index, "dante")[0] == key("dante")
    changed = [
        c
        for c in pack_cards({"abai": {"title": {"en": "Ibrahim Qunanbaiuly"}}})
        if c["id"] != "dante" and c["id"] != "abai-monument-rome"
    ]
    data = valid_pack_data()
    write_into(
        database,
        write_valid_pack(
            tmp_path,
            cards=changed,
            links=[
                link
                for link in data["links"]
                if "dante" not in link.values() and "abai-monument-rome" not in link.values()
            ],
            figures=[],
        ),
    )
    assert key("dante") not in ids(index, "dante")
    assert ids(index, "ibrahim") == keys("abai")
    assert index.search("").total == len(changed)
    fresh_db = open_database(database, read_only=True)
    try:
        fresh = SearchIndex.load(fresh_db)
        for query in ("", "abai", "rosa", "ab", "steppe"):
            assert ids(fresh, query) == ids(index, query)
    finally:
        fresh_db.close()
    assert not set(ids(index, "")) & set(keys("dante", "abai-monument-rome"))


def test_a_failed_import_leaves_the_index_as_it_was(tmp_path, database, own_index):
    index = own_index
    before = index.build
    other = write_valid_pack(tmp_path, name="other", manifest={"id": "another-pack"})
    # Its cards name categories it does not have: the database refuses it at the commit,
    # after the search index of every pack was rebuilt in the same transaction.
    with pytest.raises(PackConflict, match="FOREIGN KEY"):
        write_into(database, other, {"categories": ()})
    assert index.search("alighieri").ids() == keys("dante")
    assert index.build == before


def test_a_database_without_an_index_says_so(tmp_path):
    db = open_database(tmp_path / "empty.db")
    try:
        with pytest.raises(SearchIndexMissing):
            SearchIndex.load(db)
    finally:
        db.close()


def test_results_are_read_only_arrays(index):
    result = index.search("abai")
    with pytest.raises(ValueError):
        result.numbers[0] = 5
    assert isinstance(result.numbers, np.ndarray)
    assert result.ids(0, 1) == keys("abai")
