"""A real ``explorer import`` killed at several moments never loses or damages anything.

The full run (100 trials and more) is tests/bench/import_kill_bench.py.
"""

from __future__ import annotations

from tests.content.kill_trials import run_trials

TRIALS = 4
CARDS = 1000


def test_an_import_killed_at_any_moment_leaves_whole_content(tmp_path):
    duration, outcomes = run_trials(tmp_path, TRIALS, CARDS)
    problems = [(outcome.delay, problem) for outcome in outcomes for problem in outcome.problems]
    assert problems == []
    states = {outcome.state for outcome in outcomes}
    assert "before" in states, f"no kill landed before the commit (import took {duration:.2f} s)"
