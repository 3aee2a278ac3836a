#!/usr/bin/env python3
"""How fast is the staff console (issue #18) on a run of 5,000 learners?

Builds a hub in a temporary folder (the tiny test course, a run, an admin), then times, through
the console's own HTTP routes (in process, FastAPI's test client: no network in the figures):

- the CSV import of N enrolments: the check (preview with its per-row report) and the apply
  (one transaction: accounts, profiles, enrolments, runs, password-set links); goal < 10 s;
- with progress for every learner (random completions, 60% active this week): the run's
  dashboard, a sorted and filtered page of the learners table, and the CSV export; goal < 1 s;
- the baseline: the plain API listing of the family's runs (`GET /api/v1/runs/FAMILY`) with the
  same admin, so the ratio says what the console's pages cost over a trivial authenticated read.

    .venv/bin/python bench/console.py                 # 5,000 learners
    .venv/bin/python bench/console.py --learners 500  # a quick look
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--learners", type=int, default=5000)
    args = ap.parse_args()

    from course_factory import write_tiny_course
    from fastapi.testclient import TestClient

    from hub import db, runs
    from hub.app import create_app
    from hub.auth import issue_token
    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from hub.users import add_user
    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    tmp = Path(tempfile.mkdtemp(prefix="console-bench-"))
    hub = Hub.open(HubSettings(data_dir=tmp / "data"))
    generate_keypair(tmp / "pub.key", comment="bench")
    trust_key(hub.database, tmp / "pub.key.pub")
    write_tiny_course(tmp / "src", course_id="bench-en")
    build_bundle(tmp / "src", tmp / "bench.lectern", sign_key=tmp / "pub.key")
    family = publish_bundle(hub.database, hub.store, tmp / "bench.lectern").course_family
    actor = runs.Actor("bench", None, "cli")
    run = hub.writer.run(lambda c: runs.create_run(c, family, kind="weekly", starts=db.hub_datetime(), ends=None,
                                                   opens=None, title="Bench cohort", actor=actor))
    add_user(hub.database, "bench-admin", "bench password")
    hub.writer.run(lambda c: runs.set_role(c, "bench-admin", "admin", None, actor))
    with hub.database.write() as c:
        uid = c.execute(db.users.select().where(db.users.c.username == "bench-admin")).one().id
        token = issue_token(c, uid, "bench-admin", "bench").token

    client = TestClient(create_app(hub), base_url="http://bench")
    form = client.get("/console/login").text
    pre = re.search(r'name="pre" value="([^"]+)"', form).group(1)
    r = client.post("/console/login", data={"username": "bench-admin", "password": "bench password", "pre": pre},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/console/people").text).group(1)

    n = args.learners
    rows = ["username,full_name,email,country,language,run,role"]
    rows += [f"judge{i:05d},Judge Number {i},judge{i}@courts.example.org,{random.choice(['BR', 'MX', 'FR', 'SN'])},"
             f"pt,{run.id},learner" for i in range(n)]
    data = ("\n".join(rows) + "\n").encode()
    start = time.perf_counter()
    r = client.post("/console/people/import", data={"csrf": csrf}, files={"file": ("c.csv", data, "text/csv")})
    check_s = time.perf_counter() - start
    assert r.status_code == 200 and f"{n} rows can be imported" in r.text, r.text[:500]
    key = re.search(r'name="key" value="([^"]+)"', r.text).group(1)
    start = time.perf_counter()
    r = client.post("/console/people/import/apply", data={"csrf": csrf, "key": key, "mode": "links"})
    apply_s = time.perf_counter() - start
    assert r.status_code == 200 and f"{n} accounts created" in r.text, r.text[:500]

    # Progress for everyone (as syncs would have merged it), written straight to the table.
    from hub.console.progress import course_modules
    with hub.database.read() as c:
        items = [i for _m, _t, ids in course_modules(c, hub.index, family) for i in ids]
        users = [int(u) for u in c.execute(db.users.select().with_only_columns(db.users.c.id).where(
            db.users.c.username.like("judge%"))).scalars()]
    now = db.hub_datetime()
    values = []
    for u in users:
        recent = random.random() < 0.6
        for item in random.sample(items, random.randint(0, len(items))):
            at = (now - timedelta(days=1 if recent else 20)).isoformat(timespec="microseconds")
            values.append({"user_id": u, "course_family": family, "item_id": item, "fraction": 1.0, "completed": True,
                           "completed_at": at, "revision": 1, "updated_at": at})
    with hub.database.write() as c:
        c.execute(db.progress.insert(), values)

    dash_s, r = timed(lambda: client.get(f"/console/runs/{run.id}"))
    assert r.status_code == 200, r.text[:300]
    dash_kb = len(r.content) / 1000
    table_s, r = timed(lambda: client.get(f"/console/runs/{run.id}/learners?sort=completed&order=desc&country=BR"))
    assert r.status_code == 200
    csv_s, r = timed(lambda: client.get(f"/console/runs/{run.id}/learners.csv"), repeat=3)
    assert r.status_code == 200 and r.text.count("\n") == n + 1
    base_s, r = timed(lambda: client.get(f"/api/v1/runs/{family}", headers={"Authorization": f"Bearer {token}"}))
    assert r.status_code == 200, r.text

    print(f"console bench: {n} learners, {len(items)} items, {len(values)} progress rows")
    print(f"  CSV import, check (preview + report): {check_s:6.2f} s")
    print(f"  CSV import, apply (one transaction):  {apply_s:6.2f} s   goal < 10 s for 5,000 (check + apply "
          f"{check_s + apply_s:.2f} s)")
    print(f"  dashboard:                            {dash_s * 1000:6.0f} ms  ({dash_kb:.1f} KB; goal < 1 s, < 100 KB)")
    print(f"  learners table (sorted, filtered):    {table_s * 1000:6.0f} ms")
    print(f"  learners CSV export (all):            {csv_s * 1000:6.0f} ms")
    print(f"  baseline GET /api/v1/runs/FAMILY:     {base_s * 1000:6.1f} ms  -> dashboard {dash_s / base_s:.0f}x, "
          f"table {table_s / base_s:.0f}x the plain API listing")
    hub.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
