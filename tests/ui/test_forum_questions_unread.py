"""The forum's thread list in the real window, on real store files (issue #17 follow-ups):
"n new" per thread (the store's unread counts, after a pull and after reading); an
instructor's question posted offline, pinned at once and "waiting to send", with the plain
note of what happens next; a thread the hub refused shown unpinned with the hub's reason.

The hub's events are applied as a sync would apply them (`LearnerStore.apply_hub_answer`)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from sync import hub_clock
from sync.credentials import Credentials, save_credentials
from sync.forum import Forum
from sync.services import forum
from sync.store import HubAnswer, HubPost, HubRole, HubThread, LearnerStore, Refused

from .conftest import LOAD_TIMEOUT, wait_item

HUB = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)
T1 = "0b6f0000-0000-4000-8000-0000000000c1"
P1, P2, P3 = ("0b6f0000-0000-4000-8000-0000000000d1", "0b6f0000-0000-4000-8000-0000000000d2",
              "0b6f0000-0000-4000-8000-0000000000d3")
NOWHERE = "http://127.0.0.1:9"     # nobody listens: the window stays offline
TINY = "tiny-en"
THREAD_ID = Qt.ItemDataRole.UserRole + 1


def apply(paths, *events, refused=(), sent=None) -> None:
    with LearnerStore.open(paths.db) as store:
        assert store.apply_hub_answer(HubAnswer(cursor="c", refused=refused, events=events,
                                                hub_time=HUB.isoformat(), clock=hub_clock.read_boot_clock(),
                                                protocol=2),
                                      sent or {}, (store.account(), store.device_id()))


@pytest.fixture
def tiny_paths(data_paths, tiny_bundle):
    from sync.bundle import TrustPolicy
    from sync.importer import import_bundle

    import_bundle(data_paths, tiny_bundle, TrustPolicy(allow_unsigned=True))
    with LearnerStore.open(data_paths.db) as store:
        store.set_setting("demo_offered", True)
    save_credentials(data_paths, Credentials(NOWHERE, "ana", "token", "test PC"))
    return data_paths


def forum_view(qtbot, window):
    window.open_course(TINY, "f1")
    wait_item(qtbot, window, "f1")
    view = window.course.item_view
    qtbot.waitUntil(lambda: view.list_loads > 0, timeout=LOAD_TIMEOUT)
    return view


def row_of(view, thread_id: str):
    return next(view.thread_list.item(i) for i in range(view.thread_list.count())
                if view.thread_list.item(i).data(THREAD_ID) == thread_id)


def test_each_thread_says_how_many_posts_are_new(qtbot, tiny_paths, open_window) -> None:
    with LearnerStore.open(tiny_paths.db) as store:
        mine = forum.start_thread(tiny_paths, store, TINY, "f1", "My question", "Why?")
    later = (HUB + timedelta(days=3650)).isoformat()     # after the thread written on this PC
    apply(tiny_paths,
          HubThread(T1, 1, TINY, "tiny", "f1", "bo", "Bo's thread", "Hello.", later),
          HubPost(P1, 2, T1, None, "cy", "One.", later),
          HubPost(P2, 3, T1, None, "bo", "Two.", later),
          HubPost(P3, 4, mine.id, None, "bo", "An answer to Ana.", HUB.isoformat()),
          HubPost("0b6f0000-0000-4000-8000-0000000000d6", 7, mine.id, P3, "cy", "And mine.", HUB.isoformat()))
    window = open_window(tiny_paths)
    view = forum_view(qtbot, window)
    # Bo's thread (latest activity) opens first and is read; Ana's own has two new answers.
    qtbot.waitUntil(lambda: view.current_thread is not None and view.current_thread.id == T1,
                    timeout=LOAD_TIMEOUT)
    mine_row = row_of(view, mine.id)
    assert "2 new" in mine_row.text() and mine_row.font().bold()
    qtbot.waitUntil(lambda: "new" not in row_of(view, T1).text(), timeout=LOAD_TIMEOUT)
    assert not row_of(view, T1).font().bold()
    assert view.unread_threads == 1 and view.threads_heading.text() == "Threads · 1 new"

    # The list read again from the store after a sync: the counts are the store's (the open
    # thread's new post is read at once, Ana's own from her phone is never new).
    apply(tiny_paths, HubPost("0b6f0000-0000-4000-8000-0000000000d4", 5, mine.id, None, "cy", "Three.", later),
          HubPost("0b6f0000-0000-4000-8000-0000000000d5", 6, mine.id, None, "ana", "From my phone.", later),
          HubPost("0b6f0000-0000-4000-8000-0000000000d7", 8, T1, None, "cy", "Four.", HUB.isoformat()))
    loads = view.list_loads
    view.remote_changed()
    qtbot.waitUntil(lambda: view.list_loads > loads, timeout=LOAD_TIMEOUT)
    assert "3 new" in row_of(view, mine.id).text()
    qtbot.waitUntil(lambda: "new" not in row_of(view, T1).text(), timeout=LOAD_TIMEOUT)
    assert view.threads_heading.text() == "Threads · 1 new"

    # Reading Ana's thread: its count goes.
    view.thread_list.setCurrentItem(row_of(view, mine.id))
    qtbot.waitUntil(lambda: "new" not in row_of(view, mine.id).text().split("\n")[1], timeout=LOAD_TIMEOUT)
    assert "0 new" not in row_of(view, mine.id).text()


def test_an_instructors_question_is_pinned_at_once_offline(qtbot, tiny_paths, open_window) -> None:
    apply(tiny_paths, HubRole("tiny", "instructor"),
          HubThread(T1, 1, TINY, "tiny", "f1", "bo", "Bo's thread", "Hello.",
                    (HUB + timedelta(days=3650)).isoformat()))
    window = open_window(tiny_paths)
    view = forum_view(qtbot, window)
    assert not view.question_button.isHidden()
    assert "next sync" in view.question_button.toolTip()
    view.question_button.click()
    assert "sent with the next sync" in view.composer.heading.text()
    qtbot.keyClicks(view.title_edit, "Week 1")
    view.body_edit.setPlainText("What is judicial independence?")
    view.post_button.click()
    qtbot.waitUntil(lambda: view.threads and view.threads[0].title == "Week 1", timeout=LOAD_TIMEOUT)
    first = view.thread_list.item(0).text()
    assert first.startswith("Pinned: Week 1") and "You (Instructor)" in first
    assert "waiting to send" in first
    note = view.message.text()
    assert "pinned at the top" in note and "sent with the next sync" in note
    with LearnerStore.open(tiny_paths.db) as store:
        (event,) = [e for e in store.pending_events() if e.kind == "thread"]
    assert event.payload["pinned"] is True and event.payload["title"] == "Week 1"
    assert view.title_edit.text() == "" and not view.composer.question


def test_a_refused_pinned_thread_is_shown_unpinned_with_the_reason(qtbot, tiny_paths, open_window) -> None:
    with LearnerStore.open(tiny_paths.db) as store:
        mine = Forum(store, "ana").create_thread(TINY, "f1", "Read me first", "Pinned?", pinned=True)
    reason = "Only the family's instructors can pin a thread; post it as an ordinary thread."
    apply(tiny_paths, HubThread(T1, 1, TINY, "tiny", "f1", "bo", "Bo's thread", "Hello.",
                                (HUB + timedelta(days=3650)).isoformat()),
          refused=(Refused(mine.id, "forbidden", reason),), sent={mine.id: "thread"})
    window = open_window(tiny_paths)
    view = forum_view(qtbot, window)
    line = row_of(view, mine.id).text()
    assert view.thread_list.item(1).data(THREAD_ID) == mine.id      # below Bo's newer thread
    assert not line.startswith("Pinned:") and "not accepted by the course server" in line
    view.thread_list.setCurrentItem(row_of(view, mine.id))
    qtbot.waitUntil(lambda: view.current_thread is not None and view.current_thread.id == mine.id,
                    timeout=LOAD_TIMEOUT)
    assert f"The course server did not accept it: {reason}" in view.posts_view.toPlainText()
