"""Serving content-addressed blobs: single byte ranges, strong ETags, immutable caching.

A blob's name is its sha256, so its ETag is the hash itself and it may be cached forever.
Clients on thin links resume with `Range` plus `If-Range`; a range that cannot be served
is a 416 (with `Content-Range: bytes */size`), never a silent full download.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import anyio
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .errors import HubError, HubErrorKind

CACHE_CONTROL = "private, max-age=31536000, immutable"
_RANGE_RE = re.compile(r"^\s*(\d*)\s*-\s*(\d*)\s*$")


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int  # inclusive

    @property
    def length(self) -> int:
        return self.end - self.start + 1


def parse_range(header: str | None, size: int) -> ByteRange | None:
    """None means "send everything" (no Range, another unit, or several ranges, which this
    hub does not split into multipart). Raises RANGE_NOT_SATISFIABLE for a bad range."""
    if header is None:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes":
        return None
    if "," in spec:
        return None
    m = _RANGE_RE.match(spec)
    if not m or (m.group(1) == "" and m.group(2) == ""):
        raise _unsatisfiable(size, "The Range header is malformed.")
    first, last = m.group(1), m.group(2)
    if first == "":  # suffix: the last N bytes
        n = int(last)
        if n == 0 or size == 0:
            raise _unsatisfiable(size, "The requested range is empty.")
        return ByteRange(max(0, size - n), size - 1)
    start = int(first)
    end = size - 1 if last == "" else min(int(last), size - 1)
    if last != "" and int(last) < start:
        raise _unsatisfiable(size, "The Range header is malformed (end before start).")
    if start >= size:
        raise _unsatisfiable(size, f"The requested range starts beyond the end of the file ({size} bytes).")
    return ByteRange(start, end)


def _unsatisfiable(size: int, message: str) -> HubError:
    return HubError(HubErrorKind.RANGE_NOT_SATISFIABLE, message,
                    headers={"Content-Range": f"bytes */{size}"})


def etag_of(sha: str) -> str:
    return f'"{sha}"'


def if_range_allows(if_range: str | None, sha: str) -> bool:
    """If-Range with our strong ETag keeps the Range; anything else (a date, another tag,
    a weak tag) means the client's partial copy may differ: send the whole blob."""
    if if_range is None:
        return True
    return if_range.strip() == etag_of(sha)


def none_match(if_none_match: str | None, sha: str) -> bool:
    if if_none_match is None:
        return False
    tags = [t.strip().removeprefix("W/").replace('-gzip"', '"') for t in if_none_match.split(",")]
    return "*" in tags or etag_of(sha) in tags


class BlobResponse(Response):
    """Streams a file (or a range of it) in large chunks read on a worker thread."""

    def __init__(self, path: Path, *, status: int, headers: dict[str, str], start: int, length: int,
                 send_body: bool, chunk: int) -> None:
        # Response.__init__ is skipped on purpose: it would render a body; we stream.
        self.background = None
        self.status_code = status
        self.path = path
        self.raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self.start = start
        self.length = length
        self.send_body = send_body
        self.chunk = chunk

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        if not self.send_body or self.length == 0:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        fd = await anyio.to_thread.run_sync(os.open, str(self.path), os.O_RDONLY)
        try:
            offset, remaining = self.start, self.length
            while remaining > 0:
                data = await anyio.to_thread.run_sync(os.pread, fd, min(self.chunk, remaining), offset)
                if not data:  # the file shrank under us: end the response short
                    break
                offset += len(data)
                remaining -= len(data)
                await send({"type": "http.response.body", "body": data, "more_body": remaining > 0})
            if remaining > 0:
                raise OSError(f"blob {self.path.name} is shorter than expected")
        finally:
            os.close(fd)
        if self.background is not None:
            await self.background()
