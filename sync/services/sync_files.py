"""Sync by USB stick: save the changes waiting to a signed file, and load the course server's
signed reply (sync/sync_file.py has the format; hub/sync_files.py the hub's side).

The file carries exactly what a network sync would push (the same outbox events, built by
the sync engine's `to_wire`), and the reply is applied by the same store method a network
answer is (`LearnerStore.apply_hub_answer`), so ids keep everything exactly-once whichever
way a change travels. A reply is loaded once: loading it again is refused and changes
nothing. Used by `lectern sync-file` (sync/cli/sync_files.py) and the player's Hub menu.

A profile signed in before sync files existed has no device key: it is told to sign in
again once while online (the key is registered with that sign-in).
"""
from __future__ import annotations

import base64
import binascii
import json
import logging
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .. import sync_file as sf
from ..credentials import Credentials, account_key, load_credentials
from ..errors import KeyFileError
from ..paths import DataPaths
from ..signing import PrivateKey, PublicKey

if TYPE_CHECKING:
    from ..store import LearnerStore

log = logging.getLogger(__name__)

#: sync_state key: the ids of the replies loaded here (newest last), so a reply loads once
APPLIED_REPLIES = "sync_file_replies"
_KEEP_APPLIED = 500


@dataclass(frozen=True)
class SavedChanges:
    """A sync file written: how many changes it carries, and how many wait for the next one."""

    path: Path
    changes: int
    left_out: int
    username: str
    hub_url: str


@dataclass(frozen=True)
class LoadedReply:
    """A reply applied: what the course server accepted and refused, and what arrived."""

    accepted: int
    refused: int
    refusals: list[str]        # the hub's reasons, in plain words (the first few)
    posts: int                 # discussions and messages of others
    certificates: int
    course_updates: int
    other: int                 # progress, runs, roles, announcements...
    more: bool                 # the course server has more: save and take another file

    @property
    def arrived(self) -> int:
        return self.posts + self.certificates + self.course_updates + self.other


def _signed_in(paths: DataPaths) -> tuple[Credentials, PrivateKey, PublicKey]:
    creds = load_credentials(paths)
    if creds is None:
        raise sf.SyncFileError(sf.SyncFileErrorKind.NOTHING,
                               "Nobody is signed in on this profile: sign in to your course server once "
                               "while online.")
    if not creds.device_key or not creds.hub_key:
        raise sf.SyncFileError(sf.SyncFileErrorKind.NO_DEVICE_KEY,
                               "This profile signed in before sync files existed: sign in again once while "
                               "online, then save your changes to a file.")
    try:
        key = PrivateKey(base64.b64decode(creds.device_key, validate=True))
        hub = PublicKey.parse(creds.hub_key, "the course server's key")
    except (binascii.Error, ValueError, KeyFileError):
        raise sf.SyncFileError(sf.SyncFileErrorKind.NO_DEVICE_KEY,
                               "This profile's sign-in is damaged: sign in again once while online.") from None
    return creds, key, hub


@contextmanager
def _store(paths: DataPaths, store: "LearnerStore | None") -> Iterator["LearnerStore"]:
    """The caller's store (the player's store lane), else the profile's, opened here (the CLI)."""
    if store is not None:
        yield store
        return
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as opened:
        yield opened


def export_file(paths: DataPaths, out: Path, store: "LearnerStore | None" = None) -> SavedChanges:
    """Write every change waiting to `out`, signed with this sign-in's device key. The
    changes stay waiting until a reply (or a network sync) says the hub has them."""
    from ..protocol import PROTOCOL_VERSION
    from ..store import CURSOR
    from ..sync_engine import keep_local, local_courses, resend_from, to_wire

    creds, key, hub = _signed_in(paths)
    with _store(paths, store) as store:
        store.use_account(creds.username)
        resend_from(store, store.device_id())  # noted as a network pass notes it (a hub restore)
        keep_local(store)
        local = local_courses(store)
        waiting = [e for e in store.pending_events(max(1, store.pending_count())) if e.course_id not in local]
        events = waiting[:sf.MAX_FILE_EVENTS]
        payload = sf.ExportPayload(
            export_id=uuid.uuid4(), made_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            hub_url=creds.hub_url, hub_key_id=hub.key_id, username=creds.username,
            device_id=uuid.UUID(store.device_id()), device_key_id=PublicKey.from_raw(key.public_raw).key_id,
            device_name=creds.device_name, protocol=PROTOCOL_VERSION, cursor=store.get_sync_state(CURSOR),
            events=[to_wire(e, PROTOCOL_VERSION) for e in events])
    sf.write_atomic(Path(out), sf.seal(sf.KIND_EXPORT, key, sf.dump(payload)))
    log.info("sync file %s: %d changes saved (export %s), %d left for the next one",
             out, len(events), payload.export_id, len(waiting) - len(events))
    return SavedChanges(Path(out), len(events), len(waiting) - len(events), creds.username, creds.hub_url)


def import_reply(paths: DataPaths, source: Path, store: "LearnerStore | None" = None) -> LoadedReply:
    """Apply the course server's reply to an export of this profile (signed by the key pinned
    at sign-in, addressed to this learner and this computer), once."""
    from ..store import CURSOR, HubCertificate, HubCourseUpdate, HubPost, HubThread
    from ..sync_engine import read_answer, resend_from

    creds, key, hub = _signed_in(paths)
    env = sf.peek(sf.read_limited(Path(source)), sf.KIND_REPLY)
    if env.key_id != hub.key_id:
        raise sf.SyncFileError(sf.SyncFileErrorKind.WRONG_HUB,
                               "This reply was made by another course server than the one this profile "
                               "signed in to; it was not loaded.")
    reply = sf.parse_payload(sf.open_envelope(env, hub), sf.ReplyPayload)
    assert isinstance(reply, sf.ReplyPayload)
    mine = PublicKey.from_raw(key.public_raw).key_id
    answer, more = read_answer(reply.response)
    with _store(paths, store) as store:
        store.use_account(creds.username)
        identity = (store.account(), store.device_id())
        if (account_key(reply.username), str(reply.device_id), reply.device_key_id) != (*identity, mine):
            raise sf.SyncFileError(sf.SyncFileErrorKind.WRONG_LEARNER,
                                   f"This reply is meant for another learner or computer ({reply.username}); "
                                   "it was not loaded.")
        applied = _applied(store.get_sync_state(APPLIED_REPLIES))
        if str(reply.reply_id) in applied:
            raise sf.SyncFileError(sf.SyncFileErrorKind.ALREADY_LOADED,
                                   "This reply was loaded already; nothing changed.")
        current = store.get_sync_state(CURSOR)
        if reply.cursor_refused and current == reply.since:
            # The hub was restored from a backup (it did not make our cursor): as a network
            # sync does, take its state again and send again what it acked since (next file).
            store.start_over_with_hub(resend_from(store, identity[1]))
        elif current != reply.since:
            # The store pulled since that export (another reply, or a network sync): its own
            # cursor stays, and this older reply's updates are dropped — that pull brought them
            # or newer ones (a role, a run, a credential applied now would roll those back);
            # its acks and refusals still settle the outbox.
            answer = replace(answer, cursor=current, events=[])
        if not store.apply_hub_answer(answer, reply.kinds, identity):
            raise sf.SyncFileError(sf.SyncFileErrorKind.WRONG_LEARNER,
                                   "Another learner signed in on this profile meanwhile; the reply was not loaded.")
        store.set_sync_state(APPLIED_REPLIES, json.dumps((applied + [str(reply.reply_id)])[-_KEEP_APPLIED:]))
        store.record_sync_success()
    log.info("sync reply %s (export %s) loaded: %d accepted, %d refused, %d updates", reply.reply_id,
             reply.export_id, len(answer.acked), len(answer.refused), len(answer.events))
    posts = sum(isinstance(e, (HubThread, HubPost)) for e in answer.events)
    certificates = sum(isinstance(e, HubCertificate) for e in answer.events)
    updates = sum(isinstance(e, HubCourseUpdate) for e in answer.events)
    return LoadedReply(len(answer.acked), len(answer.refused), [r.message for r in answer.refused][:5],
                       posts, certificates, updates, len(answer.events) - posts - certificates - updates, more)


def _applied(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
