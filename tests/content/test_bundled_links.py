"""Every link of the bundled collection reads right from both of its cards, in every
interface language."""

from __future__ import annotations

import pytest

from explorer.content.validate import load_pack
from explorer.domain.link_types import LINK_TYPES, LINKED_WITH, reading
from explorer.store.locations import BUNDLED_COLLECTION

INTERFACE_LANGUAGES = ("en", "it", "kk", "ru")


@pytest.fixture(scope="module")
def links():
    return load_pack(BUNDLED_COLLECTION).links


def test_every_type_of_the_collection_is_a_known_type(links):
    assert sorted({link.type for link in links} - set(LINK_TYPES)) == []


def test_every_link_reads_both_ways_in_four_languages(links):
    problems = []
    for link in links:
        for outgoing in (True, False):
            texts = reading(link, outgoing=outgoing)
            gaps = [language for language in INTERFACE_LANGUAGES if not texts.get(language)]
            if gaps:
                problems.append(f"{link.id} {'forward' if outgoing else 'reverse'}: {gaps}")
            if not outgoing and texts == dict(LINKED_WITH):
                problems.append(f"{link.id}: only the neutral label on its target")
    assert problems == []


def test_no_link_reads_the_same_words_both_ways_unless_its_type_is_symmetric(links):
    symmetric = {"related", "works-with"}
    for link in links:
        if link.type in symmetric:
            continue
        forward, backward = reading(link, outgoing=True), reading(link, outgoing=False)
        for language in INTERFACE_LANGUAGES:
            assert forward[language] != backward[language], (link.id, language)


def test_a_label_with_a_date_comes_with_its_own_reverse_label(links):
    """The type's reverse label would drop the date ("headed in 2021 by" is not "leads")."""
    dated = [link for link in links if any(ch.isdigit() for ch in link.label["en"])]
    assert dated
    for link in dated:
        assert all(link.reverse_label.get(lang) for lang in INTERFACE_LANGUAGES), link.id
        assert any(ch.isdigit() for ch in link.reverse_label["en"]), link.id


def test_the_reverse_labels_of_the_marco_polo_links_read_from_their_target(links):
    by_id = {link.id: link for link in links}
    street = by_id["marco-polo-street-astana-named-after-marco-polo"]
    assert reading(street, outgoing=False)["en"] == "gave its name to"
    announces = next(link for link in links if link.type == "announces")
    assert reading(announces, outgoing=False)["en"] == "announced by"
    office = by_id["martino-castellani-heads-office-of-ice-agency"]
    assert "Almaty" in reading(office, outgoing=False)["en"]


def test_a_related_link_with_words_of_its_own_keeps_them_on_its_target(links):
    """"Related to" on the target would drop what the link's own label says."""
    related = LINK_TYPES["related"]
    worded = [link for link in links if link.type == "related" and link.label != related.forward]
    assert worded
    for link in worded:
        assert reading(link, outgoing=False)["en"] != related.reverse["en"], link.id
