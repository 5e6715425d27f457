import json

import pytest

from explorer.content.convert.convert_command import convert
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.pack_builder import PackOptions
from tests.content.convert.converting import FIXTURES, card, converted, imported_cards, losses
from tests.content.pack_builder import png_bytes

MAPPING = FIXTURES / "people.mapping.json"


def test_mapped_columns_make_cards_places_sources_and_translations(tmp_path):
    collection, report, out = converted(
        tmp_path, "csv", FIXTURES / "people.csv", MAPPING, title="People"
    )
    assert collection.manifest.languages == ("en", "ru", "kk")
    abai = card(collection, "Abai Qunanbaiuly")
    assert abai.id == "abai"
    assert abai.title == {
        "en": "Abai Qunanbaiuly",
        "ru": "Абай Кунанбаев",
        "kk": "Абай Құнанбайұлы",
    }
    assert abai.translation_status == {"ru": "draft", "kk": "draft"}
    assert (str(abai.start), str(abai.end)) == ("1845-08-10", "1904-07-06")
    assert abai.tags == ("poet", "thinker")
    places = {p.id: p for p in collection.places}
    semey = places[abai.places[0]]
    assert (semey.name["en"], semey.latitude, semey.longitude, semey.countries) == (
        "Semey",
        50.41,
        80.23,
        ("KZ",),
    )
    dante = card(collection, "Dante Alighieri")
    assert str(dante.start) == "circa 1265"
    assert places[dante.places[0]].latitude == 43.77
    sources = {s.id: s for s in collection.sources}
    assert [(sources[i].title, sources[i].url) for i in dante.sources] == [
        ("Dante page", "https://example.org/dante"),
        ("Commedia page", "https://example.org/commedia"),
    ]
    monument = card(collection, "Abai monument in Rome")
    assert [sources[i].title for i in monument.sources] == ["Embassy press release"]
    assert monument.places == ()
    assert losses(report, "place") == [
        "line 6 ('Abai monument in Rome'): the place was left out: it needs a name, latitude, "
        "longitude and country, and lon is empty or not mapped"
    ]
    assert imported_cards(out, tmp_path) == 3


def test_three_hundred_rows_convert_quickly_with_unique_ids(tmp_path):
    lines = ["title,year,text"]
    lines += [f"Exhibition,{1700 + n},Room {n} of the show." for n in range(300)]
    source = tmp_path / "rows.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {"title": "title", "start": "year", "body": "text"}}))
    collection, report, out = converted(tmp_path, "csv", source, mapping)
    ids = [c.id for c in collection.cards]
    assert len(ids) == len(set(ids)) == 300
    assert ids[:3] == ["exhibition", "exhibition-2", "exhibition-3"]
    assert str(collection.cards[-1].start) == "1999"
    assert report.counts["cards"] == 300
    assert imported_cards(out, tmp_path) == 300


def _write(tmp_path, csv_text, mapping):
    source = tmp_path / "data.csv"
    source.write_text(csv_text, encoding="utf-8")
    mapping_path = tmp_path / "map.json"
    mapping_path.write_text(json.dumps(mapping), encoding="utf-8")
    return source, mapping_path


@pytest.mark.parametrize(
    ("csv_text", "mapping", "message"),
    [
        (
            "name,when\nDante,1265\n",
            {"columns": {"title": "Name"}},
            "map.json: columns: title: names the column 'Name', which data.csv does not have; "
            "its columns are 'name', 'when'",
        ),
        ("name\nDante\n", {"columns": {"titel": "name"}}, "map.json: columns: titel: is not a"),
        ("name\nDante\n", {"columns": {}}, "map.json: columns: must name the title column"),
        ("name\nDante\n", {"columns": {"title": "name"}, "order": 1}, "order: is not a mapping"),
        (
            "name,when\nDante,yesterday\n",
            {"columns": {"title": "name", "start": "when"}},
            "data.csv: line 2: column 'when': 'yesterday' is not a date that can be read",
        ),
        (
            "name,lat,lon,city,cc\nX,91,0,Y,IT\n",
            {
                "columns": {
                    "title": "name",
                    "latitude": "lat",
                    "longitude": "lon",
                    "place_name": "city",
                    "country": "cc",
                }
            },
            "data.csv: line 2: column 'lat': 91.0 is not between -90 and 90",
        ),
        (
            "name,kind\nX,poet\n",
            {"columns": {"title": "name", "kind": "kind"}},
            "line 2: column 'kind': 'poet' is not a kind of card",
        ),
        (
            "id,name,lang\na,X,en\na,Y,en\n",
            {"columns": {"title": "name", "id": "id", "language": "lang"}},
            "line 3: column 'id': the id 'a' already has a 'en' row (line 2)",
        ),
        ("a,b\n1,2,3\n", {"columns": {"title": "a"}}, "line 2: the row has 3 cells"),
    ],
)
def test_a_wrong_mapping_or_row_is_named_and_nothing_is_written(
    tmp_path, csv_text, mapping, message
):
    source, mapping_path = _write(tmp_path, csv_text, mapping)
    with pytest.raises(ConvertError) as raised:
        convert("csv", source, tmp_path / "pack", PackOptions(), mapping_path)
    assert message in str(raised.value)
    assert not (tmp_path / "pack").exists()
    assert not (tmp_path / "pack.report.txt").exists()


def test_a_csv_without_a_mapping_is_refused(tmp_path):
    with pytest.raises(ConvertError, match="the format csv needs a mapping file"):
        convert("csv", FIXTURES / "people.csv", tmp_path / "pack", PackOptions())


def test_dates_in_the_packs_own_form_and_media_columns_are_carried(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "sea.png").write_bytes(png_bytes())
    source = tmp_path / "rows.csv"
    source.write_text(
        "name,from,to,picture,caption,credit\n"
        "Tethys,115 Ma,Y-65000000,pictures/sea.png,The sea,A painter\n"
        "Concert,2025-09-29T14:30,,https://vimeo.com/1,The concert,\n"
        "Decade,201X,,,,\n"
        "Maybe,1984?,,,,\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "map.json"
    columns = {"title": "name", "start": "from", "end": "to", "media": "picture"}
    columns |= {"media_caption": "caption", "media_credit": "credit"}
    mapping.write_text(json.dumps({"columns": columns}), encoding="utf-8")
    collection, _, out = converted(tmp_path, "csv", source, mapping)
    tethys = card(collection, "Tethys")
    assert (str(tethys.start), str(tethys.end)) == ("115 Ma", "Y-65000000")
    assert [str(card(collection, t).start) for t in ("Concert", "Decade", "Maybe")] == [
        "2025-09-29T14:30",
        "201X",
        "1984?",
    ]
    media = {m.id: m for m in collection.media}
    sea = media[tethys.image]
    assert (sea.file, sea.caption["en"], sea.credit) == (
        "media/the-sea.png",
        "The sea",
        "A painter",
    )
    assert (out / "media" / "the-sea.png").read_bytes() == png_bytes()
    video = media[card(collection, "Concert").image]
    assert (video.url, video.kind, video.credit) == (
        "https://vimeo.com/1",
        "video",
        "Not stated in the source",
    )


@pytest.mark.parametrize(("rows", "written"), [(9_999, "cards.json"), (10_000, "cards.jsonl")])
def test_a_large_sheet_is_written_a_card_a_line(tmp_path, rows, written):
    source = tmp_path / "many.csv"
    lines = "".join(f"row-{n},Row {n},{1000 + n % 900}\n" for n in range(rows))
    source.write_text("id,title,start\n" + lines, encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"id": "id", "title": "title", "start": "start"}}))
    collection, report, out = converted(tmp_path, "csv", source, mapping)
    assert sorted(path.name for path in out.glob("cards.*")) == [written]
    assert len(collection.cards) == rows == report.counts["cards"]
    last = collection.cards[-1]
    assert (last.id, last.title["en"], str(last.start)) == (
        f"row-{rows - 1}",
        f"Row {rows - 1}",
        str(1000 + (rows - 1) % 900),
    )


def test_a_lane_column_draws_cards_in_lanes_of_their_own(tmp_path):
    source = tmp_path / "lanes.csv"
    source.write_text(
        "title,start,theme,hall\n"
        "Abai monument,2009,Monuments,Hall A\n"
        "Opera Abai,2024,Music,Hall A\n"
        "Marco Polo,1271,Travel,\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {"columns": {"title": "title", "start": "start", "category": "theme", "lane": "hall"}}
        )
    )
    collection, report, out = converted(tmp_path, "csv", source, mapping)
    lanes = {lane.id: lane.name["en"] for lane in collection.lanes}
    assert list(lanes.values()) == ["Hall A"]
    assert {c.title["en"]: lanes.get(c.lane) for c in collection.cards} == {
        "Abai monument": "Hall A",
        "Opera Abai": "Hall A",
        "Marco Polo": None,
    }
    assert len(collection.categories) == 3, "a lane is no category"
    assert report.counts["lanes"] == 1
    assert imported_cards(out, tmp_path) == 3
