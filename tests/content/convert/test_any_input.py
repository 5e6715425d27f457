"""Whatever text a timeline holds, the converted pack passes the explorer's validation."""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.content.convert.convert_command import convert
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.validate import load_pack

_PIECE = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["<p>", "</p>", "<li>", "<a href='https://e.org'>", "</a>", "&amp;", "<script>", "\u202e"]
)
_TEXT = st.lists(_PIECE, max_size=5).map("".join)
_YEAR = st.integers(-2_000_000, 2_000_000)
_EVENT = st.fixed_dictionaries(
    {
        "text": st.fixed_dictionaries({"headline": _TEXT, "text": _TEXT}),
        "group": _TEXT,
        "start_date": st.one_of(
            st.fixed_dictionaries({"year": _YEAR}),
            st.fixed_dictionaries({"year": _YEAR, "month": st.integers(1, 12)}),
            st.fixed_dictionaries(
                {"year": _YEAR, "month": st.integers(1, 12), "day": st.integers(1, 28)}
            ),
        ),
    }
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_TEXT, events=st.lists(_EVENT, min_size=1, max_size=4))
def test_any_text_and_year_make_a_valid_pack(title, events):
    timeline = {"title": {"text": {"headline": title}}, "events": events}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "timeline.json"
        source.write_text(json.dumps(timeline), encoding="utf-8")
        convert("timelinejs", source, Path(folder) / "pack", PackOptions())
        collection = load_pack(Path(folder) / "pack")
    assert len(collection.cards) == len(events)
    assert all(card.sources for card in collection.cards)


def test_a_row_without_english_is_written_as_english_too_and_reported(tmp_path):
    source = tmp_path / "rows.csv"
    source.write_text("name,lang\nРим,ru\nRome,en\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"columns": {"title": "name", "language": "lang"}}', encoding="utf-8")
    report = convert("csv", source, tmp_path / "pack", PackOptions(), mapping)
    collection = load_pack(tmp_path / "pack")
    assert collection.cards[0].title == {"ru": "Рим", "en": "Рим"}
    assert collection.cards[0].translation_status == {"ru": "draft"}
    lost = [(loss.record, loss.field) for loss in report.losses]
    assert ("line 2 ('Рим')", "language") in lost
    assert ("line 3 ('Rome')", "language") not in lost
