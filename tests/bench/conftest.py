"""Benchmarks are named ``*_bench.py``: collect them when pytest is given this folder.

``make bench`` runs ``pytest tests/bench``, and pytest's default pattern (``test_*.py``)
would pass them by. A file named on the command line is collected by pytest itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    if file_path.name.endswith("_bench.py") and not parent.session.isinitpath(file_path):
        return pytest.Module.from_parent(parent, path=file_path)
    return None
