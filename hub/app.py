"""The hub's HTTP API (protocol v1, docs/protocol.md) as a FastAPI app.

Handlers stay thin: they authenticate, call the domain modules (auth, courses, syncing,
blobs) and map every HubError to one JSON error shape. Blocking database work runs in
plain `def` handlers, which FastAPI runs on its thread pool.
"""
from __future__ import annotations

import hashlib
import logging
from contextlib import asynccontextmanager
from typing import Annotated, Any, AsyncIterator

import anyio
from fastapi import Depends, FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from sqlalchemy import select
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync import protocol
from sync.manifest import SHA256_RE
from sync.protocol import (API_PREFIX, CatalogEntry, CatalogResponse, DownloadSizes, ErrorBody,
                           ErrorCode, PingResponse, SyncRequest, SyncResponse, TokenRequest,
                           TokenResponse, describe_errors, describe_validation_error)

from . import __version__, auth, blobs, db, syncing
from .context import Hub
from .courses import blob_allowed, enrolled_families, latest_versions
from .errors import HubError, HubErrorKind
from .middleware import BodyLimitMiddleware, JsonGzipMiddleware
from .users import find_user

log = logging.getLogger(__name__)

# Seconds between GIL hand-overs in `serve` (Python's default is 5 ms): the event loop and
# the writer must not queue behind another thread's CPU-bound stretch.
SWITCH_INTERVAL = 0.001


def error_json(status: int, code: ErrorCode, message: str, *, fields: list[str] | None = None,
               headers: dict[str, str] | None = None) -> JSONResponse:
    detail: dict[str, Any] = {"code": code.value, "message": message}
    if fields:
        detail["fields"] = fields
    return JSONResponse({"error": detail}, status_code=status, headers=headers)


_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "No token, or a revoked or unknown one."},
    422: {"model": ErrorBody, "description": "Malformed JSON or fields."},
}

_STATUS_CODES = {400: ErrorCode.BAD_REQUEST, 401: ErrorCode.UNAUTHORIZED, 403: ErrorCode.FORBIDDEN,
                 404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED, 413: ErrorCode.TOO_LARGE,
                 415: ErrorCode.UNSUPPORTED_ENCODING, 416: ErrorCode.RANGE_NOT_SATISFIABLE}


_bearer = HTTPBearer(auto_error=False, description="A token from POST /api/v1/token.")


Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def resolve_principal(hub: Hub, creds: HTTPAuthorizationCredentials | None) -> auth.Principal:
    """The caller, from the bearer token; 401 without a valid, unrevoked one."""
    if creds is None or creds.scheme.lower() != "bearer":
        raise HubError(HubErrorKind.UNAUTHORIZED, "Sign in first: this needs a bearer token.")
    with hub.database.snapshot() as conn:
        who = auth.resolve_token(conn, creds.credentials)
    if who is None:
        raise HubError(HubErrorKind.UNAUTHORIZED, "Your sign-in has ended or was revoked; sign in again.")
    return who


async def principal(request: Request, creds: Bearer) -> auth.Principal:
    """Async on purpose: one indexed read (well under a millisecond) done on the event loop
    saves a hop to a worker thread on every request. (The sync endpoint, the busiest,
    checks its token on its worker thread instead: see there.)"""
    return resolve_principal(request.app.state.hub, creds)


Who = Annotated[auth.Principal, Depends(principal)]


def create_app(hub: Hub) -> FastAPI:
    settings = hub.settings

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Few worker threads: writes are serialized anyway, and dozens of threads fighting
        # for the GIL cost more CPU than they overlap I/O.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        hub.database.checkpoint_in_background()
        yield
        hub.close()  # the writer's last batch and the last checkpoint (closing twice is harmless)

    app = FastAPI(title="Lectern hub", version=__version__, lifespan=lifespan,
                  summary="Course catalog, content-addressed blobs and sync for Lectern players.",
                  openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None)
    app.state.hub = hub

    # ------------------------------------------------------------------ errors

    @app.exception_handler(HubError)
    async def _hub_error(_request: Request, exc: HubError) -> JSONResponse:
        headers = dict(exc.headers)
        if exc.retry_after is not None:
            headers["Retry-After"] = str(exc.retry_after)
        if exc.status == 401:
            headers["WWW-Authenticate"] = 'Bearer realm="lectern-hub"'
        if exc.status >= 500:
            log.error("%s", exc.message)
        return error_json(exc.status, ErrorCode(exc.code), exc.message, fields=exc.fields, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, fields = describe_errors(exc.errors(), skip_prefix=1)
        return error_json(422, ErrorCode.INVALID, message, fields=fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, ErrorCode.BAD_REQUEST)
        message = {404: "There is nothing at this address.",
                   405: "This address does not take that method."}.get(exc.status_code, str(exc.detail))
        return error_json(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return error_json(500, ErrorCode.SERVER_ERROR, "The hub hit an unexpected error; try again later.")

    # ------------------------------------------------------------------ auth

    @app.get(f"{API_PREFIX}/ping", response_model=PingResponse, tags=["health"])
    def ping() -> PingResponse:
        """Unauthenticated and cheap: lets a player tell "offline" from "signed out"."""
        return PingResponse(version=__version__)

    @app.post(f"{API_PREFIX}/token", response_model=TokenResponse, tags=["auth"],
              responses={**_ERROR_RESPONSES, 429: {"model": ErrorBody, "description": "Too many wrong passwords."}})
    def create_token(body: TokenRequest, request: Request) -> TokenResponse:
        """Exchange a user name and password for a bearer token (shown once, stored hashed)."""
        address = request.client.host if request.client else "unknown"
        hub.throttle.check(body.username, address)
        with hub.database.read() as conn:
            user = find_user(conn, body.username)
        ok = hub.passwords.check(body.password, None if user is None or user[3] else user[2])
        if not ok or user is None:
            hub.throttle.failed(body.username, address)
            raise HubError(HubErrorKind.BAD_CREDENTIALS, "Wrong user name or password.")
        hub.throttle.succeeded(body.username)
        with hub.database.write() as conn:
            issued = auth.issue_token(conn, user[0], user[1], body.device_name or "unnamed device")
        log.info("token issued to %s for %r", user[1], issued.device_name)
        return TokenResponse(token=issued.token, username=issued.username, device_name=issued.device_name,
                             created_at=issued.created_at)

    @app.delete(f"{API_PREFIX}/token", status_code=204, tags=["auth"], responses=_ERROR_RESPONSES)
    def revoke_token(who: Who) -> Response:
        """Revoke the token this request carries (sign out)."""
        with hub.database.write() as conn:
            auth.revoke_token(conn, who.token_id)
        return Response(status_code=204)

    # ------------------------------------------------------------------ courses

    @app.get(f"{API_PREFIX}/catalog", response_model=CatalogResponse, tags=["courses"],
             responses=_ERROR_RESPONSES)
    def catalog(who: Who) -> CatalogResponse:
        """The newest version of every course (language version) the learner is enrolled in."""
        with hub.database.read() as conn:
            families = enrolled_families(conn, who.user_id)
            rows = latest_versions(hub.index.rows(conn, families=families))
        entries = []
        for r in sorted(rows.values(), key=lambda r: (r.course_family, r.course_id)):
            base = f"{API_PREFIX}/courses/{r.course_id}/{r.version}"
            entries.append(CatalogEntry(
                id=r.course_id, course_family=r.course_family, version=r.version, language=r.language,
                title=r.title, summary=r.summary, publisher=r.publisher, signed_by=r.key_id,
                sizes=DownloadSizes(full=r.full_size, low_bandwidth=r.low_size),
                manifest_url=f"{base}/manifest",
                signature_url=f"{base}/manifest.sig" if r.has_signature else None,
                published_at=r.published_at))
        return CatalogResponse(courses=entries)

    def _course_bytes(who: auth.Principal, course_id: str, version: int, column: Any) -> bytes:
        with hub.database.read() as conn:
            row = hub.index.find(conn, course_id, version)
            if row is None:
                raise HubError(HubErrorKind.NOT_FOUND, f"The hub has no version {version} of '{course_id}'.")
            if row.course_family not in enrolled_families(conn, who.user_id):
                raise HubError(HubErrorKind.NOT_ENROLLED,
                               f"You are not enrolled in '{course_id}'; ask your court's administrator.")
            data = conn.execute(select(column).where(db.courses.c.pk == row.pk)).scalar()
        if data is None:
            raise HubError(HubErrorKind.NOT_FOUND, f"Version {version} of '{course_id}' is not signed.")
        return bytes(data)

    def _immutable(data: bytes, media_type: str, request: Request) -> Response:
        etag = f'"{hashlib.sha256(data).hexdigest()}"'
        headers = {"ETag": etag, "Cache-Control": blobs.CACHE_CONTROL}
        if blobs.none_match(request.headers.get("if-none-match"), etag.strip('"')):
            return Response(status_code=304, headers=headers)
        return Response(content=data, media_type=media_type, headers=headers)

    @app.get(f"{API_PREFIX}/courses/{{course_id}}/{{version}}/manifest", tags=["courses"],
             responses={200: {"content": {"application/json": {}}, "description": "The exact signed manifest bytes."},
                        403: {"model": ErrorBody}, 404: {"model": ErrorBody}, **_ERROR_RESPONSES})
    def manifest(course_id: str, version: int, who: Who, request: Request) -> Response:
        """The manifest exactly as signed (verify `manifest.sig` over these bytes)."""
        return _immutable(_course_bytes(who, course_id, version, db.courses.c.manifest), "application/json", request)

    @app.get(f"{API_PREFIX}/courses/{{course_id}}/{{version}}/manifest.sig", tags=["courses"],
             responses={200: {"content": {"application/octet-stream": {}}, "description": "The manifest.sig file."},
                        403: {"model": ErrorBody}, 404: {"model": ErrorBody}, **_ERROR_RESPONSES})
    def signature(course_id: str, version: int, who: Who, request: Request) -> Response:
        """The publisher's signature file over the manifest bytes."""
        return _immutable(_course_bytes(who, course_id, version, db.courses.c.signature),
                          "application/octet-stream", request)

    # ------------------------------------------------------------------ blobs

    @app.api_route(f"{API_PREFIX}/blobs/{{name}}", methods=["GET", "HEAD"], tags=["courses"],
                   responses={200: {"content": {"application/octet-stream": {}}},
                              206: {"description": "Partial content (Range)."},
                              416: {"model": ErrorBody}, 404: {"model": ErrorBody}, **_ERROR_RESPONSES})
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
        headers = {"ETag": blobs.etag_of(name), "Cache-Control": blobs.CACHE_CONTROL, "Accept-Ranges": "bytes",
                   "Content-Type": media_type, "X-Content-Type-Options": "nosniff"}
        if blobs.none_match(request.headers.get("if-none-match"), name):
            return Response(status_code=304, headers={k: v for k, v in headers.items() if k != "Content-Type"})
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

    # ------------------------------------------------------------------ sync

    def exchange(creds: HTTPAuthorizationCredentials | None, body: bytes) -> bytes:
        who = resolve_principal(hub, creds)
        try:
            request = SyncRequest.model_validate_json(body)
        except ValidationError as exc:
            message, fields = describe_validation_error(exc)
            raise HubError(HubErrorKind.INVALID, message, fields=fields) from None
        return syncing.sync(hub, who, request).to_json()

    @app.post(f"{API_PREFIX}/sync", response_model=SyncResponse, tags=["sync"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/SyncRequest"}}}}},
              responses={413: {"model": ErrorBody, "description": "Too many events or too large a body."},
                         **_ERROR_RESPONSES})
    async def sync_exchange(request: Request, creds: Bearer) -> Response:
        """Push the device's events and pull what changed, in one round trip (paged)."""
        # The event loop only moves bytes: the token check, parsing the body (pydantic reads
        # the JSON itself, in Rust) and the sync all run on one worker thread. Under load,
        # work done on the loop delays every other learner's request in this process.
        body = await request.body()
        return Response(content=await anyio.to_thread.run_sync(exchange, creds, body),
                        media_type="application/json")

    _add_event_schemas(app)
    app.add_middleware(JsonGzipMiddleware, minimum_size=settings.gzip_min_bytes)
    app.add_middleware(BodyLimitMiddleware, max_body=settings.max_body_bytes,
                       max_inflated=settings.max_inflated_bytes)
    return app


def _add_event_schemas(app: FastAPI) -> None:
    """List the client event schemas in OpenAPI (the envelope is validated per event), and
    the sync request, which the sync endpoint parses itself."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        schema.setdefault("components", {}).setdefault("schemas", {}).update(
            protocol.event_json_schemas(extra=(SyncRequest,)))
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app_from_env() -> FastAPI:
    """The app of one worker process of `lectern-hub serve --workers N`: settings come from
    the LECTERN_HUB_* environment the parent set (see hub.cli)."""
    import os
    import sys
    from pathlib import Path

    from .settings import ENV_PREFIX, HubSettings

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # A spawned worker starts a fresh interpreter: repeat the parent's GIL hand-over setting.
    sys.setswitchinterval(SWITCH_INTERVAL)
    settings = HubSettings(data_dir=Path(os.environ[ENV_PREFIX + "DATA"])).with_env()
    return create_app(Hub.open(settings))
