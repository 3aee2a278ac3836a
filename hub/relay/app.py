"""The relay's HTTP API: the routes a player uses on a hub (docs/protocol.md), same paths, same
shapes, same errors, so court IT points players at a relay as at a hub. Staff routes go to
the upstream as they came while the link is up (503 while it is down); the console is not
served (staff use the upstream directly).

Built from the hub's pieces: its error handlers (one JSON error shape), its gzip and body-limit
middleware, its blob range handling; the wire models are sync.protocol's.
"""
from __future__ import annotations

import json
import logging
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

import anyio
from fastapi import FastAPI, Request, Response

from sync.protocol import API_PREFIX, STATUS_LIST_PATH, PingResponse

from .. import __version__, blobs
from ..api.common import Bearer
from ..api.errors import install_error_handlers
from ..middleware import BodyLimitMiddleware, JsonGzipMiddleware
from ..settings import HubSettings
from .errors import HubErrorKind, RelayError
from .service import Relay

log = logging.getLogger(__name__)

BLOB_CHUNK = 256 * 1024


def create_relay_app(relay: Relay) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        relay.forwarder.start()
        yield
        relay.close()

    app = FastAPI(title="Lectern court relay", version=__version__, lifespan=lifespan,
                  openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None)
    app.state.relay = relay
    install_error_handlers(app)

    def who(creds: Any) -> tuple[str, str]:
        token = creds.credentials if creds is not None and creds.scheme.lower() == "bearer" else None
        return relay.principal(token)

    @app.get(f"{API_PREFIX}/ping", response_model=PingResponse)
    def ping() -> PingResponse:
        """Like a hub's: the relay is a hub to its players."""
        return PingResponse(version=__version__)

    @app.post(f"{API_PREFIX}/token")
    async def create_token(request: Request) -> Response:
        body = await request.body()
        try:
            raw = json.loads(body)
        except ValueError:
            raise RelayError(HubErrorKind.INVALID, "The body is not valid JSON.", fields=["body"]) from None
        address = request.client.host if request.client else "unknown"
        answer = await anyio.to_thread.run_sync(relay.sign_in, raw, address)
        return Response(json.dumps(answer).encode(), media_type="application/json")

    @app.delete(f"{API_PREFIX}/token", status_code=204)
    def revoke_token(creds: Bearer) -> Response:
        _user, digest = who(creds)
        relay.sign_out(digest)
        return Response(status_code=204)

    @app.get(f"{API_PREFIX}/catalog")
    def catalog(creds: Bearer) -> Response:
        user, _ = who(creds)
        return Response(json.dumps(relay.catalog(user)).encode(), media_type="application/json")

    def immutable(data: bytes, media_type: str, request: Request) -> Response:
        import hashlib
        tag = hashlib.sha256(data).hexdigest()
        headers = {"ETag": f'"{tag}"', "Cache-Control": blobs.CACHE_CONTROL}
        if blobs.none_match(request.headers.get("if-none-match"), tag):
            return Response(status_code=304, headers=headers)
        return Response(content=data, media_type=media_type, headers=headers)

    @app.get(f"{API_PREFIX}/courses/{{course_id}}/{{version}}/manifest")
    def manifest(course_id: str, version: int, creds: Bearer, request: Request) -> Response:
        user, _ = who(creds)
        return immutable(relay.course_file(user, course_id, version, False), "application/json", request)

    @app.get(f"{API_PREFIX}/courses/{{course_id}}/{{version}}/manifest.sig")
    def signature(course_id: str, version: int, creds: Bearer, request: Request) -> Response:
        user, _ = who(creds)
        return immutable(relay.course_file(user, course_id, version, True), "application/octet-stream", request)

    @app.api_route(f"{API_PREFIX}/blobs/{{name}}", methods=["GET", "HEAD"])
    def blob(name: str, creds: Bearer, request: Request) -> Any:
        from sync.manifest import SHA256_RE
        user, _ = who(creds)
        if not SHA256_RE.match(name):
            raise RelayError(HubErrorKind.BAD_REQUEST, "A blob name is a sha256 in lowercase hex.")
        path, media_type, size = relay.blob(user, name)
        return blobs.blob_response(path, name, media_type, size, method=request.method,
                                   if_none_match=request.headers.get("if-none-match"),
                                   if_range=request.headers.get("if-range"), range_header=request.headers.get("range"),
                                   chunk=BLOB_CHUNK)

    @app.post(f"{API_PREFIX}/sync")
    async def sync_exchange(request: Request, creds: Bearer) -> Response:
        body = await request.body()

        def run() -> bytes:
            user, _ = who(creds)
            return relay.sync(user, body)
        return Response(content=await anyio.to_thread.run_sync(run), media_type="application/json")

    def staff(request: Request, creds: Any, body: bytes) -> Response:
        user, _ = who(creds)
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        status, media_type, data = relay.staff_request(user, request.method, path, body or None,
                                                       request.headers.get("content-type"))
        return Response(content=data, status_code=status, media_type=media_type)

    for route, methods in ((f"{API_PREFIX}/moderation/{{target}}/{{target_id}}/{{action}}", ["POST"]),
                           (f"{API_PREFIX}/moderation/reports", ["GET"]),
                           (f"{API_PREFIX}/forum/threads/{{thread_id}}/pin", ["POST"]),
                           (f"{API_PREFIX}/runs/{{run_id}}/announcements", ["POST"]),
                           (f"{API_PREFIX}/runs/{{family}}", ["GET"])):
        async def forward(request: Request, creds: Bearer) -> Response:
            body = await request.body()
            return await anyio.to_thread.run_sync(staff, request, creds, body)
        app.add_api_route(route, forward, methods=methods, include_in_schema=False)

    @app.get(STATUS_LIST_PATH)
    def status_list() -> Response:
        """The upstream's signed revocation list, as the upstream serves it (kept offline)."""
        return Response(relay.status_list(), media_type="application/json",
                        headers={"Cache-Control": "public, max-age=300"})

    @app.get(f"{API_PREFIX}/relay/status")
    def relay_status() -> dict[str, Any]:
        """For court IT and monitoring (no secrets): the queue and the link."""
        counts = relay.store.counts()
        files = relay.forwarder.sync_files.counts() if relay.forwarder.sync_files is not None else {}
        return {"upstream": relay.upstream.url, "link_up": relay.forwarder.link_up,
                "last_error": relay.forwarder.last_error, "pending": counts.pending, "forwarded": counts.acked,
                "refused": counts.refused, "learners_waiting": counts.users_waiting,
                "oldest_pending": counts.oldest_pending, "sync_files_queued": files.get("queued", 0),
                "sync_file_replies": files.get("answered", 0) + files.get("refused", 0)}

    defaults = HubSettings(data_dir=relay.settings.data_dir)
    app.add_middleware(JsonGzipMiddleware, minimum_size=defaults.gzip_min_bytes)
    app.add_middleware(BodyLimitMiddleware, max_body=defaults.max_body_bytes,
                       max_inflated=defaults.max_inflated_bytes)
    return app
