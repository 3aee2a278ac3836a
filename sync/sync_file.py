"""Sync files: a judge's sync carried on a USB stick, and the course server's signed reply.

Both directions use one small envelope (docs/protocol.md, "Sync files"):

    MAGIC (13 bytes "LECTERN-SYNC\\n") | version (1 byte) | kind (1 byte: "E" export, "R" reply)
    | key id (16 ASCII hex) | payload length (4 bytes, big-endian) | payload (gzip'd JSON)
    | Ed25519 signature (64 bytes) of SIGNING_CONTEXT + everything before it

A file is read with a size bound, its structure is checked, and its payload is inflated
(bounded) and parsed only after the signature checks with the key its key id names: a file
changed by one byte, cut short or grown is refused before any of its JSON is read. An export
is signed by the device key the player registered with the hub at sign-in; a reply by the
hub's issuer key, which the player pinned at sign-in. The payloads carry the same events as
a network sync (`sync.protocol`), so event ids keep sync exactly-once whichever way they go.

Pure data: no Qt, no database, no network (the hub side is hub/sync_files.py, the player
side sync/services/sync_files.py).
"""
from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import LecternError
from .signing import PrivateKey, PublicKey

MAGIC = b"LECTERN-SYNC\n"
FORMAT_VERSION = 1
SIGNING_CONTEXT = b"lectern-sync-file/1\x00"
KIND_EXPORT = b"E"
KIND_REPLY = b"R"
_HEADER = struct.Struct(">13sBc16sI")
HEADER_BYTES = _HEADER.size
SIGNATURE_BYTES = 64

#: Bounds when reading (a USB stick may carry anything).
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_INFLATED_BYTES = 160 * 1024 * 1024
#: Most events one export carries; the rest wait for the next file (or a network sync).
MAX_FILE_EVENTS = 100_000
#: Most server events one reply carries, and their most bytes (JSON, well within the inflate
#: bound once the acks are added); the reply says `more` when others wait.
MAX_REPLY_EVENTS = 50_000
MAX_REPLY_PULL_BYTES = 48 * 1024 * 1024

EXPORT_FORMAT = "lectern-sync-export"
REPLY_FORMAT = "lectern-sync-reply"
SUFFIX = ".lectern-sync"
REPLY_SUFFIX = ".lectern-reply"


class SyncFileErrorKind(Enum):
    NOT_A_SYNC_FILE = "not-a-sync-file"
    DAMAGED = "damaged"                  # truncated, grown, or its payload does not inflate/parse
    TOO_LARGE = "too-large"
    UNSUPPORTED = "unsupported"          # a newer format version
    WRONG_KIND = "wrong-kind"            # a reply given where an export is expected, or the reverse
    BAD_SIGNATURE = "bad-signature"      # changed after it was signed
    UNKNOWN_DEVICE = "unknown-device"    # signed by a device key the hub does not know
    SIGNED_OUT = "signed-out"            # the device's sign-in was revoked or its account disabled
    WRONG_HUB = "wrong-hub"              # made for, or by, another course server
    WRONG_LEARNER = "wrong-learner"      # a reply for another learner or device
    NO_DEVICE_KEY = "no-device-key"      # signed in before sync files existed
    ALREADY_LOADED = "already-loaded"    # this reply was applied before
    NOTHING = "nothing"                  # not signed in


class SyncFileError(LecternError):
    """A sync file refused, in one line a judge or court IT can act on."""

    def __init__(self, kind: SyncFileErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Envelope:
    """A sync file's parts, structure checked, signature not yet."""

    kind: bytes
    key_id: str
    payload: bytes        # gzip'd JSON
    signed: bytes         # the bytes the signature covers (without the context)
    signature: bytes


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, refusing one larger than `limit` before reading it all."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise SyncFileError(SyncFileErrorKind.TOO_LARGE,
                                    f"{path.name} is too large to be a sync file ({size} bytes).")
            data = f.read(limit + 1)
    except OSError as exc:
        raise SyncFileError(SyncFileErrorKind.NOT_A_SYNC_FILE,
                            f"{path} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > limit:
        raise SyncFileError(SyncFileErrorKind.TOO_LARGE, f"{path.name} is too large to be a sync file.")
    return data


def seal(kind: bytes, key: PrivateKey, payload: bytes) -> bytes:
    """An envelope around `payload` (JSON bytes), signed with `key`."""
    gz = zlib.compress(payload, 6)
    if len(gz) + HEADER_BYTES + SIGNATURE_BYTES > MAX_FILE_BYTES:
        raise SyncFileError(SyncFileErrorKind.TOO_LARGE, "There is too much to fit in one sync file.")
    key_id = PublicKey.from_raw(key.public_raw).key_id.encode("ascii")
    head = _HEADER.pack(MAGIC, FORMAT_VERSION, kind, key_id, len(gz))
    body = head + gz
    return body + key.sign(SIGNING_CONTEXT + body)


def peek(data: bytes, want: bytes) -> Envelope:
    """The envelope's structure (not its signature): kind `want`, exact length."""
    if len(data) > MAX_FILE_BYTES:
        raise SyncFileError(SyncFileErrorKind.TOO_LARGE, "The file is too large to be a sync file.")
    if not data.startswith(MAGIC):
        raise SyncFileError(SyncFileErrorKind.NOT_A_SYNC_FILE, "This is not a Lectern sync file.")
    if len(data) < HEADER_BYTES + SIGNATURE_BYTES:
        raise SyncFileError(SyncFileErrorKind.DAMAGED, "The sync file is cut short; copy it again.")
    _magic, version, kind, key_id, length = _HEADER.unpack_from(data)
    if version != FORMAT_VERSION:
        raise SyncFileError(SyncFileErrorKind.UNSUPPORTED,
                            f"The sync file is of a newer format ({version}); update Lectern.")
    if kind not in (KIND_EXPORT, KIND_REPLY):
        raise SyncFileError(SyncFileErrorKind.DAMAGED, "The sync file is damaged; copy it again.")
    if kind != want:
        what = "a judge's sync file" if want == KIND_EXPORT else "a reply from the course server"
        found = "a reply from the course server" if kind == KIND_REPLY else "a judge's sync file"
        raise SyncFileError(SyncFileErrorKind.WRONG_KIND, f"This is {found}, not {what}.")
    if HEADER_BYTES + length + SIGNATURE_BYTES != len(data):
        raise SyncFileError(SyncFileErrorKind.DAMAGED,
                            "The sync file is cut short or has bytes added; copy it again.")
    try:
        key_text = key_id.decode("ascii")
    except UnicodeDecodeError:
        raise SyncFileError(SyncFileErrorKind.DAMAGED, "The sync file is damaged; copy it again.") from None
    if not all(c in "0123456789abcdef" for c in key_text):
        raise SyncFileError(SyncFileErrorKind.DAMAGED, "The sync file is damaged; copy it again.")
    end = HEADER_BYTES + length
    return Envelope(kind, key_text, data[HEADER_BYTES:end], data[:end], data[end:])


def open_envelope(env: Envelope, key: PublicKey) -> dict[str, Any]:
    """The payload, once the signature checks with `key`; inflated with a bound, then parsed."""
    if key.key_id != env.key_id or not key.verify(env.signature, SIGNING_CONTEXT + env.signed):
        raise SyncFileError(SyncFileErrorKind.BAD_SIGNATURE,
                            "The sync file was changed after it was signed (or is damaged); it is refused.")
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(env.payload, MAX_INFLATED_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise SyncFileError(SyncFileErrorKind.TOO_LARGE, "The sync file holds too much to be read.")
        doc = json.loads(raw)
    except (zlib.error, ValueError):
        raise SyncFileError(SyncFileErrorKind.DAMAGED, "The sync file's contents are damaged.") from None
    if not isinstance(doc, dict):
        raise SyncFileError(SyncFileErrorKind.DAMAGED, "The sync file's contents are damaged.")
    return doc


# --------------------------------------------------------------------------- payloads


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


_KEY_ID = r"^[0-9a-f]{16}$"
_CURSOR = r"^[A-Za-z0-9_.=-]*$"   # as sync.protocol.SyncRequest's


class ExportPayload(_Payload):
    """What a judge's PC sends: the pending outbox, as a network push sends it."""

    format: Literal["lectern-sync-export"] = "lectern-sync-export"
    export_id: UUID
    made_at: str = Field(max_length=64, description="The PC clock, for display only.")
    hub_url: str = Field(max_length=2000)
    hub_key_id: str = Field(pattern=_KEY_ID, description="The hub key pinned at sign-in.")
    username: str = Field(min_length=1, max_length=150)
    device_id: UUID
    device_key_id: str = Field(pattern=_KEY_ID)
    device_name: str = Field(default="", max_length=200)
    protocol: int = Field(ge=1, le=99)
    cursor: str | None = Field(default=None, max_length=8192, pattern=_CURSOR)
    events: list[dict[str, Any]] = Field(max_length=MAX_FILE_EVENTS)


class ReplyPayload(_Payload):
    """What the hub answers: its push result and pull, as a network sync answers them."""

    format: Literal["lectern-sync-reply"] = "lectern-sync-reply"
    reply_id: UUID
    export_id: UUID
    made_at: str = Field(max_length=64, description="Hub time.")
    hub_key_id: str = Field(pattern=_KEY_ID)
    username: str = Field(min_length=1, max_length=150)
    device_id: UUID
    device_key_id: str = Field(pattern=_KEY_ID)
    since: str | None = Field(default=None, max_length=8192, pattern=_CURSOR,
                              description="The export's cursor.")
    kinds: dict[str, str] = Field(default_factory=dict, max_length=MAX_FILE_EVENTS,
                                  description="Event id -> kind of every event the export carried.")
    cursor_refused: bool = Field(default=False,
                                 description="The hub did not make the export's cursor (restored from "
                                             "a backup): it pulled from the start, and the player sends "
                                             "again what it acked since, as a network sync would.")
    response: dict[str, Any] = Field(description="A SyncResponse (sync.protocol).")


def parse_payload(doc: dict[str, Any], model: type[ExportPayload] | type[ReplyPayload]
                  ) -> ExportPayload | ReplyPayload:
    try:
        return model.model_validate(doc)
    except ValidationError:
        raise SyncFileError(SyncFileErrorKind.DAMAGED,
                            "The sync file's contents are not what Lectern writes; it is refused.") from None


def dump(model: BaseModel) -> bytes:
    return model.model_dump_json().encode()


def write_atomic(path: Path, data: bytes) -> None:
    """Write a sync file whole or not at all (a USB stick pulled out leaves no half file)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SyncFileError(SyncFileErrorKind.NOTHING,
                            f"{path} cannot be written: {exc.strerror or exc}.") from None
