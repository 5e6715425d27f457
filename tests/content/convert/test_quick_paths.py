"""The quick paths for a sheet's commonest cells give what the full ones give."""

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


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=400))
def test_a_plain_text_taken_as_it_is_is_one_the_rules_allow(text):
    from explorer.content.convert.text_fit import fit
    from explorer.content.limits import NAME, SUMMARY
    from explorer.content.text_rules import is_visible

    for rule in (NAME, SUMMARY):
        fitted, changes = fit(text, rule)
        if fitted is not None:
            assert len(fitted) <= rule.max_chars
            assert fitted == fitted.strip() and any(map(is_visible, fitted))
        if not changes and fitted is not None and len(text) <= rule.max_chars:
            tidied = text.strip() if rule.multiline else " ".join(text.split())
            assert fitted == tidied, "only spaces were tidied"


@given(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}", fullmatch=True))
def test_an_id_shaped_seed_is_its_own_slug(text):
    from explorer.content.convert.ids import slug

    assert slug(text) == text
    assert slug(text.upper()) == text, "the full path makes the same id of it"
