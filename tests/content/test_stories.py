"""Stories of a pack: stories.json read, checked and handed on as ``Story``; every problem
names the story and, inside its steps, the step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.content.problems import PackInvalid
from explorer.content.validate import check_pack, load_pack
from explorer.domain.entities import Story, StoryStep, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate
from tests.content.pack_builder import REMOVE, write_valid_pack
from tests.content.stories_packs import FULL, SHORT, with_step, write_stories_pack


def problems_of(pack: Path) -> list[str]:
    with pytest.raises(PackInvalid) as error:
        load_pack(pack)
    return [str(problem) for problem in error.value.problems]


def test_stories_load_in_file_order_with_every_field(tmp_path):
    full, short = load_pack(write_stories_pack(tmp_path)).stories
    assert full == Story(
        id="abai-in-rome",
        title={"en": "Abai in Rome", "it": "Abai a Roma", "ru": "Абай в Риме"},
        summary={"en": "From Semey to a monument in Rome.", "it": "Da Semey a Roma."},
        steps=(
            StoryStep(
                card="abai",
                text={"en": "Abai was born in the steppe.", "ru": "Абай родился в степи."},
                period=(FuzzyDate.parse("1845"), FuzzyDate.parse("1904")),
                places=("semey",),
            ),
            StoryStep(
                card="abai-monument-rome",
                text={"en": "A monument stands in Rome."},
                route="semey-to-rome",
            ),
            StoryStep(card="dante", text={"en": "Dante, read beside Abai."}),
        ),
        sources=("astana-times-2025", "abai-encyclopedia"),
        translation_status={"it": TranslationStatus.DRAFT, "ru": TranslationStatus.REVIEWED},
    )
    assert short.sources == () and short.translation_status == {}
    assert len(short.steps) == 1


def test_stories_are_counted_and_optional(tmp_path):
    assert check_pack(write_stories_pack(tmp_path)).counts["stories.json"] == 2
    plain = write_valid_pack(tmp_path, name="plain")
    assert load_pack(plain).stories == ()


def test_stories_may_come_as_json_lines(tmp_path):
    lines = "".join(json.dumps(story) + "\n" for story in (FULL, SHORT))
    pack = write_valid_pack(tmp_path, files={"stories.jsonl": lines})
    assert [story.id for story in load_pack(pack).stories] == ["abai-in-rome", "one-step"]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            with_step(FULL, 2, card="nobody"),
            "stories.json: abai-in-rome: steps: step 2: unknown card 'nobody'",
        ),
        (
            with_step(FULL, 1, places=["semey", "atlantis"]),
            "stories.json: abai-in-rome: steps: step 1: unknown place 'atlantis'",
        ),
        (
            with_step(FULL, 2, route="by-sea"),
            "stories.json: abai-in-rome: steps: step 2: unknown route 'by-sea'",
        ),
        (
            {**FULL, "sources": ["astana-times-2025", "rumour"]},
            "stories.json: abai-in-rome: sources: unknown source 'rumour'",
        ),
        (
            {**SHORT, "steps": []},
            "stories.json: one-step: steps: must list at least one step",
        ),
        (
            {**SHORT, "steps": {"card": "dante"}},
            "stories.json: one-step: steps: must be a list of steps, e.g. "
            '[{"card": "abai", "text": {"en": "…"}}], not an object',
        ),
        (
            with_step(FULL, 1, period={"start": "1904", "end": "1845"}),
            "stories.json: abai-in-rome: steps: step 1: period: the end 1845 comes before "
            "the start 1904",
        ),
        (
            with_step(FULL, 1, period={"start": "1845"}),
            "stories.json: abai-in-rome: steps: step 1: period: end: required but missing",
        ),
        (
            with_step(FULL, 1, period={"start": "1845", "end": "the nineties"}),
            "stories.json: abai-in-rome: steps: step 1: period: end: 'the nineties' is not a date",
        ),
        (
            with_step(FULL, 3, text={"it": "Dante."}),
            "stories.json: abai-in-rome: steps: step 3: text: the English text ('en') is required",
        ),
        (
            with_step(FULL, 3, card=None),
            "stories.json: abai-in-rome: steps: step 3: card: required but missing",
        ),
        (
            with_step(FULL, 3, chapter=2),
            "stories.json: abai-in-rome: steps: step 3: 'chapter': unknown field; the fields "
            "here are card, text, period, places, route",
        ),
        (
            {**FULL, "steps": [*FULL["steps"], "dante"]},
            "stories.json: abai-in-rome: steps: step 4: must be an object, not text",
        ),
        (
            with_step(FULL, 1, period={"start": "1845", "end": "1904", "middle": "1870"}),
            "stories.json: abai-in-rome: steps: step 1: period: 'middle': unknown field; the "
            "fields here are start, end",
        ),
        (
            with_step(FULL, 1, period="1845/1904"),
            "stories.json: abai-in-rome: steps: step 1: period: must be an object, not text",
        ),
        (
            {**SHORT, "title": {"it": "Un passo"}},
            "stories.json: one-step: title: the English text ('en') is required",
        ),
        (
            {**SHORT, "summary": REMOVE},
            "stories.json: one-step: summary: required but missing",
        ),
        (
            {**SHORT, "title": {"en": "One step", "kk": "Бір қадам"}},
            "stories.json: one-step: translation_status: the title has text in 'kk' but no "
            "translation status for it; give 'draft' or 'reviewed'",
        ),
    ],
)
def test_each_problem_names_the_story_the_field_and_the_step(tmp_path, story, expected):
    story = {key: value for key, value in story.items() if value is not REMOVE}
    problems = problems_of(write_stories_pack(tmp_path, stories=[story]))
    assert any(problem.startswith(expected) for problem in problems), problems


def test_every_bad_step_of_a_story_is_said_at_once(tmp_path):
    story = with_step(with_step(FULL, 1, card="nobody"), 3, text={"it": "Dante."})
    (problem,) = problems_of(write_stories_pack(tmp_path, stories=[story]))
    assert "step 1: unknown card 'nobody'" not in problem  # references wait for valid steps
    assert "step 3: text: the English text ('en') is required" in problem
    story = with_step(with_step(FULL, 1, card="nobody"), 2, route="by-sea")
    problems = problems_of(write_stories_pack(tmp_path, name="two", stories=[story]))
    assert problems == [
        "stories.json: abai-in-rome: steps: step 1: unknown card 'nobody'",
        "stories.json: abai-in-rome: steps: step 2: unknown route 'by-sea'",
    ]


def test_a_story_id_used_twice_is_named(tmp_path):
    problems = problems_of(write_stories_pack(tmp_path, stories=[SHORT, SHORT]))
    assert problems == [
        "stories.json: one-step: id: the id is used twice in this file (items 1 and 2); ids "
        "must be unique within a file"
    ]


def test_a_step_may_not_name_a_route_of_a_pack_without_routes(tmp_path):
    pack = write_stories_pack(tmp_path, routes=REMOVE)
    assert problems_of(pack) == [
        "stories.json: abai-in-rome: steps: step 2: unknown route 'semey-to-rome'"
    ]


def test_markup_in_a_story_is_a_warning_naming_the_step_and_language(tmp_path):
    story = with_step(
        {**SHORT, "title": {"en": "One <b>step</b>"}}, 1, text={"en": "Only &amp; Dante."}
    )
    summary = check_pack(write_stories_pack(tmp_path, stories=[story]))
    assert [str(warning) for warning in summary.warnings] == [
        "stories.json: one-step: title: 'en': holds markup ('<b>') in a plain-text field: it "
        "is shown exactly as written, tags and all; write plain text (a blank line between "
        "paragraphs)",
        "stories.json: one-step: steps: step 1: 'en': holds markup ('&amp;') in a plain-text "
        "field: it is shown exactly as written, tags and all; write plain text (a blank line "
        "between paragraphs)",
    ]


def test_a_story_of_too_many_steps_is_refused_with_the_limit(tmp_path):
    steps = [{"card": "dante", "text": {"en": f"Step {n}."}} for n in range(201)]
    problems = problems_of(write_stories_pack(tmp_path, stories=[{**SHORT, "steps": steps}]))
    assert problems == [
        "stories.json: one-step: steps: lists 201 steps; at most 200 are allowed in a story"
    ]
