"""`lectern-hub sync-file import IN [IN...] --reply OUT`: a judge's sync file, carried on a USB
stick, applied like a network sync; the signed reply written for the judge to load
(hub/sync_files.py; docs/court-it.md says how court IT runs it)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from ..context import Hub
    from ..settings import HubSettings


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    sf = sub.add_parser("sync-file", help="apply judges' sync files (USB) and write their replies")
    ssub = sf.add_subparsers(dest="sync_file_command", metavar="ACTION", required=True,
                             parser_class=parser_class)
    imp = ssub.add_parser("import", help="apply a judge's sync file and write the signed reply")
    imp.add_argument("inputs", type=Path, nargs="+", metavar="IN", help="the judge's .lectern-sync file(s)")
    where = imp.add_mutually_exclusive_group(required=True)
    where.add_argument("--reply", type=Path, metavar="OUT", help="the reply file to write (one IN)")
    where.add_argument("--reply-dir", type=Path, metavar="DIR",
                       help="write each reply beside the others in DIR, named after its IN")


def run(args: argparse.Namespace, settings: "HubSettings", open_hub: Callable[[], "Hub"]) -> int | None:
    if args.command != "sync-file":
        return None
    from sync import sync_file as sf
    from sync.errors import LecternError

    from ..errors import HubError, HubErrorKind
    from ..sync_files import import_files

    if args.reply is not None and len(args.inputs) != 1:
        raise HubError(HubErrorKind.BAD_REQUEST, "--reply names one reply file: give one IN, or use --reply-dir.")
    def reply_for(source: Path) -> Path:
        if args.reply is not None:
            return Path(args.reply)
        return Path(args.reply_dir) / (source.name.removesuffix(sf.SUFFIX) + sf.REPLY_SUFFIX)

    missing = [str(p) for p in args.inputs if not Path(p).is_file()]
    if missing:  # said before the hub's data is opened (or, for a mistyped --data, made)
        raise HubError(HubErrorKind.BAD_REQUEST, f"No such sync file: {', '.join(missing)[:300]}.")
    if args.reply_dir is not None:
        Path(args.reply_dir).mkdir(parents=True, exist_ok=True)
    hub = open_hub()
    refused: list[str] = []
    try:
        for source, outcome in import_files(hub, list(args.inputs), reply_for):
            if isinstance(outcome, LecternError):
                if len(args.inputs) == 1:
                    raise outcome  # one file: its one line is the command's error
                refused.append(f"{source.name}: {outcome.message}")
                continue
            before = f" ({outcome.replayed} of them already here)" if outcome.replayed else ""
            more = "; more is waiting: the judge should export again after loading it" if outcome.more else ""
            print(f"{source.name}: {outcome.username} on {outcome.device_name}: {outcome.acked} changes "
                  f"accepted{before}, {outcome.rejected} refused, {outcome.pulled} updates in the reply "
                  f"{reply_for(source)}{more}.")
    finally:
        hub.close()
    for line in refused:
        print(f"lectern-hub: refused: {line}", file=sys.stderr)
    return 2 if refused else 0
