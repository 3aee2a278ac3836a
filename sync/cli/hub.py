"""`lectern login|logout|catalog|download|sync|status`: the learner's course server.

Court IT's locked server address wins: asking for another with --hub is refused (by the
services, before a password is asked or anything is sent)."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..cli_output import print_json, print_table
from ..text_safety import neutralize
from .common import EXIT_BAD_INPUT, EXIT_OK, JSON_HELP, TerminalProgress, human, network_timings, profile_paths


def cmd_login(args: argparse.Namespace) -> int:
    from ..services import account

    def password() -> str:  # asked once the server address is known to be usable
        if args.password_stdin:
            return sys.stdin.readline().rstrip("\n")
        import getpass
        return getpass.getpass(f"Password for {args.user}: ")

    signed = account.sign_in(profile_paths(args), args.hub, args.user, password,
                             args.device_name or "", network_timings(), insist=True)
    print(f"Signed in to {signed.hub_url} as {signed.username}.")
    return EXIT_OK


def cmd_logout(args: argparse.Namespace) -> int:
    from ..services import account

    out = account.sign_out(profile_paths(args), network_timings(), hub=args.hub,
                           need_hub=True)
    if not out.told:
        print(f"lectern: note: the hub could not be told ({out.reason})", file=sys.stderr)
    print("Signed out.")
    return EXIT_OK


def cmd_catalog(args: argparse.Namespace) -> int:
    from ..services import catalog

    offered = catalog.hub_catalog(profile_paths(args), network_timings(), hub=args.hub)
    if args.json:
        print_json([{**o.course.catalog_fields(), "status": o.status} for o in offered.courses])
        return EXIT_OK
    print_table(("ID", "TITLE", "LANG", "VERSION", "FULL", "LOW", "STATUS"),
                [(o.course.id, o.course.title, o.course.language, str(o.course.version),
                  human(o.course.full_size), human(o.course.low_size), o.status)
                 for o in offered.courses], shrink=(1,))
    return EXIT_OK


def cmd_download(args: argparse.Namespace) -> int:
    from ..services import downloads

    paths = profile_paths(args)
    bar = TerminalProgress(f"Downloading {args.course_id}")

    def show(p: Any) -> None:
        bar(p.done, p.total)
        bar.note(p.message)

    try:
        done = downloads.download_course(
            paths, args.course_id, args.choice, network_timings(), hub=args.hub,
            give_up_after=float(os.environ.get("LECTERN_GIVE_UP_AFTER", "1800")), progress=show)
    finally:
        bar.finish()
    if not done.complete:
        print(f"lectern: the download is {done.result.state.value}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Downloaded {done.course_id} v{done.result.version} “{done.title}” "
          f"({human(done.result.fetched_bytes)} fetched), verified and installed.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from ..services import sync

    report = sync.sync_once(profile_paths(args), network_timings(), hub=args.hub)
    s = report.summary
    print(f"Synced with {report.hub_url}: {s.pushed} sent, {s.pulled} received, "
          f"{s.rejected} refused by the hub.")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from ..services import sync

    state = sync.sync_status(profile_paths(args))
    st = state.status
    if args.json:
        print_json({"hub_url": state.hub_url, "username": state.username, "pending": st.pending,
                    "held_for_other_accounts": st.held,
                    "last_success": st.last_success, "last_error": st.last_error,
                    "rejected": [{"kind": k, "message": neutralize(m)} for k, m in st.rejected]})
        return EXIT_OK
    signed_in = state.hub_url is not None
    print(f"Hub: {f'{state.hub_url} as {state.username}' if signed_in else 'not signed in'}")
    print(f"Changes waiting to be sent: {st.pending}")
    if st.held:
        print(f"Changes kept for another learner who used this profile: {st.held} (sent when "
              "they sign in here again)")
    print(f"Last successful sync: {st.last_success or 'never'}")
    print(f"Last error: {st.last_error or 'none'}")
    for kind, message in st.rejected:
        print(f"Refused by the hub ({kind}): {neutralize(message)}")
    return EXIT_OK


def add_login(sub: Any) -> None:
    li = sub.add_parser("login", help="sign in to a hub (the token is kept for this profile)")
    li.add_argument("--hub", metavar="URL")
    li.add_argument("--user", required=True, metavar="NAME")
    li.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    li.add_argument("--device-name", help="how this PC appears on the hub (default: its name)")
    li.set_defaults(func=cmd_login)


def add_logout(sub: Any) -> None:
    lo = sub.add_parser("logout", help="sign out and revoke this PC's token")
    lo.add_argument("--hub", metavar="URL")
    lo.set_defaults(func=cmd_logout)


def add_catalog(sub: Any) -> None:
    ca = sub.add_parser("catalog", help="list the hub's courses for you")
    ca.add_argument("--hub", metavar="URL")
    ca.add_argument("--json", action="store_true", help=JSON_HELP)
    ca.set_defaults(func=cmd_catalog)


def add_download(sub: Any) -> None:
    dl = sub.add_parser("download", help="download (or update) a course from the hub")
    dl.add_argument("course_id")
    dl.add_argument("--hub", metavar="URL")
    dl.add_argument("--profile", dest="choice", choices=["low", "standard", "all"],
                    default="standard",
                    help="low: smallest videos; standard: up to 480p; all: every rendition")
    dl.set_defaults(func=cmd_download)


def add_sync(sub: Any) -> None:
    sy = sub.add_parser("sync", help="send progress and posts, receive others' (one pass)")
    sy.add_argument("--hub", metavar="URL")
    sy.set_defaults(func=cmd_sync)


def add_status(sub: Any) -> None:
    st = sub.add_parser("status", help="changes waiting, last sync, last error")
    st.add_argument("--json", action="store_true", help=JSON_HELP)
    st.set_defaults(func=cmd_status)
