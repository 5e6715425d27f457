"""The session keeps where the person was in each place of the history, for Back and
Forward to bring them there again."""

from __future__ import annotations

import pytest

from explorer.domain.history import History
from explorer.session.session import Place, ReadingPosition


def test_a_place_left_is_announced_and_its_position_kept_for_back_and_forward(session, store):
    first, second = store.card_ids()[:2]
    left = []

    def keep(place):
        left.append(place)
        session.keep_position(ReadingPosition(scroll=len(left) * 100, item=place.card))

    session.place_leaving.connect(keep)
    session.open_card(first)
    session.open_card(second)
    assert left == [Place("cards"), Place("card", first)]
    session.back()
    assert session.place == Place("card", first)
    assert session.place.position == ReadingPosition(200, first)
    session.back()
    assert session.place.position == ReadingPosition(100, None)
    session.forward()
    session.forward()
    assert session.place == Place("card", second)
    assert session.place.position == ReadingPosition(300, second), "kept when Back left it"


def test_nothing_is_announced_when_there_is_nowhere_to_go(session):
    left = []
    session.place_leaving.connect(left.append)
    session.back()
    session.forward()
    session.show_view("cards")
    assert left == []


def test_a_position_is_not_part_of_the_place():
    assert Place("cards", position=ReadingPosition(40, "a")) == Place("cards")


def test_amending_the_history_with_another_place_is_refused():
    history = History(Place("cards"))
    history.amend(Place("cards", position=ReadingPosition(10)))
    assert history.current.position == ReadingPosition(10)
    with pytest.raises(ValueError, match="amended entry is the current one"):
        history.amend(Place("timeline"))
