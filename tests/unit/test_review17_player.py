"""Regression tests for the review of #17 on the learner's PC: a hidden thread or post keeps
no content on a learner's disk (its author and the family's staff keep it; a restore brings it
back), a reply in a locked module's discussion is refused, replies inside a hidden thread are
not new, a wild hub time (year 9999) is not believed and never breaks studying, an old store
upgraded to schema 8 pulls the hub's feed again."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sync import hub_clock
from sync.hub_clock import BootReading, HubClockState
from sync.services import forum, runs, study
from sync.store import HubAnswer, HubModeration, HubPost, HubRole, HubRun, HubThread

HUB = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)
WEEKLY = HubRun("tiny", "7", "May 2026 cohort", "weekly", HUB.isoformat(), None, HUB.isoformat())


class Boot:
    seconds = 1000.0
    boot_id = "boot-1"

    def __call__(self) -> BootReading:
        return BootReading(self.boot_id, self.seconds)


@pytest.fixture
def boot(monkeypatch):
    fake = Boot()
    monkeypatch.setattr(hub_clock, "read_boot_clock", fake)
    return fake


def apply(store, boot, *events, hub_time=HUB):
    assert store.apply_hub_answer(HubAnswer(cursor="c", events=events, hub_time=hub_time.isoformat(),
                                            clock=boot(), protocol=2), {}, (store.account(), store.device_id()))


def paths_of(store):
    from sync.paths import DataPaths
    profile = store.path.parent
    return DataPaths.resolve(profile.parent.parent, profile.name)


def thread(n: int, author: str, body: str = "SECRET names a party") -> HubThread:
    return HubThread(f"{n:08d}-2222-4222-8222-222222222222", n, "tiny-en", "tiny", "f1", author, "Case", body,
                     HUB.isoformat())


def hide(target_id: str, kind: str = "thread", hidden: bool = True, minutes: int = 1) -> HubModeration:
    return HubModeration(target_id, kind, hidden, "Names a party.", "", (HUB + timedelta(minutes=minutes)).isoformat())


def body_of(store, table: str, ident: str) -> str:
    return str(next(store.db.query(f"SELECT body FROM {table} WHERE id = ?", [ident]))["body"])


def test_hidden_content_leaves_a_learners_disk_and_a_restore_brings_it_back(store, boot):
    t = thread(2, "someone")
    p = HubPost("44444444-4444-4444-8444-444444444444", 4, t.id, None, "other", "SECRET reply", HUB.isoformat())
    apply(store, boot, t, p)
    apply(store, boot, hide(t.id), hide(p.id, "post"))
    assert "SECRET" not in body_of(store, "forum_threads", t.id), "a hidden thread's body is still on the disk"
    assert "SECRET" not in body_of(store, "forum_posts", p.id)
    # A later copy of the row (a fresh pull's tombstone first, the moderation after) stays blank.
    apply(store, boot, t)
    assert "SECRET" not in body_of(store, "forum_threads", t.id)
    # Restored: the hub sends the thread again, whole.
    apply(store, boot, hide(t.id, hidden=False, minutes=2), t)
    assert body_of(store, "forum_threads", t.id) == "SECRET names a party"


def test_the_author_and_staff_keep_hidden_content(store, boot):
    store.use_account("me")
    mine, theirs = thread(3, "me"), thread(5, "someone")
    apply(store, boot, mine, theirs, hide(mine.id))
    assert "SECRET" in body_of(store, "forum_threads", mine.id)
    apply(store, boot, HubRole("tiny", "moderator"), hide(theirs.id))
    assert "SECRET" in body_of(store, "forum_threads", theirs.id)


def test_reply_in_a_locked_discussion_is_refused(store, boot):
    question = HubThread("11111111-1111-4111-8111-111111111111", 1, "tiny-en", "tiny", "f1", "teacher",
                         "Week 2 question", "Posted early by the instructor", HUB.isoformat())
    apply(store, boot, WEEKLY, question)
    assert not runs.item_access(store, "tiny-en", "f1").open          # module 2 is locked
    before = store.pending_count()
    with pytest.raises(runs.ModuleLocked):
        forum.reply(paths_of(store), store, question.id, "An answer before the module opens")
    assert store.pending_count() == before


def test_replies_inside_a_hidden_thread_do_not_count_as_new(store, boot):
    mine = HubThread("33333333-3333-4333-8333-333333333333", 3, "tiny-en", "tiny", "f1", "me", "Mine", "x",
                     HUB.isoformat())
    reply = HubPost("44444444-4444-4444-8444-444444444444", 4, mine.id, None, "other", "a reply", HUB.isoformat())
    apply(store, boot, mine, reply)
    assert store.unread_replies_to("tiny", "me") == 1
    apply(store, boot, hide(mine.id))
    assert store.unread_by_discussion("tiny", "me") == {}
    assert store.unread_replies_to("tiny", "me") == 0


def test_a_wild_server_time_is_not_believed_and_does_not_break_studying(store, boot):
    apply(store, boot)
    apply(store, boot, hub_time=datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=timezone.utc))
    boot.seconds += 5
    assert store.hub_time_now() == HUB + timedelta(seconds=5)
    runs.course_outline(store, "tiny-en")
    study.save_progress(store, "tiny-en", "r1", fraction=0.5)


def test_hub_clock_refuses_implausible_times_and_clamps():
    reading = BootReading("b", 10.0)
    state = hub_clock.anchored(HubClockState(), HUB, reading)
    assert hub_clock.anchored(state, HUB - timedelta(days=2), reading) == state          # far behind the anchor
    assert hub_clock.anchored(state, HUB + timedelta(days=20 * 365), reading) == state   # years ahead
    assert hub_clock.anchored(state, HUB - timedelta(hours=2), reading).anchor == HUB - timedelta(hours=2)
    wild = HubClockState(datetime.max.replace(tzinfo=timezone.utc), datetime.max.replace(tzinfo=timezone.utc),
                         "b", 0.0, None)
    assert hub_clock.estimate(wild, BootReading("b", 5.0)) == hub_clock.LATEST


def test_a_hub_newly_at_version_2_restarts_the_pull(store, boot):
    def answer(protocol: int, cursor: str) -> None:
        assert store.apply_hub_answer(HubAnswer(cursor=cursor, hub_time=HUB.isoformat(), clock=boot(),
                                                protocol=protocol), {}, (store.account(), store.device_id()))

    answer(1, "c1")
    assert store.get_sync_state("cursor") == "c1"
    answer(2, "c2")            # the hub upgraded: its version 2 rows may be behind the cursor
    assert store.get_sync_state("cursor") is None
    answer(2, "c3")
    assert store.get_sync_state("cursor") == "c3"


def test_the_engine_pulls_again_at_once_when_the_hub_reaches_version_2(data_paths, store, boot):
    from sync.sync_engine import run_sync

    store.set_sync_state("cursor", "old")
    store.set_sync_state("hub_protocol", "1")
    sent: list[object] = []

    class Client:
        def sync(self, body):
            sent.append(body.get("cursor"))
            return {"protocol": 2, "acked": [], "rejected": [], "events": [], "cursor": f"c{len(sent)}",
                    "more": False, "server_time": HUB.isoformat()}

    run_sync(data_paths, Client())
    assert sent == ["old", None]
    assert store.get_sync_state("cursor") == "c2"
