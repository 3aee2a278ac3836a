"""Course runs on a real hub process (#17): schedules judged by the hub's clock (moved by the
LECTERN_HUB_CLOCK_OFFSET test hook), the run's end judged by when work was made (`made_at`,
clamped to the device's anchor and the receipt), the run's CLI, and the upgrade from schema 4
keeping every row."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import requests

PASSWORD = "correct horse battery"


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


class Clocked:
    """An own hub whose clock the test moves (an @FILE offset, re-read by the running hub)."""

    def __init__(self, kit: Any, publisher: Any, root: Path) -> None:
        self.offset_file = root / "clock-offset"
        self.offset_file.write_text("0", encoding="utf-8")
        self.hub = kit.start_hub(root / "data", env={"LECTERN_HUB_CLOCK_OFFSET": f"@{self.offset_file}"})
        self.publisher = publisher
        self.hub.cli("trust", publisher.public_key)

    def move(self, seconds: float) -> None:
        self.offset_file.write_text(str(seconds), encoding="utf-8")
        # a new mtime even within the same clock tick
        import os
        st = os.stat(self.offset_file)
        os.utime(self.offset_file, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))

    def publish(self, **kw: Any) -> str:
        cid = f"run-{uuid.uuid4().hex[:6]}"
        self.hub.cli("publish", self.publisher.bundle(cid, family=cid, **kw))
        return cid

    def user(self, course: str, run: int | None = None) -> "Client":
        name = f"judge-{uuid.uuid4().hex[:6]}"
        self.hub.cli("user", "add", name, "--password-stdin", input=PASSWORD + "\n")
        self.hub.cli("enrol", name, course, *(["--run", str(run)] if run else []))
        return Client(self.hub.api, name)

    def create_run(self, family: str, *args: str) -> int:
        out = self.hub.cli("run", "create", family, *args).stdout
        return int(out.split("Created run ", 1)[1].split()[0])


class Client:
    def __init__(self, api: str, username: str) -> None:
        self.api, self.username = api, username
        r = requests.post(api + "/token", json={"username": username, "password": PASSWORD}, timeout=30)
        assert r.status_code == 200, r.text
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {r.json()['token']}"
        self.device = str(uuid.uuid4())
        self.seq = 0
        self.cursor: str | None = None

    def event(self, kind: str, course_id: str, **fields: Any) -> dict[str, Any]:
        self.seq += 1
        return {"id": str(uuid.uuid4()), "kind": kind, "course_id": course_id, "device_seq": self.seq, **fields}

    def sync(self, events: list[dict[str, Any]] = (), protocol: int = 2) -> dict[str, Any]:
        from sync.protocol import SyncResponse
        r = self.session.post(self.api + "/sync", json={"protocol": protocol, "device_id": self.device,
                                                        "cursor": self.cursor, "events": list(events)}, timeout=30)
        assert r.status_code == 200, r.text
        SyncResponse.model_validate_json(r.content)
        out: dict[str, Any] = r.json()
        self.cursor = out["cursor"]
        return out


@pytest.fixture
def clocked(kit, publisher, tmp_path):
    c = Clocked(kit, publisher, tmp_path)
    yield c
    kit.stop_hub(c.hub.proc)


def of_kind(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e[kind] for e in events if e["kind"] == kind]


def test_weekly_run_opens_module_2_by_the_hubs_clock(clocked):
    cid = clocked.publish()
    now = datetime.now(timezone.utc)
    # Module 2 opens at start + 7 days = tomorrow.
    run = clocked.create_run(cid, "--start", iso(now - timedelta(days=6)), "--weekly", "--title", "May cohort")
    listing = clocked.hub.cli("run", "list", cid).stdout
    assert "May cohort\tweekly" in listing and "Self-paced\tself_paced" in listing and "(default)" in listing
    ana = clocked.user(cid, run)
    out = ana.sync()
    assert out["protocol"] == 2
    [schedule] = of_kind(out["events"], "run")
    assert (schedule["run_id"], schedule["schedule"], schedule["title"]) == (run, "weekly", "May cohort")

    early = ana.event("completed", cid, item_id="r2")
    fine = ana.event("completed", cid, item_id="r1")
    out = ana.sync([early, fine])
    [refused] = out["rejected"]
    assert refused["id"] == early["id"] and refused["code"] == "module-locked"
    assert "opens on" in refused["message"] and [a["id"] for a in out["acked"]] == [fine["id"]]
    # A version 1 player gets a code it knows, with the same words.
    old = ana.sync([ana.event("progress", cid, item_id="r2", fraction=0.5)], protocol=1)
    assert old["rejected"][0]["code"] == "invalid" and "opens on" in old["rejected"][0]["message"]

    clocked.move(2 * 86400)      # the hub's clock passes the date
    out = ana.sync([ana.event("completed", cid, item_id="r2")])
    assert not out["rejected"] and len(out["acked"]) == 1


def test_run_end_judged_by_made_at(clocked):
    cid = clocked.publish()
    now = datetime.now(timezone.utc)
    ends = now + timedelta(days=1)
    run = clocked.create_run(cid, "--start", iso(now - timedelta(days=1)), "--self-paced", "--end", iso(ends))
    in_time, late, forger, old_player = (clocked.user(cid, run) for _ in range(4))
    anchors = {}
    for c in (in_time, late, forger, old_player):   # each device gets an anchor from the hub
        anchors[c.username] = c.sync([c.event("progress", cid, item_id="l1", fraction=0.1)])["server_time"]

    def finish(c: Client, made_at: datetime | None) -> list[dict[str, Any]]:
        stamp = {} if made_at is None else {"made_at": iso(made_at), "anchor": anchors[c.username]}
        return [c.event("completed", cid, item_id=i, **stamp) for i in ("l1", "r1", "r2")] + [
            c.event("quiz_attempt", cid, item_id="q1", answers={"q1a": ["a"], "q1b": ["a"], "q1c": ["a"]}, **stamp)]

    clocked.move(8 * 86400)      # a week after the end
    out = in_time.sync(finish(in_time, ends - timedelta(seconds=1)))
    assert not out["rejected"] and of_kind(out["events"], "certificate"), out
    out = late.sync(finish(late, ends + timedelta(seconds=1)))
    assert not out["rejected"] and not of_kind(out["events"], "certificate")
    out = old_player.sync(finish(old_player, None), protocol=1)        # no made_at: the receipt time
    assert not out["rejected"] and not of_kind(out["events"], "certificate")
    # A forged time before the device's anchor is clamped up to it: it cannot backdate.
    forged = now - timedelta(days=30)
    out = forger.sync(finish(forger, forged))
    assert not out["rejected"] and of_kind(out["events"], "certificate")   # the anchor was before the end
    db = sqlite3.connect(clocked.hub.data_dir / "hub.sqlite3")
    made = [r[0] for r in db.execute(
        "SELECT p.completed_made_at FROM progress p JOIN users u ON u.id = p.user_id "
        "WHERE u.username = ? AND p.completed", (forger.username,))]
    db.close()
    anchor = datetime.fromisoformat(anchors[forger.username].replace("Z", "+00:00"))
    assert len(made) == 4 and all(
        anchor - timedelta(seconds=1) <= datetime.fromisoformat(m) <= anchor + timedelta(seconds=1) for m in made)


def test_run_cli_bad_input_is_one_line(clocked):
    cid = clocked.publish()
    for args, words in ((("run", "create", cid, "--start", "next week"), "not a date"),
                        (("run", "create", cid, "--start", "2026-05-08", "--end", "2026-05-01"), "after its start"),
                        (("run", "create", cid, "--start", "2026-05-08", "--schedule", "m2"), "MODULE=DATE"),
                        (("run", "create", "nope", "--start", "2026-05-08"), "No course"),
                        (("enrol", "nobody", cid), "no user")):
        r = clocked.hub.cli(*args, check=False)
        lines = r.stderr.strip().splitlines()
        assert r.returncode == 2 and len(lines) == 1 and words.lower() in lines[0].lower(), (args, r.stderr)
    run = clocked.create_run(cid, "--start", "2026-05-08", "--schedule", "m1=2026-05-08,m2=2026-05-20",
                             "--end", "2026-06-10")
    listing = clocked.hub.cli("run", "list", cid).stdout
    assert f"{run}\t" in listing and "explicit" in listing and "m2=2026-05-20" in listing


def test_schema_4_upgrade_keeps_every_row(tmp_path, publisher):
    """A hub database of schema 4 (before runs): every row of every table survives; existing
    enrolments join their family's default self-paced run."""
    from sqlalchemy import select

    from hub import db
    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from hub.users import add_user, enrol

    settings = HubSettings(data_dir=tmp_path / "hub")
    hub = Hub.open(settings)
    trust_key(hub.database, publisher.public_key)
    families = []
    for _ in range(2):
        cid = f"old-{uuid.uuid4().hex[:6]}"
        publish_bundle(hub.database, hub.store, publisher.bundle(cid, family=cid))
        families.append(cid)
    for n in range(3):
        add_user(hub.database, f"old.judge{n}", PASSWORD)
        for fam in families[: n + 1]:
            enrol(hub.database, f"old.judge{n}", fam)
    hub.close()
    path = Path(settings.database_url.split(":///", 1)[1])
    with sqlite3.connect(path) as raw:  # back to schema 4: the tables as they were
        raw.execute("DROP INDEX ix_enrolments_run")
        for table in db.V5_TABLES:
            raw.execute(f"DROP TABLE {table.name}")
        for table, columns in db.V5_COLUMNS.items():
            for column in columns:
                raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        # rows of schema 4 in the forum and progress tables
        uid = raw.execute("SELECT id FROM users WHERE username = 'old.judge2'").fetchone()[0]
        raw.execute("INSERT INTO threads (uuid, course_family, course_id, item_id, author_id, title, body, "
                    "created_at) VALUES (?, ?, ?, 'f1', ?, 'Old', 'Old thread', '2025-01-01T00:00:00+00:00')",
                    (str(uuid.uuid4()), families[0], families[0], uid))
        raw.execute("INSERT INTO posts (uuid, thread_id, author_id, body, created_at) VALUES "
                    "(?, 1, ?, 'Old post', '2025-01-02T00:00:00+00:00')", (str(uuid.uuid4()), uid))
        raw.execute("INSERT INTO progress (user_id, course_family, item_id, fraction, completed, completed_at, "
                    "revision, updated_at) VALUES (?, ?, 'l1', 1.0, 1, '2025-01-03T00:00:00+00:00', 1, "
                    "'2025-01-03T00:00:00+00:00')", (uid, families[0]))
        raw.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        before = {t: sorted(raw.execute(f"SELECT * FROM {t}").fetchall()) for t in tables if t != "meta"}
    raw.close()
    assert len(before["enrolments"]) == 5 and before["threads"] and before["posts"] and before["progress"]

    hub = Hub.open(settings)
    try:
        with hub.database.read() as conn:
            assert conn.execute(select(db.meta.c.value).where(db.meta.c.key == "schema_version")).scalar() == "5"
            runs = {r.course_family: r for r in conn.execute(select(db.runs))}
            assert set(runs) == set(families) and all(r.is_default and r.schedule == "self_paced"
                                                     for r in runs.values())
            enrolled = conn.execute(select(db.enrolments.c.course_family, db.enrolments.c.run_id)).all()
            assert sorted(enrolled) == sorted((f, runs[f].id) for f, _ in enrolled) and len(enrolled) == 5
        with sqlite3.connect(path) as raw:
            for table, rows in before.items():
                width = len(rows[0]) if rows else 0
                after = sorted(r[:width] for r in raw.execute(f"SELECT * FROM {table}").fetchall())
                assert after == rows, table   # the old columns of every row, as they were
            assert raw.execute("SELECT author_role, pinned, hidden FROM threads").fetchall() == [("learner", 0, 0)]
        raw.close()
    finally:
        hub.close()
