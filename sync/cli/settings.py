"""`lectern config` and `lectern trust`: settings and trusted publishers, with court IT's
locks shown as "set by your administrator" (and refused when changed)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..cli_output import print_json
from ..text_safety import neutralize
from .common import EXIT_BAD_INPUT, EXIT_OK, JSON_HELP, profile_paths

LOCK_MARK = "  (set by your administrator)"


def _value(text: str) -> Any:
    """A value as typed: JSON (256, true, "text"), else the bare word as a string."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def cmd_config(args: argparse.Namespace) -> int:
    """Show (or set) settings: which site file was read, court IT's locks and keys, every
    value. Exits 2 when court IT's file has a problem, so deployment scripts notice."""
    from ..services import settings

    if args.key:
        settings.check_setting_name(args.key)  # before a PIN is asked for a profile
    paths = profile_paths(args)
    if args.value is not None:
        report = settings.change_setting(paths, args.key, _value(args.value))
    else:
        report = settings.settings_report(paths, args.key)
    site = report.site
    for problem in site.problems:
        print(f"lectern: warning: {neutralize(problem)}", file=sys.stderr)
    status = EXIT_BAD_INPUT if site.problems else EXIT_OK
    if args.json:
        out: dict[str, Any] = {name: {"value": report.value(name), "locked": report.locked(name)}
                     for name in report.names}
        if not args.key:
            out["site_config"] = {
                "file": str(site.path) if site.path else None,
                "looked_at": str(site.looked_at) if site.looked_at else None,
                "locked": sorted(site.locked), "locked_down": site.locked_down,
                "trusted_keys": [{"key_id": k.key_id, "comment": k.comment}
                                 for k in site.trusted_keys],
                "problems": list(site.problems)}
        print_json(out)
        return status
    if not args.key:
        if site.path is not None:
            print(f"# Site configuration: {site.path}")
        else:
            print(f"# Site configuration: none ({site.looked_at or 'no file'} does not exist)")
        if site.ignored_hook:
            print(f"# (LECTERN_SITE_CONFIG={neutralize(site.ignored_hook)} is ignored: "
                  "the system file wins)")
        if site.locked_down:
            print("# The file has an error: every setting is locked until it is fixed.")
        print(f"# Locked by your administrator: {', '.join(sorted(site.locked)) or 'nothing'}")
        for key in site.trusted_keys:
            print(f"# Publisher trusted by your administrator: {key.key_id}  "
                  f"{neutralize(key.comment)}".rstrip())
    for name in report.names:
        print(f"{name} = {json.dumps(report.value(name))}{LOCK_MARK if report.locked(name) else ''}")
    return status


def cmd_trust(args: argparse.Namespace) -> int:
    from ..services import settings

    paths = profile_paths(args)
    if args.remove:
        found = settings.distrust_publisher(paths, args.remove)  # refused when locked
        print(f"Removed key {args.remove}." if found else f"Key {args.remove} was not trusted.")
    elif args.key:
        done = settings.trust_publisher(paths, args.key)  # refused when locked
        print(f"{'Now trusting' if done.added else 'Already trusted:'} key {done.key.key_id} "
              f"{done.key.comment}".rstrip())
    elif args.json:
        print_json([{"key_id": e.key.key_id, "comment": e.key.comment,
                     "set_by_administrator": e.by_administrator}
                    for e in settings.trusted_publishers(paths)])
    else:
        for e in settings.trusted_publishers(paths):
            mark = LOCK_MARK if e.by_administrator else ""
            print(f"{e.key.key_id}  {neutralize(e.key.comment)}".rstrip() + mark)
    return EXIT_OK


def add_trust(sub: Any) -> None:
    t = sub.add_parser("trust", help="list, add (KEY.pub) or remove (--remove ID) publisher keys")
    t.add_argument("key", nargs="?")
    t.add_argument("--remove", metavar="KEY_ID")
    t.add_argument("--json", action="store_true", help=JSON_HELP)
    t.set_defaults(func=cmd_trust)


def add_config(sub: Any) -> None:
    cf = sub.add_parser("config", help="show settings, or set one: config KEY VALUE")
    cf.add_argument("key", nargs="?")
    cf.add_argument("value", nargs="?", help="JSON (256, true, \"text\") or a bare word")
    cf.add_argument("--json", action="store_true", help=JSON_HELP)
    cf.set_defaults(func=cmd_config)
