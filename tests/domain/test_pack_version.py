"""The order of pack versions: numbers as numbers, pre-releases before their release."""

from __future__ import annotations

import itertools

import pytest

from explorer.domain.pack_version import PackVersion, is_newer

ASCENDING = [
    "draft",
    "",
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
        ("", "0"),
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
