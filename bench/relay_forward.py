#!/usr/bin/env python3
"""The court relay's forwarding (issue #20): N learners x E events queued on a relay, forwarded
into a real `lectern-hub serve` by the relay's own forwarder (hub.relay.forwarder), then counted
on the hub: events/s, 0 lost, 0 doubled.

    .venv/bin/python bench/relay_forward.py                      # 1,000 learners x 100 events
    .venv/bin/python bench/relay_forward.py --learners 100 --events 50 --workers 8

The queue is filled through the relay's store (`RelayStore.receive`, one fsync'd transaction
per learner's sync, as a player's sync to the relay does; timed apart as "intake"), so the
figure is the forwarding itself: batches of one device's events in arrival order, the hub's
answers recorded, and for each device a pull of what the hub sends (the other learners'
threads and posts) into its feed on the relay. No throttling proxy: this measures the relay
and the hub, not a link (tests/e2e/test_relay.py covers the thin, resetting link).

`relay_forwarding_figures(...)` returns the figures as a dict for bench/sync_files.py.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

ITEMS = ["l1", "r1", "r2", "r3"]


def learner_events(rng: random.Random, course_id: str, count: int) -> list[dict[str, Any]]:
    """A learner's day: mostly video positions, some completions, a thread and replies."""
    events: list[dict[str, Any]] = []
    thread_id: str | None = None
    for seq in range(1, count + 1):
        base = {"id": str(uuid.uuid4()), "course_id": course_id, "device_seq": seq,
                "device_time": "2026-11-29T09:00:00Z"}
        roll = rng.random()
        if roll < 0.02 and thread_id is None:
            thread_id = base["id"]
            events.append({**base, "kind": "thread", "item_id": "f1", "title": "A question", "body": "Any advice?"})
        elif roll < 0.02:
            events.append({**base, "kind": "post", "thread_id": thread_id, "body": "A reply."})
        elif roll < 0.10:
            events.append({**base, "kind": "completed", "item_id": rng.choice(["r1", "r2", "r3"])})
        else:
            events.append({**base, "kind": "progress", "item_id": rng.choice(ITEMS),
                           "fraction": round(rng.random(), 3), "position": round(rng.random() * 300, 1)})
    return events


def relay_forwarding_figures(learners: int = 1000, events: int = 100, workers: int = 4, hub_workers: int = 2,
                             work_dir: Path | None = None, seed: int = 20) -> dict[str, Any]:
    """Queue `learners` x `events` on a relay, forward them into a real hub, count them there.

    Returns {"learners", "events", "intake_seconds", "forward_seconds", "relay_cpu_seconds",
    "events_per_second", "lost", "doubled", "refused", "pending", "rounds"}."""
    from hub_load import prepare, start_server

    from hub.relay.forwarder import Forwarder, LinkDown
    from hub.relay.store import RelayStore
    from hub.relay.upstream import Upstream

    with tempfile.TemporaryDirectory(prefix="relay-bench-", dir=work_dir) as tmp:
        hub_dir = Path(tmp) / "hub"
        hub_dir.mkdir()
        course_id, tokens = prepare(hub_dir, learners)
        proc, port = start_server(hub_dir, hub_workers)
        try:
            store = RelayStore(Path(tmp) / "relay")
            rng = random.Random(seed)
            queued: list[str] = []
            threads = 0
            for i, token in enumerate(tokens):
                store.save_signin(f"learner{i}", "scrypt$unused", token, uuid.uuid4().hex, "bench PC")
            start = time.perf_counter()
            for i in range(learners):
                batch = learner_events(rng, course_id, events)
                threads += sum(1 for e in batch if e["kind"] in ("thread", "post"))
                queued += [e["id"] for e in batch]
                store.receive(f"learner{i}", str(uuid.UUID(int=i + 1)), 2, [(e["id"], e) for e in batch])
            intake = time.perf_counter() - start
            upstream = Upstream(f"http://127.0.0.1:{port}", read_timeout=120)
            forwarder = Forwarder(store, upstream, workers=workers, pull_interval=10**9)
            start = time.perf_counter()
            cpu_start = time.process_time()
            rounds = 0
            while store.counts().pending and rounds < 50:
                rounds += 1
                try:
                    forwarder.run_round()
                except LinkDown:
                    time.sleep(1)
            forward = time.perf_counter() - start
            relay_cpu = time.process_time() - cpu_start
            counts = store.counts()
            upstream.close()
            store.close()
        finally:
            proc.terminate()
            proc.wait(30)
        db = sqlite3.connect(hub_dir / "hub.sqlite3")
        try:
            ids = {r[0] for r in db.execute("SELECT event_id FROM client_events")}
            rows = db.execute("SELECT COUNT(*) FROM client_events").fetchone()[0]
            forum_rows = (db.execute("SELECT COUNT(*) FROM threads").fetchone()[0]
                          + db.execute("SELECT COUNT(*) FROM posts").fetchone()[0])
        finally:
            db.close()
    total = learners * events
    lost = sum(1 for i in queued if i not in ids)
    return {"learners": learners, "events": total, "intake_seconds": round(intake, 2),
            "forward_seconds": round(forward, 2), "relay_cpu_seconds": round(relay_cpu, 2),
            "events_per_second": round(total / forward) if forward else 0,
            "lost": lost, "doubled": (rows - len(ids)) + max(0, forum_rows - threads), "refused": counts.refused,
            "pending": counts.pending, "rounds": rounds}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--learners", type=int, default=1000)
    ap.add_argument("--events", type=int, default=100)
    ap.add_argument("--workers", type=int, default=4, help="learners forwarded in parallel by the relay")
    ap.add_argument("--hub-workers", type=int, default=2, help="the hub's worker processes")
    args = ap.parse_args()
    f = relay_forwarding_figures(args.learners, args.events, args.workers, args.hub_workers)
    print(f"relay forwarding: {f['learners']:,} learners x {args.events} events = {f['events']:,} events")
    print(f"  intake (acked on the relay's disk): {f['intake_seconds']:.1f} s")
    print(f"  forwarded into the hub in {f['forward_seconds']:.1f} s: {f['events_per_second']:,} events/s "
          f"({f['rounds']} rounds; the relay's CPU: {f['relay_cpu_seconds']:.1f} s)")
    print(f"  lost: {f['lost']}, doubled: {f['doubled']}, refused by the hub: {f['refused']}, "
          f"still queued: {f['pending']}")
    return 0 if f["lost"] == 0 and f["doubled"] == 0 and f["pending"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
