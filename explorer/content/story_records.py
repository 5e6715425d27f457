"""A story's steps as a pack writes them: a list of objects, each a card and the story's
words at it, read into ``StoryStep`` with problems that name the step.

The steps are checked here as one field (``steps``); the ids they name (cards, places,
routes) are checked against the pack by ``step_reference_problems`` once the story is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from explorer.content.field_parsers import (
    Context,
    FieldError,
    date,
    id_list,
    identifier,
    kind_of,
    localized,
    show,
)
from explorer.content.limits import SUMMARY
from explorer.content.markup_check import markup_in
from explorer.domain.entities import Story, StoryStep
from explorer.domain.fuzzy_date import FuzzyDateError, span_of
from explorer.domain.references import split_key
from explorer.domain.wording import PackProblems, Wording

MAX_STEPS = 200
"""Steps in one story: a guided story is read step by step, so a few dozen at most."""

STEP_FIELDS = ("card", "text", "period", "places", "route")
PERIOD_FIELDS = ("start", "end")

_step_text = localized(SUMMARY)
_step_places = id_list("place")

_A_LIST_OF_STEPS = PackProblems.tr('a list of steps, e.g. [{"card": "abai", "text": {"en": "…"}}]')
_NOT_AN_OBJECT = PackProblems.tr("must be an object, not %1")
_MISSING = PackProblems.tr("required but missing")
_UNKNOWN_FIELD = PackProblems.tr("unknown field; the fields here are %1")


def story_steps(value: Any, context: Context) -> tuple[StoryStep, ...]:
    """A story's ``steps``: at least one, each read by ``_step``; every step's problems are
    said together, each naming its step by its number (from 1)."""
    if type(value) is not list:
        raise FieldError(
            PackProblems.tr("must be %1, not %2").arg(_A_LIST_OF_STEPS, kind_of(value))
        )
    if not value:
        raise FieldError(PackProblems.tr("must list at least one step"))
    if len(value) > MAX_STEPS:
        raise FieldError(
            PackProblems.tr(
                "lists %n step(s); at most %1 are allowed in a story", "", len(value)
            ).arg(MAX_STEPS)
        )
    steps: list[StoryStep] = []
    problems: list[Wording] = []
    for number, raw in enumerate(value, start=1):
        try:
            steps.append(_step(raw, context))
        except FieldError as error:
            problems.append(_AT_STEP.arg(number, error.message))
    if problems:
        joined = problems[0]
        for problem in problems[1:]:
            joined = PackProblems.tr("%1; %2").arg(joined, problem)
        raise FieldError(joined)
    return tuple(steps)


_AT_STEP = PackProblems.tr("step %1: %2")
_IN_FIELD = PackProblems.tr("%1: %2", "a field of a step, then what is wrong with it")


def _step(raw: Any, context: Context) -> StoryStep:
    if type(raw) is not dict:
        raise FieldError(_NOT_AN_OBJECT.arg(kind_of(raw)))
    _no_unknown_fields(raw, STEP_FIELDS)
    for name in ("card", "text"):
        if name not in raw:
            raise FieldError(_IN_FIELD.arg(name, _MISSING))
    values: dict[str, Any] = {}
    readers = {
        "card": identifier,
        "text": _step_text,
        "period": _period,
        "places": _step_places,
        "route": identifier,
    }
    for name in STEP_FIELDS:
        if name in raw:
            try:
                values[name] = readers[name](raw[name], context)
            except FieldError as error:
                raise FieldError(_IN_FIELD.arg(name, error.message)) from None
    return StoryStep(**values)


def _no_unknown_fields(raw: dict[str, Any], fields: tuple[str, ...]) -> None:
    for key in raw:
        if key not in fields:
            raise FieldError(_IN_FIELD.arg(show(key), _UNKNOWN_FIELD.arg(", ".join(fields))))


def _period(value: Any, context: Context) -> tuple:
    """The span the timeline shows at a step: a start and an end, the end not before it."""
    if type(value) is not dict:
        raise FieldError(_NOT_AN_OBJECT.arg(kind_of(value)))
    _no_unknown_fields(value, PERIOD_FIELDS)
    ends = []
    for name in PERIOD_FIELDS:
        if name not in value:
            raise FieldError(_IN_FIELD.arg(name, _MISSING))
        try:
            ends.append(date(value[name], context))
        except FieldError as error:
            raise FieldError(_IN_FIELD.arg(name, error.message)) from None
    start, end = ends
    try:
        span_of(start, end)
    except FuzzyDateError as error:
        raise FieldError(error.wording) from None
    return start, end


_STEP_TARGETS = (
    ("card", "cards.json", PackProblems.tr("unknown card %1")),
    ("places", "places.json", PackProblems.tr("unknown place %1")),
    ("route", "routes.json", PackProblems.tr("unknown route %1")),
)


def step_reference_problems(
    steps: Any, known: Mapping[str, set[str] | None], pack_id: str | None
) -> Iterator[tuple[str, Wording]]:
    """("steps", message) for each card, place or route a story's steps name that the pack
    does not hold; ``known`` gives each file's ids (None: unreadable, so not checked)."""
    if not isinstance(steps, tuple):
        return
    for number, step in enumerate(steps, start=1):
        for attribute, target, unknown in _STEP_TARGETS:
            ids = known.get(target)
            if ids is None:
                continue
            value = getattr(step, attribute)
            for target_id in value if isinstance(value, tuple) else (value,):
                if target_id is None:
                    continue
                other_pack, local_id = split_key(target_id)
                if other_pack and other_pack != pack_id:
                    continue
                if local_id not in ids:
                    yield "steps", _AT_STEP.arg(number, unknown.arg(show(target_id)))


def step_markup(story: Story) -> Iterator[tuple[int, str, str]]:
    """(step number, language, the markup seen) for each step text that holds markup."""
    for number, step in enumerate(story.steps, start=1):
        for language, text in step.text.items():
            seen = markup_in(text)
            if seen:
                yield number, language, seen
