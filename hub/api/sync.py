"""The sync exchange: the device's events pushed and what changed pulled, in one round trip
(paged). The busiest endpoint, so its measured hot path stays as it is: the event loop only
moves bytes; the token check, parsing the body and the sync itself (whose writes the group
commit batches) run on one worker thread."""
from __future__ import annotations

import anyio
from fastapi import APIRouter, Request, Response
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import ValidationError

from sync.protocol import API_PREFIX, ErrorBody, SyncRequest, SyncResponse, describe_validation_error

from .. import syncing
from ..context import Hub
from ..errors import HubError, HubErrorKind
from .common import ERROR_RESPONSES, Bearer, resolve_principal


def add_routes(api: APIRouter, hub: Hub) -> None:

    def exchange(creds: HTTPAuthorizationCredentials | None, body: bytes) -> bytes:
        who = resolve_principal(hub, creds)
        try:
            request = SyncRequest.model_validate_json(body)
        except ValidationError as exc:
            message, fields = describe_validation_error(exc)
            raise HubError(HubErrorKind.INVALID, message, fields=fields) from None
        return syncing.sync(hub, who, request).to_json()

    @api.post(f"{API_PREFIX}/sync", response_model=SyncResponse, tags=["sync"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/SyncRequest"}}}}},
              responses={413: {"model": ErrorBody, "description": "Too many events or too large a body."},
                         **ERROR_RESPONSES})
    async def sync_exchange(request: Request, creds: Bearer) -> Response:
        """Push the device's events and pull what changed, in one round trip (paged)."""
        # The event loop only moves bytes: the token check, parsing the body (pydantic reads
        # the JSON itself, in Rust) and the sync all run on one worker thread. Under load,
        # work done on the loop delays every other learner's request in this process.
        body = await request.body()
        return Response(content=await anyio.to_thread.run_sync(exchange, creds, body),
                        media_type="application/json")
