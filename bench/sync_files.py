#!/usr/bin/env python3
"""Sync files (#20): 1,000 learners x 100 events each, carried as signed sync files into a real
hub (a hub data dir and database, opened as `lectern-hub sync-file import` opens them), every
reply written and then checked as the player checks it. Prints the time per file and in all,
and proves 0 lost and 0 doubled from the hub's own tables (then imports a sample of the files
again: nothing changes). Goal: the 1,000 imports in under 60 s on the team's machine.

The learners' accounts are made with a cheap password hash and their device keys registered
directly (what `POST /api/v1/token` stores): 1,000 scrypt sign-ins would measure scrypt.

    .venv/bin/python bench/sync_files.py [--learners 1000] [--events 100] [--db-url URL]
"""
from __future__ import annotations

import argparse
import base64
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO)]

COURSE = "bench-en"
ITEMS = 100


def make_course(src: Path) -> None:
    """A course of ITEMS readings sharing one page: many items to make progress on."""
    src.mkdir(parents=True)
    (src / "reading.html").write_text("<html><body><p>Read me.</p></body></html>", encoding="utf-8")
    items = "".join(f"""
[[modules.items]]
id = "r{i}"
kind = "reading"
format = "html"
title = "Reading {i}"
file = "reading.html"
""" for i in range(ITEMS))
    (src / "course.toml").write_text(f"""id = "{COURSE}"
course_family = "bench"
version = 1
language = "en"
title = "Bench course"
publisher = "Bench"

[[modules]]
id = "m1"
title = "Module"
""" + items, encoding="utf-8")


def relay_forwarding_figures(learners: int, events: int) -> dict[str, Any]:
    """The same learners x events, this time acked by a court relay and forwarded upstream
    (bench/relay_forward.py), so the two ways round a thin link are compared in one run."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from relay_forward import relay_forwarding_figures as measure

    return measure(learners=learners, events=events)


def learner_events(n: int) -> list[dict[str, Any]]:
    """n progress events as the player's `to_wire` builds them (several per item)."""
    return [{"id": str(uuid.uuid4()), "kind": "progress", "course_id": COURSE, "device_seq": i + 1,
             "item_id": f"r{i % ITEMS}", "fraction": round(min(1.0, (i // ITEMS + 1) / max(1, n / ITEMS)), 4)}
            for i in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--learners", type=int, default=1000)
    ap.add_argument("--events", type=int, default=100, help="events per learner")
    ap.add_argument("--db-url", default=None, help="a PostgreSQL URL (default: the hub's SQLite)")
    ap.add_argument("--workers", type=int, default=4, help="files imported at once (the command's default)")
    ap.add_argument("--no-relay", action="store_true", help="skip the relay-forwarding comparison")
    args = ap.parse_args()

    from sqlalchemy import func, select

    from hub import db
    from hub.auth import hash_password
    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from hub.sync_files import hub_public_key, import_export, import_files, register_device_key
    from hub.users import enrol
    from sync import sync_file as sf
    from sync.bundle import build_bundle
    from sync.signing import PrivateKey, PublicKey, generate_keypair
    from sync.sync_engine import read_answer

    with tempfile.TemporaryDirectory(prefix="lectern-syncfile-bench-") as tmp:
        work = Path(tmp)
        make_course(work / "src")
        generate_keypair(work / "k")
        build_bundle(work / "src", work / "c.lectern", sign_key=work / "k")
        hub = Hub.open(HubSettings(data_dir=work / "hub", db_url=args.db_url))
        try:
            trust_key(hub.database, work / "k.pub")
            publish_bundle(hub.database, hub.store, work / "c.lectern")
            hub_key = hub_public_key(hub.settings)

            # Learners, each with a device key registered as a sign-in registers it.
            t0 = time.perf_counter()
            cheap = hash_password("bench password", n=2**4)
            keys: list[tuple[str, PrivateKey]] = []
            with hub.database.write() as conn:
                for i in range(args.learners):
                    name = f"judge{i:05d}"
                    uid = db.inserted_pk(conn.execute(db.users.insert().values(
                        username=name, password_hash=cheap, disabled=False, created_at=db.hub_now())))
                    token_id = db.inserted_pk(conn.execute(db.tokens.insert().values(
                        user_id=uid, token_hash=uuid.uuid4().hex * 2, device_name="bench", created_at=db.hub_now())))
                    key = PrivateKey(uuid.uuid4().bytes * 2)
                    register_device_key(conn, uid, token_id, "bench", base64.b64encode(key.public_raw).decode())
                    keys.append((name, key))
            for name, _ in keys:
                enrol(hub.database, name, COURSE)
            setup_s = time.perf_counter() - t0

            # The judges' PCs write their files (what `lectern sync-file export` writes).
            t0 = time.perf_counter()
            files: list[bytes] = []
            for name, key in keys:
                payload = sf.ExportPayload(
                    export_id=uuid.uuid4(), made_at="2026-11-29T09:00:00+00:00", hub_url="http://court-hub",
                    hub_key_id=hub_key.key_id, username=name, device_id=uuid.uuid4(),
                    device_key_id=PublicKey.from_raw(key.public_raw).key_id, device_name="bench",
                    protocol=2, cursor=None, events=learner_events(args.events))
                files.append(sf.seal(sf.KIND_EXPORT, key, sf.dump(payload)))
            export_s = time.perf_counter() - t0

            # Court IT imports them all from the USB stick (timed), as `lectern-hub sync-file
            # import IN... --reply-dir DIR` does: each applied, its reply signed and written.
            usb, replies_dir = work / "usb", work / "replies"
            usb.mkdir()
            replies_dir.mkdir()
            sources = []
            for i, data in enumerate(files):
                sources.append(usb / f"{i}.lectern-sync")
                sources[-1].write_bytes(data)
            t0 = time.perf_counter()
            acked = rejected = 0
            for _source, outcome in import_files(hub, sources, lambda p: replies_dir / f"{p.stem}.lectern-reply",
                                                 workers=args.workers):
                assert not isinstance(outcome, Exception), outcome
                acked += outcome.acked
                rejected += outcome.rejected
            import_s = time.perf_counter() - t0

            # The judges' PCs check their replies (signature, address, the answer's schema).
            t0 = time.perf_counter()
            reply_acks = 0
            for i, (name, _key) in enumerate(keys):
                env = sf.peek(sf.read_limited(replies_dir / f"{i}.lectern-reply"), sf.KIND_REPLY)
                reply = sf.parse_payload(sf.open_envelope(env, hub_key), sf.ReplyPayload)
                assert isinstance(reply, sf.ReplyPayload) and reply.username == name
                answer, _more = read_answer(reply.response)
                reply_acks += len(answer.acked)
            check_s = time.perf_counter() - t0

            total = args.learners * args.events
            ce = db.client_events
            with hub.database.read() as conn:
                rows = conn.execute(select(func.count()).select_from(ce)).scalar_one()
                distinct = conn.execute(select(func.count(func.distinct(ce.c.event_id)))).scalar_one()
                per_user = conn.execute(select(ce.c.user_id, func.count()).group_by(ce.c.user_id)).all()
            lost = total - distinct
            doubled = rows - distinct
            assert all(n == args.events for _u, n in per_user) and len(per_user) == args.learners

            # A sample imported again: acked as replays, nothing added.
            sample = files[:: max(1, len(files) // 50)]
            replayed = sum(import_export(hub, data).replayed for data in sample)
            with hub.database.read() as conn:
                rows_after = conn.execute(select(func.count()).select_from(ce)).scalar_one()
        finally:
            hub.close()

    ok = lost == 0 and doubled == 0 and acked == total and rejected == 0 and rows_after == rows \
        and replayed == len(sample) * args.events and reply_acks == total
    print(f"setup: {args.learners} learners with device keys in {setup_s:.1f} s; "
          f"{len(files)} export files written in {export_s:.1f} s "
          f"(avg {sum(map(len, files)) / len(files) / 1024:.1f} KiB each)")
    print(f"hub import: {len(files)} files x {args.events} events = {total} events in {import_s:.1f} s "
          f"({total / import_s:,.0f} events/s, {args.workers} at once): "
          f"{import_s / len(files) * 1000:.1f} ms per file (goal: all under 60 s)")
    print(f"replies checked on the learners' side: {reply_acks} acks in {check_s:.1f} s "
          f"({check_s / len(files) * 1000:.1f} ms per reply)")
    print(f"lost: {lost}, doubled: {doubled}, refused: {rejected}; a sample of {len(sample)} files imported "
          f"again: {replayed} events acked as replays, {rows_after - rows} rows added")
    relay = None if args.no_relay else relay_forwarding_figures(args.learners, args.events)
    if relay:
        print(f"relay forwarding: {relay['events']} events of {relay['learners']} learners acked by the relay in "
              f"{relay['intake_seconds']:.1f} s, forwarded upstream in {relay['forward_seconds']:.1f} s "
              f"({relay['events_per_second']:,.0f} events/s; relay CPU {relay['relay_cpu_seconds']:.1f} s); "
              f"lost {relay['lost']}, doubled {relay['doubled']}; "
              f"sync files / relay time ratio {import_s / max(relay['forward_seconds'], 1e-9):.2f}")
        ok = ok and relay["lost"] == 0 and relay["doubled"] == 0
    print(json.dumps({"learners": args.learners, "events": total, "import_seconds": round(import_s, 2),
                      "ms_per_file": round(import_s / len(files) * 1000, 2), "lost": lost, "doubled": doubled,
                      "ok": ok and import_s < 60, "relay": relay}))
    return 0 if ok and import_s < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
