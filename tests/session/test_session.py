"""The session model on its own: intents in, state and events out, no widgets."""

from __future__ import annotations

import pytest

from explorer.session.search_state import SearchState
from explorer.session.session import Pace, Place, Session


def test_typing_asks_for_a_search_at_typing_pace_and_a_facet_at_once(session, heard):
    session.set_query("Abai", Pace.TYPING)
    session.set_facet("side", ["italy"])
    assert heard.events == [
        ("search_changed", SearchState("Abai"), Pace.TYPING),
        ("search_changed", SearchState("Abai", facets={"side": {"italy"}}), Pace.NOW),
    ]
    assert session.search.filters().side == frozenset({"italy"})


def test_asking_for_the_same_thing_again_is_not_a_change(session, heard):
    session.set_category(None)
    session.set_query("")
    session.set_facets({"kind": []})
    assert heard.events == []


def test_an_answer_to_an_older_request_is_dropped(session, index, heard):
    old = session.search
    session.set_query("Rome")
    assert not session.show_answer(index.search("", old.filters()), old)
    assert "answer_changed" not in heard.names()
    assert session.answer_now()
    assert session.answer.words and session.answer.total < index.search().total


def test_enter_opens_the_best_match_of_the_words_typed(session, store):
    session.set_query("Marco Polo", Pace.TYPING)
    assert session.search_entered()
    assert session.place.view == "card"
    assert "Marco Polo" in store.card(session.open_card_key).title["en"]
    assert session.selection == session.open_card_key


def test_a_new_request_from_a_card_page_shows_the_results(session):
    session.open_card("marco-polo")
    session.set_category("culture")
    assert session.place == Place("cards")
    session.back()
    assert session.place.view == "card"


def test_a_bare_id_opens_the_bundled_card_and_an_unknown_one_changes_nothing(session, heard):
    assert session.open_card("marco-polo")
    key = session.open_card_key
    assert key.endswith(":marco-polo")
    assert heard.events[-1] == ("card_opened", key)
    before = list(heard.events)
    assert not session.open_card("no-such-card")
    assert heard.events == before and session.open_card_key == key


def test_back_and_forward_walk_the_history_and_select_the_card_arrived_at(session):
    session.open_card("marco-polo")
    first = session.open_card_key
    session.show_view("timeline")
    session.back()
    assert session.open_card_key == first and session.selection == first
    session.back()
    assert session.place == Place("cards") and not session.history.can_go_back
    session.forward()
    session.forward()
    assert session.place == Place("timeline") and not session.history.can_go_forward


def test_neighbours_follow_the_current_answer(session):
    answer = session.answer_now() and session.answer
    session.open_card(answer.card_id(3))
    assert session.open_neighbour(1) and session.open_card_key == answer.card_id(4)
    assert session.open_neighbour(-2) and session.open_card_key == answer.card_id(2)
    session.open_card(answer.card_id(len(answer) - 1))
    assert not session.open_neighbour(1)


def test_an_unknown_view_is_refused_by_name(session):
    with pytest.raises(ValueError, match="unknown view: 'atlas'"):
        session.show_view("atlas")


def test_a_language_not_offered_falls_back_to_the_first(session, heard):
    session.set_language("ru")
    session.set_language("xx")
    assert session.language == "en"
    assert [e for e in heard.events if e[0] == "language_changed"] == [
        ("language_changed", "ru"),
        ("language_changed", "en"),
    ]


def test_a_timeline_range_must_run_forwards(session):
    session.set_timeline_range((10.0, 500.0))
    assert session.timeline_range == (10.0, 500.0)
    with pytest.raises(ValueError, match="starts before it ends"):
        session.set_timeline_range((500.0, 10.0))
    assert session.timeline_range == (10.0, 500.0)


def test_a_reset_forgets_the_visitor_in_one_call(session, index, heard):
    fresh = Session(languages=session.languages, resolve_card=session.resolve_card)
    session.set_language("kk")
    session.set_query("Абай")
    session.set_category("culture")
    session.set_facet("side", ["kazakhstan"])
    session.answer_now()
    session.open_card("marco-polo")
    session.show_view("timeline")
    session.set_timeline_range((0.0, 100.0))
    heard.events.clear()

    session.reset("en", "cards")

    assert session.search == fresh.search == SearchState()
    assert session.answer.total == index.search().total and not session.answer.words
    assert session.place == fresh.place and not session.history.can_go_back
    assert session.selection is None and session.timeline_range is None
    assert session.language == "en"
    assert heard.names()[-1] == "was_reset"
    assert ("search_changed", SearchState(), Pace.ANSWERED) in heard.events, "nothing to ask"
    assert {"search_changed", "answer_changed", "place_changed", "language_changed"} <= set(
        heard.names()
    )


def test_an_unknown_facet_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown facet: colour"):
        SearchState(facets={"colour": {"red"}})


def test_states_with_the_same_request_are_equal_whatever_the_empty_facets():
    assert SearchState("a", facets={"side": set()}) == SearchState("a")
    assert hash(SearchState("a", "x", {"kind": {"event"}})) == hash(
        SearchState("a", "x", {"kind": frozenset({"event"})})
    )
    assert SearchState("a").with_facet("kind", ["event"]).without_filters() == SearchState("a")
