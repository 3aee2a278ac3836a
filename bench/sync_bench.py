#!/usr/bin/env python3
"""Sync of 10,000 pending events against a real local hub: Lectern's batched, gzipped pass vs
one request per event (how many LMS apps sync). Prints wall time, requests and bytes on the
wire per event, and the ratios. Goal (issue 6): <= 60 bytes per progress event on the wire,
>= 20x faster than one request per event. Loopback only; bounded in time.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from fault_proxy import FaultProxy  # noqa: E402
from local_hub import PASSWORD, LocalHub  # noqa: E402

ITEMS = 100


def make_course(src: Path) -> None:
    """A course of ITEMS short videos sharing one file: many items to make progress on."""
    (src / "media").mkdir(parents=True)
    (src / "media" / "v.mp4").write_bytes(os.urandom(10_000))
    items = "\n".join(textwrap.dedent(f"""
        [[modules.items]]
        id = "v{i}"
        kind = "video"
        title = "Video {i}"
        duration = 600.0
        renditions = [{{ label = "240p", height = 240, bitrate = 100000, file = "media/v.mp4" }}]
        """) for i in range(ITEMS))
    (src / "course.toml").write_text(textwrap.dedent("""
        id = "bench-en"
        course_family = "bench"
        version = 1
        language = "en"
        title = "Bench course"
        publisher = "Bench"

        [[modules]]
        id = "m1"
        title = "Module"
        """) + items)


def fill_outbox(paths, n: int) -> None:
    """n progress events, as a learner offline for weeks would leave them (several per item)."""
    from sync.store import LearnerStore, now_iso
    with LearnerStore.open(paths.db) as store, store.transaction() as conn:
        for i in range(n):
            item = f"v{i % ITEMS}"
            store.enqueue(conn, "progress", "bench-en",
                          {"item": item, "fraction": round(min(1.0, (i // ITEMS + 1) / (n / ITEMS)), 4),
                           "position": round(3.0 + (i // ITEMS) * 5.5, 1)}, now_iso())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--baseline-events", type=int, default=2_000,
                    help="events sent one per request for the baseline (its time is scaled)")
    args = ap.parse_args()

    from sync.bundle import TrustPolicy, build_bundle
    from sync.hub_client import HubClient, HubSettings
    from sync.importer import import_bundle
    from sync.paths import DataPaths
    from sync.signing import generate_keypair, load_public_key
    from sync.store import LearnerStore
    from sync.sync_engine import SyncPass, to_wire

    with tempfile.TemporaryDirectory(prefix="lectern-sync-bench-") as tmp:
        work = Path(tmp)
        make_course(work / "src")
        generate_keypair(work / "k")
        build_bundle(work / "src", work / "c.lectern", sign_key=work / "k")
        hub = LocalHub(work)
        hub.publish(work / "c.lectern", work / "k.pub")
        for user in ("lectern", "baseline"):
            hub.add_user(user, "bench-en")
        with hub:
            port = hub.port
            results = {}
            for user, n in (("lectern", args.events), ("baseline", args.baseline_events)):
                paths = DataPaths(work / user).ensure()
                import_bundle(paths, work / "c.lectern", TrustPolicy((load_public_key(work / "k.pub"),)))
                fill_outbox(paths, n)
                with FaultProxy("127.0.0.1", port) as proxy:
                    client = HubClient(HubSettings(proxy.url))
                    client.login(user, PASSWORD)
                    calls = {"n": 0}
                    real = client.request

                    def counting(*a, **kw):
                        calls["n"] += 1
                        return real(*a, **kw)
                    client.request = counting  # type: ignore[method-assign]
                    up0, down0 = proxy.counters.bytes_up, proxy.counters.bytes_down
                    t0 = time.perf_counter()
                    if user == "lectern":
                        SyncPass(paths, client).run()
                    else:
                        with LearnerStore.open(paths.db) as store:
                            device = store.device_id()
                            for event in store.pending_events(n):
                                client.request("POST", "/api/v1/sync", json_body={
                                    "device_id": device, "cursor": None, "events": [to_wire(event)]})
                    elapsed = time.perf_counter() - t0
                    up = proxy.counters.bytes_up - up0
                    down = proxy.counters.bytes_down - down0
                    client.close()
                results[user] = (n, elapsed, calls["n"], up, down)
    n, t, req, up, down = results["lectern"]
    bn, bt, breq, bup, bdown = results["baseline"]
    bt_scaled = bt * n / bn
    print(f"Lectern sync pass:   {n} events in {t:.2f} s, {req} requests, "
          f"{up / n:.1f} B/event up, {(up + down) / n:.1f} B/event up+down")
    print(f"One request/event:   {bn} events in {bt:.2f} s ({bt_scaled:.1f} s scaled to {n}), "
          f"{breq} requests, {bup / bn:.1f} B/event up, {(bup + bdown) / bn:.1f} B/event up+down")
    print(f"speed-up: {bt_scaled / t:.1f}x (goal >= 20x); wire bytes per progress event (up): "
          f"{up / n:.1f} (goal <= 60); bytes ratio {((bup + bdown) / bn) / ((up + down) / n):.1f}x fewer")
    print(json.dumps({"events": n, "seconds": round(t, 3), "requests": req,
                      "bytes_up_per_event": round(up / n, 1), "speedup": round(bt_scaled / t, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
