"""The kiosk configuration file: clear errors for missing and malformed files, atomic writes."""

from __future__ import annotations

import json

import pytest

from explorer.domain.kiosk_config import KioskConfig, KioskConfigError, hash_pin
from explorer.store.kiosk_config_file import load_kiosk_config
from tests.store.kiosk_config_writer import write_kiosk_config

HASH = hash_pin("2468", salt=bytes(16))


def test_a_written_config_reads_back(tmp_path):
    path = tmp_path / "kiosk.json"
    config = KioskConfig(
        staff_pin_hash=HASH, languages=("it", "en"), featured_cards=("abai",), views=("cards",)
    )
    write_kiosk_config(path, config)
    assert load_kiosk_config(path) == config
    assert json.loads(path.read_text(encoding="utf-8"))["languages"] == ["it", "en"]
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.json"]


def test_a_missing_file_is_a_clear_error(tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(KioskConfigError) as raised:
        load_kiosk_config(path)
    assert raised.value.source == str(path)
    assert raised.value.problems == ("no kiosk configuration file here",)
    assert str(path) in str(raised.value)


def test_malformed_json_names_line_and_column(tmp_path):
    path = tmp_path / "kiosk.json"
    path.write_text('{\n  "idle_timeout_seconds": 60,\n  "languages": [en]\n}\n', "utf-8")
    with pytest.raises(KioskConfigError) as raised:
        load_kiosk_config(path)
    (problem,) = raised.value.problems
    assert problem.startswith("not valid JSON at line 3, column 17")


def test_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "kiosk.json"
    path.write_bytes(b'{"default_language": "\xff"}')
    with pytest.raises(KioskConfigError, match="not UTF-8"):
        load_kiosk_config(path)


def test_every_rule_broken_in_the_file_is_listed_with_the_path(tmp_path):
    path = tmp_path / "kiosk.json"
    path.write_text(json.dumps({"idle_timeout_seconds": 10, "start_view": "collection"}), "utf-8")
    with pytest.raises(KioskConfigError) as raised:
        load_kiosk_config(path)
    fields = sorted(problem.split(":")[0] for problem in raised.value.problems)
    assert fields == ["idle_timeout_seconds", "staff_pin_hash", "start_view"]
    assert str(raised.value).startswith(f"{path}: the kiosk configuration has 3 problems:")
