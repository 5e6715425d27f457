"""One pass over a pack: read every file once, check everything, hand on what is valid.

The files are read in the order of the format (manifest, categories, sources, places,
eras, lanes, media and their pictures, cards, links, figures, routes, stories), so every
reference points
back to records already read and is checked as soon as its record is read, against the
ids seen so far. Records are never held: each valid one goes to the sink at once, and a
JSON Lines file is read a line at a time. What stays is small: the ids of each kind, the
problems, and the position of the items of files read whole (to sort the problems).

Problems are collected, not raised one by one, so that a curator sees everything that is
wrong with a pack at once. Only an unknown format stops the checking early: when the
format is not known, nothing else in the pack can be understood.
"""

from __future__ import annotations

import re
from contextlib import closing
from typing import Any

from explorer.content.clean_card import CleanCards, plain_json
from explorer.content.entity_files import (
    ENTITY_FILES,
    MANIFEST,
    MANIFEST_FIELDS,
    REFERENCES,
    EntityFile,
)
from explorer.content.field_parsers import Context, kind_of, show
from explorer.content.file_pump import pumped
from explorer.content.import_progress import ImportProgress, ImportStep, quietly
from explorer.content.item_check import (
    field_label,
    item_label,
    parse_item,
    referenced_ids,
)
from explorer.content.json_records import JsonError, JsonReader, split_lines
from explorer.content.manifest_check import (
    build_manifest,
    format_problem,
    format_version_problem,
    manifest_languages,
)
from explorer.content.markup_check import markup_found
from explorer.content.media_check import image_problem
from explorer.content.pack_reader import PackReader, PackReadError, describe_size
from explorer.content.pack_sink import NoSink, PackSink, PackSummary
from explorer.content.problem_list import ProblemList
from explorer.content.read_tee import ReadTee
from explorer.content.record_files import LINES_SUFFIX, find_record_files, stem
from explorer.content.records_progress import RecordsProgress
from explorer.content.story_records import step_markup, step_reference_problems
from explorer.domain.entities import Card, Media, Story
from explorer.domain.references import split_key
from explorer.domain.wording import PackProblems, Wording

_CARDS = "cards.json"
_STORIES = "stories.json"
_WRITTEN_ID = re.compile(rb'"id"\s*:\s*"([a-z0-9:-]{1,201})"')


Where = tuple[str | None, int]
"""Where a record is: (None, position) for an item of a JSON array; ("", line) for a line of
the kind's one JSON Lines file; (file, line) for a line of one of its files."""


class _StopChecking(Exception):
    """Nothing more can be checked: the problems so far are all there is to say."""


class _KindReading:
    """What is remembered of one kind of record while its files are read."""

    def __init__(self, spec: EntityFile, known: set[str]) -> None:
        self.spec = spec
        self.field_names = frozenset(field.name for field in spec.fields)
        self.known = known
        """Every id written as text, so that a malformed id is reported once, at its item,
        and not again at every reference to it."""
        self.first_seen: dict[str, Where] = {}
        """Valid id -> where it was first seen."""
        self.references = [r for r in REFERENCES if r.file == spec.name]
        self.read = 0
        """Records read from JSON Lines files, against the limit of records of a kind."""


class PackCheck:
    """One run of checks over one pack, handing each valid record to ``sink``.

    ``tee`` receives every file read (for the fingerprint and the kept copy); ``progress``
    hears how the pictures and the records advance.
    """

    def __init__(
        self,
        pack: PackReader,
        sink: PackSink,
        *,
        tee: ReadTee | None = None,
        progress: ImportProgress = quietly,
    ) -> None:
        self.pack = pack
        self.sink = sink
        self.tee = tee or ReadTee()
        self.progress = progress
        self.problems = ProblemList(pack.problems)
        self.records_progress = RecordsProgress(pack, progress)
        self.records = 0
        """Records of every kind read so far, against ``Limits.max_records``."""
        self.known: dict[str, set[str] | None] = {}
        """Kind -> the ids written in its files; None when they could not be read (then
        references to them are not checked)."""
        self.counts: dict[str, int] = {spec.name: 0 for spec in ENTITY_FILES}
        self.pack_id: str | None = None
        self.pictures: list[tuple[str | None, str, Media | None]] = []
        self.json = JsonReader()
        self.clean_cards = CleanCards(Context())

    def run(self) -> PackSummary:
        """Check the whole pack; raises PackInvalid listing the problems found."""
        try:
            raw_manifest = self.read_manifest()
        except _StopChecking:
            raise self.problems.invalid() from None
        context = Context(languages=manifest_languages(raw_manifest))
        self.clean_cards = CleanCards(context)
        before = len(self.problems)
        parsed = parse_item(
            raw_manifest, None, MANIFEST_FIELDS, (), context, self.problems.reporter(MANIFEST, None)
        )
        self.pack_id = parsed.values.get("id")
        manifest = build_manifest(parsed) if len(self.problems) == before else None
        if manifest is not None:
            self.warn_of_markup(MANIFEST, None, manifest, None)
        if manifest is None:
            self.sink = NoSink()  # nothing will be kept of a pack with problems
        else:
            self.sink.begin(manifest)
        for spec in ENTITY_FILES:
            if spec.name == "cards.json":
                self.records_progress.start()
            self.check_kind(spec, context)
            if spec.name == "media.json":
                self.check_pictures()
        self.records_progress.finish()
        if not self.problems:
            self.read_the_rest()
        if self.problems or manifest is None:  # no manifest means its problems were reported
            raise self.problems.invalid()
        self.sink.finish()
        return PackSummary(
            manifest,
            dict(self.counts),
            self.problems.sorted_warnings(),
            self.problems.unlisted_warnings,
        )

    def report(
        self,
        file: str,
        item: str | None,
        field: str | None,
        message: str,
        line: int | None = None,
    ) -> None:
        self.problems.report(file, item, field, message, line)

    # --- reading ----------------------------------------------------------------------

    def read_whole(self, name: str) -> bytes:
        data = self.pack.read_bytes(name)
        self.tee.whole(name, data)
        return data

    def read_json(self, name: str) -> Any:
        """The JSON value in file ``name``; raises PackReadError or JsonError."""
        value = self.json.parse(self.read_whole(name))
        for key in dict.fromkeys(self.json.repeated_keys):
            self.report(name, None, None, _REPEATED_KEY.arg(show(key)))
        return value

    def read_manifest(self) -> dict[str, Any]:
        if not self.pack.exists(MANIFEST):
            self.report(
                MANIFEST,
                None,
                None,
                PackProblems.tr(
                    "missing: a pack needs a manifest.json at its top level "
                    "(in a zip, possibly inside one top-level folder)"
                ),
            )
            raise _StopChecking
        try:
            raw = self.read_json(MANIFEST)
        except (PackReadError, JsonError) as error:
            self.report(MANIFEST, None, None, error.args[0])
            raise _StopChecking from None
        if not isinstance(raw, dict):
            self.report(
                MANIFEST,
                None,
                None,
                PackProblems.tr("must hold a JSON object, not %1").arg(kind_of(raw)),
            )
            raise _StopChecking
        problems = [
            (field, message)
            for field, message in (
                ("format", format_problem(raw)),
                ("format_version", format_version_problem(raw)),
            )
            if message
        ]
        for field, message in problems:
            self.report(MANIFEST, None, field, message)
        if problems:
            raise _StopChecking
        return raw

    def read_the_rest(self) -> None:
        """Hand on the files no check read (the fingerprint covers every file)."""
        if not self.tee.targets:
            return
        for name in self.pack.names():
            if name in self.tee.seen:
                continue
            try:
                with (
                    self.pack.open_stream(name) as stream,
                    closing(pumped(stream, self.tee.open(name))) as pieces,
                ):
                    for _ in pieces:
                        pass
            except PackReadError as error:
                self.report(name, None, None, error.args[0])

    # --- records ----------------------------------------------------------------------

    def check_kind(self, spec: EntityFile, context: Context) -> None:
        files, problem = find_record_files(self.pack, spec.name)
        if problem is not None:
            self.report(problem[0], None, None, problem[1])
            self.known[spec.name] = None
            return
        if files is None:
            if spec.required:
                self.report(
                    spec.name, None, None, PackProblems.tr("missing: every pack needs this file")
                )
            self.known[spec.name] = None if spec.required else set()
            return
        if spec.name == "media.json":
            self.problems.media_file = files.names[0]
        kind = _KindReading(spec, set())
        self.known[spec.name] = kind.known
        try:
            if files.lines:
                for name in files.names:
                    self.check_lines(name, kind, context)
            else:
                self.check_array(files.names[0], kind, context)
        except _KindUnreadable:
            self.known[spec.name] = None

    def check_array(self, name: str, kind: _KindReading, context: Context) -> None:
        try:
            raw = self.read_json(name)
        except (PackReadError, JsonError) as error:
            self.report(name, None, None, error.args[0])
            raise _KindUnreadable from None
        if not isinstance(raw, list):
            self.report(
                name,
                None,
                None,
                PackProblems.tr("must hold a JSON array of objects, not %1").arg(kind_of(raw)),
            )
            raise _KindUnreadable
        problem = self.count_problem(kind, name, len(raw))
        if problem:
            self.report(name, None, None, problem)
            raise _KindUnreadable
        for position, raw_item in enumerate(raw, start=1):
            label = item_label(raw_item, position)
            self.problems.item_positions.setdefault((name, label), position)
            self.check_item(kind, raw_item, name, label, (None, position), None, context)
        self.records_progress.read_whole(name)

    def check_lines(self, name: str, kind: _KindReading, context: Context) -> None:
        limits = self.pack.limits
        try:
            with self.pack.open_stream(name) as stream:
                pieces = pumped(stream, self.tee.open(name))
                with closing(pieces):
                    counted = self.records_progress.pieces(name, pieces)
                    lines = split_lines(counted, limits.max_record_bytes)
                    for number, line in lines:
                        if line is None:
                            most = describe_size(limits.max_record_bytes)
                            self.report(
                                name,
                                None,
                                None,
                                PackProblems.tr(
                                    "the line is longer than %1, the most one record may "
                                    "take (a record is one line: a line break inside a record "
                                    "must be written \\n)"
                                ).arg(most),
                                number,
                            )
                            continue
                        if not line.strip():
                            continue
                        self.records += 1
                        kind.read += 1
                        problem = self.count_problem(kind, name, None)
                        if problem:
                            self.report(name, None, None, problem, number)
                            raise _KindUnreadable
                        self.check_line(kind, name, number, line, context)
        except PackReadError as error:
            self.report(name, None, None, error.args[0])
            raise _KindUnreadable from None

    def check_line(
        self, kind: _KindReading, name: str, number: int, line: bytes, context: Context
    ) -> None:
        try:
            raw = self.json.parse(line, one_line=True)
        except JsonError as error:
            self.report(name, None, None, error.args[0], number)
            # The record's id, if it can be seen, still counts as written: a link to it is
            # not also reported as a link to an unknown card.
            written = _WRITTEN_ID.search(line)
            if written:
                kind.known.add(written.group(1).decode())
            return
        one_file = name == stem(kind.spec.name) + LINES_SUFFIX
        where = ("", number) if one_file else (name, number)
        if not self.json.repeated_keys and kind.spec.name == _CARDS and type(raw) is dict:
            card = self.clean_cards.card(raw, plain_json(line))
            if card is not None:
                self.check_clean_card(kind, card, name, where, number)
                return
        for key in dict.fromkeys(self.json.repeated_keys):
            self.report(
                name,
                item_label(raw, None),
                None,
                _REPEATED_KEY.arg(show(key)),
                number,
            )
        label = item_label(raw, None)
        if kind.spec.name == "media.json":  # named with their pictures' problems
            self.problems.item_positions.setdefault((name, label), number)
        self.check_item(kind, raw, name, label, where, number, context)

    def count_problem(self, kind: _KindReading, name: str, count: int | None) -> Wording | None:
        """Why a file of ``count`` records is too many, None if it is not (and count them);
        with no ``count``, the records of a JSON Lines file, counted as they are read."""
        limits = self.pack.limits
        spec = kind.spec
        cards = spec.name == "cards.json"
        most = limits.max_cards if cards else limits.max_records_per_file
        if count is not None:
            if count > most:
                return PackProblems.tr(
                    "holds %n item(s); the most allowed in %1 is %2", "", count
                ).arg(name, most)
            self.records += count
            if self.records > limits.max_records:
                return PackProblems.tr(
                    "holds %n item(s), bringing the pack to %1; the most allowed in all its "
                    "files together is %2",
                    "",
                    count,
                ).arg(self.records, limits.max_records)
            return None
        if kind.read > most:
            if cards:
                return PackProblems.tr("holds more than %1 cards, the most a pack may hold").arg(
                    most
                )
            return PackProblems.tr("holds more than %1 %2 records, the most a pack may hold").arg(
                most, spec.name.removesuffix(".json")
            )
        if self.records > limits.max_records:
            return PackProblems.tr(
                "brings the pack to more than %1 records, the most allowed in all its files "
                "together"
            ).arg(limits.max_records)
        return None

    def check_item(
        self,
        kind: _KindReading,
        raw: Any,
        file: str,
        label: str | None,
        where: Where,
        line: int | None,
        context: Context,
    ) -> None:
        before = len(self.problems)
        report = self.problems.reporter(file, label, line)
        if not isinstance(raw, dict):
            report(None, PackProblems.tr("must be an object, not %1").arg(kind_of(raw)))
            return
        spec = kind.spec
        written = raw.get("id")
        if isinstance(written, str):
            kind.known.add(written)
        # A line of JSON Lines (with a ``line``) was offered to ``clean_cards`` already.
        card = self.clean_cards.card(raw) if spec.name == _CARDS and line is None else None
        if card is not None:
            self.check_clean_card(kind, card, file, where, line)
            return
        item = parse_item(raw, label, spec.fields, spec.checks, context, report, kind.field_names)
        item_id = item.values.get("id")
        if item_id in kind.first_seen:
            report("id", _USED_TWICE.arg(_both(kind.first_seen[item_id], where)))
        elif item_id:
            kind.first_seen[item_id] = where
        for reference in kind.references:
            self.check_reference(reference, item.values.get(reference.field), report)
        if spec.name == "links.json":
            self.check_link_touches_this_pack(item.values, report)
        if spec.name == _STORIES:
            steps = item.values.get("steps")
            for field, message in step_reference_problems(steps, self.known, self.pack_id):
                report(field, message)
        entity = None
        if len(self.problems) == before:
            entity = item.build(spec.entity, spec.fields)
            self.warn_of_markup(file, label, entity, line, spec.name)
            if spec.name == _STORIES:
                self.warn_of_step_markup(file, label, entity, line)
            self.counts[spec.name] += 1
            self.sink.add(spec.name, entity)
        if spec.name == "media.json" and "file" in item.values:
            self.pictures.append((label, item.values["file"], entity))

    def check_clean_card(
        self, kind: _KindReading, card: Card, file: str, where: Where, line: int | None
    ) -> None:
        """What ``check_item`` checks beyond the fields, for a card read by ``clean_card``."""
        before = len(self.problems)
        kind.known.add(card.id)
        report = self.problems.reporter(file, field_label(card.id), line)
        if card.id in kind.first_seen:
            report("id", _USED_TWICE.arg(_both(kind.first_seen[card.id], where)))
        else:
            kind.first_seen[card.id] = where
        if not self.card_references_known(card):
            values = {
                "category": card.category,
                "sources": card.sources,
                "places": card.places,
                "image": card.image,
                "lane": card.lane,
            }
            for reference in kind.references:
                self.check_reference(reference, values[reference.field], report)
        if len(self.problems) == before:
            self.warn_of_markup(file, field_label(card.id), card, line, _CARDS)
            self.counts[_CARDS] += 1
            self.sink.add(_CARDS, card)

    def warn_of_markup(
        self, file: str, label: str | None, entity: Any, line: int | None, kind: str = MANIFEST
    ) -> None:
        """A warning for each plain-text field of ``entity`` that holds markup."""
        for field, language, seen in markup_found(kind, entity):
            message = _MARKUP.arg(show(seen))
            if language is not None:
                message = PackProblems.tr("'%1': %2").arg(language, message)
            self.problems.warn(file, label, field, message, line)

    def warn_of_step_markup(
        self, file: str, label: str | None, story: Story, line: int | None
    ) -> None:
        for number, language, seen in step_markup(story):
            message = PackProblems.tr("'%1': %2").arg(language, _MARKUP.arg(show(seen)))
            self.problems.warn(file, label, "steps", _AT_STEP.arg(number, message), line)

    def card_references_known(self, card: Card) -> bool:
        """Whether every id ``card`` refers to was read (or its file could not be read)."""
        known = self.known
        categories, sources = known.get("categories.json"), known.get("sources.json")
        places, media = known.get("places.json"), known.get("media.json")
        lanes = known.get("lanes.json")
        return (
            (categories is None or card.category in categories)
            and (sources is None or sources.issuperset(card.sources))
            and (places is None or places.issuperset(card.places))
            and (media is None or card.image is None or card.image in media)
            and (lanes is None or card.lane is None or card.lane in lanes)
        )

    def check_reference(self, reference, value: Any, report) -> None:
        known = self.known.get(reference.target)
        if known is None:
            return  # the target file is already reported as unreadable
        for target in referenced_ids(value):
            other_pack, local_id = split_key(target)
            if other_pack and other_pack != self.pack_id:
                continue  # a card of another pack: checked when the packs meet
            if local_id not in known:
                report(reference.field, _UNKNOWN[reference.what].arg(show(target)))

    def check_link_touches_this_pack(self, values: dict[str, Any], report) -> None:
        """A pack may link into another pack, but not link two other packs' cards."""
        ends = [values.get(end) for end in ("from", "to")]
        foreign = [
            end
            for end in ends
            if isinstance(end, str) and split_key(end)[0] not in ("", self.pack_id)
        ]
        if len(foreign) == 2:
            report(
                "from",
                PackProblems.tr(
                    "both ends are cards of other packs; a link must start or end at a card "
                    "of this pack"
                ),
            )

    # --- pictures ---------------------------------------------------------------------

    def check_pictures(self) -> None:
        reported_by_reader = {problem.file for problem in self.pack.problems}
        total = len(self.pictures)
        if total:
            self.progress(ImportStep.PICTURES, 0, total)
        for done, (label, path, media) in enumerate(self.pictures, start=1):
            if path not in reported_by_reader:
                self.check_picture(label, path, media)
            self.progress(ImportStep.PICTURES, done, total)
        self.pictures = []

    def check_picture(self, label: str | None, path: str, media: Media | None) -> None:
        try:
            data = self.read_whole(path)
        except PackReadError as error:
            self.report(self.problems.media_file, label, "file", error.args[0])
            return
        problem = image_problem(data)
        if problem:
            self.report(path, label, "file", problem)
        elif media is not None and not self.problems:
            self.sink.picture(media, data)


class _KindUnreadable(Exception):
    """The records of a kind cannot all be read: references to them are not checked."""


_MARKUP = PackProblems.tr(
    "holds markup (%1) in a plain-text field: it is shown exactly as written, tags and all; "
    "write plain text (a blank line between paragraphs)"
)
_AT_STEP = PackProblems.tr("step %1: %2")
_REPEATED_KEY = PackProblems.tr("the key %1 appears twice in one object; keep only one")
_USED_TWICE = PackProblems.tr(
    "the id is used twice in this file (%1); ids must be unique within a file"
)
_UNKNOWN = {
    "category": PackProblems.tr("unknown category %1"),
    "source": PackProblems.tr("unknown source %1"),
    "place": PackProblems.tr("unknown place %1"),
    "picture": PackProblems.tr("unknown picture %1"),
    "card": PackProblems.tr("unknown card %1"),
    "lane": PackProblems.tr(
        "unknown lane %1; a card's lane must be the id of a lane in the pack's lanes.json"
    ),
}
_IN_TWO_FILES = PackProblems.tr("%1 line %2 and %3 line %4")
_ITEMS = PackProblems.tr("items %1 and %2")
_LINES = PackProblems.tr("lines %1 and %2")


def _both(first: Where, second: Where) -> Wording:
    """How a duplicate id names its two places: "items 3 and 7", "lines 3 and 7",
    "cards/0001.jsonl line 3 and cards/0002.jsonl line 7". The records of a kind are all
    items of one array or all lines of JSON Lines files."""
    (first_file, first_number), (second_file, second_number) = first, second
    if first_file is None:
        return _ITEMS.arg(str(first_number), str(second_number))
    if first_file == second_file == "":
        return _LINES.arg(first_number, second_number)
    return _IN_TWO_FILES.arg(first_file, first_number, second_file, second_number)
