"""`lectern profiles`, `export-profile` and `import-profile`: learner profiles on a shared PC.

These work on the profile they name (never create one by accident) and need its PIN,
except court IT's --reset-pin."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from ..cli_output import print_json
from .common import EXIT_OK, JSON_HELP, ask_new_pin, ask_pin, data_root, profile_paths, wrong_pin_waits


def cmd_profiles(args: argparse.Namespace) -> int:
    """List, create, rename and delete profiles, set or reset their PINs."""
    from ..services import profiles

    root = data_root(args)
    if args.add:
        record = profiles.add_profile(root, args.add, ask_new_pin(args, from_stdin=True)
                                      if args.pin_stdin else None)
        print(f"Created profile “{args.add}”{' with a PIN' if record.has_pin else ''}.")
        return EXIT_OK
    if args.delete:
        confirm = None
        if sys.stdin.isatty() and not args.pin_stdin:
            def confirm() -> bool:
                return input(f"Delete the profile “{args.delete}” with all its progress on this "
                             "computer? [y/N] ").strip().lower() in ("y", "yes")
        gone = wrong_pin_waits(lambda: profiles.delete_profile(root, args.delete, ask_pin(args),
                                                               confirm))
        if gone is None:
            print("Nothing was deleted.")
            return EXIT_OK
        print(f"Deleted the profile “{args.delete}”." + (
            f" {gone.unsent} changes it had not sent to the hub are gone with it."
            if gone.unsent else ""))
        return EXIT_OK
    if args.rename:
        old, new = args.rename
        wrong_pin_waits(lambda: profiles.rename_profile(root, old, new, ask_pin(args)))
        print(f"Renamed the profile “{old}” to “{new}”.")
        return EXIT_OK
    if args.set_pin:
        # "PIN from stdin": without a terminal, stdin is read even without --pin-stdin.
        from_stdin = bool(args.pin_stdin) or not sys.stdin.isatty()
        has_pin = wrong_pin_waits(lambda: profiles.change_pin(
            root, args.set_pin, ask_pin(args, from_stdin), ask_new_pin(args, from_stdin)))
        print(f"The profile “{args.set_pin}” now has {'a new PIN' if has_pin else 'no PIN'}.")
        return EXIT_OK
    if args.reset_pin:
        profiles.reset_pin(root, args.reset_pin)
        print(f"Removed the PIN of the profile “{args.reset_pin}”; its learning is kept. The "
              f"learner sets a new one with: lectern profiles --set-pin \"{args.reset_pin}\"")
        return EXIT_OK
    records = profiles.list_profiles(root)
    if args.json:
        print_json([{"name": r.name} for r in records])
        return EXIT_OK
    if not records:
        print("No profiles yet: the first start creates “default”.")
    for r in records:
        print(r.name + ("  (PIN)" if r.has_pin else ""))
    return EXIT_OK


def cmd_export_profile(args: argparse.Namespace) -> int:
    from ..services import profiles

    out = profiles.export_learning(profile_paths(args), args.file)
    print(f"Wrote {out}: progress, quiz attempts, posts and changes waiting to be sent. "
          "Courses are not included; copy them with `lectern export`.")
    return EXIT_OK


def cmd_import_profile(args: argparse.Namespace) -> int:
    from ..services import profiles

    r = profiles.import_learning(profile_paths(args), args.file)
    print(f"Imported {r.progress_items} progress records, {r.quiz_attempts} quiz attempts, "
          f"{r.posts} posts; {r.pending_events} changes will be sent at the next sync.")
    if r.missing_courses:
        print(f"Courses to install here too: {', '.join(r.missing_courses)}")
    return EXIT_OK


def add_profiles(sub: Any) -> None:
    pr = sub.add_parser("profiles", help="list, add, rename or delete learner profiles; set "
                                         "or (court IT) reset a PIN")
    what = pr.add_mutually_exclusive_group()
    what.add_argument("--add", metavar="NAME", help="create a profile")
    what.add_argument("--delete", metavar="NAME",
                      help="delete a profile and its progress on this computer (needs its PIN)")
    what.add_argument("--rename", metavar=("OLD", "NEW"), nargs=2,
                      help="rename a profile (needs its PIN)")
    what.add_argument("--set-pin", metavar="NAME",
                      help="set, change or (empty) remove a PIN: the current PIN first if it "
                           "has one, then the new one (stdin, or asked on a terminal)")
    what.add_argument("--reset-pin", metavar="NAME",
                      help="court IT, as administrator: remove a forgotten PIN, keeping the "
                           "learner's data")
    pr.add_argument("--pin-stdin", action="store_true", default=argparse.SUPPRESS,
                    help="read PINs from standard input (also a global option)")
    pr.add_argument("--json", action="store_true", help=JSON_HELP)
    pr.set_defaults(func=cmd_profiles)


def add_export_profile(sub: Any) -> None:
    ep = sub.add_parser("export-profile", help="save this profile's learning to a file (new PC)")
    ep.add_argument("file")
    ep.set_defaults(func=cmd_export_profile)


def add_import_profile(sub: Any) -> None:
    ip = sub.add_parser("import-profile",
                        help="bring a profile file's learning into this profile")
    ip.add_argument("file")
    ip.set_defaults(func=cmd_import_profile)
