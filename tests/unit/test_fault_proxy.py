"""The fault proxy itself does what fault tests rely on: throttle, reset, count."""
from __future__ import annotations

import functools
import http.server
import os
import threading
import time

import pytest
import requests
from fault_proxy import FaultProxy, Faults


@pytest.fixture
def origin(tmp_path):
    (tmp_path / "blob").write_bytes(os.urandom(200_000))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], (tmp_path / "blob").read_bytes()
    server.shutdown()


def test_passes_bytes_through_and_counts(origin):
    port, data = origin
    with FaultProxy("127.0.0.1", port) as proxy:
        body = requests.get(f"{proxy.url}/blob", timeout=10).content
    assert body == data and proxy.counters.bytes_down >= len(data)


def test_throttles(origin):
    port, data = origin
    with FaultProxy("127.0.0.1", port, Faults(rate=400_000)) as proxy:
        t0 = time.monotonic()
        requests.get(f"{proxy.url}/blob", timeout=10)
        assert time.monotonic() - t0 >= 0.35  # 200 kB at 400 kB/s, minus the first burst


def test_resets_mid_body(origin):
    port, _ = origin
    with FaultProxy("127.0.0.1", port, Faults(reset_probability=1.0, reset_after=(50_000, 60_000))) as proxy:
        with pytest.raises(requests.exceptions.RequestException):
            requests.get(f"{proxy.url}/blob", timeout=10).raise_for_status()
    assert proxy.counters.resets == 1
