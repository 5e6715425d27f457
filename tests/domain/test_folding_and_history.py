from explorer.domain.entities import pick
from explorer.domain.history import History


def test_pick_prefers_the_language_then_english_then_any():
    texts = {"en": "Abai", "kk": "Абай"}
    assert pick(texts, "kk") == ("Абай", False)
    assert pick(texts, "it") == ("Abai", True)
    assert pick({"ru": "Абай"}, "it") == ("Абай", True)
    assert pick({}, "it") == ("", True)
    assert pick({"it": "", "en": "Abai"}, "it") == ("Abai", True)


def test_history_goes_back_and_forward_like_a_browser():
    history = History("grid")
    history.visit("a")
    history.visit("b")
    assert history.back() == "a"
    assert history.back() == "grid"
    assert not history.can_go_back
    assert history.back() == "grid"
    assert history.forward() == "a"
    history.visit("c")
    assert not history.can_go_forward
    assert history.back() == "a"


def test_history_ignores_revisiting_the_current_entry_and_is_bounded():
    history = History(0, limit=3)
    history.visit(0)
    assert not history.can_go_back
    for entry in range(1, 10):
        history.visit(entry)
    steps = 0
    while history.can_go_back:
        history.back()
        steps += 1
    assert steps == 3
    assert history.current == 6
