"""`lectern-hub backup OUT` and `lectern-hub restore IN` (hub.backup does the work).

Both say one line: the summary on stdout, or why not on stderr (hub.cli's exit statuses:
2 for a refusal such as an existing OUT or a damaged backup, 1 for a failure such as a full
disk). Neither needs the hub stopped to run `backup`; `restore` wants it stopped and an
empty target.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from ..context import Hub
    from ..settings import HubSettings


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help="write a consistent backup of the hub (database, blobs, keys) "
                                      "to one file, while it serves")
    b.add_argument("out", type=Path, metavar="OUT", help="the backup file to write (e.g. hub-2026-11-29.tar)")
    b.add_argument("--force", action="store_true", help="replace OUT if it exists")
    r = sub.add_parser("restore", help="restore a backup into an empty data folder and database "
                                       "(stop the hub first)")
    r.add_argument("source", type=Path, metavar="IN", help="a file `lectern-hub backup` wrote")
    r.add_argument("--force", action="store_true",
                   help="replace the hub already in the target (its database, blobs and key)")


def run(args: argparse.Namespace, settings: "HubSettings", open_hub: Callable[[], "Hub"]) -> int | None:
    if args.command not in ("backup", "restore"):
        return None
    from .. import backup
    from ..cli import _opening

    # A damaged backup, or one for another kind of database, is said before the target is looked at.
    checked = backup.check_backup(settings, args.source.absolute()) if args.command == "restore" else None
    # A wrong --data, --db or LECTERN_HUB_DB shows here, in hub.cli's one line.
    _opening(settings, lambda: backup.probe(settings, existing=args.command == "backup"))
    db_log = logging.getLogger("hub.db")
    level = db_log.level
    db_log.setLevel(logging.CRITICAL)  # its "database error" line would repeat ours
    try:
        if args.command == "backup":
            print(backup.backup(settings, args.out.absolute(), force=args.force).summary())
        else:
            print(backup.restore(settings, args.source.absolute(), force=args.force,
                                 checked=checked).summary())
    finally:
        db_log.setLevel(level)
    return 0
