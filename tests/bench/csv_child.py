"""One `explorer convert csv` or `explorer import`, in a process of its own, that says its
peak memory at the end.

    python -m tests.bench.csv_child convert SOURCE MAPPING OUT
    python -m tests.bench.csv_child import PACK
    python -m tests.bench.csv_child import-csv SOURCE MAPPING
"""

from __future__ import annotations

import json
import sys


def main(arguments: list[str]) -> int:
    from explorer.cli import main as explorer
    from tests.bench.memory import peak_rss_kib

    verb, *rest = arguments
    if verb == "convert":
        source, mapping, out = rest
        command = ["convert", "csv", source, out, "--mapping", mapping, "--id", "csv-bench"]
    elif verb == "import-csv":
        source, mapping = rest
        command = ["import", source, "--from", "csv", "--mapping", mapping, "--id", "csv-bench"]
    else:
        command = ["import", *rest]
    status = explorer(command)
    print(json.dumps({"status": status, "peak_rss_kib": peak_rss_kib()}), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
