"""`lectern-hub`: run the hub and administer it (users, enrolments, keys, courses).

Every command opens the same database; SQLite runs in WAL mode with a busy timeout, so
`publish`, `user add` and `enrol` work while `serve` is running.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import socket
import sys
from dataclasses import replace
from pathlib import Path

from sync.errors import LecternError

from . import __version__
from .errors import HubError, HubErrorKind
from .settings import ENV_PREFIX, HubSettings, LoginPolicy, default_data_dir

log = logging.getLogger("hub")

DEFAULT_PORT = 8765


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lectern-hub", description="Lectern's course server.")
    p.add_argument("--data", type=Path, default=None, metavar="DIR",
                   help=f"data directory (default: {default_data_dir()})")
    p.add_argument("--db", default=None, metavar="URL",
                   help="database URL (default: SQLite in the data directory; env LECTERN_HUB_DB)")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    p.add_argument("--version", action="version", version=f"lectern-hub {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 picks one)")
    s.add_argument("--db", dest="serve_db", default=None, metavar="URL", help="database URL")
    s.add_argument("--port-file", type=Path, default=None,
                   help="write the port actually listened on to this file (useful with --port 0)")
    s.add_argument("--behind-proxy", default=None, metavar="IPS",
                   help="trust X-Forwarded-For from these proxy addresses (comma-separated)")
    s.add_argument("--access-log", action="store_true", help="log every request")
    s.add_argument("--workers", type=int, default=1,
                   help="worker processes sharing the port (default 1; one per CPU core for big courts; "
                        "each keeps its own wrong-password counts)")
    policy = LoginPolicy()
    s.add_argument("--login-free-attempts", type=int, default=None,
                   help=f"wrong passwords per user before slowing down (default {policy.free_attempts})")
    s.add_argument("--login-address-free-attempts", type=int, default=None,
                   help=f"wrong passwords per address before slowing down (default {policy.address_free_attempts})")
    s.add_argument("--login-delay", type=float, default=None,
                   help=f"first delay in seconds, doubling after each failure (default {policy.base_delay})")
    s.add_argument("--login-max-delay", type=float, default=None,
                   help=f"longest delay in seconds (default {policy.max_delay})")

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
    e.add_argument("course_id")

    c = sub.add_parser("completions", help="who completed what, for certificates")
    c.add_argument("course_id")
    c.add_argument("--csv", action="store_true", help="CSV for a spreadsheet")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    quiet = logging.INFO if args.command == "serve" else logging.WARNING
    logging.basicConfig(level=logging.DEBUG if args.verbose else quiet,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        settings = _settings(args)
        return _run(args, settings)
    except HubError as exc:
        print(f"lectern-hub: {exc.message}", file=sys.stderr)
        return 1
    except LecternError as exc:
        print(f"lectern-hub: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


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
                if value < 0:
                    raise HubError(HubErrorKind.BAD_REQUEST, f"--{opt.replace('_', '-')} cannot be negative.")
                login = replace(login, **{attr: value})
        settings = replace(settings, login=login)
    return settings


def _run(args: argparse.Namespace, settings: HubSettings) -> int:
    from .context import Hub

    hub = Hub.open(settings)
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
            family, new = enrol(hub.database, args.name, args.course_id)
            print(f"{'Enrolled' if new else 'Already enrolled:'} {args.name.strip().casefold()} in "
                  f"course family {family}.")
            return 0
        if args.command == "completions":
            from .completions import completion_report, report_csv, report_text
            report = completion_report(hub.database, hub.index, args.course_id)
            sys.stdout.write(report_csv(report) if args.csv else report_text(report))
            return 0
        raise AssertionError(args.command)
    finally:
        hub.close()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise HubError(HubErrorKind.INVALID, "The two passwords differ.")
    return first


def _serve(hub: "object", args: argparse.Namespace) -> int:
    import uvicorn

    from .app import SWITCH_INTERVAL, create_app
    from .context import Hub

    assert isinstance(hub, Hub)
    removed = hub.store.clean_parts()
    if removed:
        log.info("removed %d unfinished blob files", removed)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        raise HubError(HubErrorKind.BAD_REQUEST,
                       f"Cannot listen on {args.host}:{args.port}: {exc.strerror}.") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    port = sock.getsockname()[1]
    common = dict(host=args.host, port=port, log_config=None, access_log=args.access_log,
                  proxy_headers=bool(args.behind_proxy), forwarded_allow_ips=args.behind_proxy or None,
                  timeout_keep_alive=30, server_header=False, lifespan="on", backlog=2048)
    # Hand the GIL over more often than every 5 ms: the event loop thread (accepting and
    # answering requests) must not queue behind a worker thread's CPU-bound stretch.
    sys.setswitchinterval(SWITCH_INTERVAL)
    if args.workers > 1 and not hub.database.is_sqlite:
        raise HubError(HubErrorKind.BAD_REQUEST,
                       "--workers needs the SQLite database for now: the feed's order relies on one "
                       "writer at a time, which the hub enforces across processes only for SQLite.")
    if args.workers > 1:
        # Each worker opens the same data dir; settings travel in the environment.
        os.environ[ENV_PREFIX + "DATA"] = str(hub.settings.data_dir)
        os.environ[ENV_PREFIX + "DB"] = hub.settings.database_url
        policy = hub.settings.login
        os.environ.update({ENV_PREFIX + "LOGIN_FREE_ATTEMPTS": str(policy.free_attempts),
                           ENV_PREFIX + "LOGIN_ADDRESS_FREE_ATTEMPTS": str(policy.address_free_attempts),
                           ENV_PREFIX + "LOGIN_DELAY": str(policy.base_delay),
                           ENV_PREFIX + "LOGIN_MAX_DELAY": str(policy.max_delay)})
        config = uvicorn.Config("hub.app:create_app_from_env", factory=True, workers=args.workers, **common)
    else:
        config = uvicorn.Config(create_app(hub), **common)
    if args.port_file:
        tmp = args.port_file.with_name(args.port_file.name + ".tmp")
        tmp.write_text(str(port), encoding="utf-8")
        os.replace(tmp, args.port_file)
    log.info("lectern-hub %s listening on http://%s:%d (data in %s, %d worker%s)", __version__, args.host, port,
             hub.settings.data_dir, args.workers, "s" if args.workers > 1 else "")
    if args.workers > 1:
        from uvicorn.supervisors import Multiprocess
        Multiprocess(config, sockets=[sock]).run()
    else:
        uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
