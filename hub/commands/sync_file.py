"""`lectern-hub sync-file import IN [IN...] --reply OUT`: a judge's sync file, carried on a USB
stick, applied like a network sync; the signed reply written for the judge to load
(hub/sync_files.py; docs/court-it.md says how court IT runs it)."""
from __future__ import annotations

import argparse
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

    from ..errors import HubError, HubErrorKind
    from ..sync_files import import_export

    if args.reply is not None and len(args.inputs) != 1:
        raise HubError(HubErrorKind.BAD_REQUEST, "--reply names one reply file: give one IN, or use --reply-dir.")
    hub = open_hub()
    try:
        for source in args.inputs:
            data = sf.read_limited(source)
            outcome = import_export(hub, data)
            target = args.reply if args.reply is not None else (
                args.reply_dir / (source.name.removesuffix(sf.SUFFIX) + sf.REPLY_SUFFIX))
            sf.write_atomic(target, outcome.reply)
            before = f" ({outcome.replayed} of them already here)" if outcome.replayed else ""
            more = "; more is waiting: the judge should export again after loading it" if outcome.more else ""
            print(f"{source.name}: {outcome.username} on {outcome.device_name}: {outcome.acked} changes "
                  f"accepted{before}, {outcome.rejected} refused, {outcome.pulled} updates in the reply "
                  f"{target}{more}.")
    finally:
        hub.close()
    return 0
