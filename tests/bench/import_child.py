"""One `explorer import`, in a process of its own, that says its peak memory at the end.

    python -m tests.bench.import_child PACK [--profile STATS]

Runs ``explorer import PACK`` as the ``explorer`` command does (the data folder is
``EXPLORER_HOME``), then prints one JSON line, ``{"status": …, "peak_rss_kib": …}``. With
``--profile``, the import runs under cProfile and its statistics are written to STATS.
"""

from __future__ import annotations

import json
import sys


def main(arguments: list[str]) -> int:
    from explorer.cli import main as explorer
    from tests.bench.memory import peak_rss_kib

    pack, *rest = arguments
    command = ["import", pack]
    if rest[:1] == ["--profile"]:
        import cProfile

        profile = cProfile.Profile()
        status = profile.runcall(explorer, command)
        profile.dump_stats(rest[1])
    else:
        status = explorer(command)
    print(json.dumps({"status": status, "peak_rss_kib": peak_rss_kib()}), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
