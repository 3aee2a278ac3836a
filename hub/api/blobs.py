"""Course files by their sha256, for the learners enrolled in a course that has them: Range
and If-Range for resumed downloads, a strong ETag, cacheable forever by any cache.

With `serve --accel-redirect PREFIX` the hub checks the token and the enrolment, then answers
with `X-Accel-Redirect: PREFIX<ab>/<sha256>` and no body: nginx sends the file from the shared
blob folder (an `internal` location), Range and all (packaging/nginx/lectern-hub.conf)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from sync.manifest import SHA256_RE
from sync.protocol import API_PREFIX, ErrorBody

from .. import blobs
from ..context import Hub
from ..courses import blob_allowed
from ..errors import HubError, HubErrorKind
from .common import ERROR_RESPONSES, Who, log


def add_routes(api: APIRouter, hub: Hub) -> None:
    settings = hub.settings

    @api.api_route(f"{API_PREFIX}/blobs/{{name}}", methods=["GET", "HEAD"], tags=["courses"],
                   responses={200: {"content": {"application/octet-stream": {}}},
                              206: {"description": "Partial content (Range)."},
                              416: {"model": ErrorBody}, 404: {"model": ErrorBody}, **ERROR_RESPONSES})
    def blob(name: str, who: Who, request: Request) -> Any:
        """A file by its sha256: Range, If-Range, strong ETag, cacheable forever."""
        if not SHA256_RE.match(name):
            raise HubError(HubErrorKind.BAD_REQUEST, "A blob name is a sha256 in lowercase hex.")
        with hub.database.read() as conn:
            media_type = blob_allowed(conn, who.user_id, name)
        if media_type is None:
            raise HubError(HubErrorKind.NOT_FOUND, "No such file in your courses.")
        path = hub.store.path(name)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            log.error("blob %s is listed but missing from %s", name, hub.store.root)
            raise HubError(HubErrorKind.NOT_FOUND, "This file is missing on the hub; tell court IT.") from None
        internal = (blobs.accel_path(settings.accel_redirect, hub.store.root, path)
                    if settings.accel_redirect else None)  # nginx sends the bytes
        return blobs.blob_response(path, name, media_type, size, method=request.method,
                                   if_none_match=request.headers.get("if-none-match"),
                                   if_range=request.headers.get("if-range"), range_header=request.headers.get("range"),
                                   chunk=settings.blob_chunk_bytes, accel_internal=internal)
