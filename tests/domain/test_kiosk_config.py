"""The kiosk configuration: every field checked, every problem reported, the PIN never kept."""

from __future__ import annotations

import pytest

from explorer.domain.kiosk_config import (
    KIOSK_LANGUAGES,
    KioskConfig,
    KioskConfigError,
    PinFormatError,
    hash_pin,
    kiosk_config_to_dict,
    parse_kiosk_config,
    verify_pin,
)

SALT = bytes(range(16))
HASH = hash_pin("2468", salt=SALT)


def problems_of(**data) -> tuple[str, ...]:
    data.setdefault("staff_pin_hash", HASH)
    with pytest.raises(KioskConfigError) as raised:
        parse_kiosk_config(data)
    return raised.value.problems


def test_only_the_pin_hash_is_required_and_the_rest_has_defaults():
    config = parse_kiosk_config({"staff_pin_hash": HASH})
    assert config == KioskConfig(staff_pin_hash=HASH)
    assert config.idle_timeout_seconds == 90
    assert config.countdown_seconds == 15
    assert config.languages == KIOSK_LANGUAGES == ("en", "it", "kk", "kk-Latn", "ru")
    assert config.default_language == "en"
    assert config.start_view == "cards"
    assert config.featured_cards == ()
    assert config.views == ("cards", "timeline", "map")
    assert config.content_drop_folder is None


def test_a_full_configuration_is_read_and_round_trips():
    data = {
        "idle_timeout_seconds": 120,
        "countdown_seconds": 20,
        "languages": ["kk", "ru", "en"],
        "default_language": "kk",
        "start_view": "timeline",
        "featured_cards": ["abai", "marco-polo"],
        "views": ["timeline"],
        "staff_pin_hash": HASH,
        "content_drop_folder": "/srv/kiosk/drop",
        "attract_story": "marco-polo-road",
    }
    config = parse_kiosk_config(data)
    assert config.languages == ("kk", "ru", "en")
    assert config.featured_cards == ("abai", "marco-polo")
    assert config.views == ("timeline",)
    assert parse_kiosk_config(kiosk_config_to_dict(config)) == config
    assert kiosk_config_to_dict(config) == data


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("idle_timeout_seconds", 29, "between 30 and 3600"),
        ("idle_timeout_seconds", 3601, "between 30 and 3600"),
        ("idle_timeout_seconds", "90", "whole number"),
        ("idle_timeout_seconds", 90.5, "whole number"),
        ("idle_timeout_seconds", True, "whole number"),
        ("countdown_seconds", 4, "between 5 and 120"),
        ("countdown_seconds", 121, "between 5 and 120"),
        ("countdown_seconds", None, "whole number"),
        ("languages", [], "at least one"),
        ("languages", "en", "must be a list"),
        ("languages", ["en", "de"], "'de' is not one of"),
        ("languages", ["en", "en"], "more than once"),
        ("languages", ["en", 3], "3 is not one of"),
        ("default_language", "de", "must be one of"),
        ("default_language", None, "must be one of"),
        ("start_view", "collection", "must be one of cards, timeline, map, numbers"),
        ("featured_cards", "abai", "must be a list of card ids"),
        ("featured_cards", ["abai", ""], "'' is not a card id"),
        ("featured_cards", ["abai", 7], "7 is not a card id"),
        ("featured_cards", ["abai", "abai"], "more than once"),
        ("views", [], "at least one"),
        ("views", ["cards", "collection"], "'collection' is not one of"),
        ("views", {"cards": True}, "must be a list"),
        ("staff_pin_hash", "1234", "never the PIN itself"),
        ("staff_pin_hash", "scrypt$00$00", "never the PIN itself"),
        ("staff_pin_hash", None, "never the PIN itself"),
        ("content_drop_folder", "", "folder path or null"),
        ("content_drop_folder", 5, "folder path or null"),
    ],
)
def test_every_bad_value_is_an_error_naming_its_field(field, value, words):
    problems = problems_of(**{field: value})
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{field}: ")
    assert words in problems[0]


def test_rules_between_fields_name_the_field_to_fix():
    assert problems_of(languages=["it", "ru"]) == (
        "default_language: 'en' is not among languages (it, ru)",
    )
    assert problems_of(views=["timeline"]) == ("views: must include the start_view 'cards'",)
    (problem,) = problems_of(idle_timeout_seconds=30, countdown_seconds=30)
    assert problem.startswith("countdown_seconds: must be shorter than idle_timeout_seconds")
    # One bad field is reported once, not again through the rules that depend on it.
    (problem,) = problems_of(languages=["de"], default_language="en")
    assert problem.startswith("languages: ")


def test_the_pin_hash_is_required():
    with pytest.raises(KioskConfigError) as raised:
        parse_kiosk_config({})
    assert raised.value.problems == (
        "staff_pin_hash: is required (make one with hash_pin; see docs/kiosk.md)",
    )


def test_unknown_keys_are_errors():
    (problem,) = problems_of(idle_timeout=60)
    assert problem.startswith("idle_timeout: unknown setting")


def test_every_problem_is_reported_at_once():
    with pytest.raises(KioskConfigError) as raised:
        parse_kiosk_config(
            {
                "idle_timeout_seconds": 5,
                "languages": ["xx"],
                "start_view": "collection",
                "featured_cards": [1],
                "pin": "1234",
            }
        )
    fields = [problem.split(":")[0] for problem in raised.value.problems]
    assert sorted(fields) == sorted(
        [
            "pin",
            "idle_timeout_seconds",
            "languages",
            "start_view",
            "featured_cards",
            "staff_pin_hash",
        ]
    )
    text = str(raised.value)
    assert text.startswith("the kiosk configuration has 6 problems:")
    assert all(f"- {problem}" in text for problem in raised.value.problems)


def test_a_configuration_that_is_not_an_object_is_refused():
    with pytest.raises(KioskConfigError, match="JSON object"):
        parse_kiosk_config(["en"])


def test_building_a_config_in_code_is_checked_too():
    with pytest.raises(KioskConfigError, match="start_view"):
        KioskConfig(staff_pin_hash=HASH, start_view="collection")
    config = KioskConfig(staff_pin_hash=HASH, languages=["it", "en"])
    assert config.languages == ("it", "en")


def test_a_pin_hash_round_trips_and_a_wrong_pin_is_refused():
    stored = hash_pin("4321")
    assert verify_pin("4321", stored)
    assert not verify_pin("4322", stored)
    assert not verify_pin("43210", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("4321", "scrypt$not$hex")
    assert not verify_pin("4321", stored.replace("scrypt", "plain"))


def test_the_hash_never_contains_the_pin_and_salts_differ():
    pin = "907153284611"
    first, second = hash_pin(pin), hash_pin(pin)
    assert pin not in first and pin not in second
    assert first != second
    assert first.split("$")[1] != second.split("$")[1]
    assert verify_pin(pin, first) and verify_pin(pin, second)
    fixed = hash_pin("907153", salt=SALT)
    assert "907153" not in fixed
    assert fixed == hash_pin("907153", salt=SALT)
    scheme, salt, digest = fixed.split("$")
    assert (scheme, salt, len(digest)) == ("scrypt", SALT.hex(), 64)
    assert parse_kiosk_config({"staff_pin_hash": fixed}).staff_pin_hash == fixed


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", " 1234", "1234\n", "١٢٣٤", ""])
def test_a_pin_must_be_four_to_twelve_digits(pin):
    with pytest.raises(PinFormatError, match="4 to 12 digits"):
        hash_pin(pin)
    assert not verify_pin(pin, HASH)


def test_pins_of_four_and_twelve_digits_are_accepted():
    assert verify_pin("0000", hash_pin("0000"))
    assert verify_pin("123456789012", hash_pin("123456789012"))
