"""Sources written to harm or to overflow: refused with their place, or made harmless."""

import json

import pytest

from explorer.content.convert.convert_command import convert
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.import_progress import CONVERTING
from tests.content.convert.converting import converted, losses


def _timeline(tmp_path, *events):
    source = tmp_path / "timeline.json"
    source.write_text(json.dumps({"events": list(events)}), encoding="utf-8")
    return source


def test_scripts_styles_and_javascript_links_leave_nothing_behind(tmp_path):
    source = _timeline(
        tmp_path,
        {
            "start_date": {"year": 2000},
            "text": {
                "headline": (
                    "<script>alert('t')</script><b>Safe</b> title<img src=x onerror=alert(1)>"
                ),
                "text": (
                    "<style>p {color: red}</style><p onclick='steal()'>Hello "
                    "<a href='javascript:alert(1)'>click</a> "
                    "<a href='data:text/html,<script>x</script>'>data</a> "
                    "<a href='https://example.org/ok'>ok</a></p><iframe src='https://evil'></iframe>"
                ),
            },
        },
    )
    collection, _, out = converted(tmp_path, "timelinejs", source)
    [card] = collection.cards
    assert card.title["en"] == "Safe title"
    assert card.body["en"] == "Hello click data ok"
    assert [s.url for s in collection.sources] == ["https://example.org/ok"]
    written = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.json"))
    for word in ("<script", "javascript:", "onclick", "<iframe", "alert", "color: red"):
        assert word not in written


def test_an_over_long_title_and_body_are_cut_and_reported(tmp_path):
    source = _timeline(
        tmp_path,
        {"text": {"headline": "Word " * 200, "text": "<p>" + "long text " * 20_000 + "</p>"}},
    )
    collection, report, _ = converted(tmp_path, "timelinejs", source)
    [card] = collection.cards
    assert len(card.title["en"]) <= 300
    assert card.title["en"].endswith("…")
    assert len(card.body["en"]) <= 100_000
    assert losses(report, "title")[0].endswith(
        "the text was 999 characters long and was cut to the 300 the pack allows"
    )
    assert "cut to the 100,000 the pack allows" in losses(report, "text")[0]


def test_control_and_direction_characters_are_removed_and_reported(tmp_path):
    source = _timeline(tmp_path, {"text": {"headline": "evil\u202etxt.exe\x07", "text": "x"}})
    collection, report, _ = converted(tmp_path, "timelinejs", source)
    assert collection.cards[0].title["en"] == "eviltxt.exe"
    assert losses(report, "title") == [
        # the record is named with its characters escaped, so that the report reads as stored
        "event 1 ('evil\\u202etxt.exe\\x07'): 2 control or direction-changing characters "
        "were removed"
    ]


def test_a_huge_csv_cell_is_refused_with_its_line(tmp_path):
    source = tmp_path / "big.csv"
    source.write_text('title\nsmall\n"' + "x" * 2_100_000 + '"\n', encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"columns": {"title": "title"}}', encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        convert("csv", source, tmp_path / "pack", PackOptions(), mapping)
    assert str(raised.value).startswith(f"{source}: line 3: not valid CSV: field larger than")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000, "the JSON is nested too deeply"),
        (b"\xff\xfe{ not utf-8", "is not UTF-8 text"),
        ("", "line 1, column 1: not valid JSON"),
        ('{"events": [1]}', "event 1: event: must be an object, not a number"),
    ],
)
def test_broken_json_is_refused(tmp_path, content, message):
    source = tmp_path / "timeline.json"
    if isinstance(content, bytes):
        source.write_bytes(content)
    else:
        source.write_text(content, encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        convert("timelinejs", source, tmp_path / "pack", PackOptions())
    assert message in str(raised.value)
    assert not (tmp_path / "pack").exists()


def test_an_out_folder_that_holds_files_is_refused_and_left_alone(tmp_path):
    source = _timeline(tmp_path, {"text": {"headline": "A"}})
    out = tmp_path / "pack"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ConvertError, match="is a folder that is not empty"):
        convert("timelinejs", source, out, PackOptions())
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_an_empty_out_folder_is_filled_and_a_stale_partial_replaced(tmp_path):
    source = _timeline(tmp_path, {"text": {"headline": "A"}})
    out = tmp_path / "pack"
    out.mkdir()
    stale = tmp_path / "pack.partial"
    stale.mkdir()
    (stale / "cards.json").write_text("half", encoding="utf-8")
    convert("timelinejs", source, out, PackOptions())
    assert (out / "manifest.json").is_file()
    assert not stale.exists()


def test_a_conversion_stopped_while_its_cards_are_written_leaves_nothing(tmp_path):
    events = [{"start_date": {"year": 1990 + n}, "text": {"headline": f"E{n}"}} for n in range(5)]
    source = _timeline(tmp_path, *events)

    def stop_at_the_third_card(step: str, done: int, _total: int | None) -> None:
        if step == CONVERTING and done == 3:
            raise KeyboardInterrupt  # Ctrl-C, or the window's Cancel, mid-way

    with pytest.raises(KeyboardInterrupt):
        convert(
            "timelinejs", source, tmp_path / "pack", PackOptions(), None, stop_at_the_third_card
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["timeline.json"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"pack_id": "Not An Id"}, "--id: 'Not An Id' is not a valid pack id"),
        ({"language": "English"}, "--language: 'English' is not a language code"),
        ({"source_url": "javascript:alert(1)"}, "--source-url: 'javascript:alert(1)' is not"),
    ],
)
def test_bad_options_are_refused_before_anything_is_read(tmp_path, options, message):
    with pytest.raises(ConvertError) as raised:
        convert("timelinejs", tmp_path / "missing.json", tmp_path / "pack", PackOptions(**options))
    assert str(raised.value).startswith(message)
