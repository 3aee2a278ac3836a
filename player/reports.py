"""Machine-readable `lectern-report ...` lines on stdout for bench/ and tests, and the
figures they carry: how old the process is, its memory, what it has loaded.

Qt-free and small: `player.app` reports the first paint with it, `player.scripted_run`
every script step.
"""
from __future__ import annotations

import linecache
import os
import sys
import time
from pathlib import Path


def report(line: str) -> None:
    """A machine-readable line on stdout for bench/ and tests (not a log message)."""
    try:
        sys.stdout.write(f"lectern-report {line}\n")
        sys.stdout.flush()
    except (OSError, ValueError):  # nobody reads stdout any more: the report is optional
        pass


def process_age() -> float:
    """Seconds since this process started (Linux /proc; wall clock since import elsewhere)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


_IMPORTED_AT = time.perf_counter()


def memory_kb() -> dict[str, int]:
    """Current and peak resident memory of this process, in KiB (Linux)."""
    out: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = int(line.split()[1])
    except OSError:
        pass
    return {"rss_kb": out.get("VmRSS", 0), "peak_rss_kb": out.get("VmHWM", 0)}


def mapped_libraries() -> list[str]:
    """File names of the shared libraries mapped into this process (Linux; else empty)."""
    names: set[str] = set()
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.split(maxsplit=5)  # address perms offset device inode [path]
                if len(fields) == 6 and ".so" in fields[5]:
                    names.add(Path(fields[5].strip()).name)
    except OSError:
        pass
    return sorted(names)


def loaded_report(step: str) -> str:
    """`loaded step=... modules=a,b libraries=x,y linecache=N`: what this process has loaded
    (for `LECTERN_REPORT_MODULES`; names hold no spaces or commas)."""
    modules = ",".join(sorted(sys.modules))
    return (f"loaded step={step} modules={modules} libraries={','.join(mapped_libraries())} "
            f"linecache={len(linecache.cache)}")
