"""Converting a fixture into a pack folder, then reading it back with the explorer's own
validation, for the converter tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from explorer.content.convert.convert_command import convert
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.convert.report import ConversionReport
from explorer.content.importer import import_pack
from explorer.content.validate import load_pack
from explorer.domain.collection import Collection

FIXTURES = Path(__file__).parent / "fixtures"


def converted(
    tmp_path: Path,
    format_name: str,
    source: Path,
    mapping: Path | None = None,
    **options: str,
) -> tuple[Collection, ConversionReport, Path]:
    """The collection the converted pack holds (validated), its report and its folder."""
    out = tmp_path / "pack"
    report = convert(format_name, source, out, PackOptions(**options), mapping)
    return load_pack(out), report, out


def imported_cards(pack: Path, tmp_path: Path) -> int:
    """Import ``pack`` into a new content database; the number of cards it took in."""
    return import_pack(pack, tmp_path / "data" / "content.db").cards


def card(collection: Collection, title: str):
    return next(c for c in collection.cards if c.title["en"] == title)


def losses(report: ConversionReport, field: str) -> list[str]:
    return [f"{loss.record}: {loss.what}" for loss in report.losses if loss.field == field]


@pytest.fixture
def temporary(tmp_path, monkeypatch):
    """The folder temporary folders are made in, for this test alone: to see none is left."""
    folder = tmp_path / "temporary"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder
