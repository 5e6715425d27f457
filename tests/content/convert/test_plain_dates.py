"""The quick reading of a sheet's commonest dates agrees with the date model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.content.convert.mapped_csv import _is_plain_date
from explorer.domain.fuzzy_date import FuzzyDate


def _round_trips(text: str) -> bool:
    try:
        return str(FuzzyDate.parse(text)) == text
    except ValueError:
        return False


@given(
    st.integers(-20, 12_000),
    st.none() | st.integers(0, 13),
    st.none() | st.integers(0, 32),
)
def test_a_date_told_plain_is_one_the_model_writes_the_same(year, month, day):
    text = str(year)
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    if _is_plain_date(text):
        assert _round_trips(text)
    elif 1 <= year <= 9999 and _round_trips(text):
        raise AssertionError(f"{text} is a plain date the quick reading missed")
