"""The checker proves a question has exactly one right answer, from the cards' data."""

from __future__ import annotations

from explorer.domain.quiz import (
    FALSE,
    TRUE,
    Choice,
    Explanation,
    Question,
    QuestionKind,
    Statement,
    StatementKind,
)
from explorer.domain.quiz_check import card_days, check_question
from tests.domain.quiz_cards import card, content

EXPLAINED = (Explanation("a", "A", None, None, (), "History", ()),)


def order(*cards_in_order, shown=None) -> Question:
    keys = [c.id for c in cards_in_order]
    return Question(
        QuestionKind.ORDER,
        keys[0],
        "",
        tuple(Choice(key, key) for key in (shown or reversed(keys))),
        tuple(keys),
        EXPLAINED,
    )


def test_an_order_of_distinct_years_is_accepted():
    a, b, c = card("a", "1900"), card("b", "1950"), card("c", "2000-05-01")
    assert check_question(order(a, b, c), content(a, b, c)) is None


def test_a_year_and_a_day_of_that_year_cannot_be_ordered():
    a, b, c = card("a", "1990"), card("b", "1990-06-01"), card("c", "2000")
    assert "overlap" in check_question(order(a, b, c), content(a, b, c))


def test_circa_years_next_to_each_other_cannot_be_ordered():
    a, b, c = card("a", "circa 1800"), card("b", "1801"), card("c", "1900")
    assert "overlap" in check_question(order(a, b, c), content(a, b, c))


def test_a_span_overlapping_the_next_card_cannot_be_ordered():
    a, b, c = card("a", "1900", "1960"), card("b", "1950"), card("c", "2000")
    assert "overlap" in check_question(order(a, b, c), content(a, b, c))


def test_a_wrong_order_is_rejected():
    a, b, c = card("a", "1900"), card("b", "1950"), card("c", "2000")
    assert check_question(order(b, a, c), content(a, b, c)) is not None


def test_before_and_after_dates_are_not_ordered():
    a, b, c = card("a", "before 1900"), card("b", "1950"), card("c", "2000")
    assert card_days(a) is None
    assert "no date" in check_question(order(a, b, c), content(a, b, c))


def place_question(subject, right: str, *others: str) -> Question:
    choices = tuple(Choice(key, key.capitalize()) for key in (right, *others))
    return Question(QuestionKind.PLACE, subject.id, "T", choices, (right,), EXPLAINED)


def test_a_place_question_with_one_named_place_is_accepted():
    a = card("a", places=("rome",))
    assert (
        check_question(place_question(a, "rome", "naples", "astana", "almaty"), content(a)) is None
    )


def test_a_place_question_offering_two_named_places_is_rejected():
    a = card("a", places=("rome", "naples"))
    problem = check_question(place_question(a, "rome", "naples", "astana", "almaty"), content(a))
    assert problem == "2 choices are places the card names"


def test_a_place_question_with_two_choices_reading_alike_is_rejected():
    a = card("a", places=("rome",))
    question = place_question(a, "rome", "naples", "astana")
    doubled = Question(
        question.kind,
        question.card,
        "T",
        (*question.choices, Choice("almaty", "Rome")),
        question.answer,
        EXPLAINED,
    )
    assert check_question(doubled, content(a)) == "two choices read the same"


def date_question(subject, right: int, *others: int) -> Question:
    choices = tuple(Choice(str(y), str(y)) for y in (right, *others))
    return Question(QuestionKind.DATE, subject.id, "T", choices, (str(right),), EXPLAINED)


def test_a_year_question_is_accepted_when_only_one_year_fits():
    a = card("a", "circa 1254")
    assert check_question(date_question(a, 1254, 1250, 1260, 1290), content(a)) is None


def test_a_year_next_to_a_circa_year_is_rejected():
    a = card("a", "circa 1254")
    assert "2 years fit" in check_question(date_question(a, 1254, 1255, 1290, 1300), content(a))


def test_a_year_inside_a_decade_date_is_rejected():
    a = card("a", "201X")
    assert "2 years fit" in check_question(date_question(a, 2010, 2015, 1990, 1970), content(a))


def statement_question(subject, kind, value, answer) -> Question:
    return Question(
        QuestionKind.TRUE_FALSE,
        subject.id,
        "T",
        (Choice(TRUE, ""), Choice(FALSE, "")),
        (answer,),
        EXPLAINED,
        Statement(kind, value, value),
    )


def test_statements_are_judged_from_the_data():
    a = card("a", "1995-03-01", places=("rome",), category="arts")
    data = content(a)
    assert check_question(statement_question(a, StatementKind.PLACE, "rome", TRUE), data) is None
    assert check_question(statement_question(a, StatementKind.PLACE, "naples", FALSE), data) is None
    assert check_question(statement_question(a, StatementKind.DECADE, "1990", TRUE), data) is None
    assert check_question(statement_question(a, StatementKind.DECADE, "1970", FALSE), data) is None
    assert check_question(statement_question(a, StatementKind.CATEGORY, "arts", TRUE), data) is None
    wrong = statement_question(a, StatementKind.PLACE, "rome", FALSE)
    assert check_question(wrong, data) == "the answer contradicts the data"


def test_a_decade_a_circa_date_straddles_cannot_be_judged():
    a = card("a", "circa 1990")
    problem = check_question(statement_question(a, StatementKind.DECADE, "1990", TRUE), content(a))
    assert problem == "the card's date may or may not lie in that decade"


def test_a_statement_about_an_unknown_place_is_rejected():
    a = card("a", places=("rome",))
    problem = check_question(statement_question(a, StatementKind.PLACE, "paris", FALSE), content(a))
    assert problem == "the statement names an unknown place"


def test_a_wrong_choice_the_cards_text_names_is_rejected():
    a = card("a", places=("rome",), title="From Rome to Naples")
    problem = check_question(place_question(a, "rome", "naples", "astana", "almaty"), content(a))
    assert problem == "a wrong choice is a place the card's text names"


def test_a_place_the_cards_text_names_is_not_called_false():
    a = card("a", places=("rome",), title="A street in Astana")
    problem = check_question(
        statement_question(a, StatementKind.PLACE, "astana", FALSE), content(a)
    )
    assert problem == "the card's text names the place, though its places do not"


def test_a_year_the_date_note_names_is_not_offered_as_wrong():
    note = {"en": "The catalogue reads the date on its first leaf as 1330."}
    a = card("a", "1303", date_note=note)
    problem = check_question(date_question(a, 1303, 1330, 1280, 1360), content(a))
    assert problem == "a wrong year is one the card's date note names"
    assert check_question(date_question(a, 1303, 1333, 1280, 1360), content(a)) is None


def test_a_decade_the_date_note_names_is_not_called_false():
    a = card("a", "1303", date_note={"ru": "Каталог читает дату как 1330."})
    problem = check_question(statement_question(a, StatementKind.DECADE, "1330", FALSE), content(a))
    assert problem == "the card's date note names a year of that decade"
