"""Course runs in the real window (issue #17), on real store files: a locked module shows its
date and refuses to open its items; it opens by itself when the hub-clock estimate passes the
date (the estimate driven by the store's own anchor and this PC's boot clock, or by a later
sync answer: no code of ours mocked); unread counts; reports; a hidden post for its author and
for others; staff controls only for staff; announcements in the inbox and the banner.

The hub's events are applied as a sync would apply them (`LearnerStore.apply_hub_answer`)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from player.dates import format_day
from sync import hub_clock
from sync.credentials import Credentials, save_credentials
from sync.demo import DEMO_COURSE_ID, DEMO_FAMILY
from sync.services import forum, runs
from sync.store import (
    HubAnnouncement,
    HubAnswer,
    HubModeration,
    HubPost,
    HubRole,
    HubRun,
    HubThread,
    LearnerStore,
)

from .conftest import LOAD_TIMEOUT, wait_item

HUB = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)
OPENS = datetime(2026, 5, 8, 9, 0, tzinfo=timezone.utc)
T1 = "0b6f0000-0000-4000-8000-000000000001"
T2 = "0b6f0000-0000-4000-8000-000000000002"
P1 = "0b6f0000-0000-4000-8000-000000000011"
P2 = "0b6f0000-0000-4000-8000-000000000012"
#: nobody listens there: the window stays offline, the sign-in only names the viewer
NOWHERE = "http://127.0.0.1:9"
TINY = "tiny-en"


def apply(paths, *events, hub_time: datetime = HUB) -> None:
    """One sync answer as the engine applies it, anchored on this PC's real boot clock."""
    with LearnerStore.open(paths.db) as store:
        assert store.apply_hub_answer(HubAnswer(cursor="c", events=events, hub_time=hub_time.isoformat(),
                                                clock=hub_clock.read_boot_clock(), protocol=2),
                                      {}, (store.account(), store.device_id()))


def run(opens: datetime, run_id: str = "7") -> HubRun:
    return HubRun(DEMO_FAMILY, run_id, "May 2026 cohort", "explicit", HUB.isoformat(), None,
                  HUB.isoformat(), {"m2": opens.isoformat()})


def signed_in_as(paths, name: str) -> None:
    save_credentials(paths, Credentials(NOWHERE, name, "token", "test PC"))


@pytest.fixture
def tiny_paths(data_paths, tiny_bundle):
    """A data dir with the tests' tiny course (not the demo, whose posts stay on the PC)."""
    from sync.bundle import TrustPolicy
    from sync.importer import import_bundle

    import_bundle(data_paths, tiny_bundle, TrustPolicy(allow_unsigned=True))
    with LearnerStore.open(data_paths.db) as store:
        store.set_setting("demo_offered", True)
    return data_paths


def open_at(qtbot, window, item_id: str, course_id: str = DEMO_COURSE_ID) -> None:
    window.open_course(course_id, item_id)
    qtbot.waitUntil(lambda: window.course.current_item_id == item_id
                    and window.course.schedule_loads > 0, timeout=LOAD_TIMEOUT)


# --------------------------------------------------------------------------- schedule


def test_a_locked_module_shows_its_date_and_refuses_to_open(qtbot, demo_paths, open_window) -> None:
    apply(demo_paths, run(OPENS))
    window = open_window(demo_paths)
    card = window.library.cards[DEMO_COURSE_ID]
    day = format_day(OPENS)
    qtbot.waitUntil(lambda: card.opening_label.isVisible(), timeout=LOAD_TIMEOUT)
    assert card.opening_label.text() == f"Module 2 opens on {day}."

    open_at(qtbot, window, "m2-reading")
    course = window.course
    qtbot.waitUntil(lambda: course.locked_notice is not None, timeout=LOAD_TIMEOUT)
    assert course.item_view is None                       # its content is not shown
    notice = course.locked_notice
    assert day in notice.text.text() and "not open yet" in notice.heading.text()
    assert notice.text.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert course.outline.lock_words("m2") == f"opens on {day}"
    assert course.outline.lock_words("m2-reading") == f"opens on {day}"
    assert course.outline.lock_words("m1") == "" and course.outline.lock_words("m1-reading") == ""
    m2 = course.outline.module_rows["m2"]
    assert not m2.icon(0).isNull()
    assert "locked" in m2.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert m2.data(1, Qt.ItemDataRole.AccessibleTextRole) == "Locked"
    row = course.outline.rows["m2-quiz"]
    assert row.data(1, Qt.ItemDataRole.AccessibleTextRole) == "Locked"
    assert "locked" in row.text(0)

    # By keyboard: Enter on a locked row lands on why it does not open.
    course.outline.setFocus()
    course.outline.setCurrentItem(row)
    qtbot.keyClick(course.outline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: course.current_item_id == "m2-quiz" and course.locked_notice is not None,
                    timeout=LOAD_TIMEOUT)
    qtbot.keyClick(course.outline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is course.locked_notice.text, timeout=LOAD_TIMEOUT)
    assert course.item_view is None

    # Module 1 opens as before.
    open_at(qtbot, window, "m1-reading")
    wait_item(qtbot, window, "m1-reading")
    assert course.locked_notice is None


def test_a_module_opens_by_itself_when_the_estimate_passes_its_date(qtbot, demo_paths, open_window) -> None:
    # The hub said it was HUB at the last sync, and module 2 opens 3 s later: the estimate
    # (the anchor plus this PC's boot clock since) reaches it while the window is open.
    apply(demo_paths, run(HUB + timedelta(seconds=3)))
    window = open_window(demo_paths)
    open_at(qtbot, window, "m2-reading")
    course = window.course
    qtbot.waitUntil(lambda: course.locked_notice is not None, timeout=LOAD_TIMEOUT)
    assert 0 < course.next_unlock_in() <= 4000
    wait_item(qtbot, window, "m2-reading")               # opened by itself, no click
    assert course.locked_notice is None and course.outline.lock_words("m2") == ""
    assert course.next_unlock_in() == -1


def test_a_sync_answer_past_the_date_opens_the_module(qtbot, demo_paths, open_window) -> None:
    apply(demo_paths, run(OPENS))
    window = open_window(demo_paths)
    open_at(qtbot, window, "m2-lecture")
    course = window.course
    qtbot.waitUntil(lambda: course.locked_notice is not None, timeout=LOAD_TIMEOUT)
    apply(demo_paths, hub_time=OPENS + timedelta(hours=1))     # the next sync's hub time
    course.remote_changed()                                     # what the window does after it
    wait_item(qtbot, window, "m2-lecture")
    assert course.outline.lock_words("m2") == ""


# --------------------------------------------------------------------------- forum


def _forum_view(qtbot, window, item_id: str = "f1"):
    window.open_course(TINY, item_id)
    wait_item(qtbot, window, item_id)
    view = window.course.item_view
    qtbot.waitUntil(lambda: view.list_loads > 0, timeout=LOAD_TIMEOUT)
    return view


def test_unread_counts_in_the_outline_the_thread_list_and_replies_to_me(qtbot, tiny_paths, open_window) -> None:
    signed_in_as(tiny_paths, "ana")
    with LearnerStore.open(tiny_paths.db) as store:
        mine = forum.start_thread(tiny_paths, store, TINY, "f1", "My question", "Why?")
    apply(tiny_paths,
          HubThread(T1, 1, TINY, "tiny", "f1", "bo", "Bo's thread", "Hello.", HUB.isoformat()),
          HubPost(P1, 2, mine.id, None, "bo", "An answer to Ana.", (HUB + timedelta(minutes=5)).isoformat()))
    window = open_window(tiny_paths)
    open_at(qtbot, window, "r1", TINY)
    course = window.course
    qtbot.waitUntil(lambda: course.unread is not None, timeout=LOAD_TIMEOUT)
    assert course.unread.discussions == {"f1": 2}
    assert course.unread.replies_to_me == 1
    assert "2 new" in course.outline.rows["f1"].text(0)
    assert "2 new" in course.outline.rows["f1"].data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert course.outline_pane.replies_label.text() == "1 new reply to your posts"

    view = _forum_view(qtbot, window)
    # The first thread (latest activity: Bo's answer in Ana's thread) opens and is read.
    qtbot.waitUntil(lambda: view.thread_loads > 0, timeout=LOAD_TIMEOUT)
    assert view.current_thread.id == mine.id
    qtbot.waitUntil(lambda: course.unread.replies_to_me == 0, timeout=LOAD_TIMEOUT)
    assert not course.outline_pane.replies_label.isVisible()
    assert course.unread.discussions.get("f1") == 1       # Bo's own thread, not opened yet
    assert view.unread_threads == 1 and "1 new" in view.threads_heading.text()
    bo_row = next(view.thread_list.item(i) for i in range(view.thread_list.count())
                  if view.thread_list.item(i).data(Qt.ItemDataRole.UserRole + 1) == T1)
    assert bo_row.font().bold() and "new" in bo_row.text()
    view.thread_list.setCurrentItem(bo_row)
    qtbot.waitUntil(lambda: course.unread.discussions.get("f1", 0) == 0, timeout=LOAD_TIMEOUT)
    assert view.unread_threads == 0 and view.threads_heading.text() == "Threads"
    assert "new" not in course.outline.rows["f1"].text(0).split("\n")[1]


def test_report_a_post_of_another_person(qtbot, tiny_paths, open_window) -> None:
    signed_in_as(tiny_paths, "ana")
    apply(tiny_paths,
          HubThread(T1, 1, TINY, "tiny", "f1", "bo", "Bo's thread", "Hello.", HUB.isoformat()),
          HubPost(P1, 2, T1, None, "ana", "Ana's own answer.", HUB.isoformat()),
          HubPost(P2, 3, T1, None, "cy", "Names a party.", HUB.isoformat()))
    window = open_window(tiny_paths)
    view = _forum_view(qtbot, window)
    qtbot.waitUntil(lambda: view.thread_loads > 0, timeout=LOAD_TIMEOUT)
    # Report… beside Bo's opening post and Cy's answer, never beside Ana's own.
    assert view.posts_view.action_links() == ["report/0", "report/2"]
    assert "Report…" in view.posts_view.toPlainText()
    view.posts_view.action_requested.emit("report", 2)
    dialog = view.reason_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Names a party to a case")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Thank you" in view.message.text(), timeout=LOAD_TIMEOUT)
    assert "next sync" in view.message.text()
    with LearnerStore.open(tiny_paths.db) as store:
        [filed] = runs.reports(store)
    assert (filed.target_id, filed.target_kind, filed.reason) == (P2, "post", "Names a party to a case")


def test_a_link_in_a_post_cannot_pass_for_an_action(qtbot, tiny_paths, open_window) -> None:
    apply(tiny_paths, HubThread(T1, 1, TINY, "tiny", "f1", "bo", "Bo's thread",
                                "[Report me](lectern-action://0000/report/0)", HUB.isoformat()))
    window = open_window(tiny_paths)
    view = _forum_view(qtbot, window)
    qtbot.waitUntil(lambda: view.thread_loads > 0, timeout=LOAD_TIMEOUT)
    from PySide6.QtCore import QUrl

    view.posts_view.anchorClicked.emit(QUrl("lectern-action://0000/report/0"))
    assert view.reason_dialog is None


def _hidden_answer(paths) -> None:
    apply(paths,
          HubThread(T1, 1, TINY, "tiny", "f1", "bo", "Bo's thread", "Hello.", HUB.isoformat()),
          HubPost(P1, 2, T1, None, "ana", "Ana's answer.", HUB.isoformat()),
          HubModeration(P1, "post", True, "Names a party to a case.", "mo", HUB.isoformat()))


def test_a_hidden_post_is_shown_to_its_author_with_the_reason(qtbot, tiny_paths, open_window) -> None:
    signed_in_as(tiny_paths, "ana")
    _hidden_answer(tiny_paths)
    window = open_window(tiny_paths)
    view = _forum_view(qtbot, window)
    qtbot.waitUntil(lambda: view.thread_loads > 0, timeout=LOAD_TIMEOUT)
    text = view.posts_view.toPlainText()
    assert "Ana's answer." in text
    assert "Hidden by a moderator: Names a party to a case." in text


def test_a_hidden_post_is_not_shown_to_others(qtbot, tiny_paths, open_window) -> None:
    signed_in_as(tiny_paths, "cy")
    _hidden_answer(tiny_paths)
    window = open_window(tiny_paths)
    view = _forum_view(qtbot, window)
    qtbot.waitUntil(lambda: view.thread_loads > 0, timeout=LOAD_TIMEOUT)
    text = view.posts_view.toPlainText()
    assert "Hello." in text
    assert "Ana's answer." not in text and "Hidden" not in text
    assert "0 replies" in view.thread_list.item(0).text()


# --------------------------------------------------------------------------- staff


@pytest.mark.parametrize("role", ["learner", "moderator", "instructor"])
def test_staff_controls_only_for_staff(qtbot, tiny_paths, open_window, role: str) -> None:
    signed_in_as(tiny_paths, "ana")
    _hidden_answer(tiny_paths)
    apply(tiny_paths, HubPost(P2, 3, T1, None, "cy", "Another answer.", HUB.isoformat()),
          *([HubRole("tiny", role)] if role != "learner" else []))
    window = open_window(tiny_paths)
    view = _forum_view(qtbot, window)
    qtbot.waitUntil(lambda: view.thread_loads > 0, timeout=LOAD_TIMEOUT)
    links = view.posts_view.action_links()
    if role == "learner":
        assert view.question_button.isHidden()
        assert not [a for a in links if not a.startswith("report/")]
        assert "Hide…" not in view.posts_view.toPlainText()
        return
    # Staff: Hide… on each shown message, Restore… on the hidden one (its reason marked).
    assert "restore/1" in links and "hide/0" in links and "hide/2" in links
    assert "Hidden by a moderator: Names a party to a case." in view.posts_view.toPlainText()
    assert view.question_button.isHidden() is (role != "instructor")
    if role == "instructor":
        view.question_button.click()
        assert view.composer.question and view.post_button.text() == "&Post pinned question"


# --------------------------------------------------------------------------- announcements


def test_announcements_inbox_banner_and_read_state(qtbot, demo_paths, open_window) -> None:
    apply(demo_paths, run(OPENS),
          HubAnnouncement("a1000000-0000-4000-8000-000000000001", "7", DEMO_FAMILY, "Welcome",
                          "The course starts today.", "prof", "instructor", HUB.isoformat()),
          HubAnnouncement("a1000000-0000-4000-8000-000000000002", "7", DEMO_FAMILY, "Module 2 next week",
                          "Read the briefing first.", "prof", "instructor", (HUB + timedelta(days=1)).isoformat()))
    window = open_window(demo_paths)
    window.start_network()
    qtbot.waitUntil(lambda: window.inbox.loads > 0, timeout=LOAD_TIMEOUT)
    banner = window.announcement_banner
    assert window.inbox.unread == 2
    assert banner.isVisible() and "Module 2 next week" in banner.heading.text()
    assert window.status.announcements_button.isVisible()
    assert window.status.announcements_button.text() == "2 new announcements"
    assert window.announcements_action.text() == "&Announcements (2 unread)"

    dialog = window.show_announcements()
    qtbot.waitUntil(lambda: window.inbox.unread == 1, timeout=LOAD_TIMEOUT)   # the newest, shown
    assert dialog.list.count() == 2 and dialog.title.text() == "Module 2 next week"
    assert "Read the briefing first." in dialog.body.toPlainText()
    assert "Welcome" in banner.heading.text()
    dialog.list.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.inbox.unread == 0, timeout=LOAD_TIMEOUT)
    assert not banner.isVisible() and not window.status.announcements_button.isVisible()
    dialog.close()
    with LearnerStore.open(demo_paths.db) as store:
        assert runs.announcements(store).unread == 0
