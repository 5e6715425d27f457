"""Snippets: a window of whole words around the first match, matches marked, plain text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.search_query import parse_query
from explorer.domain.snippets import ELLIPSIS, Segment, snippet

FILLER = "Lorem ipsum dolor sit amet. " * 12


def marked(segments: tuple[Segment, ...]) -> list[str]:
    return [segment.text for segment in segments if segment.match]


def joined(segments: tuple[Segment, ...]) -> str:
    return "".join(segment.text for segment in segments)


def test_a_short_text_is_whole_with_its_matches_marked():
    assert snippet("Abai monument in Rome", parse_query("rome abai")) == (
        Segment("Abai", True),
        Segment(" monument in "),
        Segment("Rome", True),
    )


def test_matches_cross_scripts_both_ways():
    assert marked(snippet("The poet Абай Құнанбайұлы", parse_query("Abai Qunanbaiuly"))) == [
        "Абай",
        "Құнанбайұлы",
    ]
    assert marked(snippet("Abai was born near Semey", parse_query("Абай Семей"))) == [
        "Abai",
        "Semey",
    ]
    assert marked(snippet("Dante, poeta della città", parse_query("citta"))) == ["città"]
    assert marked(snippet("It opened in Almaty.", parse_query("Алматы"))) == ["Almaty"]


def test_prefixes_and_typos_are_marked_but_not_other_words():
    text = "Abai Kunanbaev, Kazakhstan and Dante"
    assert marked(snippet(text, parse_query("kaz"))) == ["Kazakhstan"]
    assert marked(snippet(text, parse_query("kunanbaew"))) == ["Kunanbaev"]
    assert marked(snippet(text, parse_query("zzz"))) == []


def test_a_long_text_is_cut_at_whole_words_around_the_first_match():
    text = FILLER + "The monument to Abai stands in Rome. " + FILLER
    segments = snippet(text, parse_query("abai"), width=80)
    shown = joined(segments)
    assert shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    assert marked(segments) == ["Abai"]
    assert len(shown) <= 80 + 2 * len(ELLIPSIS)
    inner = shown.strip(ELLIPSIS)
    assert " ".join(text.split()).find(inner) >= 0  # whole words, in order, nothing invented
    assert inner.split()[0] in {"Lorem", "ipsum", "dolor", "sit", "amet.", "The"}


def test_without_a_match_the_snippet_is_the_beginning():
    segments = snippet(FILLER, parse_query("zzz"), width=40)
    assert joined(segments).startswith("Lorem ipsum")
    assert joined(segments).endswith(ELLIPSIS)
    assert not marked(segments)


def test_segments_are_plain_text_and_white_space_is_collapsed():
    text = "<b>Abai</b> &amp;\n\nSemey"
    segments = snippet(text, parse_query("abai"))
    assert joined(segments) == "<b>Abai</b> &amp; Semey"
    assert marked(segments) == ["Abai"]


def test_a_match_near_the_end_shows_the_end_without_an_ellipsis_there():
    text = FILLER + "Abai"
    shown = joined(snippet(text, parse_query("abai"), width=60))
    assert shown.startswith(ELLIPSIS) and shown.endswith("Abai")


def test_empty_texts_and_queries():
    assert snippet("", parse_query("abai")) == ()
    assert snippet("Abai", ()) == (Segment("Abai"),)


@given(st.text(max_size=400), st.text(max_size=40), st.integers(1, 200))
def test_snippets_never_raise_and_show_only_text_from_the_original(text, query, width):
    segments = snippet(text, parse_query(query), width)
    for segment in segments:
        assert segment.text
        if segment.match:
            assert segment.text in text


def test_a_short_word_is_a_beginning_only_in_a_title():
    text = "It opened in Italy in 2024"
    assert marked(snippet(text, parse_query("it"))) == ["It"]
    assert marked(snippet(text, parse_query("it"), in_title=True)) == ["It", "Italy"]
    assert marked(snippet(text, parse_query("ita"))) == ["Italy"]  # three letters: everywhere
