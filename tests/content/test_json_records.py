"""Splitting JSON Lines into lines, whatever pieces they arrive in."""

from __future__ import annotations

import json

import pytest

from explorer.content.json_records import JsonError, JsonReader, split_lines


def pieces(text: bytes, size: int) -> list[bytes]:
    return [text[at : at + size] for at in range(0, len(text), size)]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_lines_are_the_same_whatever_the_pieces(size):
    text = b'{"a": 1}\n\n{"b": "x\\ny"}\r\nlast'
    assert list(split_lines(pieces(text, size), 100)) == [
        (1, b'{"a": 1}'),
        (2, b""),
        (3, b'{"b": "x\\ny"}\r'),
        (4, b"last"),
    ]


@pytest.mark.parametrize("size", [1, 4, 5, 64])
def test_a_line_too_long_is_given_as_none_and_skipped_unread(size):
    text = b"short\n" + b"x" * 50 + b"\nafter\n"
    assert list(split_lines(pieces(text, size), 10)) == [(1, b"short"), (2, None), (3, b"after")]


def test_a_final_line_too_long_is_given_as_none():
    assert list(split_lines([b"ok\n", b"y" * 20], 10)) == [(1, b"ok"), (2, None)]


def test_a_byte_order_mark_at_the_start_is_dropped_and_no_text_is_no_line():
    assert list(split_lines([b"\xef\xbb\xbf{}\n"], 10)) == [(1, b"{}")]
    assert list(split_lines([], 10)) == []
    assert list(split_lines([b"\n"], 10)) == [(1, b"")]


def test_a_line_is_placed_by_its_column_and_keys_written_twice_are_noted():
    reader = JsonReader()
    with pytest.raises(JsonError, match=r"at column 9$"):
        reader.parse(b'{"a": 1,}', one_line=True)
    assert reader.parse(b'{"a": {"b": 1, "b": 2}, "a": 3}') == {"a": 3}
    assert reader.repeated_keys == ["b", "a"]
    assert reader.parse(b"{}") == {} and reader.repeated_keys == []


REPEATS = [
    b'{"a": 1, "a": 2}',
    b'{"a": "x:y", "a": 2}',
    b'{"a": {"b": 1, "b": 2}}',
    b'[{"a": 1}, {"c": [1, {"d": 1, "d": 1}]}]',
    b'{"t": ["x", "y"], "t": []}',
]


@pytest.mark.parametrize("text", REPEATS)
def test_a_key_written_twice_is_found_however_the_value_is_read(text):
    reader = JsonReader()
    reader.parse(text, one_line=True)
    assert reader.repeated_keys


@pytest.mark.parametrize(
    "text",
    [b'{"a": "x:y", "b": {"c": ["d:e", {"f": 1}]}}', b'[{"a": 1}, {"a": 2}]', b'"a:b"', b"{}"],
)
def test_no_key_is_said_to_be_repeated_where_none_is(text):
    reader = JsonReader()
    assert reader.parse(text, one_line=True) == json.loads(text)
    assert reader.repeated_keys == []


def test_a_problem_is_worded_the_same_after_the_quick_reading():
    with pytest.raises(JsonError, match="NaN is not allowed"):
        JsonReader().parse(b'{"a": NaN}', one_line=True)
    with pytest.raises(JsonError, match="column 7"):
        JsonReader().parse(b'{"a": }', one_line=True)
