"""Read a content pack, check every part of it, and turn it into a domain ``Collection``.

Problems are collected, not raised one by one, so that a curator sees everything that
is wrong with a pack at once. Only an unknown format stops the checking early: when the
format is not known, nothing else in the pack can be understood.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.content.entity_files import (
    ENTITY_FILES,
    FILE_ORDER,
    MANIFEST,
    MANIFEST_FIELDS,
    REFERENCES,
    EntityFile,
    Field,
    ItemCheck,
    ParsedItem,
)
from explorer.content.field_parsers import (
    MEDIA_FOLDER,
    Context,
    FieldError,
    kind_of,
    language_list,
    show,
)
from explorer.content.media_check import image_problem
from explorer.content.pack_reader import (
    DEFAULT_LIMITS,
    Limits,
    PackReader,
    PackReadError,
    open_pack,
)
from explorer.content.problems import PackInvalid, Problem, printable
from explorer.domain.collection import (
    PACK_FORMAT,
    PACK_FORMAT_VERSION,
    Collection,
    Manifest,
)
from explorer.domain.references import split_key


def load_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Collection:
    """The collection in the pack at ``path``; raises PackInvalid listing every problem."""
    with open_pack(path, limits) as pack:
        return _PackCheck(pack).run()


def pack_fingerprint(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """A sha256 hex digest of the pack's file names and contents, to tell when it changed.

    A folder and a zip of it have the same fingerprint.
    """
    digest = hashlib.sha256()
    with open_pack(path, limits) as pack:
        if pack.problems:
            raise PackInvalid(pack.problems)
        for name in pack.names():
            try:
                data = pack.read_bytes(name)
            except PackReadError as error:
                raise PackInvalid([Problem(name, None, None, str(error))]) from error
            for part in (name.encode(), data):
                # Lengths first, so that ("ab", "c") and ("a", "bc") differ.
                digest.update(len(part).to_bytes(8, "big"))
                digest.update(part)
    return digest.hexdigest()


class JsonError(ValueError):
    """A file that is not valid JSON; the message says where."""


def parse_json(data: bytes) -> tuple[Any, list[str]]:
    """The value in ``data``, and the keys found twice in one object (JSON keeps the last)."""
    repeated_keys: list[str] = []

    def build_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                repeated_keys.append(key)
            result[key] = value
        return result

    def refuse_constant(name: str) -> None:
        raise JsonError(f"not valid JSON: {name} is not allowed")

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise JsonError(f"not UTF-8 text (byte {error.start} is not UTF-8)") from None
    try:
        value = json.loads(text, object_pairs_hook=build_object, parse_constant=refuse_constant)
    except json.JSONDecodeError as error:
        raise JsonError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise JsonError("not valid JSON: nested too deeply") from None
    except JsonError:
        raise
    except ValueError as error:  # e.g. a number with thousands of digits
        raise JsonError(f"not valid JSON: {error}") from None
    return value, repeated_keys


@dataclass
class _ParsedFile:
    items: list[ParsedItem]
    ids: set[str] | None
    """Ids of the file's items; None when the file could not be read (skip references to it)."""


_UNREADABLE = object()


class _StopChecking(Exception):
    """Nothing more can be checked: the problems so far are all there is to say."""


class _PackCheck:
    """One run of checks over one pack."""

    def __init__(self, pack: PackReader) -> None:
        self.pack = pack
        self.problems: list[Problem] = list(pack.problems)
        self.item_positions: dict[tuple[str, str | None], int] = {}
        self.records = 0
        """Items in the entity files read so far, against ``Limits.max_records``."""

    def run(self) -> Collection:
        try:
            raw_manifest = self.read_manifest()
        except _StopChecking:
            raise PackInvalid(self.sorted_problems()) from None
        context = Context(languages=manifest_languages(raw_manifest))
        manifest = self.parse_item(MANIFEST, raw_manifest, None, MANIFEST_FIELDS, (), context)
        files = {spec.name: self.parse_file(spec, context) for spec in ENTITY_FILES}
        self.check_references(files, manifest.values.get("id"))
        self.check_media_files(files["media.json"])
        if self.problems:
            raise PackInvalid(self.sorted_problems())
        return build_collection(manifest, files)

    # --- reporting --------------------------------------------------------------------

    def report(self, file: str, item: str | None, field: str | None, message: str) -> None:
        self.problems.append(Problem(file, item, field, message))

    def sorted_problems(self) -> list[Problem]:
        """Problems in the order of the files, and within a file in the order of its items."""

        def position(problem: Problem) -> tuple[int, int]:
            # A picture's own problems are listed with its entry in media.json.
            file = "media.json" if problem.file.startswith(MEDIA_FOLDER) else problem.file
            rank = FILE_ORDER.index(file) if file in FILE_ORDER else -1
            return rank, self.item_positions.get((file, problem.item), 0)

        return sorted(self.problems, key=position)

    # --- reading ----------------------------------------------------------------------

    def read_json(self, name: str) -> Any:
        """The JSON value in file ``name``, or _UNREADABLE after reporting why not."""
        try:
            value, repeated_keys = parse_json(self.pack.read_bytes(name))
        except (PackReadError, JsonError) as error:
            self.report(name, None, None, str(error))
            return _UNREADABLE
        for key in dict.fromkeys(repeated_keys):
            self.report(
                name, None, None, f"the key {show(key)} appears twice in one object; keep only one"
            )
        return value

    def read_manifest(self) -> dict[str, Any]:
        if not self.pack.exists(MANIFEST):
            self.report(
                MANIFEST,
                None,
                None,
                "missing: a pack needs a manifest.json at its top level "
                "(in a zip, possibly inside one top-level folder)",
            )
            raise _StopChecking
        raw = self.read_json(MANIFEST)
        if raw is _UNREADABLE:
            raise _StopChecking
        if not isinstance(raw, dict):
            self.report(MANIFEST, None, None, f"must hold a JSON object, not {kind_of(raw)}")
            raise _StopChecking
        self.check_format(raw)
        return raw

    def check_format(self, manifest: dict[str, Any]) -> None:
        """Stop unless the manifest names the one format and version this explorer reads."""
        problems = [
            (field, message)
            for field, message in (
                ("format", format_problem(manifest)),
                ("format_version", format_version_problem(manifest)),
            )
            if message
        ]
        for field, message in problems:
            self.report(MANIFEST, None, field, message)
        if problems:
            raise _StopChecking

    # --- parsing ----------------------------------------------------------------------

    def parse_file(self, spec: EntityFile, context: Context) -> _ParsedFile:
        if not self.pack.exists(spec.name):
            if not spec.required:
                return _ParsedFile([], set())
            self.report(spec.name, None, None, "missing: every pack needs this file")
            return _ParsedFile([], None)
        raw = self.read_json(spec.name)
        if raw is _UNREADABLE:
            return _ParsedFile([], None)
        if not isinstance(raw, list):
            self.report(
                spec.name, None, None, f"must hold a JSON array of objects, not {kind_of(raw)}"
            )
            return _ParsedFile([], None)
        problem = self.count_problem(spec, len(raw))
        if problem:
            self.report(spec.name, None, None, problem)
            return _ParsedFile([], None)
        return self.parse_items(spec, raw, context)

    def count_problem(self, spec: EntityFile, count: int) -> str | None:
        """Why a file of ``count`` items is too many; None if it is not (and count them)."""
        limits = self.pack.limits
        most = limits.max_cards if spec.name == "cards.json" else limits.max_records_per_file
        if count > most:
            return f"holds {items(count)}; the most allowed in {spec.name} is {most:,}"
        self.records += count
        if self.records > limits.max_records:
            return (
                f"holds {items(count)}, bringing the pack to {self.records:,}; the most "
                f"allowed in all its files together is {limits.max_records:,}"
            )
        return None

    def parse_items(self, spec: EntityFile, raw: list[Any], context: Context) -> _ParsedFile:
        items: list[ParsedItem] = []
        first_position: dict[str, int] = {}
        # Every id written as text counts as known, so that a malformed id is reported
        # once, at its item, and not again at every reference to it.
        written_ids: set[str] = set()
        for position, raw_item in enumerate(raw, start=1):
            label = item_label(raw_item, position)
            self.item_positions.setdefault((spec.name, label), position)
            if not isinstance(raw_item, dict):
                self.report(spec.name, label, None, f"must be an object, not {kind_of(raw_item)}")
                continue
            if isinstance(raw_item.get("id"), str):
                written_ids.add(raw_item["id"])
            item = self.parse_item(spec.name, raw_item, label, spec.fields, spec.checks, context)
            item_id = item.values.get("id")
            if item_id in first_position:
                self.report(
                    spec.name,
                    label,
                    "id",
                    f"the id is used twice in this file (items {first_position[item_id]} and "
                    f"{position}); ids must be unique within a file",
                )
            elif item_id:
                first_position[item_id] = position
            items.append(item)
        return _ParsedFile(items, written_ids)

    def parse_item(
        self,
        file: str,
        raw: dict[str, Any],
        label: str | None,
        fields: tuple[Field, ...],
        checks: tuple[ItemCheck, ...],
        context: Context,
    ) -> ParsedItem:
        known = {field.name for field in fields}
        for key in raw:
            if key not in known:
                self.report(file, label, field_label(key), unknown_field_message(key, fields))
        item = ParsedItem(label)
        for field in fields:
            if field.name not in raw:
                if field.required:
                    self.report(file, label, field.name, "required but missing")
                    item.failed.add(field.name)
                continue
            try:
                item.values[field.name] = field.parse(raw[field.name], context)
            except FieldError as error:
                self.report(file, label, field.name, str(error))
                item.failed.add(field.name)
        for check in checks:
            for field_name, message in check(item, context):
                self.report(file, label, field_name, message)
        return item

    # --- checks across files ----------------------------------------------------------

    def check_references(self, files: dict[str, _ParsedFile], pack_id: str | None) -> None:
        for reference in REFERENCES:
            known = files[reference.target].ids
            if known is None:
                continue  # the target file is already reported as unreadable
            for item in files[reference.file].items:
                for target in referenced_ids(item.values.get(reference.field)):
                    other_pack, local_id = split_key(target)
                    if other_pack and other_pack != pack_id:
                        continue  # a card of another pack: checked when the packs meet
                    if local_id not in known:
                        self.report(
                            reference.file,
                            item.label,
                            reference.field,
                            f"unknown {reference.what} {show(target)}",
                        )
        self.check_links_touch_this_pack(files["links.json"], pack_id)

    def check_links_touch_this_pack(self, links: _ParsedFile, pack_id: str | None) -> None:
        """A pack may link into another pack, but not link two other packs' cards."""
        for item in links.items:
            ends = [item.values.get(end) for end in ("from", "to")]
            foreign = [
                end
                for end in ends
                if isinstance(end, str) and split_key(end)[0] not in ("", pack_id)
            ]
            if len(foreign) == 2:
                self.report(
                    "links.json",
                    item.label,
                    "from",
                    "both ends are cards of other packs; a link must start or end at a card "
                    "of this pack",
                )

    def check_media_files(self, media: _ParsedFile) -> None:
        reported_by_reader = {problem.file for problem in self.pack.problems}
        for item in media.items:
            path = item.values.get("file")
            if path is None or path in reported_by_reader:
                continue
            try:
                data = self.pack.read_bytes(path)
            except PackReadError as error:
                self.report("media.json", item.label, "file", str(error))
                continue
            problem = image_problem(data)
            if problem:
                self.report(path, item.label, "file", problem)


def manifest_languages(manifest: dict[str, Any]) -> tuple[str, ...] | None:
    """The manifest's languages if they are valid; None otherwise (reported later)."""
    try:
        return language_list(manifest.get("languages"), Context())
    except FieldError:
        return None


def format_problem(manifest: dict[str, Any]) -> str | None:
    if "format" not in manifest:
        return f'required but missing: a pack\'s manifest says "format": "{PACK_FORMAT}"'
    if manifest["format"] != PACK_FORMAT:
        return (
            f"{show(manifest['format'])} is not a format this explorer reads; "
            f"it must be '{PACK_FORMAT}'"
        )
    return None


def format_version_problem(manifest: dict[str, Any]) -> str | None:
    supported = f"this explorer reads format version {PACK_FORMAT_VERSION}"
    if "format_version" not in manifest:
        return f"required but missing: {supported}"
    version = manifest["format_version"]
    if type(version) is not int:  # not isinstance: true/false and 1.0 are not versions
        return f"must be the whole number {PACK_FORMAT_VERSION}, not {kind_of(version)}"
    if version != PACK_FORMAT_VERSION:
        newer = "; a newer explorer may read it" if version > PACK_FORMAT_VERSION else ""
        return f"format version {version} is not supported: {supported}{newer}"
    return None


def items(count: int) -> str:
    return f"{count:,} item{'' if count == 1 else 's'}"


def unknown_field_message(key: str, fields: tuple[Field, ...]) -> str:
    names = [field.name for field in fields]
    close = difflib.get_close_matches(key, names, n=1) if len(key) <= 60 else []
    if close:
        return f"unknown field; did you mean '{close[0]}'?"
    return f"unknown field; the fields here are {', '.join(names)}"


def item_label(raw_item: Any, position: int) -> str:
    """How problems name an item: its id, or its position when it has no usable id."""
    if isinstance(raw_item, dict):
        item_id = raw_item.get("id")
        if isinstance(item_id, str) and item_id.strip():
            return field_label(item_id)
    return f"item {position}"


def field_label(name: str) -> str:
    """A name from the pack (an id, a key) as problems show it: short, nothing hidden."""
    return printable(name if len(name) <= 60 else name[:57] + "…")


def referenced_ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


def build_collection(manifest: ParsedItem, files: dict[str, _ParsedFile]) -> Collection:
    values = manifest.values
    entities = {
        spec.collection_attr: tuple(
            item.build(spec.entity, spec.fields) for item in files[spec.name].items
        )
        for spec in ENTITY_FILES
    }
    return Collection(
        manifest=Manifest(
            id=values["id"],
            title=values["title"],
            version=values["version"],
            languages=values["languages"],
            licence=values["licence"],
            description=values.get("description", {}),
        ),
        **entities,
    )
