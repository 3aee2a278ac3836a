"""`lectern diagnostics OUT.zip`: what court IT attaches to a support request."""
from __future__ import annotations

import argparse
from typing import Any

from .common import EXIT_OK, data_root, log


def cmd_diagnostics(args: argparse.Namespace) -> int:
    """One zip for a support request: versions, site file, settings, profiles, counts, log.
    No profile or PIN is needed: court IT runs it on a learner's data dir."""
    from ..services.diagnostics import write_diagnostics

    log.info("writing diagnostics to %s", args.out)
    result = write_diagnostics(data_root(args), args.out, args.log_file)
    print(f"Wrote {result.path}: versions, the site configuration, {result.profiles} profiles "
          "(settings, courses, changes waiting or refused), the end of the log. It holds no "
          "tokens, passwords or PINs.")
    return EXIT_OK


def add_diagnostics(sub: Any) -> None:
    dg = sub.add_parser("diagnostics", help="write a zip for court IT's support request: "
                                            "versions, settings, profiles, log; no secrets")
    dg.add_argument("out", metavar="OUT.zip")
    dg.set_defaults(func=cmd_diagnostics)
