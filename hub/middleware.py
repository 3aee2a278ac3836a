"""ASGI middleware: bounded request bodies (gzip accepted) and gzip for JSON responses only.

Bodies are read up front with a hard cap, so an oversized request is a 413 before any
parsing; a gzip body is inflated with a cap too (no zip bombs). Responses are compressed
only when they are JSON and the client asked: blobs must stay byte-exact for Range.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Mapping

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import ErrorCode

GZIP_ETAG_SUFFIX = "-gzip"


async def send_error(send: Send, status: int, code: ErrorCode, message: str,
                     headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": {"code": code.value, "message": message}}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           (b"connection", b"close")]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class BodyLimitMiddleware:
    """Every request body within the sync protocol's limit, read whole before the app sees it;
    except on `uploads` (path -> limit: the console's bundle upload), whose bodies stream to the
    app (it spools them to disk) and are cut off at their own, larger limit."""

    def __init__(self, app: ASGIApp, max_body: int, max_inflated: int,
                 uploads: Mapping[str, int] | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.max_inflated = max_inflated
        self.uploads = dict(uploads or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.uploads.get(scope.get("path", ""))
        if limit is not None:
            await self._stream(limit, scope, receive, send)
            return
        headers = Headers(scope=scope)
        too_big = (f"The request is larger than the hub accepts ({self.max_body // 1024} KiB); "
                   "send fewer events per request.")
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await send_error(send, 413, ErrorCode.TOO_LARGE, too_big)
            return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            part = message.get("body", b"")
            total += len(part)
            if total > self.max_body:
                await send_error(send, 413, ErrorCode.TOO_LARGE, too_big)
                return
            chunks.append(part)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding == "gzip":
            inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
            try:
                body = inflater.decompress(body, self.max_inflated + 1)
                if len(body) > self.max_inflated or inflater.unconsumed_tail:
                    await send_error(send, 413, ErrorCode.TOO_LARGE,
                                     "The request expands beyond what the hub accepts once unzipped.")
                    return
                if not inflater.eof:
                    raise zlib.error("truncated")
            except zlib.error:
                await send_error(send, 400, ErrorCode.BAD_REQUEST, "The request body is not valid gzip.")
                return
            new_headers = MutableHeaders(scope=scope)  # edits scope["headers"] in place
            del new_headers["content-encoding"]
            new_headers["content-length"] = str(len(body))
        elif encoding not in ("identity", ""):
            await send_error(send, 415, ErrorCode.UNSUPPORTED_ENCODING,
                             f"The hub accepts request bodies plain or gzip, not {encoding[:20]!r}.")
            return

        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _stream(self, limit: int, scope: Scope, receive: Receive, send: Send) -> None:
        too_big = f"The file is larger than the hub accepts ({limit // (1024 * 1024)} MiB)."
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await send_error(send, 413, ErrorCode.TOO_LARGE, too_big)
            return
        total = 0
        cut = False
        started = False

        async def counted() -> Message:
            nonlocal total, cut
            if cut:
                return {"type": "http.disconnect"}
            message = await receive()
            total += len(message.get("body", b""))
            if total > limit:  # the app sees a client gone: it stops reading and answers nothing
                cut = True
                return {"type": "http.disconnect"}
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if cut:
                return  # whatever the app says about the cut-off body, the answer is 413
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except Exception:
            if not cut:
                raise
        if cut and not started:
            await send_error(send, 413, ErrorCode.TOO_LARGE, too_big)


class JsonGzipMiddleware:
    def __init__(self, app: ASGIApp, minimum_size: int = 1024) -> None:
        self.app = app
        self.minimum_size = minimum_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        accept = Headers(scope=scope).get("accept-encoding", "")
        wants_gzip = any(part.split(";")[0].strip().lower() == "gzip" and "q=0" not in part.replace(" ", "")
                         for part in accept.split(","))
        if not wants_gzip:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        parts: list[bytes] = []
        passthrough = False

        async def wrapped(message: Message) -> None:
            nonlocal start, passthrough
            if message["type"] == "http.response.start":
                headers = Headers(raw=message["headers"])
                ctype = headers.get("content-type", "")
                if ctype.startswith("application/json") and "content-encoding" not in headers:
                    start = message
                    return
                passthrough = True
                await send(message)
                return
            if passthrough or start is None:
                await send(message)
                return
            parts.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(parts)
            headers = MutableHeaders(raw=list(start["headers"]))
            if len(body) >= self.minimum_size:
                body = gzip.compress(body, compresslevel=6, mtime=0)  # same bytes every time
                headers["content-encoding"] = "gzip"
                headers["content-length"] = str(len(body))
                etag = headers.get("etag")
                if etag and etag.endswith('"') and not etag.startswith("W/"):
                    # Another representation, another strong tag (RFC 9110 8.8.3).
                    headers["etag"] = etag[:-1] + GZIP_ETAG_SUFFIX + '"'

            headers.add_vary_header("Accept-Encoding")
            await send({**start, "headers": headers.raw})
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, wrapped)
