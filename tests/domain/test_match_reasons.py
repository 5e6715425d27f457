"""Why a card matched: the title's words marked, and a snippet from wherever the rest is."""

from __future__ import annotations

from explorer.domain.entities import KAZAKH_LATIN
from explorer.domain.match_reasons import CardWords, Reason, explain
from explorer.domain.search_query import parse_query
from explorer.domain.snippets import Segment

ROME = CardWords(
    titles={"en": "Abai bust in Rome", "ru": "Бюст Абая в Риме", "kk": "Римдегі Абай бюсті"},
    summaries={"en": "A bust of the poet.", "ru": "Бюст поэта."},
    bodies={"en": "Unveiled in 2025 near the embassy.", "ru": "Открыт в 2025 году."},
    date_notes={"en": "Reported by The Astana Times."},
    places=({"en": "Rome", "it": "Roma", "ru": "Рим", "kk": "Рим"},),
    tags=("monument",),
    kind="work",
    years=(2025,),
)


def marked(segments: tuple[Segment, ...]) -> list[str]:
    return [segment.text for segment in segments if segment.match]


def text(segments: tuple[Segment, ...]) -> str:
    return "".join(segment.text for segment in segments)


def why(query: str, language: str = "en") -> Reason:
    return explain(ROME, language, parse_query(query), place_label="Place")


def test_a_word_of_the_title_is_marked_there_and_the_snippet_is_the_summary():
    reason = why("rome")
    assert marked(reason.title) == ["Rome"]
    assert text(reason.snippet) == "A bust of the poet." and reason.shown


def test_what_the_title_lacks_is_looked_for_in_the_summary_then_the_body():
    assert marked(why("poet").snippet) == ["poet"]
    reason = why("embassy abai")
    assert marked(reason.title) == ["Abai"]
    assert marked(reason.snippet) == ["embassy"]
    assert marked(why("Astana").snippet) == ["Astana"]  # the date note


def test_a_place_name_in_another_script_is_shown_with_the_place_label():
    reason = why("Рим")
    assert marked(reason.title) == []
    assert reason.snippet[0] == Segment("Place · ") and marked(reason.snippet) == ["Рим"]


def test_tags_kind_and_years_are_shown_when_nothing_else_has_the_word():
    assert marked(why("monument").snippet) == ["monument"]
    assert marked(why("work").snippet) == ["work"]
    assert marked(why("2025").snippet) == ["2025"]  # the body says it first


def test_another_language_is_named_beside_its_text():
    reason = why("году")  # only the Russian body has it
    assert reason.snippet[0] == Segment("RU · ") and marked(reason.snippet) == ["году"]
    assert marked(why("поэта").snippet) == ["poet"]  # one typo from the English word


def test_a_typo_or_another_spelling_marks_the_word_it_matched():
    assert marked(why("Rmoe").title) == []  # four letters: no typo allowed
    assert marked(why("embasy").snippet) == ["embassy"]
    assert marked(why("Абай").title) == ["Abai"]


def test_the_snippet_with_more_of_the_missing_words_wins():
    reason = why("бюст открыт")  # the Russian title has one, the Russian body the other
    assert marked(reason.snippet) == ["Открыт"]


def test_kazakh_latin_titles_are_marked_in_their_own_letters():
    reason = why("Рим", KAZAKH_LATIN)
    assert text(reason.title) == "Rimdegı Abai biustı"
    assert marked(reason.title) == ["Rimdegı"]


def test_no_query_shows_the_summary_and_nothing_marked():
    reason = explain(ROME, "en", ())
    assert text(reason.snippet) == "A bust of the poet." and not reason.shown


def test_a_word_the_card_does_not_have_is_not_shown():
    assert not why("steppe").shown


def test_a_word_of_two_letters_marks_longer_words_only_in_titles():
    """As the index finds them: "bu" is the beginning of "bust" in a title, but outside
    titles only the word "bu" itself would be a match, so nothing there is marked."""
    reason = why("bu")
    assert marked(reason.title) == ["bust"]
    assert not any(segment.match for segment in reason.snippet)
    elsewhere = why("ri")  # not the place "Рим", but the Kazakh title "Римдегі…"
    assert elsewhere.snippet[0] == Segment("KK · ") and marked(elsewhere.snippet) == ["Римдегі"]
    assert not why("em").shown  # "embassy" is in the body only
