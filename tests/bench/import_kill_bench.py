"""Kill a real ``explorer import`` 120 times, spread over its length, and count what survives.

    .venv/bin/python -m pytest tests/bench/import_kill_bench.py -s

The floor is the import left to finish (its length sets where the kills land). Every trial
must leave whole content, the previous packs or the new ones, an untouched user database, and
a start-up and a second import that work; see tests/content/kill_trials.py.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path

from tests.content.kill_trials import EXTRA_CARDS, run_trials

TRIALS = int(os.environ.get("KILL_TRIALS", "120"))


def test_imports_killed_at_many_moments() -> None:
    with tempfile.TemporaryDirectory(prefix="kill-bench-") as folder:
        duration, outcomes = run_trials(Path(folder), TRIALS)
    states = Counter(outcome.state for outcome in outcomes)
    killed = sum(not outcome.finished for outcome in outcomes)
    late = sum(not outcome.finished and outcome.state == "after" for outcome in outcomes)
    failed = [outcome for outcome in outcomes if outcome.problems]
    print()
    print(f"import of a {EXTRA_CARDS + 3}-card pack, left to finish: {duration:.2f} s")
    print(
        f"{len(outcomes)} trials, {killed} killed mid-import, {len(outcomes) - killed} "
        "after it ended"
    )
    print(
        f"content after the kill: {states['before']} as before, {states['after']} with the "
        f"new pack ({late} of them killed after the commit), {len(failed)} with a problem"
    )
    for outcome in failed:
        print(f"  killed at {outcome.delay:.3f} s: {'; '.join(outcome.problems)}")
    assert not failed
    assert states["before"] > 0, "no kill landed before the commit"
