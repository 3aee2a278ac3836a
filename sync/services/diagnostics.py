"""The zip court IT attaches to a support request: versions, the site file, each profile's
settings and counts, the end of the log. No tokens, passwords or PINs; no profile or PIN is
needed to write it (court IT runs it on a learner's data dir)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..diagnostics import DiagnosticsResult


def write_diagnostics(root: Path | str, out: Path | str,
                      log_file: Path | str | None = None) -> "DiagnosticsResult":
    """Write the diagnostics of data dir `root` to `out` (replaced if it exists); the log
    read is `log_file`, else the data dir's own."""
    from ..diagnostics import write_diagnostics as write
    from ..logging_setup import default_log_file

    root = Path(root)
    return write(root, Path(out), Path(log_file) if log_file else default_log_file(root))
