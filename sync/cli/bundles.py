"""`lectern bundle keygen|build|verify`: the publisher's commands (no learner profile)."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import EXIT_OK, human

SIGNATURE_WORDS = {"trusted": "signed by a trusted key", "unsigned": "NOT signed",
                   "unknown-key": "signed by a key not given with --trust"}


def cmd_keygen(args: argparse.Namespace) -> int:
    from ..services.bundles import make_signing_key

    key = make_signing_key(args.key)
    print(f"Wrote {args.key} (private: keep it safe) and {args.key}.pub (key {key.key_id}).")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from ..services.bundles import build_bundle

    built = build_bundle(args.src_dir, args.out, sign_key=args.sign_key,
                         notes=lambda msg: print(f"note: {msg}", file=sys.stderr))
    m = built.manifest
    print(f"Built {args.out}: {m.id} v{m.version} ({m.language}), {len(m.files)} files, "
          f"{human(m.total_size())}, {'signed' if built.signed else 'unsigned'}.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from ..services.bundles import verify_bundle

    checked = verify_bundle(args.file, args.trust or [])
    m = checked.manifest
    print(f"OK: {m.id} v{m.version} “{m.title}”, {checked.files_present} of {len(m.files)} "
          f"files present and verified, {SIGNATURE_WORDS[checked.signature]}.")
    return EXIT_OK


def add_bundle(sub: Any, parser_class: type) -> None:
    bundle = sub.add_parser("bundle", help="make and check course bundles (publishers)")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True,
                                 parser_class=parser_class)
    k = bsub.add_parser("keygen", help="make a signing key: KEY (private) and KEY.pub")
    k.add_argument("key")
    k.set_defaults(func=cmd_keygen)
    b = bsub.add_parser("build", help="build a .lectern bundle from a course folder")
    b.add_argument("src_dir")
    b.add_argument("out")
    b.add_argument("--sign-key", metavar="KEY")
    b.set_defaults(func=cmd_build)
    v = bsub.add_parser("verify", help="check a .lectern bundle completely")
    v.add_argument("file")
    v.add_argument("--trust", metavar="KEY.pub", action="append",
                   help="require a signature by this key (repeatable)")
    v.set_defaults(func=cmd_verify)
