"""`lectern-hub sync-file import IN [IN...] --reply OUT | --reply-dir DIR`: a judge's sync file,
carried on a USB stick, applied like a network sync; the signed reply written for the judge to
load (hub/sync_files.py; docs/court-it.md says how court IT runs it).

On a court relay's folder (relay.sqlite3 there, no hub.sqlite3, no --db) the same command
sends each file to the upstream hub, which signs the reply (hub.relay.sync_files): with the
link down the files are queued in the relay, and `lectern-hub sync-file replies --out DIR`
writes their replies once they have come back. A relay's folder is never opened as a hub's
(which would make an empty hub.sqlite3 there and call every device unknown).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from ..context import Hub
    from ..settings import HubSettings

#: exit status when files were queued on a relay (no reply yet): not an error, not done
EXIT_QUEUED = 3
#: tries of one file on a relay before it is queued (the link may blink)
SEND_ATTEMPTS = 3


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    sf = sub.add_parser("sync-file", help="apply judges' sync files (USB) and write their replies")
    ssub = sf.add_subparsers(dest="sync_file_command", metavar="ACTION", required=True,
                             parser_class=parser_class)
    imp = ssub.add_parser("import", help="apply a judge's sync file and write the signed reply "
                                         "(on a relay: through the upstream hub, or queued)")
    imp.add_argument("inputs", type=Path, nargs="+", metavar="IN", help="the judge's .lectern-sync file(s)")
    where = imp.add_mutually_exclusive_group(required=True)
    where.add_argument("--reply", type=Path, metavar="OUT", help="the reply file to write (one IN)")
    where.add_argument("--reply-dir", type=Path, metavar="DIR",
                       help="write each reply beside the others in DIR, named after its IN")
    rep = ssub.add_parser("replies", help="on a court relay: write the replies of files queued while the "
                                          "link was down, once the upstream answered them")
    rep.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write the replies to")


def relay_folder(settings: "HubSettings") -> bool:
    """Whether --data names a court relay's folder rather than a hub's. Refuses, in one line,
    a folder that holds both (an older lectern-hub made an empty hub.sqlite3 in a relay's)."""
    from ..errors import HubError, HubErrorKind
    from ..relay.store import DB_NAME

    if settings.db_url is not None or not (settings.data_dir / DB_NAME).exists():
        return False
    if (settings.data_dir / "hub.sqlite3").exists():
        raise HubError(HubErrorKind.BAD_REQUEST,
                       f"{settings.data_dir} holds both a court relay ({DB_NAME}) and a hub database (hub.sqlite3): "
                       "if hub.sqlite3 was made there by mistake, remove it; for the hub's, pass --db.")
    return True


def run(args: argparse.Namespace, settings: "HubSettings", open_hub: Callable[[], "Hub"]) -> int | None:
    if args.command != "sync-file":
        return None
    from ..errors import HubError, HubErrorKind

    on_relay = relay_folder(settings)
    if args.sync_file_command == "replies":
        if not on_relay:
            raise HubError(HubErrorKind.BAD_REQUEST, "sync-file replies is for a court relay's folder (--data "
                                                     "RELAYDIR): on the hub, import writes each reply at once.")
        return _relay_replies(settings.data_dir, Path(args.out))
    if args.reply is not None and len(args.inputs) != 1:
        raise HubError(HubErrorKind.BAD_REQUEST, "--reply names one reply file: give one IN, or use --reply-dir.")
    missing = [str(p) for p in args.inputs if not Path(p).is_file()]
    if missing:  # said before the hub's data is opened (or, for a mistyped --data, made)
        raise HubError(HubErrorKind.BAD_REQUEST, f"No such sync file: {', '.join(missing)[:300]}.")
    if args.reply_dir is not None:
        Path(args.reply_dir).mkdir(parents=True, exist_ok=True)
    if on_relay:
        return _relay_import(settings.data_dir, args)
    return _hub_import(args, open_hub)


def _reply_for(args: argparse.Namespace) -> Callable[[Path], Path]:
    from sync import sync_file as sf

    def reply_for(source: Path) -> Path:
        if args.reply is not None:
            return Path(args.reply)
        return Path(args.reply_dir) / (source.name.removesuffix(sf.SUFFIX) + sf.REPLY_SUFFIX)
    return reply_for


def _hub_import(args: argparse.Namespace, open_hub: Callable[[], "Hub"]) -> int:
    from sync.errors import LecternError

    from ..sync_files import describe, import_files

    reply_for = _reply_for(args)
    hub = open_hub()
    refused: list[str] = []
    try:
        for source, outcome in import_files(hub, list(args.inputs), reply_for):
            if isinstance(outcome, LecternError):
                if len(args.inputs) == 1:
                    raise outcome  # one file: its one line is the command's error
                refused.append(f"{source.name}: {outcome.message}")
                continue
            print(describe(source.name, {
                "username": outcome.username, "device_name": outcome.device_name, "acked": outcome.acked,
                "replayed": outcome.replayed, "rejected": outcome.rejected, "pulled": outcome.pulled,
                "more": outcome.more}, reply_for(source)))
    finally:
        hub.close()
    for line in refused:
        print(f"lectern-hub: refused: {line}", file=sys.stderr)
    return 2 if refused else 0


def _relay_parts(data_dir: Path) -> tuple[Any, Any, Any, str | None]:
    """The relay's store, sync-file queue, upstream client and court IT's token."""
    from ..errors import HubError, HubErrorKind
    from ..relay.store import OPERATOR_TOKEN, UPSTREAM_URL, RelayStore
    from ..relay.sync_files import SyncFileQueue
    from ..relay.upstream import Upstream

    store = RelayStore(data_dir)
    url = store.get_meta(UPSTREAM_URL)
    if not url:
        store.close()
        raise HubError(HubErrorKind.BAD_REQUEST, f"The relay in {data_dir} has no course server yet: run "
                                                 "`lectern-hub relay login` first.")
    return store, SyncFileQueue(store, data_dir), Upstream(url), store.get_meta(OPERATOR_TOKEN)


def _relay_import(data_dir: Path, args: argparse.Namespace) -> int:
    """Each file through the upstream (its reply written at once), or queued in the relay
    while the link is down (said in one line: how to collect the replies)."""
    from sync import sync_file as sf
    from sync.backoff import Backoff

    from ..relay import sync_files as rsf
    from ..sync_files import describe

    reply_for = _reply_for(args)
    one = len(args.inputs) == 1
    refused: list[str] = []
    checked: list[tuple[Path, bytes]] = []
    for source in map(Path, args.inputs):
        try:  # what the relay can check (not the signature: the device keys are the upstream's)
            data = sf.read_limited(source)
            rsf.check(data, source.name)
        except sf.SyncFileError as exc:
            if one:
                raise
            refused.append(f"{source.name}: {exc.message}")
            continue
        checked.append((source, data))
    store, queue, upstream, token = _relay_parts(data_dir)
    waiting: str | None = None    # why files are queued rather than sent
    queued = 0
    try:
        for source, data in checked:
            out = reply_for(source)
            backoff = Backoff(0.5, 4.0)
            for attempt in range(SEND_ATTEMPTS):
                if waiting is not None:
                    break
                try:
                    reply, summary = rsf.send(upstream, token, data)
                except rsf.CannotSendNow as exc:
                    if exc.link_down and attempt + 1 < SEND_ATTEMPTS:
                        time.sleep(backoff.next())
                        continue
                    waiting = exc.message
                    break
                except sf.SyncFileError as exc:  # the upstream refused the file itself
                    if one:
                        raise
                    refused.append(f"{source.name}: {exc.message}")
                    break
                sf.write_atomic(out, reply)
                print(describe(source.name, summary, out))
                break
            if waiting is not None:
                queue.add(data, source.name, out.name)
                queued += 1
    finally:
        upstream.close()
        store.close()
    if queued:
        where = Path(args.reply_dir) if args.reply_dir is not None else Path(args.reply).parent
        print(f"Queued {queued} file{'s' if queued != 1 else ''} on the relay ({waiting}): the relay sends "
              f"{'them' if queued != 1 else 'it'} when the link returns; then `lectern-hub --data {data_dir} "
              f"sync-file replies --out {where}` writes the replies (hand the stick back only then).")
    for line in refused:
        print(f"lectern-hub: refused: {line}", file=sys.stderr)
    return 2 if refused else EXIT_QUEUED if queued else 0


def _relay_replies(data_dir: Path, out: Path) -> int:
    """Send what is still queued (if the link is up), then write every reply that came back
    into `out` and say each refusal; the entries written are forgotten."""
    from sync import sync_file as sf

    from ..relay import sync_files as rsf

    store, queue, upstream, token = _relay_parts(data_dir)
    waiting: str | None = None
    refused: list[str] = []
    written = 0
    try:
        if queue.queued():
            try:
                rsf.send_queued(queue, upstream, token)
            except rsf.CannotSendNow as exc:
                waiting = exc.message
        answered = queue.answered()
        if answered:
            out.mkdir(parents=True, exist_ok=True)
        for item in answered:
            sf.write_atomic(out / item.reply_name, sf.read_limited(queue.reply_path(item)))
            print((item.message or item.name).replace(f"the reply {item.reply_name}",
                                                      f"the reply {out / item.reply_name}"))
            queue.collected(item)
            written += 1
        for item in queue.refused():
            refused.append(f"{item.name}: {item.message}")
            queue.collected(item)
        still = len(queue.queued())
    finally:
        upstream.close()
        store.close()
    if still:
        print(f"{still} file{'s' if still != 1 else ''} still wait{'' if still != 1 else 's'} for the course "
              f"server ({waiting or 'not sent yet'}); run this again later.")
    elif not written and not refused:
        print("No replies are waiting on this relay.")
    for line in refused:
        print(f"lectern-hub: refused: {line}", file=sys.stderr)
    return 2 if refused else EXIT_QUEUED if still else 0
