"""Issue #17's forum follow-ups on real store files: an instructor's discussion question is
stored pinned at once and waits in the outbox with `pinned` (sent only to a protocol 2 hub);
a refused pinned thread shows unpinned with the hub's reason; every thread carries how many
of its posts are unread here, after a pull and after reading."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from sync import hub_clock
from sync.errors import StoreError
from sync.forum import Forum, PostState
from sync.hub_clock import BootReading
from sync.services import forum, runs, staff
from sync.store import HubAnswer, HubEvent, HubPost, HubRole, HubThread, LearnerStore, Refused
from sync.sync_engine import sync_request

HUB = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)
T1 = "0b6f0000-0000-4000-8000-0000000000a1"
P1, P2, P3 = ("0b6f0000-0000-4000-8000-0000000000b1", "0b6f0000-0000-4000-8000-0000000000b2",
              "0b6f0000-0000-4000-8000-0000000000b3")


@pytest.fixture(autouse=True)
def boot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub_clock, "read_boot_clock", lambda: BootReading("boot-1", 1000.0))


def apply(store: LearnerStore, *events: HubEvent, refused: tuple[Refused, ...] = (),
          sent: dict[str, str] | None = None) -> None:
    assert store.apply_hub_answer(HubAnswer(cursor="c", refused=refused, events=events, hub_time=HUB.isoformat(),
                                            clock=hub_clock.read_boot_clock(), protocol=2),
                                  sent or {}, (store.account(), store.device_id()))


def _paths_of(store: LearnerStore) -> Any:
    from sync.paths import DataPaths

    profile = store.path.parent
    return DataPaths.resolve(profile.parent.parent, profile.name)


def test_a_question_is_pinned_at_once_and_waits_with_pinned_in_its_payload(store: LearnerStore) -> None:
    paths = _paths_of(store)
    apply(store, HubRole("tiny", "instructor"))
    started = staff.start_question(paths, "tiny-en", "f1", "Week 1", "What is independence?")
    thread = started.thread
    assert started.pinned and thread.pinned and thread.author_role == "instructor"
    assert thread.state is PostState.PENDING              # offline-first: nothing sent yet
    (event,) = store.pending_events()
    assert event.id == thread.id and event.kind == "thread" and event.payload["pinned"] is True
    # First in the list, above newer threads of learners.
    forum.start_thread(paths, store, "tiny-en", "f1", "Later", "A learner's thread.")
    assert forum.discussions(paths, store, "tiny-en", "f1").threads[0].id == thread.id
    # On the wire: pinned to a protocol 2 hub, not to a version 1 hub (it would refuse it).
    events = [e for e in store.pending_events() if e.id == thread.id]
    v2 = sync_request(store.device_id(), None, events, protocol=2)["events"][0]
    assert v2["pinned"] is True and v2["title"] == "Week 1"
    v1 = sync_request(store.device_id(), None, events, protocol=1)["events"][0]
    assert "pinned" not in v1
    # An ordinary thread carries no pinned at all (payloads stay small).
    plain = [e for e in store.pending_events() if e.id != thread.id]
    assert "pinned" not in plain[0].payload
    assert "pinned" not in sync_request(store.device_id(), None, plain, protocol=2)["events"][0]


def test_only_an_instructor_here_may_start_a_question(store: LearnerStore) -> None:
    paths = _paths_of(store)
    with pytest.raises(StoreError, match="instructor"):
        forum.start_question(paths, store, "tiny-en", "f1", "Week 1", "Why?")
    apply(store, HubRole("tiny", "moderator"))
    with pytest.raises(StoreError, match="instructor"):
        staff.start_question(paths, "tiny-en", "f1", "Week 1", "Why?")
    assert store.pending_events() == []                   # nothing written


def test_a_refused_pinned_thread_shows_unpinned_with_the_hubs_reason(store: LearnerStore) -> None:
    # A learner's pinned thread (the sync layer is open to it; the hub decides).
    mine = Forum(store, "ana").create_thread("tiny-en", "f1", "Read me first", "Pinned?", pinned=True)
    apply(store, HubThread(T1, 7, "tiny-en", "tiny", "f1", "bo", "Bo's", "Hi", "2099-01-01T10:00:00+00:00"))
    assert store.forum_thread(mine.id) is not None and store.forum_thread(mine.id).pinned  # type: ignore[union-attr]
    reason = "Only the family's instructors can pin a thread; post it as an ordinary thread."
    apply(store, refused=(Refused(mine.id, "forbidden", reason),), sent={mine.id: "thread"})
    shown = Forum(store, "ana").thread(mine.id)
    assert shown.state is PostState.REJECTED and not shown.pinned and shown.refusal == reason
    listed = Forum(store, "ana").threads("tiny-en", "f1", "ana")
    assert [t.id for t in listed] == [T1, mine.id]        # no longer above the newer thread
    assert [r.message for r in store.refusals("tiny-en", "f1")] == [reason]
    assert Forum(store, "ana").thread(T1).refusal is None


def test_unread_posts_per_thread_after_a_pull_and_after_reading(store: LearnerStore) -> None:
    paths = _paths_of(store)
    from sync.credentials import Credentials, save_credentials

    save_credentials(paths, Credentials("http://127.0.0.1:9", "ana", "token", "test PC"))
    mine = forum.start_thread(paths, store, "tiny-en", "f1", "Mine", "Mine.")
    assert forum.discussions(paths, store, "tiny-en", "f1").threads[0].unread == 0   # own: never new
    apply(store,
          HubThread(T1, 1, "tiny-en", "tiny", "f1", "bo", "Bo's", "Hi", HUB.isoformat()),
          HubPost(P1, 2, T1, None, "cy", "One.", HUB.isoformat()),
          HubPost(P2, 3, T1, None, "ana", "Ana from her other PC.", HUB.isoformat()),
          HubPost(P3, 4, mine.id, None, "bo", "An answer to Ana.", HUB.isoformat()))
    counts = {t.id: t.unread for t in forum.discussions(paths, store, "tiny-en", "f1").threads}
    assert counts == {T1: 2, mine.id: 1}                 # Bo's thread and Cy's post; Bo's answer
    assert forum.discussion(paths, store, T1).thread.unread == 2
    runs.mark_thread_read(store, T1)
    counts = {t.id: t.unread for t in forum.discussions(paths, store, "tiny-en", "f1").threads}
    assert counts == {T1: 0, mine.id: 1}
    # The per-thread counts add up to the outline's.
    assert runs.unread_counts(store, "tiny-en", paths).discussions == {"f1": 1}
    # A post a moderator hid is not counted.
    from sync.store import HubModeration

    apply(store, HubModeration(P3, "post", True, "Off topic", "mo", HUB.isoformat()))
    assert {t.id: t.unread for t in forum.discussions(paths, store, "tiny-en", "f1").threads}[mine.id] == 0
