"""Sync files on the hub: a judge's export, carried on a USB stick, applied as a network sync
would apply it, and the signed reply court IT hands back (docs/protocol.md, "Sync files").

The file is trusted because the device key that signed it was registered with a sign-in
(`register_device_key`, at `POST /api/v1/token`): a key the hub does not know, or whose
sign-in was revoked (sign-out) or whose account is disabled, is refused. Its events go
through `hub.syncing.sync` in batches, exactly as network pushes and pulls do (one rule,
event ids idempotent: a file imported twice changes nothing); the reply carries the acks,
the refusals and every page the learner would have pulled, signed with the hub's issuer key,
which the player pinned at sign-in.
"""
from __future__ import annotations

import base64
import binascii
import logging
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from sync.errors import KeyFileError, LecternError
from sync.protocol import MAX_PAGE_EVENTS, PROTOCOL_VERSION, EventEnvelope, Rejection, SyncRequest
from sync.signing import PublicKey

from . import db, syncing
from .auth import Principal
from .certificates import issuer
from .context import Hub
from .errors import HubError, HubErrorKind
from .settings import HubSettings

log = logging.getLogger(__name__)

_DK = db.device_keys


def hub_public_key(settings: HubSettings) -> PublicKey:
    """The key that signs this hub's replies: its certificate issuer key (one identity to pin)."""
    return issuer(settings).public_key


def register_device_key(conn: Connection, user_id: int, token_id: int, device_name: str,
                        key_b64: str) -> str:
    """Keep a sign-in's device key (in the sign-in's write transaction); returns its key id.
    The same key signing in again moves to the new sign-in; another account's key is refused."""
    try:
        key = PublicKey.from_raw(base64.b64decode(key_b64, validate=True))
    except (binascii.Error, ValueError, KeyFileError):
        raise HubError(HubErrorKind.INVALID, "The device key is not an Ed25519 public key.",
                       fields=["device_key"]) from None
    owner = conn.execute(select(_DK.c.user_id).where(_DK.c.key_id == key.key_id)).scalar()
    if owner is not None and owner != user_id:
        raise HubError(HubErrorKind.INVALID, "This device key belongs to another account.",
                       fields=["device_key"])
    conn.execute(delete(_DK).where(_DK.c.key_id == key.key_id))
    try:
        conn.execute(_DK.insert().values(key_id=key.key_id, user_id=user_id, token_id=token_id,
                                         public_key=base64.b64encode(key.raw).decode("ascii"),
                                         device_name=device_name[:200], created_at=db.hub_now()))
    except IntegrityError:
        # Another account's sign-in registered it at the same moment (sign-ins hold only their
        # own learner: hub.write_locks); the sign-in is refused as if it had come second.
        raise HubError(HubErrorKind.INVALID, "This device key belongs to another account.",
                       fields=["device_key"]) from None
    return key.key_id


@dataclass(frozen=True)
class _Device:
    user_id: int
    username: str
    token_id: int
    device_name: str
    key: PublicKey
    usable: bool          # account enabled and sign-in not revoked


def _device(hub: Hub, key_id: str) -> _Device | None:
    t = db.tokens
    with hub.database.read() as conn:
        row = conn.execute(
            select(_DK.c.user_id, db.users.c.username, _DK.c.token_id, _DK.c.device_name, _DK.c.public_key,
                   db.users.c.disabled, t.c.revoked_at, t.c.id)
            .select_from(_DK.join(db.users, db.users.c.id == _DK.c.user_id)
                         .outerjoin(t, t.c.id == _DK.c.token_id))
            .where(_DK.c.key_id == key_id)).first()
    if row is None:
        return None
    key = PublicKey.from_raw(base64.b64decode(row[4]))
    usable = not row[5] and row[7] is not None and row[6] is None
    return _Device(int(row[0]), str(row[1]), int(row[2] or 0), str(row[3]), key, usable)


def check_sender(hub: Hub, who: Principal, data: bytes) -> None:
    """Refuse (403) a caller who may not send this file: a file's reply is its signer's
    personal feed (progress from other PCs, roles, runs), so only the signer's own account,
    or a court relay's (hub-wide role `relay`), may have it answered. The signing device is
    read from the envelope's header, not yet verified: `import_export` verifies the signature
    with that very device's key, so a header naming someone else's device gets nowhere
    either way. Unreadable files and unknown devices are left to `import_export`'s one-line
    refusals (422), which say nothing of anyone; an empty body is the relay's probe (403
    unless the role is there)."""
    from sync import sync_file as sf  # the file format: loaded on first use

    from . import runs

    with hub.database.read() as conn:
        if runs.is_relay(conn, who.user_id):
            return
    device = _device(hub, sf.peek(data, sf.KIND_EXPORT).key_id) if data else None
    if data and (device is None or device.user_id == who.user_id):
        return
    log.warning("sync file of %s sent by %s refused: not theirs, and %s has no relay role",
                device.username if device else "nobody (a probe)", who.username, who.username)
    raise HubError(HubErrorKind.FORBIDDEN,
                   "Only the judge's own account, or a court relay's account (`lectern-hub role NAME relay` on "
                   "the course server), may send another judge's sync file.")


@dataclass(frozen=True)
class ImportOutcome:
    """What one export did on the hub, and the reply to hand back."""

    reply: bytes
    username: str
    device_name: str
    events: int           # events the file carried
    acked: int            # accepted (replayed ones included)
    replayed: int         # accepted before (the same file, or a network sync, brought them)
    rejected: int
    pulled: int           # server events in the reply
    more: bool            # more waits than one reply carries: the judge exports again after loading it
    deferred: int = 0     # the file's events not applied (the reply was full): the next file carries them


def import_export(hub: Hub, data: bytes, *, max_reply_events: int | None = None,
                  max_reply_bytes: int | None = None) -> ImportOutcome:
    """Apply a judge's export (bytes of the file) and make the signed reply.

    The reply holds at most `max_reply_events` pulled events and stops taking pages once
    they reach `max_reply_bytes` (defaults: sync.sync_file's bounds, for the CLI on the hub
    machine; `POST /sync-files` asks for one network page). Once it is full the file's
    remaining events are not applied either (each batch's push pulls a page): they stay
    pending on the judge's PC, and the reply says `more`, so the judge loads it and exports
    again, as a network sync takes page after page.

    Refused with one line (sync.sync_file.SyncFileError) when it is not a sync file, is
    damaged or changed, was signed by a device this hub does not know, by a sign-in that
    was revoked, or was made for another course server."""
    from sync import sync_file as sf  # the file format: loaded by the command, not by the server

    max_reply_events = max(1, max_reply_events or sf.MAX_REPLY_EVENTS)
    max_reply_bytes = max(1, max_reply_bytes or sf.MAX_REPLY_PULL_BYTES)
    env = sf.peek(data, sf.KIND_EXPORT)
    device = _device(hub, env.key_id)
    if device is None:
        raise sf.SyncFileError(sf.SyncFileErrorKind.UNKNOWN_DEVICE,
                               "This sync file was signed by a device this course server does not know: "
                               "the judge must sign in once while online, then export again.")
    payload = sf.parse_payload(sf.open_envelope(env, device.key), sf.ExportPayload)
    assert isinstance(payload, sf.ExportPayload)
    hub_key = hub_public_key(hub.settings)
    if payload.hub_key_id != hub_key.key_id:
        raise sf.SyncFileError(sf.SyncFileErrorKind.WRONG_HUB,
                               f"This sync file was made for another course server ({payload.hub_url[:200]}).")
    if payload.device_key_id != env.key_id or payload.username.casefold() != device.username.casefold():
        raise sf.SyncFileError(sf.SyncFileErrorKind.WRONG_LEARNER,
                               "This sync file names another learner than the device that signed it.")
    if not device.usable:
        raise sf.SyncFileError(sf.SyncFileErrorKind.SIGNED_OUT,
                               f"The sign-in that made this sync file ({device.username} on "
                               f"{device.device_name}) was ended or the account is disabled; "
                               "the judge must sign in again while online.")
    who = Principal(user_id=device.user_id, username=device.username, token_id=device.token_id)
    try:
        envelopes = [EventEnvelope.model_validate(e) for e in payload.events]
    except ValueError:
        raise sf.SyncFileError(sf.SyncFileErrorKind.DAMAGED,
                               "The sync file holds a change without an id or kind; it is refused.") from None
    protocol = min(payload.protocol, PROTOCOL_VERSION)
    batch = max(1, hub.settings.max_events)
    cursor, sent, pulled_bytes, cursor_refused = payload.cursor, 0, 0, False
    acked: list[str] = []
    rejected: list[Rejection] = []
    pulled: list[str] = []
    while True:
        chunk = envelopes[sent:sent + batch]
        room = max_reply_events - len(pulled)   # >= 1: a full reply ends the loop
        limit = min(room, MAX_PAGE_EVENTS) if room < hub.settings.page_events else None
        try:
            request = SyncRequest(protocol=protocol, device_id=payload.device_id, cursor=cursor, events=chunk,
                                  limit=limit)
        except ValueError:  # pydantic's ValidationError: what the device signed is not a request
            raise sf.SyncFileError(sf.SyncFileErrorKind.DAMAGED,
                                   "The sync file's contents are not a sync request; it is refused.") from None
        try:
            result = syncing.sync(hub, who, request)
        except HubError as exc:
            if cursor and exc.kind is HubErrorKind.INVALID and "cursor" in exc.message.lower():
                cursor, cursor_refused = None, True  # restored from a backup: pull from the start
                continue
            raise
        sent += len(chunk)
        acked += result.acked
        rejected += result.rejected
        pulled += result.events_json
        pulled_bytes += sum(len(e) for e in result.events_json)
        cursor = result.cursor
        full = len(pulled) >= max_reply_events or pulled_bytes >= max_reply_bytes
        if full or (sent >= len(envelopes) and not result.more):
            break
    deferred = len(envelopes) - sent
    more = result.more or deferred > 0
    response = syncing.SyncResult(acked=acked, rejected=rejected, events_json=pulled, cursor=cursor,
                                  more=more, server_time=result.server_time).to_json()
    meta = sf.ReplyPayload(
        reply_id=uuid.uuid4(), export_id=payload.export_id, made_at=result.server_time,
        hub_key_id=hub_key.key_id, username=device.username, device_id=payload.device_id,
        device_key_id=env.key_id, since=payload.cursor, cursor_refused=cursor_refused,
        kinds={str(e.id): e.kind for e in envelopes[:sent]}, response={}).model_dump_json().encode()
    tail = b',"response":{}}'
    assert meta.endswith(tail)
    reply = sf.seal(sf.KIND_REPLY, issuer(hub.settings).key, meta[:-len(tail)] + b',"response":' + response + b"}")
    replayed = sum(1 for a in acked if '"replayed":true' in a)
    log.info("sync file of %s (%s): %d events, %d accepted (%d before), %d refused, %d left for the next "
             "file, %d sent back%s", device.username, device.device_name, len(envelopes), len(acked), replayed,
             len(rejected), deferred, len(pulled), " (more waits)" if more else "")
    return ImportOutcome(reply=reply, username=device.username, device_name=device.device_name,
                         events=len(envelopes), acked=len(acked), replayed=replayed, rejected=len(rejected),
                         pulled=len(pulled), more=more, deferred=deferred)


def describe(name: str, summary: dict[str, Any], reply: Path | str) -> str:
    """The line `lectern-hub sync-file import` prints for an imported file (hub or relay)."""
    replayed = int(summary.get("replayed") or 0)
    before = f" ({replayed} of them already here)" if replayed else ""
    more = "; more is waiting: the judge should export again after loading it" if summary.get("more") else ""
    return (f"{name}: {summary.get('username', '?')} on {summary.get('device_name', '?')}: "
            f"{int(summary.get('acked') or 0)} changes accepted{before}, {int(summary.get('rejected') or 0)} "
            f"refused, {int(summary.get('pulled') or 0)} updates in the reply {reply}{more}.")


def import_files(hub: Hub, sources: Sequence[Path], reply_for: Callable[[Path], Path], *,
                 workers: int = 4) -> Iterator[tuple[Path, ImportOutcome | LecternError]]:
    """Import several files (court IT's `--reply-dir`, a USB stick of a whole court), each
    reply written beside it; yields each file's outcome or its refusal, in order. A few at
    once: their writes then share the hub's group commit, as concurrent network syncs do."""
    from sync import sync_file as sf

    def one(source: Path) -> ImportOutcome | LecternError:
        try:
            outcome = import_export(hub, sf.read_limited(source))
            sf.write_atomic(reply_for(source), outcome.reply)
            return outcome
        except LecternError as exc:  # HubError and SyncFileError alike: said for this file only
            return exc

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="sync-file") as pool:
        yield from zip(sources, pool.map(one, sources))
