"""What every `lectern` command shares: exit codes, the terminal progress bar, sizes in
words, and the profile a command works on (its PIN asked on a terminal or read from stdin).

Commands here only parse, call one service (`sync.services`) and print; the services do
the checking and say what is wrong in plain words.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TextIO, TypeVar

if TYPE_CHECKING:
    from ..paths import DataPaths
    from ..services.connection import NetworkTimings

T = TypeVar("T")

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 2, 130
JSON_HELP = "print the records as JSON (for scripts)"
#: A wrong PIN costs this long before the command exits: guessing through a script is slow.
WRONG_PIN_DELAY_S = 1.0
#: `extra=` of log records meant for the log file only (the terminal gets one line).
FILE_ONLY = {"file_only": True}
#: Every command logs as "sync.cli", whichever module of the package it lives in.
log = logging.getLogger("sync.cli")


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when stderr is not a terminal."""

    def __init__(self, label: str, stream: TextIO = sys.stderr) -> None:
        self.label = label
        self.stream = stream
        self.enabled = stream.isatty()
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        self._drawn = True
        pct = 100 * done / total if total else 100.0
        width = 30
        filled = int(width * pct / 100)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {pct:5.1f}% "
                          f"{done / 1e6:.1f}/{total / 1e6:.1f} MB")
        self.stream.flush()

    def note(self, text: str) -> None:
        """A word after the bar (e.g. why a download waits)."""
        if self.enabled and text:
            self.stream.write(f"  ({text})")

    def finish(self) -> None:
        """End the bar's line, if one was drawn."""
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def human(n: float) -> str:
    """A size in SI units: 812 B, 1.2 kB, 3.9 MB."""
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)


def named_profile(args: argparse.Namespace) -> str | None:
    """The profile named by --profile or LECTERN_PROFILE; None when nobody named one."""
    return args.profile or os.environ.get("LECTERN_PROFILE") or None


def data_root(args: argparse.Namespace) -> Path:
    from ..services.profiles import data_root as root

    return root(args.data_dir)


def read_pin(args: argparse.Namespace, prompt: str, profile: str,
             from_stdin: bool | None = None) -> str:
    """One PIN: the next line of stdin with --pin-stdin (or `from_stdin`), else asked on the
    terminal; a script that gives none gets one clear line (exit 2), never a hang."""
    from ..services.profiles import PinNeededError

    if args.pin_stdin if from_stdin is None else from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise PinNeededError(f"Standard input ended before the PIN for the profile "
                                 f"“{profile}”.")
        return line.rstrip("\r\n")
    if sys.stdin.isatty():
        import getpass
        return getpass.getpass(prompt)
    raise PinNeededError(f"The profile “{profile}” has a PIN: give it on standard input with "
                         "--pin-stdin, or run the command in a terminal to be asked for it.")


def ask_pin(args: argparse.Namespace, from_stdin: bool | None = None) -> Callable[[str], str]:
    """The profile's own PIN, asked only when the service finds it has one."""
    return lambda name: read_pin(args, f"PIN for the profile “{name}”: ", name, from_stdin)


def ask_new_pin(args: argparse.Namespace, from_stdin: bool) -> Callable[[str], str | None]:
    """A new PIN: a line of stdin, or typed twice on a terminal; empty means no PIN."""
    def ask(name: str) -> str | None:
        from ..errors import StoreError

        if from_stdin:
            return read_pin(args, "", name, from_stdin=True).strip() or None
        pin = read_pin(args, f"New PIN for “{name}” (4 to 12 digits; Enter for no PIN): ",
                       name, from_stdin=False).strip()
        if pin and read_pin(args, "The new PIN again: ", name, from_stdin=False).strip() != pin:
            raise StoreError("The two PINs are not the same; nothing was changed.")
        return pin or None
    return ask


def wrong_pin_waits(action: Callable[[], T]) -> T:
    """`action()`; a wrong PIN waits WRONG_PIN_DELAY_S before the command says so."""
    from ..services.profiles import WrongPinError

    try:
        return action()
    except WrongPinError:
        time.sleep(WRONG_PIN_DELAY_S)
        raise


def profile_paths(args: argparse.Namespace) -> "DataPaths":
    """The profile a command works on. It must exist: a mistyped --profile is an error, not
    a new profile (`default` alone is created implicitly, while the data dir has no profile
    at all: a first start). A profile with a PIN needs it (`--pin-stdin`, or asked on a
    terminal)."""
    cached: DataPaths | None = getattr(args, "_profile_paths", None)
    if cached is not None:
        return cached
    from ..services.profiles import open_profile

    paths = wrong_pin_waits(lambda: open_profile(data_root(args), named_profile(args),
                                                 pin=ask_pin(args)))
    args._profile_paths = paths
    return paths


def key_files(args: argparse.Namespace) -> list[str]:
    """The --trust KEY.pub files given (none: an empty list)."""
    return list(getattr(args, "trust", None) or [])


def network_timings() -> "NetworkTimings":
    """A command waits as long as the link is alive (LECTERN_READ_TIMEOUT seconds without a
    byte, 30 by default); Ctrl+C stops it."""
    from ..services.connection import NetworkTimings

    return NetworkTimings.unbounded(float(os.environ.get("LECTERN_READ_TIMEOUT", "30")))
