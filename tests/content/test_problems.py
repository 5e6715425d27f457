from explorer.content.problems import PackInvalid, Problem, printable


def test_a_problem_names_file_item_and_field() -> None:
    problem = Problem("cards.json", "abai-monument-rome", "sources", "unknown source 'x'")
    assert str(problem) == "cards.json: abai-monument-rome: sources: unknown source 'x'"


def test_a_problem_leaves_out_what_it_does_not_know() -> None:
    assert str(Problem("cards.json", None, None, "not valid JSON")) == "cards.json: not valid JSON"
    assert str(Problem("manifest.json", None, "id", "required")) == "manifest.json: id: required"


def test_pack_invalid_lists_every_problem_after_a_count() -> None:
    error = PackInvalid(
        [
            Problem("cards.json", "abai", "title", "required but missing"),
            Problem("links.json", "abai-dante", "to", "unknown card 'x'"),
        ]
    )
    assert error.problems[1].item == "abai-dante"
    assert str(error).splitlines() == [
        "the pack has 2 problems:",
        "cards.json: abai: title: required but missing",
        "links.json: abai-dante: to: unknown card 'x'",
    ]


def test_one_problem_is_counted_in_the_singular() -> None:
    error = PackInvalid([Problem("pack.zip", None, None, "not a zip")])
    assert str(error).splitlines()[0] == "the pack has 1 problem:"


def test_a_problem_prints_hidden_characters_as_escapes() -> None:
    problem = Problem("media/\u202egnp.exe", "abai\x00", "title", "line\nbreak\tand \u200b")
    assert str(problem) == "media/\\u202egnp.exe: abai\\u0000: title: line\\nbreak\\tand \\u200b"
    assert str(PackInvalid([problem])).count("\n") == 1


def test_printable_leaves_every_visible_letter_alone() -> None:
    text = "Абай Құнанбайұлы, città, 中文, شعر, e\u0301, \u00a0, ❤"
    assert printable(text) == text
    assert printable("\U000e0001\ud800") == "\\U000e0001\\ud800"
