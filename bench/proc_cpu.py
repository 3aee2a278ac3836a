"""CPU time of process trees from /proc (Linux), for the benches' server-cost figures.

A bench that runs its load client in its own process must count only the server's CPU:
the hub processes (and the workers they forked) and, on PostgreSQL, the database server's
processes (the postmaster, its client backends, its background writers). Children are found
by their parent pid in /proc/*/stat (not /proc/PID/task/TID/children, which lists only the
children forked by that one thread); a child that has exited and been waited for is in
its parent's cutime/cstime, so a backend that closes mid-run is still counted.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ProcCpu:
    """One process's CPU seconds: its own (utime+stime) and its waited-for children's."""

    pid: int
    own: float
    dead_children: float
    name: str   # the command line, for telling PostgreSQL's backends from its helpers


def _stat(pid: int) -> tuple[int, float, float] | None:
    """(ppid, own seconds, waited-for children's seconds), None when the process is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    # utime(11) stime(12) cutime(13) cstime(14)
    return (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK,
            (int(fields[13]) + int(fields[14])) / TICK)


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def tree(roots: list[int]) -> dict[int, ProcCpu]:
    """Every process in the trees under `roots` (roots included), by pid."""
    parents: dict[int, list[int]] = {}
    stats: dict[int, tuple[int, float, float]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            st = _stat(int(entry.name))
            if st is not None:
                stats[int(entry.name)] = st
                parents.setdefault(st[0], []).append(int(entry.name))
    found: dict[int, ProcCpu] = {}
    todo = [pid for pid in roots if pid in stats]
    while todo:
        pid = todo.pop()
        if pid in found:
            continue
        _ppid, own, dead = stats[pid]
        found[pid] = ProcCpu(pid, own, dead, _cmdline(pid))
        todo.extend(parents.get(pid, []))
    return found


def total(snapshot: dict[int, ProcCpu]) -> float:
    """All CPU seconds of a snapshot: every live process's own and its dead children's."""
    return sum(p.own + p.dead_children for p in snapshot.values())


def delta(before: dict[int, ProcCpu], after: dict[int, ProcCpu], only: str | None = None) -> float:
    """CPU seconds spent between two snapshots of the same trees; with `only`, just the
    live processes whose command line contains it (a process that appeared in between
    counts from zero)."""
    spent = 0.0
    for pid, now in after.items():
        if only is not None and only not in now.name:
            continue
        then = before.get(pid)
        spent += now.own - (then.own if then else 0.0)
        if only is None:
            spent += now.dead_children - (then.dead_children if then else 0.0)
    return spent


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as /proc/loadavg says them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def renice(roots: list[int], value: int) -> int:
    """Set the nice value of every thread of every process under `roots` (Linux nice is per
    thread; threads made later inherit their creator's). Returns how many threads changed."""
    changed = 0
    for pid in tree(roots):
        try:
            tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
        except OSError:
            continue
        for tid in tids:
            try:
                os.setpriority(os.PRIO_PROCESS, tid, value)
                changed += 1
            except OSError:
                pass
    return changed
