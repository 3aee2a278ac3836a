"""`POST /api/v1/sync-files`: a judge's sync file in, the hub's signed reply out (docs/protocol.md,
"Sync files"). A court relay uses it for `lectern-hub sync-file import` on the relay: the reply
must be signed by the hub's issuer key, which the player pinned; a relay cannot make it.

The body is the file's bytes (within the hub's body limit); the file authenticates itself by
its device signature and is applied by `hub.sync_files.import_export`, the CLI's own code. A
bearer token is required, and whose it is matters: the reply is the signer's personal feed,
so only the signer's own account or a court relay's (hub-wide role `relay`) may send the file
(403 otherwise, `hub.sync_files.check_sender`). A refusal of the file is 422 with the CLI's line.

Unlike the CLI on the hub machine, a reply here is one network page at most (the hub's
`page_events`, and no more pages once it holds REPLY_BYTES) and at most IMPORTS_AT_ONCE
files are imported at once (429 with Retry-After beyond): a learner's small file must not
make the hub build huge replies, nor hold its threads, over and over.
"""
from __future__ import annotations

import json
import threading

import anyio
from fastapi import APIRouter, Request, Response
from fastapi.security import HTTPAuthorizationCredentials

from sync.errors import LecternError
from sync.protocol import API_PREFIX, ErrorBody

from ..context import Hub
from ..errors import HubError, HubErrorKind
from .common import ERROR_RESPONSES, Bearer, log, resolve_principal

PATH = f"{API_PREFIX}/sync-files"
#: the import's summary (hub.sync_files.ImportOutcome without the reply), JSON in ASCII
OUTCOME_HEADER = "Lectern-Sync-File-Outcome"
MEDIA_TYPE = "application/vnd.lectern.sync-file"
#: pulled bytes after which a reply takes no further page (a network answer's order of size)
REPLY_BYTES = 4 * 1024 * 1024
#: files imported at once through the API; the next one is answered 429
IMPORTS_AT_ONCE = 2
BUSY_RETRY_SECONDS = 5


def add_routes(api: APIRouter, hub: Hub) -> None:
    imports = threading.BoundedSemaphore(IMPORTS_AT_ONCE)

    def apply(creds: HTTPAuthorizationCredentials | None, body: bytes) -> Response:
        from sync import sync_file as sf  # the file format: loaded on first use, as by the command

        from ..sync_files import check_sender, import_export

        who = resolve_principal(hub, creds)
        try:
            check_sender(hub, who, body)
            if not imports.acquire(blocking=False):
                raise HubError(HubErrorKind.RATE_LIMITED, "The course server is importing other sync files; "
                               f"send this one again in {BUSY_RETRY_SECONDS} seconds.",
                               retry_after=BUSY_RETRY_SECONDS)
            try:
                outcome = import_export(hub, body, max_reply_events=hub.settings.page_events,
                                        max_reply_bytes=REPLY_BYTES)
            finally:
                imports.release()
        except sf.SyncFileError as exc:
            log.info("sync file sent by %s refused: %s", who.username, exc.message)
            raise HubError(HubErrorKind.INVALID, exc.message, fields=["sync_file"],
                           headers={"Lectern-Sync-File-Refusal": exc.kind.value}) from None
        except HubError:
            raise
        except LecternError as exc:  # pragma: no cover - no other kind is raised today
            raise HubError(HubErrorKind.INVALID, exc.message, fields=["sync_file"]) from None
        summary = {"username": outcome.username, "device_name": outcome.device_name, "events": outcome.events,
                   "acked": outcome.acked, "replayed": outcome.replayed, "rejected": outcome.rejected,
                   "pulled": outcome.pulled, "more": outcome.more, "deferred": outcome.deferred}
        return Response(content=outcome.reply, media_type=MEDIA_TYPE,
                        headers={OUTCOME_HEADER: json.dumps(summary, ensure_ascii=True, separators=(",", ":")),
                                 "Cache-Control": "no-store"})

    @api.post(PATH, tags=["sync"],
              openapi_extra={"requestBody": {"required": True, "content": {MEDIA_TYPE: {
                  "schema": {"type": "string", "format": "binary"}}}}},
              responses={200: {"content": {MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
                               "description": "The reply file, signed with the hub's issuer key; the "
                                              f"{OUTCOME_HEADER} header summarises the import."},
                         403: {"model": ErrorBody, "description": "The file is another judge's and this "
                                                                  "account has no relay role."},
                         413: {"model": ErrorBody, "description": "The file is larger than the hub's body limit."},
                         429: {"model": ErrorBody, "description": "Other files are being imported; try again "
                                                                  "after Retry-After seconds."},
                         **ERROR_RESPONSES})
    async def import_sync_file(request: Request, creds: Bearer) -> Response:
        """Apply a judge's sync file (`lectern sync-file export`) as `lectern-hub sync-file
        import` does, and answer the signed reply for the judge to load."""
        body = await request.body()
        return await anyio.to_thread.run_sync(apply, creds, body)
