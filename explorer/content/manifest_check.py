"""The checks of a pack's manifest that decide whether the rest can be read at all."""

from __future__ import annotations

from typing import Any

from explorer.content.entity_files import ParsedItem
from explorer.content.field_parsers import Context, FieldError, kind_of, language_list, show
from explorer.domain.collection import PACK_FORMAT, PACK_FORMAT_VERSION, Manifest
from explorer.domain.wording import PackProblems, Wording


def manifest_languages(manifest: dict[str, Any]) -> tuple[str, ...] | None:
    """The manifest's languages if they are valid; None otherwise (reported later)."""
    try:
        return language_list(manifest.get("languages"), Context())
    except FieldError:
        return None


def format_problem(manifest: dict[str, Any]) -> Wording | None:
    if "format" not in manifest:
        return PackProblems.tr('required but missing: a pack\'s manifest says "format": "%1"').arg(
            PACK_FORMAT
        )
    if manifest["format"] != PACK_FORMAT:
        return PackProblems.tr("%1 is not a format this explorer reads; it must be '%2'").arg(
            show(manifest["format"]), PACK_FORMAT
        )
    return None


def format_version_problem(manifest: dict[str, Any]) -> Wording | None:
    supported = str(PACK_FORMAT_VERSION)
    if "format_version" not in manifest:
        return PackProblems.tr("required but missing: this explorer reads format version %1").arg(
            supported
        )
    version = manifest["format_version"]
    if type(version) is not int:  # not isinstance: true/false and 1.0 are not versions
        return PackProblems.tr("must be the whole number %1, not %2").arg(
            supported, kind_of(version)
        )
    if version > PACK_FORMAT_VERSION:
        return PackProblems.tr(
            "format version %1 is not supported: this explorer reads format version %2; "
            "a newer explorer may read it"
        ).arg(str(version), supported)
    if version != PACK_FORMAT_VERSION:
        return PackProblems.tr(
            "format version %1 is not supported: this explorer reads format version %2"
        ).arg(str(version), supported)
    return None


def build_manifest(item: ParsedItem) -> Manifest:
    values = item.values
    return Manifest(
        id=values["id"],
        title=values["title"],
        version=values["version"],
        languages=values["languages"],
        licence=values["licence"],
        description=values.get("description", {}),
    )
