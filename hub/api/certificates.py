"""The hub's signed revocation list, read-only and without sign-in, for verifiers that are
online (a credential names this URL as its `statusListCredential`). Players get the same
list with sync (the `status_list` feed event); offline verifiers get it as a file from
`lectern-hub certificates status-list OUT`."""
from __future__ import annotations

import json

from fastapi import APIRouter, Response

from sync.protocol import STATUS_LIST_PATH

from .. import certificates
from ..context import Hub
from .common import ERROR_RESPONSES


def add_routes(api: APIRouter, hub: Hub) -> None:

    @api.get(STATUS_LIST_PATH, tags=["certificates"], responses={
        200: {"content": {"application/json": {}},
              "description": "The hub's signed BitstringStatusListCredential."}, **ERROR_RESPONSES})
    def status_list() -> Response:
        """The signed BitstringStatusListCredential of every certificate this hub issued."""
        document = certificates.stored_status_list(hub.database) or certificates.current_status_list(
            hub.database, hub.settings, hub.writer.run)
        # Short caching: a revocation should reach online verifiers within minutes.
        return Response(json.dumps(document, separators=(",", ":")).encode(), media_type="application/json",
                        headers={"Cache-Control": "public, max-age=300"})
