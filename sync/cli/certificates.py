"""`lectern certificates`, `lectern certificate export ID OUT` and `lectern certificate verify
FILE`: the learner's certificates, their files, and checking one on any computer, offline.

`verify` needs no profile: court IT runs it on an air-gapped PC with the JSON credential, the
PDF, or a scan or photo of the printed QR code. It prints one line and exits 0 when the
certificate is valid, or prints one line saying why and exits 2 when it is not. Valid needs
an issuer someone pinned: court IT's `trusted_issuers`, `--trust-issuer` (unless court IT
locked the list), or, with a profile named, the issuers that profile's own hub delivered.
Without `--status-list` a valid line says "revocation not checked (no status list)" and the
exit is still 0 (documented in docs/certificates.md).

A PDF is drawn, and a PDF or image is read, by the player's Qt code (`player.certificates`),
loaded only for those files, as `player.app` is only for the window.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from ..cli_output import print_json, print_table
from ..errors import LecternError
from ..text_safety import neutralize
from .common import EXIT_BAD_INPUT, EXIT_OK, JSON_HELP, named_profile, profile_paths


def _read_qr(path: Path) -> list[str]:
    """The QR payloads on a PDF page or an image: the player's Qt code reads them (loaded
    here, when a file needs it, so listings and JSON verification never load Qt)."""
    from player.certificates.scan import qr_payloads

    return qr_payloads(path)


def cmd_certificates(args: argparse.Namespace) -> int:
    from ..services import certificates

    records = certificates.list_certificates_at(profile_paths(args))
    if args.json:
        print_json([{k: v for k, v in dataclasses.asdict(r).items() if k != "credential"}
                    | {"state": r.state.value} for r in records])
        return EXIT_OK
    if not records:
        print("No certificates yet: a course's certificate arrives with a sync once its "
              "requirements are met (the player's Requirements view lists them).")
        return EXIT_OK
    rows = [[str(r.certificate_id), r.course_title, r.issued_at[:10],
             "" if r.hours is None else f"{r.hours:g}", r.language,
             r.state.value.replace("_", " ")] for r in records]
    print_table(["ID", "COURSE", "DATE", "HOURS", "LANGUAGE", "STATE"], rows, shrink=(1,))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..services import certificates

    out = Path(args.out)
    suffix = out.suffix.lower()
    paths = profile_paths(args)
    if suffix == ".json":
        written = certificates.export_credential_at(paths, args.id, out)
        print(f"Wrote the signed credential to {neutralize(str(written))}.")
        return EXIT_OK
    if suffix != ".pdf":
        print(f"lectern: error: {neutralize(out.name)}: name the file .pdf (printable "
              "certificate) or .json (the signed credential).", file=sys.stderr)
        return EXIT_BAD_INPUT
    credential, language = certificates.credential_for_paper(paths, args.id)
    from player.certificates.paper import PaperError, render_certificate_pdf  # Qt: only now

    try:
        render_certificate_pdf(credential, out, language)
    except PaperError as exc:  # the file cannot be drawn or written: one line
        print(f"lectern: error: {neutralize(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Wrote the printable certificate to {neutralize(str(out))}.")
    return EXIT_OK


def _own_hub_issuers(args: argparse.Namespace) -> list[str]:
    """With a profile named (--profile or LECTERN_PROFILE): the issuers its own hub delivered
    certificates from, so a learner's own certificates verify. Court IT's air-gapped check
    names no profile and trusts only what it pins."""
    from ..services import certificates

    if named_profile(args) is None:
        return []
    return certificates.hub_issuers_at(profile_paths(args))


def cmd_verify(args: argparse.Namespace) -> int:
    from ..services import certificates

    max_age = None
    if args.status_list_max_age is not None:
        if args.status_list is None or args.status_list_max_age < 0:
            print("Not valid (bad input): --status-list-max-age needs --status-list FILE and "
                  "a number of days >= 0.", file=sys.stderr)
            return EXIT_BAD_INPUT
        max_age = timedelta(days=args.status_list_max_age)
    try:
        hub = [] if certificates.issuers_locked() else _own_hub_issuers(args)
        trusted = certificates.trusted_issuers(args.trust_issuer or (), hub)
        outcome = certificates.verify_file(args.file, trusted, args.status_list,
                                           read_qr=_read_qr, status_list_max_age=max_age)
    except LecternError as exc:
        print(f"Not valid (bad input): {neutralize(exc.message)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except RecursionError:
        print("Not valid (malformed): the file nests too deeply to be a certificate.",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    if outcome.ok:
        print(neutralize(outcome.line))
        return EXIT_OK
    print(neutralize(outcome.line), file=sys.stderr)
    return EXIT_BAD_INPUT


def add_certificates(sub: Any) -> None:
    c = sub.add_parser("certificates", help="list your certificates")
    c.add_argument("--json", action="store_true", help=JSON_HELP)
    c.set_defaults(func=cmd_certificates)


def add_certificate(sub: Any, parser_class: type) -> None:
    cert = sub.add_parser("certificate", help="save or check a certificate")
    csub = cert.add_subparsers(dest="certificate_command", metavar="ACTION", required=True,
                               parser_class=parser_class)
    e = csub.add_parser("export", help="save a certificate: OUT.pdf (printable) or OUT.json "
                                       "(the signed credential)")
    e.add_argument("id", metavar="ID", help="the certificate's ID (lectern certificates)")
    e.add_argument("out", metavar="OUT")
    e.set_defaults(func=cmd_export)
    v = csub.add_parser("verify", help="check a certificate offline: its JSON, its PDF, or a "
                                       "scan or photo of its QR code")
    v.add_argument("file", metavar="FILE")
    v.add_argument("--trust-issuer", metavar="KEY", action="append",
                   help="trust this issuer (did:key, Multikey, a Lectern public key or its "
                        "file; repeatable; adds to court IT's trusted issuers; refused when "
                        "court IT locked them)")
    v.add_argument("--status-list", metavar="FILE",
                   help="the issuer's revocation list (lectern-hub certificates status-list); "
                        "without it the line says 'revocation not checked' and still exits 0")
    v.add_argument("--status-list-max-age", metavar="DAYS", type=int,
                   help="refuse a status list older than DAYS days (exit 2)")
    v.set_defaults(func=cmd_verify)
