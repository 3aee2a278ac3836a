"""Deadlines for reading a request, so slow clients (slowloris) cannot hold connections.

uvicorn closes a connection that idles between requests (`timeout_keep_alive`), but not one
that is still sending its request: a client dribbling one header byte every few seconds, or
never finishing its body, keeps its socket (and file descriptor) for ever, and a few hundred
such clients starve the hub. These protocol classes give each request two deadlines:

- its headers must be complete within `header_timeout` seconds of the connection opening
  (first request) or of its first byte (later requests on a kept-alive connection); the
  client gets a 408 and the connection is closed;
- its body must be complete within `body_timeout` seconds of the end of its headers; the
  connection is closed (the app, waiting for the body, hears a disconnect).

One timer per request, re-armed only when it fires: nothing else on the hot path. While
uvicorn has paused reading (pipelined requests, a body the app has not read yet) the wait
is the hub's, not the client's, so the deadline moves on.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any, Callable

import h11
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    HAVE_HTTPTOOLS = True
except ImportError:  # pragma: no cover - a dependency; without it, h11 (as uvicorn's "auto" does)
    HttpToolsProtocol = H11Protocol  # type: ignore[misc, assignment]
    HAVE_HTTPTOOLS = False

log = logging.getLogger(__name__)

_HEADERS, _BODY = "headers", "body"
_TIMEOUT_408 = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                b"content-length: 41\r\nconnection: close\r\n\r\nThe request took too long; send it again.")


class _RequestDeadlines(asyncio.Protocol):
    """The deadline logic shared by both protocol classes (a mixin over uvicorn's: listed
    first, so `super()` here is the uvicorn protocol it is mixed into)."""

    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    client: tuple[str, int] | None
    flow: Any
    cycle: Any

    def __init__(self, config: Config, server_state: ServerState, app_state: dict[str, Any],
                 _loop: asyncio.AbstractEventLoop | None = None, *, header_timeout: float,
                 body_timeout: float) -> None:
        super().__init__(config, server_state, app_state, _loop)  # type: ignore[call-arg]
        self._header_timeout = header_timeout
        self._body_timeout = body_timeout
        self._phase: str | None = None      # None: between requests (keep-alive's business)
        self._phase_started = 0.0
        self._timer: asyncio.TimerHandle | None = None
        #: whether the client ever said anything: a connection opened and left silent is
        #: closed without an answer (as nginx does), so nothing is read as the answer to the
        #: request it sends later
        self._got_bytes = False

    def data_received(self, data: bytes) -> None:
        self._got_bytes = True
        super().data_received(data)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._enter(_HEADERS)  # a connection that never sends a byte is cut off too

    def connection_lost(self, exc: Exception | None) -> None:
        self._request_read()
        super().connection_lost(exc)

    def _enter(self, phase: str) -> None:
        """Start the clock for reading the request's headers or its body."""
        self._phase = phase
        self._phase_started = now = self.loop.time()
        deadline = now + (self._header_timeout if phase == _HEADERS else self._body_timeout)
        if self._timer is not None and self._timer.when() > deadline:
            self._timer.cancel()
            self._timer = None
        if self._timer is None:  # else the running timer re-checks the phase when it fires
            self._timer = self.loop.call_at(deadline, self._check)

    def _request_read(self) -> None:
        """The whole request is in: no deadline until the next one begins."""
        self._phase = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _check(self) -> None:
        self._timer = None
        current: object = self.transport.get_protocol()  # `self` is one, by its other base class
        if self._phase is None or self.transport.is_closing() or current is not self:
            return  # read in time, already closing, or handed over (an upgrade)
        limit = self._header_timeout if self._phase == _HEADERS else self._body_timeout
        now = self.loop.time()
        if self.flow is not None and self.flow.read_paused:  # the hub is not reading: not the client's fault
            self._phase_started = now
        left = self._phase_started + limit - now
        if left > 0:
            self._timer = self.loop.call_later(left, self._check)
            return
        log.info("closing the connection from %s: its request %s took over %g s",
                 self.client[0] if self.client else "?", self._phase, limit)
        if (self._phase == _HEADERS and self._got_bytes
                and (self.cycle is None or self.cycle.response_complete)):
            self.transport.write(_TIMEOUT_408)  # nothing else is being said on this connection
        self._phase = None
        self.transport.close()


class TimedHttpToolsProtocol(_RequestDeadlines, HttpToolsProtocol):
    """uvicorn's httptools protocol (the hub's default) with request-reading deadlines."""

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._phase is None:  # a later request on a kept-alive connection
            self._enter(_HEADERS)

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._enter(_BODY)

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._request_read()


class TimedH11Protocol(_RequestDeadlines, H11Protocol):
    """uvicorn's h11 protocol (used when httptools is missing) with the same deadlines.

    h11 has no per-event callbacks to hook, so the phase is read from its state after
    each chunk of data: IDLE with bytes buffered means headers under way, SEND_BODY a body."""

    def handle_events(self) -> None:
        super().handle_events()
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            if self._phase != _BODY:
                self._enter(_BODY)
        elif state is h11.IDLE:
            if self.conn.trailing_data[0] and self._phase is None:
                self._enter(_HEADERS)
        elif self._phase is not None:
            self._request_read()


def protocol_factory(header_timeout: float, body_timeout: float, *,
                     h11_parser: bool = False) -> Callable[..., asyncio.Protocol]:
    """What to pass as uvicorn's `Config(http=...)`: a picklable partial, so that worker
    processes (`serve --workers N`, spawned) get the same limits."""
    cls = TimedH11Protocol if h11_parser or not HAVE_HTTPTOOLS else TimedHttpToolsProtocol
    return functools.partial(cls, header_timeout=header_timeout, body_timeout=body_timeout)
