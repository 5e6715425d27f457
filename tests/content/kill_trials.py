"""Kill a real ``explorer import`` at many moments and check what it leaves behind.

Each trial copies a prepared data folder (the bundled collection, one kept pack, a user
database), starts ``python -m explorer import`` on a pack of a few thousand cards, kills it
with SIGKILL after a delay spread evenly over the length of an import, and then checks:

* no journal or WAL lies beside ``content.db``, and ``PRAGMA integrity_check`` says ok;
* the content is whole: either exactly the packs before the import or exactly those after;
* the user database is byte for byte what it was;
* start-up then gives a database that matches the kept packs, and the same import succeeds.
"""

from __future__ import annotations

import copy
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from explorer.content.importer import imported_versions
from explorer.content.library import ContentLibrary
from explorer.store.locations import BUNDLED_COLLECTION
from tests.content.pack_builder import valid_pack_data, write_valid_pack

EXTRA_CARDS = 3000
REPOSITORY = Path(__file__).resolve().parents[2]


def write_big_pack(folder: Path, cards: int = EXTRA_CARDS) -> Path:
    """The valid test pack with ``cards`` more cards, as pack id ``big-pack``."""
    template = next(card for card in valid_pack_data()["cards"] if card["id"] == "dante")
    extra = []
    for number in range(cards):
        card = copy.deepcopy(template)
        card["id"] = f"card-{number}"
        card["title"] = {"en": f"Card number {number} of the big pack"}
        card["body"] = {"en": "A paragraph of body text. " * 20}
        extra.append(card)
    return write_valid_pack(
        folder,
        name="big-pack",
        manifest={"id": "big-pack"},
        cards=valid_pack_data()["cards"] + extra,
    )


def prepare_template(folder: Path) -> Path:
    """A data folder as a person would have it before the import; returns the folder."""
    home = folder / "home"
    library = ContentLibrary(home, BUNDLED_COLLECTION)
    library.prepare()
    library.import_pack(write_valid_pack(folder, name="kept", manifest={"id": "kept-pack"}))
    user = sqlite3.connect(home / "user.db")
    user.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    user.execute("INSERT INTO settings VALUES ('language', 'kk')")
    user.commit()
    user.close()
    return home


@dataclass
class Outcome:
    delay: float
    finished: bool
    """The import had ended (successfully) before the kill."""
    state: str
    """'before' or 'after': whose packs the content database held after the kill."""
    problems: list[str] = field(default_factory=list)


def _import_process(pack: Path, home: Path) -> subprocess.Popen:
    environment = dict(os.environ, EXPLORER_HOME=str(home), PYTHONPATH=str(REPOSITORY))
    return subprocess.Popen(
        [sys.executable, "-m", "explorer", "import", str(pack)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPOSITORY,
    )


def time_one_import(template: Path, pack: Path, work: Path) -> float:
    home = work / "timing"
    shutil.copytree(template, home)
    started = time.perf_counter()
    process = _import_process(pack, home)
    _, errors = process.communicate(timeout=600)
    if process.returncode != 0:
        raise RuntimeError(f"the import failed: {errors.decode()}")
    elapsed = time.perf_counter() - started
    shutil.rmtree(home)
    return elapsed


def run_trial(template: Path, pack: Path, home: Path, delay: float) -> Outcome:
    shutil.copytree(template, home)
    user_before = (home / "user.db").read_bytes()
    packs_before = imported_versions(home / "content.db")
    process = _import_process(pack, home)
    time.sleep(delay)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    outcome = Outcome(delay, finished, "")
    problems = outcome.problems
    database = home / "content.db"
    for suffix in ("-journal", "-wal"):
        if Path(f"{database}{suffix}").exists():
            problems.append(f"content.db{suffix} left behind")
    problems.extend(_integrity(database))
    packs_now = imported_versions(database)
    if packs_now == packs_before:
        outcome.state = "before"
    elif packs_now == {**packs_before, "big-pack": "1.0.0"}:
        outcome.state = "after"
    else:
        problems.append(f"content holds {packs_now}")
    if (home / "user.db").read_bytes() != user_before:
        problems.append("the user database changed")
    library = ContentLibrary(home, BUNDLED_COLLECTION)
    prepared = library.prepare()
    wanted = {pack.id for pack in library.kept_packs()} | {"italy-kazakhstan"}
    if set(imported_versions(prepared.database)) != wanted:
        problems.append(f"after start-up the content holds {imported_versions(database)}")
    problems.extend(_integrity(prepared.database))
    again = _import_process(pack, home)
    _, errors = again.communicate(timeout=600)
    if again.returncode != 0:
        problems.append(f"importing again failed: {errors.decode().strip()}")
    elif "big-pack" not in imported_versions(database):
        problems.append("importing again did not bring the pack in")
    return outcome


def _integrity(database: Path) -> list[str]:
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as error:
        result = str(error)
    finally:
        conn.close()
    return [] if result == "ok" else [f"integrity_check: {result}"]


def run_trials(work: Path, trials: int, cards: int = EXTRA_CARDS) -> tuple[float, list[Outcome]]:
    """``trials`` kills spread evenly over the length of an import (the quicker of two)."""
    template = prepare_template(work / "template")
    pack = write_big_pack(work, cards)
    duration = min(time_one_import(template, pack, work) for _ in range(2))
    outcomes = []
    for number in range(trials):
        delay = duration * (number + 0.5) / trials
        outcomes.append(run_trial(template, pack, work / f"trial-{number}", delay))
        shutil.rmtree(work / f"trial-{number}")
    return duration, outcomes
