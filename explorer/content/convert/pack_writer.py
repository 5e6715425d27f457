"""Writing a converted pack folder whole or not at all: into ``OUT.partial``, checked by the
explorer's own validation, then renamed to ``OUT``."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path
from typing import Any

from explorer.content.convert.errors import ConvertError
from explorer.content.convert.pack_builder import PackBuilder
from explorer.content.problems import PackInvalid
from explorer.content.validate import check_pack

JSON_LINES_FROM = 10_000
"""Cards from this many on are written as cards.jsonl, a line at a time."""


def partial_path(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


def report_path(out: Path) -> Path:
    return out.with_name(out.name + ".report.txt")


def out_problem(out: Path) -> str | None:
    """Why ``out`` cannot receive the pack; None when it is free or an empty folder."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        return "exists and is not a folder; name a new folder"
    if out.is_dir() and any(out.iterdir()):
        return "is a folder that is not empty; name a new or empty folder"
    if not out.parent.is_dir():
        return f"cannot be made: the folder {out.parent} does not exist"
    return None


def write_pack(builder: PackBuilder, out: Path, *, checked: bool = True) -> None:
    """Write the records ``builder`` makes as the pack folder ``out``, checked as a pack
    unless ``checked`` is false; raises ConvertError, leaving nothing."""
    partial = partial_path(out)
    if partial.exists() or partial.is_symlink():
        _remove(partial)
    try:
        partial.mkdir()
        _write_json(partial / "manifest.json", builder.manifest())
        _write_cards(partial, builder.cards())
        for name, items in builder.referred_files().items():
            _write_json(partial / name, items)
        for name, picture in builder.pictures.items():
            (partial / name).parent.mkdir(exist_ok=True)
            shutil.copyfile(picture, partial / name)
        if checked:
            check_pack(partial)
        if out.is_dir():
            out.rmdir()
        os.replace(partial, out)
    except PackInvalid as invalid:
        _remove(partial)
        raise ConvertError(
            str(out), None, None, f"the converted pack did not pass validation:\n{invalid}"
        ) from None
    except OSError as error:
        _remove(partial)
        raise ConvertError(str(out), None, None, f"cannot be written: {error}") from None
    except BaseException:  # stopped while the cards were made (Ctrl-C, Cancel)
        _remove(partial)
        raise


def _write_json(path: Path, value: Any) -> None:
    with path.open("w", encoding="utf-8") as file:
        json.dump(value, file, ensure_ascii=False, indent=2)
        file.write("\n")


def _write_cards(folder: Path, cards: Iterator[dict[str, Any]]) -> None:
    """The cards as cards.json, or as cards.jsonl once there are ``JSON_LINES_FROM``: then
    written as they come, a line each, none of them held."""
    first = list(islice(cards, JSON_LINES_FROM))
    if len(first) < JSON_LINES_FROM:
        _write_json(folder / "cards.json", first)
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every line
    with (folder / "cards.jsonl").open("w", encoding="utf-8") as file:
        for card in chain(first, cards):
            file.write(encode(card))
            file.write("\n")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
