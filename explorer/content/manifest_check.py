"""The checks of a pack's manifest that decide whether the rest can be read at all."""

from __future__ import annotations

from typing import Any

from explorer.content.entity_files import ParsedItem
from explorer.content.field_parsers import Context, FieldError, kind_of, language_list, show
from explorer.domain.collection import PACK_FORMAT, PACK_FORMAT_VERSION, Manifest


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
