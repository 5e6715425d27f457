"""The TimelineJS spreadsheet template and CSV files in the encodings spreadsheets write."""

import pytest

from explorer.content.convert.convert_command import convert
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.pack_builder import PackOptions
from tests.content.convert.converting import FIXTURES, card, converted, imported_cards, losses

HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
)


def test_a_windows_1252_sheet_keeps_its_accents_and_imports(tmp_path):
    collection, report, out = converted(
        tmp_path, "timelinejs-csv", FIXTURES / "sheet_cp1252.csv", language="it"
    )
    assert "The CSV file was read as Windows-1252." in report.notes
    assert collection.manifest.title["it"] == "Italia e Kazakhstan"
    assert collection.manifest.description["it"] == "Città, caffè e perché: una storia."
    show = card(collection, "Mostra a Nur-Sultan")
    assert show.body["it"] == "Opere di Niccolò e Zoë; prezzo 5 €."
    assert show.date_note["it"] == "3 ottobre 2019, sera"
    assert show.translation_status == {"en": "draft"}
    assert collection.manifest.languages == ("it", "en")
    assert str(card(collection, "Idi di marzo").start) == "-44-03-15"
    dante = card(collection, "Dante Alighieri")
    assert (str(dante.start), str(dante.end)) == ("1265-05", "1321-09-14")
    assert [(e.name["it"], str(e.start), str(e.end)) for e in collection.eras] == [
        ("Era dei mercanti", "1300", "1400")
    ]
    assert str(show.start) == "2019-10-03T18:30"
    assert losses(report, "start date") == []
    assert imported_cards(out, tmp_path) == 3


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 with a byte order mark"),
        ("utf-16", "UTF-16"),
        ("cp1252", "Windows-1252"),
        ("cp1251", "Windows-1251"),
    ],
)
def test_common_encodings_are_detected(tmp_path, encoding, name):
    title = "Памятник Абаю в Риме" if encoding == "cp1251" else "Caffè e città"
    sheet = HEADER + f"2019,10,3,,,,,,,{title},Testo del perché.,,,,,,,\n"
    if encoding in ("cp1251",):
        sheet = HEADER + f"2019,10,3,,,,,,,{title},Открыт в 2019 году.,,,,,,,\n"
    source = tmp_path / "sheet.csv"
    source.write_bytes(sheet.encode(encoding))
    collection, report, _ = converted(tmp_path, "timelinejs-csv", source)
    assert f"The CSV file was read as {name}." in report.notes
    assert collection.cards[0].title["en"] == title


def test_a_sheet_without_the_template_columns_is_refused(tmp_path):
    source = tmp_path / "other.csv"
    source.write_text("Name,When\nDante,1265\n", encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        convert("timelinejs-csv", source, tmp_path / "pack", PackOptions())
    assert f"{source}: line 1: is not the TimelineJS template: it has no column Year, Headline" in (
        str(raised.value)
    )
    assert not (tmp_path / "pack").exists()


def test_a_bad_month_names_the_line_and_columns(tmp_path):
    source = tmp_path / "sheet.csv"
    source.write_text(HEADER + "1990,13,,,,,,,,Bad month,,,,,,,,\n", encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        convert("timelinejs-csv", source, tmp_path / "pack", PackOptions())
    assert str(raised.value) == (
        f"{source}: line 2: Year/Month/Day: month 13 is not between 1 and 12"
    )


def test_a_bad_byte_far_into_a_sheet_is_named_by_its_place_in_the_file(tmp_path):
    rows = "".join(f"2019,10,3,,,,,,,Row {n},Testo {n}.,,,,,,,\n" for n in range(40_000))
    data = "\ufeff".encode() + (HEADER + rows).encode("utf-8")
    bad_at = len(data) - 10  # past the first megabyte the check reads at a time
    assert bad_at > 1 << 20
    source = tmp_path / "sheet.csv"
    source.write_bytes(data[:bad_at] + b"\xff" + data[bad_at + 1 :])
    with pytest.raises(ConvertError) as raised:
        convert("timelinejs-csv", source, tmp_path / "pack", PackOptions())
    assert str(raised.value) == (
        f"{source}: byte {bad_at + 1}: is not valid UTF-8 with a byte order mark"
    )
    assert not (tmp_path / "pack").exists()


def test_a_header_split_over_two_lines_by_quotes_is_read_whole(tmp_path):
    sheet = HEADER.replace(",Display Date,", ',"Display\nDate",')
    source = tmp_path / "sheet.csv"
    source.write_text(sheet + "2019,10,3,,,,,,,Mostra,Testo.,,,,,,,\n", encoding="utf-8")
    collection, report, _ = converted(tmp_path, "timelinejs-csv", source)
    assert [c.title["en"] for c in collection.cards] == ["Mostra"]
    assert "The column 'Display\nDate' is not one of the template's and was left out." in (
        report.notes
    )


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (b"\xef\xbb\xbf", "utf-8", "UTF-8 with a byte order mark"),
        (b"\xff\xfe", "utf-16-le", "UTF-16"),
    ],
)
@pytest.mark.parametrize("piece", [1 << 20, 30, 31], ids=["whole", "cut-before", "cut-inside"])
def test_a_bad_byte_is_named_by_its_place_in_the_file_wherever_the_check_cuts(
    tmp_path, monkeypatch, bom, codec, name, piece
):
    import explorer.content.convert.csv_text as csv_text

    monkeypatch.setattr(csv_text, "_CHECK_BYTES", piece)  # cut before or inside "é"
    text = "Year,Headline\n1992,Relazion" if codec == "utf-8" else "Year,Headline\n"
    data = bom + text.encode(codec)
    broken = b"\xc3(" if codec == "utf-8" else b"\x00\xdc"  # é cut short; a lone low surrogate
    bad_at = len(data) + 1
    source = tmp_path / "sheet.csv"
    source.write_bytes(data + broken + "i,Testo\n".encode(codec))
    with pytest.raises(ConvertError) as raised:
        convert("timelinejs-csv", source, tmp_path / "pack", PackOptions())
    assert str(raised.value) == f"{source}: byte {bad_at}: is not valid {name}"
