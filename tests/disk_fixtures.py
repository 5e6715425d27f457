"""Real file systems that are full or read-only, for the tests that need one.

A small tmpfs is a real full disk (writes fail with ENOSPC), and a tmpfs remounted read-only
refuses writes even to root. Both need the right to mount; without it, a read-only folder
falls back to permissions (which hold for anyone but root), and otherwise the test is
skipped, saying why.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    return result.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextlib.contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """``folder`` as a file system of ``size_kib`` KiB."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount(
        "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)
    ):
        pytest.skip("a full disk needs a small tmpfs, and mounting one is not permitted here")
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path, leave_bytes: int) -> None:
    """Fill the file system of ``folder`` until only about ``leave_bytes`` are free."""
    free = shutil.disk_usage(folder).free
    if free > leave_bytes:
        with open(folder / "filler", "wb") as file:
            file.write(b"\0" * (free - leave_bytes))


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder``, with its current contents, made read-only for this process."""
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    copy = folder.with_name(folder.name + ".contents")
    shutil.copytree(folder, copy)
    if not _mount("-t", "tmpfs", "tmpfs", str(folder)):
        shutil.rmtree(copy)
        pytest.skip("root ignores permissions, and mounting a read-only tmpfs is not permitted")
    try:
        shutil.copytree(copy, folder, dirs_exist_ok=True)
        if not _mount("-o", "remount,ro", str(folder)):
            pytest.skip("remounting a tmpfs read-only is not permitted here")
        yield folder
    finally:
        _unmount(folder)
        shutil.rmtree(copy, ignore_errors=True)
