"""`lectern sync-file export OUT | import REPLY`: sync by USB stick, where no network reaches
(sync/services/sync_files.py; the hub side is `lectern-hub sync-file import`)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..text_safety import neutralize
from .common import EXIT_OK, profile_paths


def cmd_sync_file(args: argparse.Namespace) -> int:
    from ..services import sync_files

    paths = profile_paths(args)
    if args.sync_file_command == "export":
        saved = sync_files.export_file(paths, args.out)
        print(f"Saved {saved.changes} changes of {saved.username} to {saved.path}: take it to court IT "
              f"for {saved.hub_url}, then load the reply with `lectern sync-file import REPLY`.")
        if saved.left_out:
            print(f"{saved.left_out} more changes wait for the next file.")
        return EXIT_OK
    loaded = sync_files.import_reply(paths, args.reply)
    print(f"Loaded the reply: {loaded.accepted} changes accepted, {loaded.refused} refused; "
          f"{loaded.posts} discussions and messages, {loaded.certificates} certificates, "
          f"{loaded.course_updates} course updates and {loaded.other} other updates arrived.")
    for message in loaded.refusals:
        print(f"Refused by the course server: {neutralize(message)}")
    if loaded.more:
        print("The course server has more for you: save your changes to a file and take it again.")
    return EXIT_OK


def add_sync_file(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    sf = sub.add_parser("sync-file", help="sync by USB stick: save changes to a file, load the reply")
    sf.set_defaults(func=cmd_sync_file)  # the group's handler too (the ACTION is required)
    ssub = sf.add_subparsers(dest="sync_file_command", metavar="ACTION", required=True,
                             parser_class=parser_class)
    ex = ssub.add_parser("export", help="save the changes waiting to a signed file for the course server")
    ex.add_argument("out", type=Path, metavar="OUT")
    ex.set_defaults(func=cmd_sync_file)
    im = ssub.add_parser("import", help="load the course server's signed reply")
    im.add_argument("reply", type=Path, metavar="REPLY")
    im.set_defaults(func=cmd_sync_file)
