"""Lectern's log file: what court IT reads (or sends in `lectern diagnostics`) after a problem.

Every `lectern` command and the player append to `<data dir>/logs/lectern.log`, rotated at
1 MB with 5 older files kept (`lectern.log.1` … `.5`), or to the file `--log-file` names.
Records are scrubbed before they are written: no `user:password@` in addresses, no bearer
tokens, whatever a message quotes.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_DIR = "logs"
LOG_NAME = "lectern.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@?#]*@")
_BEARER = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/-]+=*")
# `token=…`, `password = …`, `"pin": "…"` (query strings, settings, JSON); not prose such as
# "has a PIN: give it".
_KEYED = re.compile(r"(?i)\b(token|password|passwd|pin|secret)(\s*=\s*\"?|\"\s*:\s*\"?)[^\s\"',;&)}\]]+")


def scrub(text: str) -> str:
    """The text without secrets an address or a message might carry: `scheme://user:pass@`
    loses its user part, and `token=…`, `password: …`, `Bearer …` lose their value."""
    text = _USERINFO.sub(r"\1***@", text)
    text = _BEARER.sub(lambda m: f"{m[1]}***", text)
    return _KEYED.sub(lambda m: f"{m[1]}{m[2]}***", text)


def default_log_file(data_root: Path) -> Path:
    return Path(data_root) / LOG_DIR / LOG_NAME


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _SharedRotatingHandler(logging.handlers.RotatingFileHandler):
    """The player and CLI commands share the file. Where another process holds it open
    (Windows) the rotation can fail: then keep appending instead of reporting an error on
    every record."""

    def doRollover(self) -> None:  # noqa: N802 - logging API
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def install_log_file(path: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Add the rotating log file at `path` to the root logger; None (and nothing logged to
    a file) when it cannot be created, which must never stop Lectern."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _SharedRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                         encoding="utf-8", delay=True)
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s (%s)", path, exc)
        return None
    handler.setLevel(level)
    handler.setFormatter(_ScrubbingFormatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler


def may_write_log_in(data_root: Path) -> bool:
    """False for an administrator working in another account's data dir (a PIN reset): a
    log file root creates there could not be written by the learner's own Lectern."""
    if os.name != "posix" or os.geteuid() != 0:
        return True
    try:
        return Path(data_root).stat().st_uid == 0
    except OSError:
        return True


def log_files(path: Path) -> list[Path]:
    """The log file and its rotated predecessors, oldest first."""
    path = Path(path)
    older = [path.with_name(f"{path.name}.{n}") for n in range(BACKUPS, 0, -1)]
    return [p for p in (*older, path) if p.is_file()]


def last_lines(path: Path, count: int) -> list[str]:
    """The last `count` lines written to the log (across rotations), scrubbed."""
    lines: list[str] = []
    for file in reversed(log_files(path)):
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        lines = text.splitlines() + lines
        if len(lines) >= count:
            break
    return [scrub(line) for line in lines[-count:]]
