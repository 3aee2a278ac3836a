"""Judges' sync files imported on a court relay (issue #20; docs/relay.md, "Sync files").

A reply must be signed by the upstream hub's issuer key (the player pinned it; a relay is not
trusted), so the relay never answers a file itself: it posts the file to the upstream's
`POST /api/v1/sync-files` with court IT's token and keeps the reply the upstream signed.

What the relay can check before it queues or sends a file is only its envelope (sync.sync_file
`peek`): the magic, format version and kind (an export, not a reply), that its length is
exactly what its header says (not cut short or grown), a well-formed key id, and a size the
upstream's body limit takes. It cannot check the signature: the device keys are the upstream's.
A file changed inside is refused by the upstream, with the upstream's one line.

While the link is down, a file is copied into the relay's data folder (`sync-files/`, written
whole, fsync'd, then renamed; then a row in relay.sqlite3) and sent by `relay serve`'s
forwarder, or by `lectern-hub sync-file replies`, when the link returns; the reply is kept
there (whole, or not at all) until court IT collects it onto the judge's stick. The same file
queued twice is one entry (its id is the SHA-256 of its bytes). Its events are exactly once
upstream whichever way they go: a judge who also synced through the relay over the LAN has
the same event ids there, and the upstream acks them as replays.
"""
from __future__ import annotations

import hashlib
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync import sync_file as sf
from sync.atomic_file import fsync_dir, write_bytes
from sync.errors import HubError as ClientHubError

from ..settings import HubSettings
from ..sync_files import describe
from .store import RelayStore, now_iso
from .upstream import Upstream

log = logging.getLogger(__name__)

FOLDER = "sync-files"
QUEUED, ANSWERED, REFUSED, COLLECTED = "queued", "answered", "refused", "collected"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_files(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    reply_name TEXT NOT NULL,
    key_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    message TEXT,
    queued_at TEXT NOT NULL,
    answered_at TEXT,
    collected_at TEXT);
CREATE INDEX IF NOT EXISTS sync_files_state ON sync_files(state, queued_at);
"""


@dataclass(frozen=True)
class QueuedFile:
    id: str               # SHA-256 of the file's bytes
    name: str             # its name on the stick
    reply_name: str       # the reply's name when collected
    key_id: str           # the device key id its header names (unchecked)
    size: int
    state: str            # queued | answered | refused | collected
    message: str | None   # the summary of the upstream's answer, or its refusal
    queued_at: str


def max_file_bytes() -> int:
    """The largest file the relay takes: the hub's body limit (a larger one would be refused
    upstream with 413 after waiting in the queue)."""
    return min(sf.MAX_FILE_BYTES, HubSettings(data_dir=Path(".")).max_body_bytes)


def check(data: bytes, name: str) -> sf.Envelope:
    """What the relay can check of a judge's file (not its signature: see the module's
    docstring). Raises sf.SyncFileError with the one line court IT sees."""
    limit = max_file_bytes()
    if len(data) > limit:
        raise sf.SyncFileError(sf.SyncFileErrorKind.TOO_LARGE,
                               f"{name} is larger than the course server takes through a relay "
                               f"({limit // 1024} KiB): import it on the course server itself.")
    return sf.peek(data, sf.KIND_EXPORT)




class SyncFileQueue:
    """The relay's queue of judges' files waiting for the link, and of replies waiting for
    court IT. Rows in relay.sqlite3 (its own table), bytes in `sync-files/`."""

    def __init__(self, store: RelayStore, data_dir: Path) -> None:
        self.store = store
        self.folder = data_dir / FOLDER
        self.folder.mkdir(mode=0o700, exist_ok=True)
        with store.transaction() as c:
            for statement in filter(str.strip, _SCHEMA.split(";")):
                c.execute(statement)

    def _file(self, file_id: str) -> Path:
        return self.folder / f"{file_id}{sf.SUFFIX}"

    def reply_path(self, item: QueuedFile) -> Path:
        return self.folder / f"{item.id}{sf.REPLY_SUFFIX}"

    def _rows(self, where: str, params: list[Any]) -> list[QueuedFile]:
        with self.store.transaction() as c:  # a read, under the store's lock
            rows = c.execute("SELECT id, name, reply_name, key_id, size, state, message, queued_at FROM sync_files"
                             f" WHERE {where} ORDER BY queued_at, id", params).fetchall()
        return [QueuedFile(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), str(r[5]), r[6], str(r[7]))
                for r in rows]

    def get(self, file_id: str) -> QueuedFile | None:
        rows = self._rows("id = ?", [file_id])
        return rows[0] if rows else None

    def add(self, data: bytes, name: str, reply_name: str) -> tuple[QueuedFile, bool]:
        """Queue a checked file durably; (its entry, whether it is new). A file queued before
        and not yet answered keeps its entry (the reply name given now wins); one answered,
        refused or collected before is queued again (court IT imports it again on purpose)."""
        env = check(data, name)
        file_id = hashlib.sha256(data).hexdigest()
        write_bytes(self._file(file_id), data)   # the bytes first: a row never names a missing file
        with self.store.transaction() as c:
            row = c.execute("SELECT state FROM sync_files WHERE id = ?", [file_id]).fetchone()
            new = row is None or row[0] != QUEUED
            c.execute("INSERT INTO sync_files(id, name, reply_name, key_id, size, state, queued_at)"
                      " VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                      " reply_name = excluded.reply_name, state = excluded.state, message = NULL,"
                      " queued_at = CASE WHEN sync_files.state = 'queued' THEN sync_files.queued_at"
                      " ELSE excluded.queued_at END, answered_at = NULL, collected_at = NULL",
                      [file_id, name, reply_name, env.key_id, len(data), QUEUED, now_iso()])
        item = self.get(file_id)
        assert item is not None
        return item, new

    def queued(self) -> list[QueuedFile]:
        return self._rows("state = ?", [QUEUED])

    def answered(self) -> list[QueuedFile]:
        return self._rows("state = ?", [ANSWERED])

    def refused(self) -> list[QueuedFile]:
        return self._rows("state = ?", [REFUSED])

    def counts(self) -> dict[str, int]:
        with self.store.transaction() as c:
            rows = c.execute("SELECT state, COUNT(*) FROM sync_files GROUP BY state").fetchall()
        found = {str(s): int(n) for s, n in rows}
        return {state: found.get(state, 0) for state in (QUEUED, ANSWERED, REFUSED)}

    def data(self, item: QueuedFile) -> bytes:
        return sf.read_limited(self._file(item.id))

    def answer(self, item: QueuedFile, reply: bytes, summary: dict[str, Any]) -> bool:
        """Keep the upstream's reply (whole) for court IT to collect; False when another
        process (the forwarder, a second command) stored one first."""
        tmp = self.folder / f".{item.id}.{uuid.uuid4().hex}.reply.part"
        write_bytes(tmp, reply)
        try:
            with self.store.transaction() as c:   # one writer at a time, across processes too
                row = c.execute("SELECT state FROM sync_files WHERE id = ?", [item.id]).fetchone()
                if row is None or row[0] != QUEUED:
                    return False
                os.replace(tmp, self.reply_path(item))
                c.execute("UPDATE sync_files SET state = ?, message = ?, answered_at = ? WHERE id = ?",
                          [ANSWERED, describe(item.name, summary, item.reply_name), now_iso(), item.id])
        finally:
            tmp.unlink(missing_ok=True)
        fsync_dir(self.folder)
        self._file(item.id).unlink(missing_ok=True)   # the reply stands for it now
        return True

    def refuse(self, item: QueuedFile, message: str) -> None:
        """The upstream refused the file itself (422, 413): said to court IT when collecting;
        the judge exports again (nothing on their PC was lost: it stays pending there)."""
        with self.store.transaction() as c:
            c.execute("UPDATE sync_files SET state = ?, message = ?, answered_at = ? WHERE id = ? AND state = ?",
                      [REFUSED, message[:500], now_iso(), item.id, QUEUED])
        self._file(item.id).unlink(missing_ok=True)

    def collected(self, item: QueuedFile) -> None:
        """Its reply (or refusal) was handed to court IT: forget it."""
        with self.store.transaction() as c:
            c.execute("UPDATE sync_files SET state = ?, collected_at = ? WHERE id = ?",
                      [COLLECTED, now_iso(), item.id])
        self.reply_path(item).unlink(missing_ok=True)
        self._file(item.id).unlink(missing_ok=True)


class CannotSendNow(Exception):
    """The link is down, the upstream in trouble, or court IT's sign-in ended: the file
    waits in the queue. `message` says which, in one line."""

    def __init__(self, message: str, link_down: bool) -> None:
        super().__init__(message)
        self.message = message
        self.link_down = link_down


def send(upstream: Upstream, token: str | None, data: bytes) -> tuple[bytes, dict[str, Any]]:
    """One file to the upstream: (the signed reply, its summary). Raises CannotSendNow when
    it must wait, sf.SyncFileError when the upstream refused the file itself."""
    if not token:
        raise CannotSendNow("the relay is not signed in to the course server: run `lectern-hub relay login`",
                            link_down=False)
    try:
        return upstream.sync_file(token, data)
    except ClientHubError as exc:
        if exc.transient:
            raise CannotSendNow(f"the course server cannot be reached ({exc.message})", link_down=True) from None
        if exc.status == 401:
            raise CannotSendNow("the course server ended the relay's sign-in: run `lectern-hub relay login` "
                                "again", link_down=False) from None
        if exc.status == 413:
            raise sf.SyncFileError(sf.SyncFileErrorKind.TOO_LARGE,
                                   "The file is larger than the course server takes through a relay: import it "
                                   "on the course server itself.") from None
        if exc.status == 422:
            raise sf.SyncFileError(sf.SyncFileErrorKind.DAMAGED, exc.message) from None
        raise CannotSendNow(f"the course server could not take it ({exc.message})", link_down=False) from None


def send_queued(queue: SyncFileQueue, upstream: Upstream, token: str | None) -> int:
    """Send every queued file, oldest first, keeping each reply or refusal; the number
    answered. Raises CannotSendNow at the first file that must wait (the rest wait too)."""
    done = 0
    for item in queue.queued():
        try:
            data = queue.data(item)
        except sf.SyncFileError as exc:   # its copy is gone (a folder cleaned by hand)
            queue.refuse(item, f"{item.name}: the relay's copy cannot be read ({exc.message}); export it again")
            continue
        try:
            reply, summary = send(upstream, token, data)
        except sf.SyncFileError as exc:
            log.warning("the course server refused the sync file %s: %s", item.name, exc.message)
            queue.refuse(item, exc.message)
            continue
        if queue.answer(item, reply, summary):
            log.info("sync file %s answered by the course server; its reply waits for court IT", item.name)
        done += 1
    return done
