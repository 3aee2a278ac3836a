"""`lectern-hub`: run the hub and administer it (users, enrolments, keys, courses).

Every command opens the same database; SQLite runs in WAL mode with a busy timeout, so
`publish`, `user add` and `enrol` work while `serve` is running (on PostgreSQL a command
takes the whole hub's advisory lock: hub.write_locks). A database an older lectern-hub left is upgraded
by `lectern-hub migrate` only; every other command refuses it with a line saying so.

Exit statuses, as for `lectern` (sync.cli): 0 success; 2 bad input or a refused operation,
with one line on stderr (scripts can show it as it is); 1 something failed inside the hub
(the database failing mid-command, or a bug: then with the traceback); 130 interrupted.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import math
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence, TypeVar

from sync.errors import LecternError

from . import __version__
from .errors import HubError, HubErrorKind
from .settings import ENV_PREFIX, HubSettings, LoginPolicy, default_data_dir

if TYPE_CHECKING:
    from .context import Hub

log = logging.getLogger("hub")

DEFAULT_PORT = 8765
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    """argparse's own errors exit 2 too, but print the usage first: one line, like `lectern`."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _number(conv: Callable[[str], float], low: float, *, low_ok: bool = True,
            high: float = math.inf) -> Callable[[str], float]:
    """An argparse type: a number in range (NaN and infinity refused), so that a bad value
    is the parser's one-line error, not a crash deep in socket or asyncio code."""
    def parse(text: str) -> float:
        try:
            value = conv(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a number") from None
        if not (low <= value <= high and value < math.inf) or (value == low and not low_ok):
            bounds = f"from {low:g} to {high:g}" if high < math.inf else f"{'at least' if low_ok else 'above'} {low:g}"
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is out of range ({bounds})")
        return value
    return parse


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lectern-hub", description="Lectern's course server.")
    p.add_argument("--data", type=Path, default=None, metavar="DIR",
                   help=f"data directory (default: {default_data_dir()})")
    p.add_argument("--db", default=None, metavar="URL",
                   help="database URL (default: SQLite in the data directory; env LECTERN_HUB_DB)")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    p.add_argument("--version", action="version", version=f"lectern-hub {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=_number(int, 0, high=65535), default=DEFAULT_PORT,
                   help=f"port (default {DEFAULT_PORT}; 0 picks one)")
    s.add_argument("--db", dest="serve_db", default=None, metavar="URL", help="database URL")
    s.add_argument("--port-file", type=Path, default=None,
                   help="write the port actually listened on to this file (useful with --port 0)")
    s.add_argument("--behind-proxy", default=None, metavar="IPS",
                   help="trust X-Forwarded-For from these proxy addresses (comma-separated)")
    s.add_argument("--access-log", action="store_true", help="log every request")
    s.add_argument("--workers", type=_number(int, 1), default=1,
                   help="worker processes sharing the port (default 1; one per CPU core for big courts)")
    s.add_argument("--accel-redirect", default=None, metavar="PREFIX",
                   help="answer blob requests (once the token and enrolment are checked) with "
                        "X-Accel-Redirect: PREFIX<ab>/<sha256> and no body, for nginx to send the file from "
                        f"the blob folder (e.g. /_blobs/; env {ENV_PREFIX}ACCEL_REDIRECT; docs/deploy.md)")
    defaults = HubSettings(data_dir=Path("."))
    s.add_argument("--header-timeout", type=_number(float, 0, low_ok=False), default=None, metavar="SECONDS",
                   help="close a connection whose request headers take longer "
                        f"(default {defaults.header_timeout:g}; env {ENV_PREFIX}HEADER_TIMEOUT)")
    s.add_argument("--body-timeout", type=_number(float, 0, low_ok=False), default=None, metavar="SECONDS",
                   help="close a connection whose request body takes longer after its headers "
                        f"(default {defaults.body_timeout:g}; env {ENV_PREFIX}BODY_TIMEOUT)")
    policy = LoginPolicy()
    s.add_argument("--login-free-attempts", type=_number(int, 0), default=None,
                   help=f"wrong passwords per user before slowing down (default {policy.free_attempts})")
    s.add_argument("--login-address-free-attempts", type=_number(int, 0), default=None,
                   help=f"wrong passwords per address before slowing down (default {policy.address_free_attempts})")
    s.add_argument("--login-delay", type=_number(float, 0), default=None,
                   help=f"first delay in seconds, doubling after each failure (default {policy.base_delay})")
    s.add_argument("--login-max-delay", type=_number(float, 0), default=None,
                   help=f"longest delay in seconds (default {policy.max_delay})")

    sub.add_parser("migrate", help="bring the database's schema up to this lectern-hub (back it up first)")

    t = sub.add_parser("trust", help="accept bundles signed by this publisher key")
    t.add_argument("key", type=Path, metavar="KEY.pub")

    pub = sub.add_parser("publish", help="publish a signed course bundle")
    pub.add_argument("bundle", type=Path, metavar="FILE.lectern")

    u = sub.add_parser("user", help="manage learner accounts")
    usub = u.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    ua = usub.add_parser("add", help="create an account")
    ua.add_argument("name")
    ua.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    ua.add_argument("--enrol", action="append", default=[], metavar="COURSE_ID",
                    help="also enrol the new user in this course (repeatable)")
    usub.add_parser("list", help="list accounts")

    e = sub.add_parser("enrol", help="enrol a learner in a course (and its other languages)")
    e.add_argument("name")
    e.add_argument("course_id", metavar="COURSE_OR_FAMILY")
    e.add_argument("--run", type=_number(int, 1), default=None, metavar="RUN",
                   help="the run (cohort) to join or move to (default: the family's self-paced run)")

    run = sub.add_parser("run", help="course runs (cohorts) and their schedules")
    rsub = run.add_subparsers(dest="run_command", required=True, metavar="ACTION", parser_class=_Parser)
    rc = rsub.add_parser("create", help="a new run of a course family")
    rc.add_argument("family", metavar="FAMILY")
    rc.add_argument("--start", required=True, metavar="DATE", help="YYYY-MM-DD (UTC midnight) or a date-time")
    kind = rc.add_mutually_exclusive_group()
    kind.add_argument("--weekly", dest="kind", action="store_const", const="weekly",
                      help="module n opens n-1 weeks after the start (the default)")
    kind.add_argument("--self-paced", dest="kind", action="store_const", const="self_paced",
                      help="everything open")
    kind.add_argument("--schedule", default=None, metavar="MODULE=DATE,...",
                      help="each module's opening date (modules left out open at the start)")
    rc.add_argument("--end", default=None, metavar="DATE", help="the run's end (a date: the end of that day, UTC)")
    rc.add_argument("--title", default=None, help="a name for the run (default: FAMILY from DATE)")
    rc.add_argument("--by", default=None, metavar="NAME", help="who (for the audit log; default: your OS user)")
    rl = rsub.add_parser("list", help="a family's runs")
    rl.add_argument("family", metavar="FAMILY")

    ro = sub.add_parser("role", help="give a user a role in a course family, or a hub-wide one: admin (the "
                                      "staff console) or relay (a court relay's account: sends judges' sync files)")
    ro.add_argument("name", metavar="USER")
    ro.add_argument("role", choices=("instructor", "moderator", "learner", "admin", "relay"))
    ro.add_argument("family", metavar="FAMILY", nargs="?", default=None,
                    help="the course family (none for admin or relay; learner without one removes those)")
    ro.add_argument("--by", default=None, metavar="NAME", help="who (for the audit log; default: your OS user)")

    an = sub.add_parser("announce", help="write to everyone in a run")
    an.add_argument("run_id", type=_number(int, 1), metavar="RUN")
    an.add_argument("--title", required=True)
    an.add_argument("--body-file", required=True, type=Path, metavar="FILE", help="the text (UTF-8)")
    an.add_argument("--by", default=None, metavar="NAME", help="the author shown (default: your OS user)")

    mo = sub.add_parser("moderate", help="hide or restore a thread or post; read reports")
    msub = mo.add_subparsers(dest="moderate_command", required=True, metavar="ACTION", parser_class=_Parser)
    for action in ("hide", "restore"):
        ma = msub.add_parser(action, help=f"{action} a thread or post (nothing is deleted)")
        ma.add_argument("target", choices=("thread", "post"))
        ma.add_argument("id", metavar="ID", help="the thread's or post's id (UUID)")
        ma.add_argument("--reason", required=True, metavar="TEXT", help="why (its author sees it)")
        ma.add_argument("--by", default=None, metavar="NAME", help="who (default: your OS user)")
    mr = msub.add_parser("reports", help="learners' reports in a family")
    mr.add_argument("family", metavar="FAMILY")

    au = sub.add_parser("audit", help="the log of staff actions")
    au.add_argument("family", nargs="?", default=None, metavar="FAMILY")

    c = sub.add_parser("completions", help="who completed what, for certificates")
    c.add_argument("course_id")
    c.add_argument("--csv", action="store_true", help="CSV for a spreadsheet")

    cert = sub.add_parser("certificates", help="list, grant and revoke certificates; export the status list")
    csub = cert.add_subparsers(dest="cert_command", required=True, metavar="ACTION", parser_class=_Parser)
    cl = csub.add_parser("list", help="the certificates of a course's family")
    cl.add_argument("course_id")
    cl.add_argument("--csv", action="store_true", help="CSV for a spreadsheet")
    ci = csub.add_parser("issue", help="staff override: grant a certificate the requirements did not award")
    ci.add_argument("user")
    ci.add_argument("course_id")
    ci.add_argument("--reason", required=True, metavar="TEXT", help="why (kept with the certificate)")
    ci.add_argument("--by", default=None, metavar="NAME", help="who grants it (default: your OS user name)")
    cr = csub.add_parser("revoke", help="revoke a certificate (the signed status list says so)")
    cr.add_argument("id", metavar="ID", help="the number `certificates list` shows, or the credential's urn:uuid")
    cr.add_argument("--reason", required=True, metavar="TEXT", help="why (kept with the certificate)")
    cr.add_argument("--by", default=None, metavar="NAME", help="who revokes it (default: your OS user name)")
    cs = csub.add_parser("status-list", help="write the signed revocation list to a file, for offline verifiers")
    cs.add_argument("out", type=Path, metavar="OUT")

    sub.add_parser("issuer", help="the certificate issuer's did:key and public key, for court IT to pin")
    from .commands import command_modules
    for module in command_modules():
        module.add_parsers(sub, _Parser)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    quiet = logging.INFO if args.command == "serve" else logging.WARNING
    logging.basicConfig(level=logging.DEBUG if args.verbose else quiet,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # Alembic's own lines (plugins, contexts) are noise next to ours: `migrate` says each step.
    logging.getLogger("alembic").setLevel(logging.DEBUG if args.verbose else logging.WARNING)
    try:
        settings = _settings(args)
        return _run(args, settings)
    except HubError as exc:
        print(f"lectern-hub: error: {exc.message}", file=sys.stderr)
        # The database failing mid-command is not the caller's input: retrying may help.
        return EXIT_FAILED if exc.kind is HubErrorKind.STORAGE else EXIT_BAD_INPUT
    except LecternError as exc:  # a bad key file or bundle, from sync's modules
        print(f"lectern-hub: error: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("lectern-hub: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `lectern-hub user list | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log.exception("lectern-hub failed unexpectedly (a bug: please report it with this traceback)")
        return EXIT_FAILED


def _settings(args: argparse.Namespace) -> HubSettings:
    db_url = getattr(args, "serve_db", None) or args.db
    settings = HubSettings(data_dir=(args.data or default_data_dir()).absolute(), db_url=db_url).with_env()
    if args.command == "serve":
        login = settings.login
        for opt, attr in (("login_free_attempts", "free_attempts"),
                          ("login_address_free_attempts", "address_free_attempts"),
                          ("login_delay", "base_delay"), ("login_max_delay", "max_delay")):
            value = getattr(args, opt)
            if value is not None:
                login = replace(login, **{attr: value})
        settings = replace(settings, login=login)
        for attr in ("header_timeout", "body_timeout"):
            if getattr(args, attr) is not None:
                settings = replace(settings, **{attr: getattr(args, attr)})
        if args.accel_redirect is not None:
            from .settings import accel_prefix
            settings = replace(settings, accel_redirect=accel_prefix(args.accel_redirect))
    return settings


def _open_hub(settings: HubSettings) -> "Hub":
    """Open the data directory and database, after checking that the database's schema is
    this lectern-hub's (an older one is refused: `lectern-hub migrate`; an empty one is
    created)."""
    from . import db
    from .context import Hub

    def checked() -> "Hub":
        db.make_data_dir(settings)  # before the probe's connection makes it with the umask's mode
        probe = db.Database(settings.database_url, create=False)
        try:
            probe.require_current()
        finally:
            probe.close()
        return Hub.open(settings)

    return _opening(settings, checked)


def _migrate(settings: HubSettings) -> int:
    """`lectern-hub migrate`: every step from the database's schema to this version's, in one
    transaction (a failure leaves the database as it was)."""
    from . import db

    def run() -> tuple[db.SchemaState, list[str]]:
        db.make_data_dir(settings)
        database = db.Database(settings.database_url, create=False)
        try:
            before = database.schema_state()
            return before, database.migrate()
        finally:
            database.close()

    before, steps = _opening(settings, run)
    if not steps:
        print(f"The hub database is up to date ({before.describe()}).")
        return 0
    print("Created the hub database:" if before.empty else f"Upgraded the hub database from {before.describe()}:")
    for step in steps:
        print(f"  {step}")
    return 0


T = TypeVar("T")


def _opening(settings: HubSettings, open_it: Callable[[], T]) -> T:
    """Open the data directory and database with `open_it`. This is where a wrong --data,
    --db or LECTERN_HUB_DB shows, so failures here are bad input, said in one line (exit 2);
    only a database that stays busy is a failure inside (exit 1)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    try:
        url = make_url(settings.database_url)
    except ArgumentError:
        raise HubError(HubErrorKind.BAD_REQUEST, "The database URL is not valid (for example "
                       "sqlite:////srv/lectern-hub/hub.sqlite3 or postgresql+psycopg://hub@dbhost/hub).") from None
    where = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        raise HubError(HubErrorKind.BAD_REQUEST,
                       f"The database {where} names no file: an in-memory database would be lost.")
    db_log = logging.getLogger("hub.db")
    level = db_log.level
    db_log.setLevel(logging.CRITICAL)  # its "database error" line would repeat ours
    try:
        return open_it()
    except HubError as exc:
        if exc.kind is not HubErrorKind.STORAGE or "busy" in exc.message:
            raise
        reason = _reason(exc.__cause__) if exc.__cause__ is not None else exc.message
    except ImportError as exc:  # the URL's driver
        reason = f"its driver is not installed ({exc.name or exc})"
    except (OSError, SQLAlchemyError) as exc:
        reason = _reason(exc)
    finally:
        db_log.setLevel(level)
    raise HubError(HubErrorKind.BAD_REQUEST,
                   f"Cannot open the hub's data (directory {settings.data_dir}, database {where}): {reason}")


def _reason(exc: BaseException) -> str:
    """What went wrong, in one short line, from an OS or database driver error."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    text = str(orig if orig is not None else exc).strip()
    return (text.splitlines() or [type(exc).__name__])[0][:300]


def _run(args: argparse.Namespace, settings: HubSettings) -> int:
    if args.command == "migrate":
        return _migrate(settings)
    from .commands import command_modules
    for module in command_modules():
        status = module.run(args, settings, lambda: _open_hub(settings))
        if status is not None:
            return status
    hub = _open_hub(settings)
    try:
        if args.command == "serve":
            return _serve(hub, args)
        if args.command == "trust":
            from .courses import trust_key
            key = trust_key(hub.database, args.key)
            print(f"Trusted publisher key {key.key_id}" + (f" ({key.comment})" if key.comment else ""))
            return 0
        if args.command == "publish":
            from .courses import publish_bundle
            result = publish_bundle(hub.database, hub.store, args.bundle)
            if result.already_published:
                print(f"{result.course_id} version {result.version} was already published.")
            else:
                print(f"Published {result.course_id} version {result.version} "
                      f"(family {result.course_family}, {result.new_blobs} new files).")
            return 0
        if args.command == "user":
            from .users import add_user, enrol, list_users
            if args.user_command == "add":
                password = _read_password(args.password_stdin)
                add_user(hub.database, args.name, password)
                print(f"Created user {args.name.strip().casefold()}.")
                for course in args.enrol:
                    family, _new = enrol(hub.database, args.name, course)
                    print(f"Enrolled {args.name.strip().casefold()} in course family {family}.")
                return 0
            for u in list_users(hub.database):
                print(f"{u.username}\t{'disabled' if u.disabled else 'active'}\t{u.created_at}")
            return 0
        if args.command == "enrol":
            from .users import enrol
            family, new = enrol(hub.database, args.name, args.course_id, args.run)
            print(f"{'Enrolled' if new else 'Already enrolled:'} {args.name.strip().casefold()} in "
                  f"course family {family}" + (f", run {args.run}." if args.run else "."))
            return 0
        if args.command in ("run", "role", "announce", "moderate", "audit"):
            return _staff(hub, args)
        if args.command == "certificates":
            return _certificates(hub, args)
        if args.command == "issuer":
            from .certificates import issuer
            found = issuer(hub.settings)
            print(f"did:        {found.did}")
            print(f"public key: {found.public_key.to_text().strip()}")
            print(f"name:       {found.name}")
            print(f"key file:   {hub.settings.issuer_key_path}")
            return 0
        if args.command == "completions":
            from .completions import completion_report, report_csv, report_text
            report = completion_report(hub.database, hub.index, args.course_id)
            sys.stdout.write(report_csv(report) if args.csv else report_text(report))
            return 0
        raise AssertionError(args.command)
    finally:
        hub.close()


def _operator(given: str | None) -> str:
    """Who runs an administrative change: --by, else the OS account."""
    name = (given or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (a container)
            name = f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
    return name[:150]


def _staff(hub: "Hub", args: argparse.Namespace) -> int:
    """Runs, roles, announcements, moderation and the audit log (hub.runs). Court IT at the
    CLI acts as the hub's administrator; each change is in the audit log under --by."""
    from . import runs

    actor = runs.Actor(_operator(getattr(args, "by", None)), None, "cli")
    if args.command == "run" and args.run_command == "create":
        starts = runs.parse_when(args.start, "--start")
        ends = runs.parse_when(args.end, "--end", end_of_day=True) if args.end else None
        opens = runs.parse_schedule(args.schedule) if args.schedule else None
        kind = "explicit" if opens else (args.kind or "weekly")
        row = hub.writer.run(lambda conn: runs.create_run(conn, args.family, kind=kind, starts=starts, ends=ends,
                                                          opens=opens, title=args.title, actor=actor))
        print(f"Created run {row.id} of {row.course_family}: {row.title} ({row.schedule}, from {row.starts}"
              + (f" to {row.ends}" if row.ends else "") + f"). Enrol learners with --run {row.id}.")
        return 0
    if args.command == "run":
        found = hub.writer.run(lambda conn: runs.list_runs(conn, args.family))
        for r in found:
            extra = "  " + ", ".join(f"{m}={t}" for m, t in sorted(r.opens.items())) if r.opens else ""
            print(f"{r.id}\t{r.title}\t{r.schedule}\t{r.starts}\t{r.ends or '-'}"
                  f"{'  (default)' if r.is_default else ''}{extra}")
        return 0
    if args.command == "role":
        user, family = hub.writer.run(lambda conn: runs.set_role(conn, args.name, args.role, args.family, actor))
        where = "the whole hub" if family == runs.HUB_WIDE else family
        print(f"{user} is now {'an' if args.role[0] in 'aeiou' else 'a'} {args.role} of {where}.")
        return 0
    if args.command == "announce":
        from sync.protocol import AnnouncementRequest
        try:
            body = args.body_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise HubError(HubErrorKind.BAD_REQUEST, f"Cannot read {args.body_file}: {exc}.") from None
        try:
            checked = AnnouncementRequest(title=args.title, body=body)
        except ValueError as exc:
            raise HubError(HubErrorKind.INVALID, f"The announcement is not valid: {exc}") from None
        record = hub.writer.run(lambda conn: runs.announce(conn, args.run_id, checked.title, checked.body, actor))
        print(f"Announcement {record['id']} sent to run {args.run_id}; learners get it with their next sync.")
        return 0
    if args.command == "moderate" and args.moderate_command in ("hide", "restore"):
        import uuid as _uuid
        try:
            target_id = str(_uuid.UUID(args.id))
        except ValueError:
            raise HubError(HubErrorKind.INVALID, f"{args.id!r} is not a thread or post id (a UUID).") from None
        hub.writer.run(lambda conn: runs.moderate(conn, args.target, target_id,
                                                  hide=args.moderate_command == "hide", reason=args.reason,
                                                  actor=actor))
        print(f"{args.target.capitalize()} {target_id} {'hidden' if args.moderate_command == 'hide' else 'restored'}"
              "; learners' players follow at their next sync.")
        return 0
    if args.command == "moderate":
        with hub.database.read() as conn:
            found_reports = runs.reports(conn, args.family, actor)
        if not found_reports:
            print(f"No reports in {args.family}.")
        for rep in found_reports:
            print(f"{rep['created_at']}\t{rep['reporter']}\t{rep['target']} {rep['target_id']}\t{rep['reason']}")
        return 0
    with hub.database.read() as conn:
        entries = runs.audit_entries(conn, args.family)
    for e in entries:
        print(f"{e.at}\t{e.actor} ({e.via})\t{e.action}\t{e.course_family or '-'}\t{e.target or '-'}"
              f"\t{e.reason or ''}")
    return 0


def _certificates(hub: "Hub", args: argparse.Namespace) -> int:
    import csv
    import json

    from . import certificates as certs
    if args.cert_command == "list":
        rows = certs.list_certificates(hub.database, hub.index, args.course_id)
        fields = ["id", "username", "course_id", "version", "issued_at", "state", "credential_id",
                  "granted_by", "granted_reason", "revoked_at", "revoked_by", "revoked_reason"]
        if args.csv:
            w = csv.writer(sys.stdout, lineterminator="\n")
            w.writerow(fields)
            for r in rows:
                w.writerow(["" if (v := getattr(r, f)) is None else v for f in fields])
            return 0
        if not rows:
            print(f"No certificates yet for the family of {args.course_id}.")
        for r in rows:
            note = f"  granted by {r.granted_by}: {r.granted_reason}" if r.granted_by else ""
            if r.revoked_at:
                note += f"  REVOKED {r.revoked_at} by {r.revoked_by}: {r.revoked_reason}"
            print(f"{r.id}\t{r.username}\t{r.course_id} v{r.version}\t{r.issued_at}\t{r.state}{note}")
        return 0
    if args.cert_command == "issue":
        row = certs.grant(hub.database, hub.index, hub.settings, hub.writer.run, args.user, args.course_id,
                          reason=args.reason, by=_operator(args.by))
        print(f"Certificate {row.id} granted to {row.username} for {row.course_id} by {row.granted_by} "
              f"({row.state}); it reaches the learner with their next sync.")
        return 0
    if args.cert_command == "revoke":
        row = certs.revoke(hub.database, hub.settings, hub.writer.run, args.id, reason=args.reason,
                           by=_operator(args.by))
        print(f"Certificate {row.id} of {row.username} ({row.course_id}) revoked by {row.revoked_by}; "
              "learners get the new status list with their next sync.")
        return 0
    if args.cert_command == "status-list":
        from sync.atomic_file import write_bytes

        document = certs.current_status_list(hub.database, hub.settings, hub.writer.run)
        out: Path = args.out
        if out.is_dir():
            raise HubError(HubErrorKind.BAD_REQUEST, f"{out} is a folder; give a file name such as status-list.json.")
        try:  # a fresh temporary file (O_EXCL, never a symlink), fsynced, then renamed
            write_bytes(out, (json.dumps(document, indent=1) + "\n").encode("utf-8"))
        except OSError as exc:
            raise HubError(HubErrorKind.BAD_REQUEST, f"Cannot write {out}: {exc.strerror}.") from None
        print(f"Wrote the status list {document['id']} to {out}.")
        return 0
    raise AssertionError(args.cert_command)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():  # a script: getpass would warn and read stdin, or wait on a terminal
        raise HubError(HubErrorKind.INVALID, "Type the password at a terminal, or pass it with --password-stdin.")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise HubError(HubErrorKind.INVALID, "The two passwords differ.")
    return first


def _serve(hub: "Hub", args: argparse.Namespace) -> int:
    import uvicorn

    from .app import SWITCH_INTERVAL, create_app
    from .certificates import pin_issuer
    from .listening import listening_socket, write_port_file
    from .slow_clients import protocol_factory

    if hub.settings.blob_root is None:
        removed = hub.store.clean_parts()
    else:  # a blob folder other machines write too: only parts nobody has touched for a day
        from .blobs import clean_stale_parts
        removed = clean_stale_parts(hub.settings.blob_dir)
    if removed:
        log.info("removed %d unfinished blob files", removed)
    sock = listening_socket(args.host, args.port, backlog=2048)
    sock.set_inheritable(True)
    port = sock.getsockname()[1]
    common = dict(host=args.host, port=port, log_config=None, access_log=args.access_log,
                  proxy_headers=bool(args.behind_proxy), forwarded_allow_ips=args.behind_proxy or None,
                  timeout_keep_alive=30, server_header=False, lifespan="on", backlog=2048,
                  http=protocol_factory(hub.settings.header_timeout, hub.settings.body_timeout))
    # Hand the GIL over more often than every 5 ms: the event loop thread (accepting and
    # answering requests) must not queue behind a worker thread's CPU-bound stretch.
    sys.setswitchinterval(SWITCH_INTERVAL)
    if args.workers > 1:
        # Each worker opens the same data dir; settings travel in the environment.
        os.environ[ENV_PREFIX + "DATA"] = str(hub.settings.data_dir)
        os.environ[ENV_PREFIX + "DB"] = hub.settings.database_url
        os.environ[ENV_PREFIX + "BLOB_DIR"] = str(hub.settings.blob_dir)
        if hub.settings.accel_redirect:
            os.environ[ENV_PREFIX + "ACCEL_REDIRECT"] = hub.settings.accel_redirect
        policy = hub.settings.login
        os.environ.update({ENV_PREFIX + "LOGIN_FREE_ATTEMPTS": str(policy.free_attempts),
                           ENV_PREFIX + "LOGIN_ADDRESS_FREE_ATTEMPTS": str(policy.address_free_attempts),
                           ENV_PREFIX + "LOGIN_DELAY": str(policy.base_delay),
                           ENV_PREFIX + "LOGIN_MAX_DELAY": str(policy.max_delay)})
        config = uvicorn.Config("hub.app:create_app_from_env", factory=True, workers=args.workers, **common)
    else:
        config = uvicorn.Config(create_app(hub), **common)
    if args.port_file:
        write_port_file(args.port_file, port)
    pin_issuer(hub.database, hub.settings)  # after the arguments' checks: their errors come alone
    log.info("lectern-hub %s listening on http://%s:%d (data in %s, %d worker%s)", __version__, args.host, port,
             hub.settings.data_dir, args.workers, "s" if args.workers > 1 else "")
    if hub.settings.accel_redirect:
        log.info("blobs are sent by the proxy (X-Accel-Redirect %s<ab>/<sha256>, from %s)",
                 hub.settings.accel_redirect, hub.settings.blob_dir)
    if args.workers > 1:
        from uvicorn.supervisors import Multiprocess
        Multiprocess(config, sockets=[sock]).run()
    else:
        uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
