"""Thumbnails made by the windows of this test process, shared with the windows after them.

A home's thumbnail cache holds what earlier windows made, as a person's does after the first
start: each picture is made once per test process, not once per test. Making them is tested
on a home of its own (tests/ui/shell/test_main_window.py) and in tests/content.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from functools import cache
from pathlib import Path


@cache
def _folder() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="made-thumbnails-")  # removed at exit


def made_thumbnails() -> Path:
    """Where the thumbnails made so far are kept, named by picture hash and size."""
    return Path(_folder().name)


def share_thumbnails(source: Path, target: Path) -> None:
    """Link each thumbnail of ``source`` that ``target`` lacks into it."""
    for made in source.glob("*.png"):
        kept = target / made.name
        if not kept.exists():
            try:
                os.link(made, kept)
            except OSError:
                shutil.copyfile(made, kept)
