"""Links may name a card of another pack as pack-id:card-id; every other reference is local."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.content.problems import PackInvalid, Problem
from explorer.content.validate import load_pack
from tests.content.pack_builder import PACK_ID, write_valid_pack

LINK = "abai-related-dante"


def _problems(path: Path) -> tuple[Problem, ...]:
    with pytest.raises(PackInvalid) as error:
        load_pack(path)
    return error.value.problems


def test_a_link_may_name_a_card_of_another_pack_kept_as_written(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, links={LINK: {"from": "abai", "to": "other-pack-2:dante"}})
    link = load_pack(pack).links[1]
    assert (link.source_card, link.target_card) == ("abai", "other-pack-2:dante")


def test_a_link_between_two_other_packs_is_refused(tmp_path: Path) -> None:
    pack = write_valid_pack(
        tmp_path, links={LINK: {"from": "italy-kazakhstan:abai", "to": "other-pack-2:dante"}}
    )
    assert _problems(pack) == (
        Problem(
            "links.json",
            LINK,
            "from",
            "both ends are cards of other packs; a link must start or end at a card of this pack",
        ),
    )


def test_a_reference_qualified_with_the_packs_own_id_is_a_local_one(tmp_path: Path) -> None:
    pack = write_valid_pack(tmp_path, links={LINK: {"from": f"{PACK_ID}:abai"}})
    assert load_pack(pack).links[1].source_card == f"{PACK_ID}:abai"

    pack = write_valid_pack(tmp_path, name="unknown", links={LINK: {"to": f"{PACK_ID}:petrarch"}})
    assert _problems(pack) == (
        Problem("links.json", LINK, "to", f"unknown card '{PACK_ID}:petrarch'"),
    )


@pytest.mark.parametrize(
    ("reference", "fragment"),
    [
        ("Other-Pack:dante", "its pack id 'Other-Pack' is not a valid id"),
        ("other-pack:", "its card id '' is not a valid id"),
        (":dante", "its pack id '' is not a valid id"),
        ("other-pack:dante:1", "its card id 'dante:1' is not a valid id"),
        ("other pack:dante", "its pack id 'other pack' is not a valid id"),
        ("other-pack: dante", "its card id ' dante' is not a valid id"),
        ("other-pack:" + "d" * 101, "is not a valid id: it is 101 characters long"),
    ],
)
def test_a_malformed_qualified_reference_is_explained(
    tmp_path: Path, reference: str, fragment: str
) -> None:
    (problem,) = _problems(write_valid_pack(tmp_path, links={LINK: {"to": reference}}))
    assert (problem.file, problem.item, problem.field) == ("links.json", LINK, "to")
    assert problem.message.endswith(
        "; write a card id, or pack-id:card-id for a card of another pack"
    )
    assert "is not a card reference: its " in problem.message
    assert fragment in problem.message


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        (
            {"cards": {"dante": {"category": "other-pack:literature"}}},
            ("cards", "dante", "category"),
        ),
        ({"cards": {"dante": {"image": "other-pack:abai-portrait"}}}, ("cards", "dante", "image")),
        ({"cards": {"dante": {"sources": ["other-pack:x"]}}}, ("cards", "dante", "sources")),
        (
            {"figures": {"monument-height": {"card": "other-pack:abai"}}},
            ("figures", "monument-height", "card"),
        ),
        (
            {"routes": {"semey-to-rome": {"places": ["rome", f"{PACK_ID}:semey"]}}},
            ("routes", "semey-to-rome", "places"),
        ),
        ({"links": {LINK: {"sources": ["other-pack:x"]}}}, ("links", LINK, "sources")),
    ],
)
def test_every_other_reference_stays_a_bare_local_id(
    tmp_path: Path, changes: dict, where: tuple[str, str, str]
) -> None:
    (problem,) = _problems(write_valid_pack(tmp_path, **changes))
    stem, item, field = where
    assert (problem.file, problem.item, problem.field) == (f"{stem}.json", item, field)
    assert "is not a valid id" in problem.message
