"""Dates a card names besides the one that places it on the timeline, each with a label:
built 1389/1405, inscribed 2003, extended 2017.

A card's ``start`` and ``end`` still place it on the timeline and in date order; its
labelled dates are shown on its page, in the order the pack gives them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from explorer.domain.date_interval import DateInterval, is_interval
from explorer.domain.fuzzy_date import FuzzyDate


@dataclass(frozen=True)
class LabelledDate:
    """A date or an interval, with its label by language (English at least)."""

    label: Mapping[str, str]
    date: FuzzyDate | DateInterval


def date_or_interval(text: str) -> FuzzyDate | DateInterval:
    """The date or EDTF interval ``text``; FuzzyDateError when it is neither."""
    return DateInterval.parse(text) if is_interval(text) else FuzzyDate.parse(text)
