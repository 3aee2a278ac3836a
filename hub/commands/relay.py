"""`lectern-hub relay ...`: run this PC as a court relay (hub.relay; docs/relay.md).

    lectern-hub --data DIR relay login --upstream URL --user NAME --password-stdin
    lectern-hub --data DIR relay serve [--upstream URL] [--host H] [--port P]
    lectern-hub --data DIR relay trust KEY.pub
    lectern-hub --data DIR relay seed FILE.lectern
    lectern-hub --data DIR relay status

Judges' sync files on a relay: `lectern-hub --data DIR sync-file import|replies` (hub/commands/sync_file.py).
"""
from __future__ import annotations

import argparse
import json
import logging
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..errors import HubError, HubErrorKind

if TYPE_CHECKING:
    from ..context import Hub
    from ..settings import HubSettings

log = logging.getLogger("hub.relay")

DEFAULT_PORT = 8765


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("relay", help="run this PC as a court relay for a hub upstream (docs/relay.md)")
    rsub = r.add_subparsers(dest="relay_command", required=True, metavar="ACTION", parser_class=parser_class)
    li = rsub.add_parser("login", help="sign the relay in to its upstream hub with court IT's account")
    li.add_argument("--upstream", required=True, metavar="URL", help="the upstream hub, e.g. https://courses.example")
    li.add_argument("--user", required=True, metavar="NAME")
    li.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    s = rsub.add_parser("serve", help="serve the court's players and forward to the upstream")
    s.add_argument("--upstream", default=None, metavar="URL", help="the upstream hub (default: the one of `login`)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: the whole LAN)")
    s.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 picks one)")
    s.add_argument("--port-file", type=Path, default=None, help="write the port listened on to this file")
    s.add_argument("--pull-interval", type=float, default=60.0, metavar="SECONDS",
                   help="how often to pull other courts' posts for each device (default 60)")
    s.add_argument("--retry-max", type=float, default=300.0, metavar="SECONDS",
                   help="while the link is down, the longest wait between attempts (default 300; "
                        "shorter finds a returning link sooner, at a few more attempts)")
    s.add_argument("--workers", type=int, default=4, help="learners forwarded in parallel (default 4)")
    s.add_argument("--prefetch", action="store_true",
                   help="fetch every course court IT's account is enrolled in, in the background")
    s.add_argument("--access-log", action="store_true", help="log every request")
    t = rsub.add_parser("trust", help="accept bundles signed by this publisher key for `relay seed`")
    t.add_argument("key", type=Path, metavar="KEY.pub")
    sd = rsub.add_parser("seed", help="put a signed course bundle (e.g. from a USB stick) in the relay's cache")
    sd.add_argument("bundle", type=Path, metavar="FILE.lectern")
    st = rsub.add_parser("status", help="the queue of judges' changes waiting for the upstream")
    st.add_argument("--json", action="store_true", help="as JSON")


def run(args: argparse.Namespace, settings: "HubSettings", open_hub: Callable[[], "Hub"]) -> int | None:
    if args.command != "relay":
        return None
    data_dir: Path = settings.data_dir
    command = args.relay_command
    if command == "login":
        return _login(data_dir, args)
    if command == "serve":
        return _serve(data_dir, args)
    if command == "trust":
        return _trust(data_dir, args.key)
    if command == "seed":
        return _seed(data_dir, args.bundle)
    if command == "status":
        return _status(data_dir, args.json)
    raise AssertionError(command)


def _read_password(from_stdin: bool) -> str:
    import getpass
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise HubError(HubErrorKind.INVALID, "Type the password at a terminal, or pass it with --password-stdin.")
    return getpass.getpass("Password: ")


def _login(data_dir: Path, args: argparse.Namespace) -> int:
    from sync.errors import HubError as ClientHubError

    from ..relay.store import OPERATOR_TOKEN, OPERATOR_USER, UPSTREAM_URL, RelayStore
    from ..relay.upstream import Upstream

    password = _read_password(args.password_stdin)
    upstream = Upstream(args.upstream)
    try:
        if upstream.ping() is None:
            raise HubError(HubErrorKind.BAD_REQUEST, f"No Lectern hub answers at {upstream.url}.")
        try:
            answer = upstream.login({"username": args.user, "password": password,
                                     "device_name": f"court relay ({socket.gethostname()})"})
        except ClientHubError as exc:
            reason = "wrong user name or password" if exc.status == 401 else exc.message
            raise HubError(HubErrorKind.BAD_CREDENTIALS, f"The upstream refused the sign-in: {reason}.") from None
        may_carry = _may_carry_sync_files(upstream, str(answer["token"]))
    finally:
        upstream.close()
    store = RelayStore(data_dir)
    try:
        store.set_meta(UPSTREAM_URL, upstream.url)
        store.set_meta(OPERATOR_USER, str(answer.get("username") or args.user))
        store.set_meta(OPERATOR_TOKEN, str(answer["token"]))
    finally:
        store.close()
    name = answer.get("username") or args.user
    print(f"The relay in {data_dir} is signed in to {upstream.url} as {name}.")
    if not may_carry:
        print(f"Warning: {name} has no relay role on the course server, which refuses judges' sync files sent "
              f"through this relay; give it the role there: lectern-hub role {name} relay", file=sys.stderr)
    return 0


def _may_carry_sync_files(upstream: Any, token: str) -> bool:
    """Whether the upstream takes other judges' sync files from this account: an empty body
    is the probe of `POST /sync-files` (403 without the hub-wide `relay` role, 422 with it).
    Anything else (an older hub, a hiccup) is not worth a warning."""
    from sync.errors import HubError as ClientHubError

    try:
        upstream.sync_file(token, b"", timeout=20.0)
    except ClientHubError as exc:
        return exc.status != 403
    return True


def _serve(data_dir: Path, args: argparse.Namespace) -> int:
    import uvicorn

    from ..listening import listening_socket, write_port_file
    from ..relay.app import create_relay_app
    from ..relay.service import Relay, RelaySettings

    relay = Relay(RelaySettings(data_dir=data_dir, upstream_url=args.upstream or "",
                                pull_interval=max(1.0, args.pull_interval), retry_max=max(1.0, args.retry_max),
                                forward_workers=max(1, args.workers)))
    try:
        sock = listening_socket(args.host, args.port, backlog=512)
        port = sock.getsockname()[1]
        if args.port_file:
            write_port_file(args.port_file, port)
    except HubError:
        relay.close()
        raise
    if args.prefetch:
        relay.start_prefetch()
    config = uvicorn.Config(create_relay_app(relay), host=args.host, port=port, log_config=None,
                            access_log=args.access_log, timeout_keep_alive=30, server_header=False, lifespan="on")
    log.info("lectern-hub relay listening on http://%s:%d for %s (data in %s)", args.host, port,
             relay.upstream.url, data_dir)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def _trust(data_dir: Path, key_file: Path) -> int:
    from sync.signing import load_public_key

    from ..relay.store import RelayStore

    key = load_public_key(key_file)
    store = RelayStore(data_dir)
    try:
        store.add_publisher_key(key.key_id, key.to_text())
    finally:
        store.close()
    print(f"The relay trusts publisher key {key.key_id} for seeding" + (f" ({key.comment})" if key.comment else "")
          + ".")
    return 0


def _seed(data_dir: Path, bundle: Path) -> int:
    from sync.signing import PublicKey

    from ..relay.content import BlobCache, ContentCache
    from ..relay.store import RelayStore

    store = RelayStore(data_dir)
    try:
        keys = [PublicKey.parse(text) for text in store.publisher_keys()]
        if not keys:
            raise HubError(HubErrorKind.UNTRUSTED, "The relay trusts no publisher key yet: add the publisher's "
                                                   "key with `lectern-hub relay trust KEY.pub` first.")
        cache = ContentCache(store, BlobCache(data_dir / "blobs"), None)
        manifest, added = cache.seed(bundle, keys)
    finally:
        store.close()
    print(f"Seeded {manifest.id} version {manifest.version} ({added} new files); judges download it from the "
          "relay without the link.")
    return 0


def _status(data_dir: Path, as_json: bool) -> int:
    from ..relay.store import UPSTREAM_URL, RelayStore
    from ..relay.sync_files import SyncFileQueue

    store = RelayStore(data_dir)
    try:
        counts = store.counts()
        files = SyncFileQueue(store, data_dir).counts()
        courses = [f"{cid} v{v} ({src})" for cid, v, _f, _e, src in store.course_entries()]
        doc: dict[str, Any] = {
               "upstream": store.get_meta(UPSTREAM_URL), "pending": counts.pending, "forwarded": counts.acked,
               "refused": counts.refused, "learners_waiting": counts.users_waiting,
               "oldest_pending": counts.oldest_pending, "accounts": len(store.accounts()),
               "courses": courses, "sync_files_queued": files["queued"],
               "sync_file_replies": files["answered"] + files["refused"]}
    finally:
        store.close()
    if as_json:
        print(json.dumps(doc, indent=1))
        return 0
    print(f"upstream:          {doc['upstream'] or '(none yet: relay login)'}")
    print(f"waiting to go up:  {doc['pending']} changes of {doc['learners_waiting']} learners"
          + (f" (oldest {doc['oldest_pending']})" if doc["oldest_pending"] else ""))
    print(f"forwarded:         {doc['forwarded']}   refused upstream: {doc['refused']}")
    print(f"judges signed in:  {doc['accounts']}")
    if doc["sync_files_queued"] or doc["sync_file_replies"]:
        print(f"sync files:        {doc['sync_files_queued']} waiting for the link, {doc['sync_file_replies']} "
              "answered (lectern-hub sync-file replies --out DIR)")
    for line in courses:
        print(f"course:            {line}")
    return 0
