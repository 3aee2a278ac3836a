"""Course runs on the learner's PC (issue #17): the store's schema 8 (every schema 7 row kept),
the hub's run, role, forum mark, moderation and announcement events applied idempotently, the
services the player calls (outline by the hub's time, locked items refusing progress, reports
through the outbox, unread counts, announcements) and the engine's wire for them."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from sync import hub_clock
from sync.hub_clock import BootReading
from sync.services import forum, runs, study
from sync.store import (
    HubAnnouncement,
    HubAnswer,
    HubEvent,
    HubForumMeta,
    HubModeration,
    HubPost,
    HubRole,
    HubRun,
    HubThread,
    LearnerStore,
)
from sync.sync_engine import read_answer, sync_request

HUB = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)
OPENS = datetime(2026, 5, 8, 9, 0, tzinfo=timezone.utc)     # module 2, a week later


class Boot:
    seconds = 1000.0

    def __call__(self) -> BootReading:
        return BootReading("boot-1", self.seconds)


@pytest.fixture
def boot(monkeypatch: pytest.MonkeyPatch) -> Boot:
    fake = Boot()
    monkeypatch.setattr(hub_clock, "read_boot_clock", fake)
    return fake


def apply(store: LearnerStore, boot: Boot, *events: HubEvent, hub_time: datetime = HUB,
          protocol: int = 2) -> None:
    assert store.apply_hub_answer(HubAnswer(cursor="c", events=events, hub_time=hub_time.isoformat(),
                                            clock=boot(), protocol=protocol),
                                  {}, (store.account(), store.device_id()))


WEEKLY = HubRun("tiny", "7", "May 2026 cohort", "weekly", HUB.isoformat(), None, HUB.isoformat())


# --------------------------------------------------------------------------- the outline


def test_without_a_run_every_module_is_open(store: LearnerStore, boot: Boot) -> None:
    outline = runs.course_outline(store, "tiny-en")
    assert outline.run is None and not outline.now.known
    assert [m.open for m in outline.modules] == [True, True]
    assert outline.role is runs.Role.LEARNER


def test_a_weekly_run_locks_module_2_until_the_hub_time_passes(store: LearnerStore, boot: Boot) -> None:
    apply(store, boot, WEEKLY)
    outline = runs.course_outline(store, "tiny-en")
    assert outline.run is not None and outline.run.title == "May 2026 cohort"
    (m1, m2) = outline.modules
    assert m1.open and not m2.open and m2.opens_at == OPENS
    assert [i.item_id for i in m2.items] == ["r2", "r3", "f1"]      # the outline shows
    access = runs.item_access(store, "tiny-en", "r2")
    assert not access.open and access.reason == f"Module 2 opens on {runs.opening_date(OPENS)}."
    with pytest.raises(runs.ModuleLocked) as refused:
        study.save_progress(store, "tiny-en", "r2", fraction=1.0, completed=True)
    assert refused.value.message == f"Module 2 opens on {runs.opening_date(OPENS)}."
    assert refused.value.module_id == "m2" and refused.value.opens_at == OPENS
    assert store.progress("tiny-en").get("r2") is None and store.pending_count() == 0
    with pytest.raises(runs.ModuleLocked):
        forum.start_thread(_paths_of(store), store, "tiny-en", "f1", "T", "B")
    study.save_progress(store, "tiny-en", "r1", fraction=1.0)      # module 1 is open
    boot.seconds += 7 * 86400                                       # a week of the PC running
    assert runs.item_access(store, "tiny-en", "r2").open
    study.save_progress(store, "tiny-en", "r2", fraction=1.0, completed=True)
    assert runs.course_outline(store, "tiny-en").modules[1].items[0].completed


def _paths_of(store: LearnerStore) -> Any:
    """The DataPaths whose db is this store (tests' data dirs: <root>/profiles/<name>/)."""
    from sync.paths import DataPaths

    profile = store.path.parent
    return DataPaths.resolve(profile.parent.parent, profile.name)


def test_an_explicit_schedule_and_a_changed_one(store: LearnerStore, boot: Boot) -> None:
    later = OPENS + timedelta(days=30)
    apply(store, boot, HubRun("tiny", "7", "", "explicit", HUB.isoformat(), None, HUB.isoformat(),
                              {"m2": later.isoformat()}))
    assert runs.course_outline(store, "tiny-en").modules[1].opens_at == later
    apply(store, boot, HubRun("tiny", "8", "Self-paced", "self_paced", HUB.isoformat(), None, HUB.isoformat()))
    outline = runs.course_outline(store, "tiny-en")
    assert outline.run is not None and outline.run.run_id == "8" and outline.run.self_paced
    assert all(m.open and m.opens_at is None for m in outline.modules)


def test_the_quiz_of_a_locked_module_keeps_no_attempt(store: LearnerStore, boot: Boot) -> None:
    apply(store, boot, HubRun("tiny", "7", "", "explicit", HUB.isoformat(), None, HUB.isoformat(),
                              {"m1": OPENS.isoformat()}))
    with pytest.raises(runs.ModuleLocked):
        study.submit_quiz(store, "tiny-en", "q1", {"q1a": ["a"]})
    assert store.quiz_attempts("tiny-en", "q1") == []


# --------------------------------------------------------------------------- events, idempotent


def _thread(tid: str, author: str = "ada") -> HubThread:
    return HubThread(tid, int(tid[-4:], 16), "tiny-en", "tiny", "f1", author, "Question 1", "Why?", HUB.isoformat())


def _post(pid: str, thread: str, author: str = "bo", parent: str | None = None) -> HubPost:
    return HubPost(pid, int(pid[-4:], 16), thread, parent, author, "Because.", HUB.isoformat())


T1, P1, P2 = ("0b6f0000-0000-4000-8000-000000000001", "0b6f0000-0000-4000-8000-000000000002",
              "0b6f0000-0000-4000-8000-000000000003")


def _snapshot(store: LearnerStore) -> dict[str, list[tuple[Any, ...]]]:
    tables = ["course_runs", "family_roles", "announcements", "moderation", "forum_threads", "forum_posts"]
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def test_every_new_event_applies_once_however_often_it_comes(store: LearnerStore, boot: Boot) -> None:
    events: list[HubEvent] = [
        WEEKLY, HubRole("tiny", "instructor"), _thread(T1, "prof"), _post(P1, T1),
        HubForumMeta("thread", T1, "instructor", True), HubForumMeta("post", P1, "learner", False),
        HubModeration(P1, "post", True, "Off topic", "", (HUB + timedelta(hours=1)).isoformat()),
        HubAnnouncement("a1", "7", "tiny", "Welcome", "Module 1 is open.", "prof", "instructor",
                        HUB.isoformat()),
    ]
    apply(store, boot, *events)
    runs.mark_announcement_read(store, "a1")
    first = _snapshot(store)
    apply(store, boot, *events)          # a lost ack: the same page again
    apply(store, boot, *reversed(events[4:]))
    assert _snapshot(store) == first
    assert runs.announcements(store).unread == 0
    # an older moderation event (a replay) does not undo a newer one
    apply(store, boot, HubModeration(P1, "post", False, "", "", HUB.isoformat()))
    assert store.moderation(P1) is not None and store.moderation(P1).hidden  # type: ignore[union-attr]


def test_role_pin_and_moderation_as_the_forum_shows_them(store: LearnerStore, boot: Boot) -> None:
    paths = _paths_of(store)
    apply(store, boot, _thread(T1, "prof"), _thread(P2, "cy"), _post(P1, T1, "bo"),
          HubForumMeta("thread", T1, "instructor", True))
    listed = forum.discussions(paths, store, "tiny-en", "f1")
    assert listed.threads[0].id == T1 and listed.threads[0].pinned
    assert listed.threads[0].author_role == "instructor" and not listed.staff
    apply(store, boot, HubModeration(P1, "post", True, "Insults", "", HUB.isoformat()),
          HubModeration(P2, "thread", True, "Spam", "", HUB.isoformat()))
    assert [p.id for p in forum.discussion(paths, store, T1).posts] == []       # "me" is not bo
    assert [t.id for t in forum.discussions(paths, store, "tiny-en", "f1").threads] == [T1]
    assert forum.discussions(paths, store, "tiny-en", "f1").threads[0].replies == 0
    # the author sees their own hidden post, with the reason
    (own,) = store.forum_posts(T1, viewer="bo")
    assert own.hidden and own.hidden_reason == "Insults"
    assert forum.hidden_note(own.hidden_reason) == "hidden by a moderator: Insults"
    # staff see everything and the staff actions
    apply(store, boot, HubRole("tiny", "moderator"))
    assert runs.role(store, "tiny-en").can_moderate and not runs.role(store, "tiny-en").can_teach
    staff_view = forum.discussions(paths, store, "tiny-en", "f1")
    assert staff_view.staff and len(staff_view.threads) == 2
    apply(store, boot, HubModeration(P1, "post", False, "Apologised", "", (HUB + timedelta(1)).isoformat()))
    apply(store, boot, HubRole("tiny", "learner"))
    assert [p.id for p in forum.discussion(paths, store, T1).posts] == [P1]


def test_unread_counts_and_replies_to_me(store: LearnerStore, boot: Boot) -> None:
    paths = _paths_of(store)
    mine = forum.start_thread(paths, store, "tiny-en", "f1", "My question", "What?")
    apply(store, boot, _thread(T1, "prof"), _post(P1, mine.id, "bo"), _post(P2, T1, "cy"))
    counts = runs.unread_counts(store, "tiny-en", paths)
    assert counts.discussions == {"f1": 3} and counts.replies_to_me == 1 and counts.announcements == 0
    runs.mark_thread_read(store, mine.id)
    counts = runs.unread_counts(store, "tiny-en", paths)
    assert counts.discussions == {"f1": 2} and counts.replies_to_me == 0
    runs.mark_discussion_read(store, "tiny-en", "f1")
    assert runs.unread_counts(store, "tiny-en", paths).discussions == {}


def test_announcements_inbox(store: LearnerStore, boot: Boot) -> None:
    apply(store, boot, HubAnnouncement("a1", "7", "tiny", "Welcome", "Hello", "prof", "instructor",
                                       HUB.isoformat()),
          HubAnnouncement("a2", "7", "tiny", "Module 2", "Opens Friday", "prof", "instructor",
                          (HUB + timedelta(days=6)).isoformat()))
    inbox = runs.announcements(store, "tiny-en")
    assert [a.id for a in inbox.items] == ["a2", "a1"] and inbox.unread == 2
    assert inbox.newest_unread is not None and inbox.newest_unread.id == "a2"
    runs.mark_announcement_read(store, "a2")
    inbox = runs.announcements(store)
    assert inbox.unread == 1 and inbox.newest_unread is not None and inbox.newest_unread.id == "a1"
    assert runs.mark_all_announcements_read(store, "tiny-en") == 1
    assert runs.announcements(store).unread == 0


# --------------------------------------------------------------------------- reports and the wire


def test_a_report_waits_in_the_outbox_and_goes_as_protocol_2(store: LearnerStore, boot: Boot) -> None:
    apply(store, boot, _thread(T1, "prof"), _post(P1, T1, "bo"))
    boot.seconds += 60
    filed = runs.report(store, "tiny-en", P1, "  Insulting\u202e words ")
    assert (filed.target_id, filed.target_kind, filed.reason) == (P1, "post", "Insulting words")
    assert [r.id for r in runs.reports(store)] == [filed.id]
    (event,) = store.pending_events()
    body = sync_request(store.device_id(), None, [event], protocol=2)
    wire = body["events"][0]
    assert body["protocol"] == 2
    assert (wire["kind"], wire["target"], wire["target_id"], wire["reason"]) == \
        ("report", "post", P1, "Insulting words")
    assert wire["made_at"].startswith("2026-05-01T09:01:00") and wire["anchor"].startswith("2026-05-01T09:00:00")
    # a version 1 hub gets no version 2 fields (it would refuse them)
    v1 = sync_request(store.device_id(), None, [event], protocol=1)
    assert v1["protocol"] == 1 and "made_at" not in v1["events"][0]
    with pytest.raises(Exception):
        runs.report(store, "tiny-en", P1, "   ")
    with pytest.raises(Exception):
        runs.report(store, "tiny-en", "not-here", "spam")


def test_the_engine_reads_version_2_answers() -> None:
    raw = {"protocol": 2, "acked": [], "rejected": [], "cursor": "c", "more": False,
           "server_time": "2026-05-01T09:00:00Z", "events": [
               {"seq": 1, "kind": "run", "run": {
                   "run_id": 7, "course_family": "tiny", "title": "May", "schedule": "weekly",
                   "starts": "2026-05-01T09:00:00Z", "ends": None, "opens": {},
                   "updated_at": "2026-04-01T00:00:00Z"}},
               {"seq": 2, "kind": "role", "role": {"course_family": "tiny", "role": "instructor"}},
               {"seq": 3, "kind": "forum_meta", "forum_meta": {
                   "target": "thread", "id": T1, "course_family": "tiny", "author_role": "instructor",
                   "pinned": True}},
               {"seq": 4, "kind": "moderation", "moderation": {
                   "target": "post", "id": P1, "course_family": "tiny", "hidden": True,
                   "reason": "Spam", "at": "2026-05-01T10:00:00Z"}},
               {"seq": 5, "kind": "announcement", "announcement": {
                   "id": P2, "run_id": 7, "course_family": "tiny", "title": "Hi", "body": "Welcome",
                   "author": "prof", "author_role": "instructor", "created_at": "2026-05-01T09:00:00Z"}},
               {"seq": 6, "kind": "something_newer", "x": 1},
           ]}
    answer, more = read_answer(raw, BootReading("b", 5.0))
    assert not more and answer.protocol == 2 and answer.hub_time is not None
    kinds = [type(e).__name__ for e in answer.events]
    assert kinds == ["HubRun", "HubRole", "HubForumMeta", "HubModeration", "HubAnnouncement"]
    run = answer.events[0]
    assert isinstance(run, HubRun) and run.run_id == "7" and run.schedule == "weekly"


# --------------------------------------------------------------------------- schema 7 -> 8


SCHEMA_7_ROWS: dict[str, list[dict[str, Any]]] = {
    "courses": [{"id": "tiny-en", "family": "tiny", "version": 1, "language": "en", "title": "T",
                 "manifest": b"{}", "signature_status": "unsigned", "installed_at": "2026-01-01",
                 "updated_at": "2026-01-01", "last_item_id": "r1"}],
    "course_files": [{"course_id": "tiny-en", "sha256": "a" * 64, "size": 3, "media_type": "text/html",
                      "role": "reading", "present": 1}],
    "progress": [{"family": "tiny", "item_id": "r1", "course_id": "tiny-en", "position": 3.5,
                  "fraction": 0.5, "completed_at": None, "updated_at": "2026-01-02", "server_revision": 4}],
    "quiz_attempts": [{"id": "qa1", "family": "tiny", "item_id": "q1", "course_id": "tiny-en",
                       "answers": "{}", "correct_count": 1, "total": 3, "score": 0.33, "passed": 0,
                       "created_at": "2026-01-03"}],
    "forum_threads": [{"id": T1, "server_id": "9", "course_id": "tiny-en", "family": "tiny", "item_id": "f1",
                       "author": "ada", "title": "Q", "body": "B", "created_at": "2026-01-04", "state": "server"}],
    "forum_posts": [{"id": P1, "server_id": "10", "thread_id": T1, "parent_id": None, "author": "me",
                     "body": "A", "created_at": "2026-01-05", "state": "pending"}],
    "outbox": [{"id": P1, "kind": "post", "course_id": "tiny-en", "payload": '{"thread":"x","body":"A"}',
                "created_at": "2026-01-05", "state": "pending"},
               {"id": "e2", "kind": "completed", "course_id": "tiny-en", "payload": '{"item":"q1"}',
                "created_at": "2026-01-06", "state": "rejected", "error": "no", "settled_at": None}],
    "settings": [{"key": "ui.language", "value": '"fr"'}],
    "sync_state": [{"key": "cursor", "value": "abc"}, {"key": "account", "value": "ada"}],
    "download_jobs": [{"course_id": "big-en", "version": 2, "hub_url": "https://hub", "choice": "low",
                       "state": "paused", "total_bytes": 10, "done_bytes": 4, "created_at": "2026-01-01",
                       "updated_at": "2026-01-01"}],
    "certificates": [{"course_family": "tiny", "certificate_id": 41, "course_id": "tiny-en", "version": 1,
                      "issued_at": "2026-01-07", "credential": '{"id": "urn:uuid:1"}', "state": "issued"}],
    "course_updates": [{"course_id": "tiny-fr", "course_family": "tiny", "version": 3, "language": "fr",
                        "title": "Petit", "seen": 1}],
    "held_events": [{"seq": 9, "id": "h1", "kind": "progress", "course_id": "tiny-en", "payload": "{}",
                     "created_at": "2026-01-01", "account": "bo", "held_at": "2026-01-02"}],
    "status_lists": [{"issuer": "did:key:z", "url": "https://hub/sl", "updated_at": "2026-01-01",
                      "credential": "{}", "received_at": "2026-01-02"}],
}


def test_schema_7_keeps_every_row(tmp_path: Path) -> None:
    from sync.store.migrations import LATEST, MIGRATIONS

    db = tmp_path / "learner.db"
    conn = sqlite3.connect(db, isolation_level=None)
    for step in MIGRATIONS[:7]:
        step(conn)
    conn.execute("PRAGMA user_version = 7")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite_%'")}
    assert tables == set(SCHEMA_7_ROWS), "a schema 7 table this test does not fill"
    for table, rows in SCHEMA_7_ROWS.items():
        for row in rows:
            conn.execute(f"INSERT OR REPLACE INTO {table}({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         list(row.values()))
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    conn.close()
    with LearnerStore.open(db) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST == 8
        for table in tables:
            names = ", ".join(columns[table])
            after = store.db.execute(f"SELECT {names} FROM {table} ORDER BY rowid").fetchall()
            if table == "sync_state":
                # the cursor alone starts over: a schema 7 player skipped the kinds of version 2
                assert dict(after) == {**dict(before[table]), "cursor": None}
                continue
            assert after == before[table], table
        # what schema 8 adds to the old rows: read, a learner's, not pinned
        assert store.db.execute("SELECT read, pinned, author_role FROM forum_threads").fetchall() == \
            [(1, 0, "learner")]
        assert store.db.execute("SELECT read, author_role FROM forum_posts").fetchall() == [(1, "learner")]
        assert store.hub_time_now() is None and store.course_runs() == []
    assert (tmp_path / "learner.db.v7.bak").is_file()
    assert json.loads(SCHEMA_7_ROWS["settings"][0]["value"]) == "fr"
