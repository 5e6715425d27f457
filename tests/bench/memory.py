"""Peak memory of a benchmark subprocess."""

from __future__ import annotations

import resource


def peak_rss_kib() -> int:
    """This process's peak RSS in KiB: VmHWM, the high-water mark of its own memory.

    Not ``getrusage(RUSAGE_SELF).ru_maxrss`` alone: on Linux that survives exec, so a
    subprocess started by pytest would report at least pytest's own peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
