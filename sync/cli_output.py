"""How the command line prints lists: for people at a terminal, and for scripts.

At a terminal a table fits the window (long values are shortened with "…"); when stdout is a
pipe or a file nothing is ever cut, since a script would read a truncated id or title as the
real one; `--json` prints the records themselves, one JSON array, for deployment scripts.
"""
from __future__ import annotations

import json
import shutil
import sys
from typing import Any, Sequence, TextIO

from .text_safety import neutralize

# Which columns give up width first at a narrow terminal: the free-text ones.
_MIN_WIDTH = 8


def print_json(records: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(records, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *,
                shrink: Sequence[int] = (), stream: TextIO | None = None) -> None:
    """Columns padded to their widest value. Only at a terminal, and only the columns in
    `shrink` (indexes), are shortened to fit its width."""
    out = stream or sys.stdout
    table = [list(headers)] + [[neutralize(str(c)) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]
    if out.isatty() and shrink:
        room = shutil.get_terminal_size((100, 24)).columns
        excess = sum(widths) + 2 * (len(widths) - 1) - room
        for i in shrink:
            if excess <= 0:
                break
            cut = min(excess, max(widths[i] - max(_MIN_WIDTH, len(headers[i])), 0))
            widths[i] -= cut
            excess -= cut
        for r in table:
            for i in shrink:
                if len(r[i]) > widths[i]:
                    r[i] = r[i][:widths[i] - 1] + "…"
    for r in table:
        out.write("  ".join(col.ljust(w) for col, w in zip(r, widths)).rstrip() + "\n")
