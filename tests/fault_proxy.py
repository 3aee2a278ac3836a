"""A fault-injecting TCP proxy on 127.0.0.1: throttles, stalls and resets connections.

Sits between a client and a real hub in fault tests and benches, so thin and flaky court links
can be reproduced on loopback. Runs in a background thread (`FaultProxy(...).start()`) or as a
command: `python tests/fault_proxy.py --target 127.0.0.1:8000 --rate 32000 --reset 0.3`.
"""
from __future__ import annotations

import argparse
import asyncio
import fcntl
import logging
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

SIOCOUTQNSD = 0x894B  # Linux: bytes in the send queue not yet sent (unsent, not merely unacked)


@dataclass
class Faults:
    rate: float | None = None                 # bytes/s downstream (hub -> client), None = unlimited
    reset_probability: float = 0.0            # chance that a connection gets reset...
    reset_after: tuple[int, int] = (20_000, 400_000)  # ...after this many downstream bytes
    stall_probability: float = 0.0            # chance that a connection stalls...
    stall_after: tuple[int, int] = (10_000, 200_000)
    stall_seconds: float = 30.0               # ...for this long (a stuck link: no bytes, no close)
    refuse: bool = False                      # accept then reset at once (hub unreachable)
    http_500: bool = False                    # answer every request with a 500 (hub in trouble)


@dataclass
class Counters:
    connections: int = 0
    resets: int = 0
    stalls: int = 0
    bytes_down: int = 0
    bytes_up: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, **kw: int) -> None:
        with self.lock:
            for k, v in kw.items():
                setattr(self, k, getattr(self, k) + v)


class _Bucket:
    """A token bucket shared by all connections: the link's capacity, not each socket's."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.tokens = min(rate, 16384.0)
        self.stamp = time.monotonic()

    async def take(self, n: int) -> None:
        while True:
            now = time.monotonic()
            self.tokens = min(self.tokens + (now - self.stamp) * self.rate, max(self.rate / 4, 4096))
            self.stamp = now
            if self.tokens >= n:
                self.tokens -= n
                return
            await asyncio.sleep(max((n - self.tokens) / self.rate, 0.001))


def _unsent(writer: asyncio.StreamWriter) -> int:
    """Bytes in our buffer and the kernel's send queue: an abort drops them undelivered."""
    try:
        queued = writer.transport.get_write_buffer_size()
    except (AttributeError, RuntimeError):
        queued = 0
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            buf = fcntl.ioctl(sock.fileno(), SIOCOUTQNSD, struct.pack("i", 0))
            queued += struct.unpack("i", buf)[0]
        except OSError:
            pass
    return queued


async def _flushed(writer: asyncio.StreamWriter, limit: float = 5.0) -> None:
    deadline = time.monotonic() + limit
    while _unsent(writer) and time.monotonic() < deadline and not writer.is_closing():
        await asyncio.sleep(0.002)


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, faults: Faults | None = None,
                 seed: int | None = None, listen_port: int = 0) -> None:
        self.target = (target_host, target_port)
        self.faults = faults or Faults()
        self.counters = Counters()
        self.rng = random.Random(seed)
        self.listen_port = listen_port
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._bucket: _Bucket | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_faults(self, faults: Faults) -> None:
        self.faults = faults
        self._bucket = _Bucket(faults.rate) if faults.rate else None

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    downstream: bool, plan: dict[str, int | None], client: asyncio.StreamWriter) -> None:
        try:
            while True:
                data = await reader.read(16384 if not self._bucket else 4096)
                if not data:
                    break
                if downstream:
                    if self._bucket is not None:
                        await self._bucket.take(len(data))
                    sent = plan["sent"] or 0
                    stall_at = plan["stall_at"]
                    if stall_at is not None and sent + len(data) >= stall_at:
                        plan["stall_at"] = None
                        self.counters.add(stalls=1)
                        await asyncio.sleep(self.faults.stall_seconds)
                    reset_at = plan["reset_at"]
                    if reset_at is not None and sent + len(data) >= reset_at:
                        keep = max(reset_at - sent, 0)
                        if keep:
                            writer.write(data[:keep])
                            self.counters.add(bytes_down=keep)
                        # Let every counted byte reach the client, then reset: the count is
                        # then exactly what the client received.
                        await _flushed(client)
                        self.counters.add(resets=1, bytes_down=-_unsent(client))
                        _reset(client)
                        return
                    if writer.is_closing():  # the client gave up (e.g. its read timed out)
                        break
                    plan["sent"] = sent + len(data)
                    writer.write(data)
                    self.counters.add(bytes_down=len(data))
                    await writer.drain()
                    if writer.is_closing():
                        self.counters.add(bytes_down=-_unsent(writer))
                        break
                    continue
                self.counters.add(bytes_up=len(data))
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError, asyncio.CancelledError):
            pass
        finally:
            try:
                writer.close()
            except Exception:  # noqa: BLE001 - closing a broken socket
                pass

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.counters.add(connections=1)
        self._writers.add(client_w)
        f = self.faults
        try:
            if f.refuse:
                self.counters.add(resets=1)
                _reset(client_w)
                return
            if f.http_500:
                await client_r.read(65536)
                body = b'{"error": {"code": "server-error", "message": "injected"}}'
                client_w.write(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                               b"Connection: close\r\nContent-Length: " + str(len(body)).encode()
                               + b"\r\n\r\n" + body)
                await client_w.drain()
                client_w.close()
                return
            try:
                up_r, up_w = await asyncio.open_connection(*self.target)
            except OSError:
                _reset(client_w)
                return
            self._writers.add(up_w)
            client_w.transport.set_write_buffer_limits(high=16384)
            plan: dict[str, int | None] = {
                "sent": 0,
                "reset_at": self.rng.randint(*f.reset_after) if self.rng.random() < f.reset_probability else None,
                "stall_at": self.rng.randint(*f.stall_after) if self.rng.random() < f.stall_probability else None,
            }
            await asyncio.gather(self._pipe(client_r, up_w, False, plan, client_w),
                                 self._pipe(up_r, client_w, True, plan, client_w),
                                 return_exceptions=True)
        except asyncio.CancelledError:
            # The proxy is stopping: end quietly (asyncio's stream callback would otherwise
            # print the cancellation of every open connection as an error).
            return
        finally:
            self._writers.discard(client_w)

    async def _serve(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.listen_port)
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        async with self._server:
            await self._server.serve_forever()

    def start(self) -> "FaultProxy":
        self.set_faults(self.faults)

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            try:
                self._loop.run_until_complete(self._serve())
            except asyncio.CancelledError:
                pass
            finally:
                pending = asyncio.all_tasks(self._loop)
                for task in pending:
                    task.cancel()
                if pending:
                    self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                self._loop.close()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fault proxy did not start")
        return self

    def drop_connections(self) -> None:
        """Reset every open connection now (a link that just went down)."""
        if self._loop is None:
            return

        def drop() -> None:
            for w in list(self._writers):
                _reset(w)
        self._loop.call_soon_threadsafe(drop)

    def stop(self) -> None:
        if self._loop is None or self._server is None:
            return
        loop, server = self._loop, self._server

        def shutdown() -> None:
            server.close()
            for w in list(self._writers):
                _reset(w)
            for task in asyncio.all_tasks(loop):
                task.cancel()
        loop.call_soon_threadsafe(shutdown)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--target", required=True, help="HOST:PORT of the real server (loopback)")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--rate", type=float, help="bytes per second downstream")
    ap.add_argument("--reset", type=float, default=0.0, help="probability a connection is reset")
    ap.add_argument("--reset-after", default="20000-400000")
    ap.add_argument("--stall", type=float, default=0.0)
    ap.add_argument("--seed", type=int)
    args = ap.parse_args()
    host, port = args.target.rsplit(":", 1)
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the fault proxy only forwards to loopback")
    lo, hi = (int(x) for x in args.reset_after.split("-"))
    proxy = FaultProxy(host, int(port), Faults(rate=args.rate, reset_probability=args.reset,
                                               reset_after=(lo, hi), stall_probability=args.stall),
                       seed=args.seed, listen_port=args.port).start()
    print(f"listening on {proxy.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        proxy.stop()


if __name__ == "__main__":
    main()
