"""`lectern`: the command line for learners, publishers and court IT scripts.

With no subcommand it opens the player. Exit codes: 0 success, 2 bad input (one clear line on
stderr, never a traceback), 130 interrupted.

Each command group is a module of this package (`bundles`, `certificates`, `courses`, `hub`,
`outline`, `profiles`, `settings`, `diagnostics`, `sync_files`); a command parses its arguments, calls one service of
`sync.services` and prints what it returns. Nothing here opens the learner's store or
decides a rule: the player calls the same services, so both say and refuse the same things.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from .. import __version__
from ..errors import LecternError
from . import bundles, certificates, courses, diagnostics, hub, outline, profiles, settings, sync_files
from .common import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    FILE_ONLY,
    JSON_HELP,
    WRONG_PIN_DELAY_S,
    TerminalProgress,
    data_root,
    log,
    named_profile,
)

__all__ = ["EXIT_BAD_INPUT", "EXIT_INTERRUPTED", "EXIT_OK", "JSON_HELP", "WRONG_PIN_DELAY_S",
           "TerminalProgress", "build_parser", "cmd_open", "main"]


def cmd_open(args: argparse.Namespace) -> int:
    """The player. A named profile must exist (its PIN is asked in the window); unnamed,
    the player creates `default` on a first start and otherwise asks who is studying."""
    from ..services.profiles import find_profile

    named = named_profile(args)
    paths = find_profile(data_root(args), named, must_exist=named is not None)
    from player.app import run_app  # Qt only when the window is wanted
    return run_app(paths, [sys.argv[0]], profile_explicit=named is not None)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one line, exit 2
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lectern", description="Lectern: offline course player and course tools.")
    p.add_argument("--data-dir", metavar="DIR",
                   help="keep all data in DIR instead of the platform's folders (portable installs)")
    p.add_argument("--profile", metavar="NAME", default=None,
                   help="the learner profile to use (shared PCs); it must exist "
                        "(lectern profiles --add NAME); default: 'default'")
    p.add_argument("--pin-stdin", action="store_true",
                   help="read PINs from standard input, one a line: the profile's own (if it "
                        "has one) first, then a new one (profiles --add/--set-pin), then a "
                        "password (login --password-stdin)")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    p.add_argument("--log-file", metavar="PATH",
                   help="append the log to PATH instead of <data dir>/logs/lectern.log")
    p.add_argument("--version", action="version", version=f"lectern {__version__}")
    p.add_argument("--system", action="store_true",
                   help="court IT, as root: `import` and `preload` write the machine-wide "
                        "course store every account on this PC lists")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    bundles.add_bundle(sub, _Parser)
    courses.add_import(sub)
    courses.add_export(sub)
    courses.add_courses(sub)
    settings.add_trust(sub)
    hub.add_login(sub)
    hub.add_logout(sub)
    hub.add_catalog(sub)
    hub.add_download(sub)
    hub.add_sync(sub)
    hub.add_status(sub)
    profiles.add_profiles(sub)
    diagnostics.add_diagnostics(sub)
    profiles.add_export_profile(sub)
    profiles.add_import_profile(sub)
    settings.add_config(sub)
    courses.add_gc(sub)
    courses.add_preload(sub)
    certificates.add_certificates(sub)
    certificates.add_certificate(sub, _Parser)
    outline.add_outline(sub)
    sync_files.add_sync_file(sub, _Parser)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_open)
    if args.system and func not in (courses.cmd_import, courses.cmd_preload):
        parser.error("--system works with `import` and `preload` only")
    if func is courses.cmd_preload and not args.system:
        parser.error("preload writes the machine-wide course store: `lectern --system preload`")
    log.info("lectern %s: %s", __version__, getattr(args, "command", None) or "open")
    try:
        return func(args)
    except LecternError as exc:
        log.warning("%s: %s", getattr(args, "command", None) or "open", exc.message,
                    extra=FILE_ONLY)
        print(f"lectern: error: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("lectern: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log.exception("unexpected failure", extra=FILE_ONLY)  # the traceback follows on stderr
        raise


def _setup_logging(args: argparse.Namespace) -> None:
    """The terminal gets warnings (everything with -v); the log file gets INFO and up, for
    every command that uses a data dir (publishers' `bundle` commands only with
    --log-file). Calling main() again replaces, not adds, these handlers."""
    from ..logging_setup import default_log_file, install_log_file, may_write_log_in
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() in ("lectern-console", "lectern-file")]:
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler()
    console.set_name("lectern-console")
    console.setLevel(logging.INFO if args.verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(lambda record: not getattr(record, "file_only", False))
    root.addHandler(console)
    root.setLevel(logging.INFO)
    if args.log_file:
        target: Path | None = Path(args.log_file).expanduser()
    elif getattr(args, "command", None) == "bundle":
        target = None
    else:
        data = data_root(args)
        target = default_log_file(data) if may_write_log_in(data) else None
    if target is not None:
        file_handler = install_log_file(target)
        if file_handler is not None:
            file_handler.set_name("lectern-file")
