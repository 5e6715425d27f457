"""How an exhibit kiosk is set up, and the staff PIN that unlocks it.

``parse_kiosk_config`` turns a plain mapping (read from JSON elsewhere) into a checked
``KioskConfig`` and reports every problem at once, each naming its field. The staff PIN is
never stored: only ``hash_pin``'s scrypt hash is, and ``verify_pin`` checks a typed PIN
against it in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from explorer.domain.entities import KAZAKH_LATIN

KIOSK_LANGUAGES: tuple[str, ...] = ("en", "it", "kk", KAZAKH_LATIN, "ru")
KIOSK_VIEWS: tuple[str, ...] = ("cards", "timeline", "map", "numbers", "stories", "quiz")
"""The views a kiosk may offer."""
DEFAULT_KIOSK_VIEWS: tuple[str, ...] = ("cards", "timeline", "map")

IDLE_TIMEOUT_RANGE = (30, 3600)
COUNTDOWN_RANGE = (5, 120)

PIN_PATTERN = re.compile(r"[0-9]{4,12}")
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_LENGTH = 32
SALT_LENGTH = 16
_HASH_PATTERN = re.compile(
    rf"scrypt\$[0-9a-f]{{{2 * SALT_LENGTH}}}\$[0-9a-f]{{{2 * SCRYPT_LENGTH}}}"
)


class KioskConfigError(ValueError):
    """A kiosk configuration that cannot be used, with every problem found in it."""

    def __init__(self, problems: Iterable[str], source: str | None = None) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        self.source = source
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        where = f"{self.source}: " if self.source else ""
        heading = f"{where}the kiosk configuration has {count} problem{'' if count == 1 else 's'}:"
        return "\n".join([heading, *(f"- {problem}" for problem in self.problems)])


class PinFormatError(ValueError):
    """A staff PIN that is not 4 to 12 digits."""


@dataclass(frozen=True, kw_only=True)
class KioskConfig:
    """A checked kiosk configuration; building one with bad values raises KioskConfigError."""

    staff_pin_hash: str
    idle_timeout_seconds: int = 90
    countdown_seconds: int = 15
    languages: tuple[str, ...] = KIOSK_LANGUAGES
    default_language: str = "en"
    start_view: str = "cards"
    featured_cards: tuple[str, ...] = ()
    views: tuple[str, ...] = DEFAULT_KIOSK_VIEWS
    content_drop_folder: str | None = None
    attract_story: str | None = None
    """A story whose steps the attract loop plays instead of the featured cards."""

    def __post_init__(self) -> None:
        values, problems = _check({f.name: getattr(self, f.name) for f in fields(self)})
        if problems:
            raise KioskConfigError(problems)
        for name, value in values.items():  # lists given in code become tuples
            object.__setattr__(self, name, value)


FIELD_NAMES: tuple[str, ...] = tuple(field.name for field in fields(KioskConfig))


def parse_kiosk_config(data: Mapping[str, Any]) -> KioskConfig:
    """A ``KioskConfig`` from plain data (JSON types); raises KioskConfigError listing
    every problem, unknown keys included."""
    if not isinstance(data, Mapping):
        raise KioskConfigError(["the configuration must be a JSON object"])
    problems = [
        f"{key}: unknown setting (known settings: {', '.join(FIELD_NAMES)})"
        for key in data
        if key not in FIELD_NAMES
    ]
    values, field_problems = _check({k: v for k, v in data.items() if k in FIELD_NAMES})
    problems.extend(field_problems)
    if problems:
        raise KioskConfigError(problems)
    return KioskConfig(**values)


def kiosk_config_to_dict(config: KioskConfig) -> dict[str, Any]:
    """The configuration as JSON-ready data; ``parse_kiosk_config`` reads it back."""
    data: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(config, name)
        data[name] = list(value) if isinstance(value, tuple) else value
    return data


def _check(data: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Checked and normalized values of the fields present, and every problem."""
    problems: list[str] = []
    values: dict[str, Any] = {}

    def problem(name: str, message: str) -> None:
        problems.append(f"{name}: {message}")

    def integer(name: str, low: int, high: int) -> None:
        if name not in data:
            return
        value = data[name]
        if isinstance(value, bool) or not isinstance(value, int):
            problem(name, f"must be a whole number of seconds, not {value!r}")
        elif not low <= value <= high:
            problem(name, f"must be between {low} and {high} seconds, not {value}")
        else:
            values[name] = value

    def choices(name: str, allowed: tuple[str, ...], *, non_empty: bool) -> None:
        if name not in data:
            return
        value = data[name]
        if isinstance(value, str) or not isinstance(value, list | tuple):
            problem(name, f"must be a list, not {value!r}")
            return
        ok = True
        for item in value:
            if item not in allowed:
                problem(name, f"{item!r} is not one of {', '.join(allowed)}")
                ok = False
        if len(set(map(repr, value))) != len(value):
            problem(name, "lists an entry more than once")
            ok = False
        if non_empty and not value:
            problem(name, f"must name at least one of {', '.join(allowed)}")
            ok = False
        if ok:
            values[name] = tuple(value)

    def choice(name: str, allowed: tuple[str, ...]) -> None:
        if name not in data:
            return
        value = data[name]
        if value not in allowed:
            problem(name, f"must be one of {', '.join(allowed)}, not {value!r}")
        else:
            values[name] = value

    integer("idle_timeout_seconds", *IDLE_TIMEOUT_RANGE)
    integer("countdown_seconds", *COUNTDOWN_RANGE)
    choices("languages", KIOSK_LANGUAGES, non_empty=True)
    choices("views", KIOSK_VIEWS, non_empty=True)
    choice("default_language", KIOSK_LANGUAGES)
    choice("start_view", KIOSK_VIEWS)

    if "featured_cards" in data:
        cards = data["featured_cards"]
        if isinstance(cards, str) or not isinstance(cards, list | tuple):
            problem("featured_cards", f"must be a list of card ids, not {cards!r}")
        else:
            bad = [card for card in cards if not isinstance(card, str) or not card.strip()]
            for card in bad:
                problem("featured_cards", f"{card!r} is not a card id")
            if not bad and len(set(cards)) != len(cards):
                problem("featured_cards", "lists a card more than once")
            elif not bad:
                values["featured_cards"] = tuple(cards)

    if "staff_pin_hash" not in data:
        problem("staff_pin_hash", "is required (make one with hash_pin; see docs/kiosk.md)")
    else:
        stored = data["staff_pin_hash"]
        if not isinstance(stored, str) or not _HASH_PATTERN.fullmatch(stored):
            problem(
                "staff_pin_hash",
                "must be a hash made by hash_pin ('scrypt$<salt>$<hash>'), never the PIN itself",
            )
        else:
            values["staff_pin_hash"] = stored

    if "content_drop_folder" in data:
        folder = data["content_drop_folder"]
        if folder is not None and (not isinstance(folder, str) or not folder.strip()):
            problem("content_drop_folder", f"must be a folder path or null, not {folder!r}")
        else:
            values["content_drop_folder"] = folder

    if "attract_story" in data:
        story = data["attract_story"]
        if story is not None and (not isinstance(story, str) or not story.strip()):
            problem("attract_story", f"must be a story id or null, not {story!r}")
        else:
            values["attract_story"] = story

    # Rules between fields, checked against the defaults when a field is absent, and only
    # when the fields involved are themselves valid.
    def effective(name: str) -> Any:
        if name in values:
            return values[name]
        if name in data:
            return None  # present but invalid: already reported
        return _DEFAULTS[name]

    languages, default_language = effective("languages"), effective("default_language")
    if languages is not None and default_language is not None and default_language not in languages:
        problem(
            "default_language",
            f"{default_language!r} is not among languages ({', '.join(languages)})",
        )
    views, start_view = effective("views"), effective("start_view")
    if views is not None and start_view is not None and start_view not in views:
        problem("views", f"must include the start_view {start_view!r}")
    idle, countdown = effective("idle_timeout_seconds"), effective("countdown_seconds")
    if idle is not None and countdown is not None and countdown >= idle:
        problem(
            "countdown_seconds",
            f"must be shorter than idle_timeout_seconds ({countdown} is not less than {idle})",
        )
    return values, problems


_DEFAULTS: dict[str, Any] = {
    field.name: field.default for field in fields(KioskConfig) if field.name != "staff_pin_hash"
}


def unknown_story_problem(story_id: str, known: Iterable[str]) -> str | None:
    """What is wrong with ``attract_story`` naming ``story_id`` among the content's stories
    ``known`` (their ids, bare or qualified); None when it names one of them."""
    known = list(known)
    if story_id in known or any(key.rpartition(":")[2] == story_id for key in known):
        return None
    offered = ", ".join(known) if known else "the content has none"
    return f"attract_story: {story_id!r} is not a story of the content (stories: {offered})"


def _check_pin(pin: str) -> None:
    if not isinstance(pin, str) or not PIN_PATTERN.fullmatch(pin):
        raise PinFormatError("a staff PIN must be 4 to 12 digits (0-9), nothing else")


def _scrypt(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        dklen=SCRYPT_LENGTH,
    )


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The text to store for a staff PIN: ``scrypt$<salt hex>$<hash hex>``.

    A fresh random salt is used unless one is given (tests give one). Raises
    PinFormatError unless the PIN is 4 to 12 digits.
    """
    _check_pin(pin)
    if salt is None:
        salt = secrets.token_bytes(SALT_LENGTH)
    if len(salt) != SALT_LENGTH:
        raise ValueError(f"the salt must be {SALT_LENGTH} bytes")
    return f"scrypt${salt.hex()}${_scrypt(pin, salt).hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from; False for anything malformed."""
    if not isinstance(pin, str) or not PIN_PATTERN.fullmatch(pin):
        return False
    if not isinstance(stored, str) or not _HASH_PATTERN.fullmatch(stored):
        return False
    _, salt_hex, hash_hex = stored.split("$")
    return hmac.compare_digest(_scrypt(pin, bytes.fromhex(salt_hex)), bytes.fromhex(hash_hex))
