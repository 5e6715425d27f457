"""The order of pack versions: numbers as numbers, pre-releases before their release."""

from __future__ import annotations

import itertools

import pytest

from explorer.domain.pack_version import (
    MAX_NUMBER_DIGITS,
    MAX_VERSION_CHARS,
    PackVersion,
    is_newer,
    is_sane,
    version_problem,
)

ASCENDING = [
    "draft",
    "0.1",
    "0.9.9",
    "1.0.0-alpha",
    "1.0.0-beta.2",
    "1.0.0-beta.10",
    "1.0.0-rc1",
    "1.0.0",
    "1.0.1",
    "1.2",
    "1.9.2",
    "1.10.0",
    "2",
    "10.0",
]


@pytest.mark.parametrize(("lower", "higher"), list(itertools.pairwise(ASCENDING)))
def test_versions_in_order(lower, higher):
    assert PackVersion(lower) < PackVersion(higher)
    assert is_newer(higher, lower)
    assert not is_newer(lower, higher)


def test_sorting_shuffled_versions_gives_the_order_back():
    assert [str(v) for v in sorted(map(PackVersion, reversed(ASCENDING)))] == ASCENDING


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("1.2", "1.2.0"),
        ("1.2", "1.2.0.0"),
        ("1.02", "1.2"),
        ("v1.2", "1.2"),
        ("1.2+build.7", "1.2"),
        ("1.0.0-RC1", "1.0.0-rc1"),
        (" 1.2 ", "1_2"),
        ("0", "0.0"),
    ],
)
def test_equal_versions(one, other):
    assert PackVersion(one) == PackVersion(other)
    assert hash(PackVersion(one)) == hash(PackVersion(other))
    assert not is_newer(one, other)


def test_anything_is_newer_than_nothing_installed():
    assert is_newer("0.0.1", None)


def test_a_hyphen_is_only_a_separator():
    assert PackVersion("1.0.0-1") > PackVersion("1.0.0")


# --- bounds: what a manifest may claim ----------------------------------------------------

LONGEST = "999999999.999999999.999999999.99"
"""A sane version of the greatest length, with numbers of the greatest size."""


@pytest.mark.parametrize(
    "text",
    ["1.0.0", "v2.10", "1.0.0-rc.1", "2025_09", "draft", "1.2+build.7", " 1.2 ", LONGEST],
)
def test_ordinary_versions_are_sane(text):
    assert len(LONGEST) == MAX_VERSION_CHARS
    assert is_sane(text)
    assert version_problem(text) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "99999999999999999999999999.0",
            f"has a number of 26 digits; each number in a version has at most {MAX_NUMBER_DIGITS}",
        ),
        ("1." + "0" * 10, "has a number of 10 digits"),
        (LONGEST + "9", "is 33 characters long; a version has at most 32"),
        ("1" * 5000, "is 5,000 characters long"),
        ("1.0 beta", "contains U+0020 at character 4"),
        ("1.0\u202e", "contains U+202E at character 4"),
        ("1.\u0661", "contains U+0661 at character 3"),
        ("1.0\x00", "contains U+0000 at character 4"),
        ("", "is empty"),
        ("  ", "is empty"),
        ("...", "has no digits or letters"),
    ],
)
def test_versions_out_of_bounds_are_explained(text, fragment):
    problem = version_problem(text)
    assert problem is not None
    assert fragment in problem
    assert not is_sane(text)


INSANE = ["99999999999999999999999999.0", "9" * 5000, "1.0 \u202e", "", "x" * 40]


@pytest.mark.parametrize("insane", INSANE)
def test_a_version_out_of_bounds_is_older_than_every_sane_version(insane):
    for sane in [*ASCENDING, LONGEST]:
        assert PackVersion(insane) < PackVersion(sane)
        assert PackVersion(sane) > PackVersion(insane)
        assert is_newer(sane, insane), "an update must replace a version out of bounds"


def test_versions_out_of_bounds_are_all_equal_and_never_raise():
    versions = {PackVersion(text) for text in INSANE}
    assert len(versions) == 1
    assert str(PackVersion(INSANE[1])) == INSANE[1]
    assert sorted([PackVersion(LONGEST), PackVersion(INSANE[0]), PackVersion("1")]) == [
        PackVersion(INSANE[0]),
        PackVersion("1"),
        PackVersion(LONGEST),
    ]


@pytest.mark.parametrize("installed", [None, "1.0", LONGEST, INSANE[0]])
def test_a_candidate_out_of_bounds_is_tried_so_that_validation_says_why_not(installed):
    # Passed over, it would go unexplained; tried, validation refuses it with a reason.
    assert is_newer(INSANE[0], installed)


def test_the_greatest_sane_version_is_bounded():
    assert PackVersion(LONGEST) > PackVersion("999999999.999999999.999999999.98")
    assert PackVersion(LONGEST) > PackVersion("1" * 9 + ".9")
