"""The small rules every converter shares: HTML to plain text, ids, dates written as text."""

import pytest

from explorer.content.convert.date_strings import parse_date_string
from explorer.content.convert.dates import DateFieldError, PackDate, SourceDate, pack_date
from explorer.content.convert.html_text import html_to_line, html_to_text
from explorer.content.convert.ids import IdMaker, slug
from explorer.content.convert.pack_builder import PackBuilder
from explorer.content.convert.report import ConversionReport


def test_paragraphs_lists_breaks_and_entities():
    text = html_to_text(
        "<h2>Head</h2><p>One &amp; <em>two</em>&nbsp;&lt;three&gt;</p>"
        "<ol><li>first</li><li><b>second</b></li></ol>line<br>break"
    )
    assert text.text == "Head\n\nOne & two <three>\n\n• first\n• second\n\nline\nbreak"
    assert text.links == []


def test_plain_text_keeps_its_paragraphs_and_signs():
    assert html_to_text("a < b\r\n\r\n\r\nc  d").text == "a < b\n\nc d"


def test_links_become_sources_only_for_http_and_https():
    text = html_to_text(
        '<a href="https://a.org/x">A <i>page</i></a> <a href="ftp://b.org">B</a> '
        '<a href="mailto:x@y.org">mail</a> <a href="http://c.org"></a>'
    )
    assert [(link.url, link.title) for link in text.links] == [
        ("https://a.org/x", "A page"),
        ("http://c.org", "http://c.org"),
    ]


def test_a_title_is_one_line_without_tags():
    assert html_to_line("<p>Moon</p>\n<p><b>landing</b> <script>x()</script></p>") == (
        "Moon landing"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Абай Құнанбайұлы", "abay-qunanbayuly"),
        ("Città di Niccolò — 2024!", "citta-di-niccolo-2024"),
        ("Жамбыл Жабаев", "zhambyl-zhabaev"),
        ("北京", ""),
    ],
)
def test_slugs_are_lower_case_ascii(title, expected):
    assert slug(title) == expected


def test_ids_are_unique_and_at_most_100_characters():
    maker = IdMaker("card")
    long_title = " ".join(["word"] * 60)
    ids = [maker.make("Rome"), maker.make("rome"), maker.make("北京"), maker.make(long_title)]
    assert ids[:3] == ["rome", "rome-2", "card"]
    assert len(ids[3]) <= 100 and not ids[3].endswith("-")
    assert maker.make(long_title) == ids[3] + "-2"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("May 28 2006 09:00:00 GMT-0600", SourceDate(2006, 5, 28, "09:00:00 GMT-0600")),
        ("Sat, 28 May 2006", SourceDate(2006, 5, 28)),
        ("Tue Jun 06 2006 00:00:00 GMT-0600", SourceDate(2006, 6, 6)),
        ("May 2006", SourceDate(2006, 5)),
        ("1863", SourceDate(1863)),
        ("-500", SourceDate(-500)),
        ("500 BC", SourceDate(-500)),
        ("AD 79", SourceDate(79)),
        ("2006-05-28T09:00:00Z", SourceDate(2006, 5, 28, "09:00:00 Z")),
        ("05/08/1963", SourceDate(1963, 5, 8)),
    ],
)
def test_dates_written_as_text(written, expected):
    assert parse_date_string(written) == expected


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("banana", "'banana' is not a date that can be read"),
        ("1963-13-01", "month 13 is not between 1 and 12"),
        ("Feb 30 2001", "day 30 does not exist in 2001-02"),
    ],
)
def test_text_that_is_no_date_is_refused(written, message):
    with pytest.raises(DateFieldError, match=message):
        parse_date_string(written)


def test_what_a_pack_date_loses():
    assert pack_date(SourceDate(0)).text == "-1"
    assert pack_date(SourceDate(999_999)).text == "999999"
    assert pack_date(SourceDate(1_000_000)).text == "Y1000000"
    assert pack_date(SourceDate(-115_000_000)).text == "Y-114999999"
    assert pack_date(SourceDate(-200_000_000_000)).text is None
    assert pack_date(SourceDate(2006, 5, 28, "09:00")) == PackDate("2006-05-28T09:00")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("9:05", "2006-05-28T09:05"),
        ("09:00:00 GMT-0600", "2006-05-28T09:00:00-06:00"),
        ("09:00:00 Z", "2006-05-28T09:00:00Z"),
        ("20:17:40 GMT+0500 (Asia/Almaty)", "2006-05-28T20:17:40+05:00"),
        ("2:30 PM", "2006-05-28T14:30"),
        ("12:15 am", "2006-05-28T00:15"),
    ],
)
def test_times_of_day_are_kept(written, expected):
    assert pack_date(SourceDate(2006, 5, 28, written)).text == expected


def test_a_time_that_cannot_be_read_keeps_the_day_and_is_reported():
    assert pack_date(SourceDate(2006, 5, 28, "25:00")) == PackDate(
        "2006-05-28",
        ("the time of day '25:00' cannot be read and was dropped; the day is kept",),
    )
    assert pack_date(SourceDate(2006, 5, 28, "10:00:01.5")).losses == (
        "the fraction of a second in '10:00:01.5' was dropped",
    )
    assert pack_date(SourceDate(2006, 5, None, "10:00")).losses == (
        "the time of day 10:00 was dropped: the source gives no day",
    )


def test_the_report_escapes_control_characters():
    report = ConversionReport("x.json", "test")
    report.lose("event 1", "text", "caption \x1b[31mred\u202e")
    assert report.losses[0].what == "caption \\u001b[31mred\\u202e"


def test_the_summary_is_the_first_paragraph_and_the_body_the_rest():
    assert PackBuilder._summary_from("First.\n\nSecond.\n\nThird.") == (
        "First.",
        "Second.\n\nThird.",
    )
    assert PackBuilder._summary_from("Only one.") == ("Only one.", "Only one.")
    assert PackBuilder._summary_from("First.\n\n\u0300") == ("First.", "First.\n\n\u0300")
    long_first = "word " * 500 + "\n\nSecond."
    summary, body = PackBuilder._summary_from(long_first)
    assert summary.endswith("…") and body == long_first
