"""Course files by their sha256, for the learners enrolled in a course that has them: Range
and If-Range for resumed downloads, a strong ETag, cacheable forever by any cache.

With `serve --accel-redirect PREFIX` the hub checks the token and the enrolment, then answers
with `X-Accel-Redirect: PREFIX<ab>/<sha256>` and no body: nginx sends the file from the shared
blob folder (an `internal` location), Range and all (packaging/nginx/lectern-hub.conf)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

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
        headers = {"ETag": blobs.etag_of(name), "Cache-Control": blobs.BLOB_CACHE_CONTROL,
                   "Accept-Ranges": "bytes", "Content-Type": media_type, "X-Content-Type-Options": "nosniff"}
        if blobs.none_match(request.headers.get("if-none-match"), name):
            return Response(status_code=304, headers={k: v for k, v in headers.items() if k != "Content-Type"})
        if settings.accel_redirect:
            internal = blobs.accel_path(settings.accel_redirect, hub.store.root, path)
            if internal is not None:  # nginx sends the bytes (and answers Range itself)
                return Response(status_code=200, headers={**headers, "X-Accel-Redirect": internal})
        rng = None
        if blobs.if_range_allows(request.headers.get("if-range"), name):
            rng = blobs.parse_range(request.headers.get("range"), size)
        send_body = request.method != "HEAD"
        if rng is None:
            headers["Content-Length"] = str(size)
            return blobs.BlobResponse(path, status=200, headers=headers, start=0, length=size,
                                      send_body=send_body, chunk=settings.blob_chunk_bytes)
        headers["Content-Length"] = str(rng.length)
        headers["Content-Range"] = f"bytes {rng.start}-{rng.end}/{size}"
        return blobs.BlobResponse(path, status=206, headers=headers, start=rng.start, length=rng.length,
                                  send_body=send_body, chunk=settings.blob_chunk_bytes)
