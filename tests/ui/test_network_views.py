"""The network screens without a hub: the offline forum on the real demo course, the Downloads
list restored from the store, the catalog and status bar when nobody is signed in, the
sign-in dialog under court IT's locked address, and right-to-left layouts."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit

from sync.demo import DEMO_COURSE_ID
from sync.download_queue import DownloadChoice, DownloadQueue, DownloadState
from sync.forum import Forum, PostState
from sync.store import LearnerStore

WAIT = 20_000


def _x(widget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def open_forum(qtbot, window, helpers, item_id: str = "m1-forum"):
    window.open_course(DEMO_COURSE_ID, item_id)
    helpers.wait_item(qtbot, window, item_id)
    view = window.course.item_view
    qtbot.waitUntil(lambda: view.list_loads > 0, timeout=WAIT)
    return view


def test_forum_threads_and_replies_are_written_offline_and_shown_at_once(
        qtbot, open_window, demo_paths, helpers):
    window = open_window(demo_paths)
    view = open_forum(qtbot, window, helpers)
    assert view.thread_list.count() == 0 and view.pages.currentWidget() is view.empty_label
    assert "practice course" in view.sync_note.text()

    view.new_thread_button.click()
    view.post_button.click()  # empty: refused with a plain word, nothing stored
    assert view.message.text() == "Give the thread a title and a message."
    view.title_edit.setText("Prior restraint")
    body = ("When is an injunction **proportionate**?\n\n"
            "- legality\n- necessity\n\n<script>alert(1)</script> ![x](file:///etc/hostname)")
    view.body_edit.setPlainText(body)
    view.post_button.click()
    qtbot.waitUntil(lambda: view.current_thread is not None and view.thread_loads > 0,
                    timeout=WAIT)
    text = view.posts_view.toPlainText()
    assert "When is an injunction proportionate?" in text and "legality" in text
    assert "<script>alert(1)</script>" in text          # raw HTML is shown as text
    assert "[picture not shown]" in text and "file://" not in text
    assert "You · " in text and "kept on this computer (practice course)" in text
    assert view.posts_view.loadResource(2, QUrl("file:///etc/hostname")) is None
    item_text = view.thread_list.item(0).text()
    assert item_text.startswith("Prior restraint\n") and "kept on this computer" in item_text
    assert "0 replies" in item_text

    view.reply_edit.setPlainText("A reply, also offline.")
    view.reply_button.click()
    qtbot.waitUntil(lambda: len(view.posts) == 1, timeout=WAIT)
    assert view.posts[0].state is PostState.PENDING
    assert view.posts_view.toPlainText().count("kept on this computer") == 2
    # The bundled demo lives on this computer only (sync_engine.LOCAL_ONLY_COURSES): its
    # posts are kept here and never queued for a course server.
    window.sync.refresh_overview()
    qtbot.waitUntil(lambda: window.sync.overview is not None
                    and window.sync.overview.status.pending == 0, timeout=WAIT)
    with LearnerStore.open(demo_paths.db) as store:
        forum = Forum(store)
        [thread] = forum.threads(DEMO_COURSE_ID, "m1-forum")
        assert thread.title == "Prior restraint" and thread.state is PostState.PENDING
        assert [p.body for p in forum.posts(thread.id)] == ["A reply, also offline."]
    # What a sync would send: nothing of the demo (status() applies the local-only rule the
    # sync pass applies; the overview above may predate the posts).
    from sync.sync_engine import status
    assert status(demo_paths).pending == 0

    # Reopened later (another item in between): read back from the local copy.
    window.course.open_item("m1-quiz")
    helpers.wait_item(qtbot, window, "m1-quiz")
    again = open_forum(qtbot, window, helpers)
    qtbot.waitUntil(lambda: again.current_thread is not None and len(again.posts) == 1,
                    timeout=WAIT)
    assert again.thread_title.text() == "Prior restraint"
    # The other forum item has its own (empty) discussion.
    other = open_forum(qtbot, window, helpers, "m2-forum")
    assert other.thread_list.count() == 0


def test_forum_controls_have_names_and_a_keyboard_path(qtbot, open_window, demo_paths, helpers):
    window = open_window(demo_paths)
    view = open_forum(qtbot, window, helpers)
    view.new_thread_button.click()
    controls = [w for kind in (QAbstractButton, QListWidget, QLineEdit, QPlainTextEdit)
                for w in view.findChildren(kind)]
    assert controls and all(w.accessibleName() for w in controls)
    assert view.focusWidget() is view.title_edit
    chain, widget = [], view.title_edit
    for _ in range(40):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert view.body_edit in chain and view.post_button in chain
    assert view.body_edit.tabChangesFocus() and view.reply_edit.tabChangesFocus()


def test_downloads_are_listed_from_the_store_with_pause_resume_cancel(
        qtbot, open_window, empty_paths):
    with LearnerStore.open(empty_paths.db) as store:
        queue = DownloadQueue(store)
        queue.enqueue("tiny-en", 2, "https://hub.invalid", DownloadChoice.LOW)
        queue.enqueue("other-fr", 1, "https://hub.invalid", DownloadChoice.ALL)
        queue.set_state("other-fr", DownloadState.DOWNLOADING)
        queue.set_state("other-fr", DownloadState.FAILED,
                        "The disk filled up during the download.")
    window = open_window(empty_paths)
    window.downloads_action.trigger()
    view = window.downloads_view
    assert window.stack.currentWidget() is view and window.windowTitle().startswith("Downloads")
    qtbot.waitUntil(lambda: len(view.cards) == 2, timeout=WAIT)
    queued, failed = view.cards["tiny-en"], view.cards["other-fr"]
    assert queued.state == "queued" and queued.state_label.text() == "Waiting to start"
    assert "low bandwidth" in queued.meta_label.text() and "version 2" in queued.meta_label.text()
    assert queued.pause_button.isVisible() and not queued.resume_button.isVisible()
    assert failed.state_label.text() == "Stopped"
    assert failed.message_label.text() == "The disk filled up during the download."
    assert failed.resume_button.text().replace("&", "") == "Try again"

    queued.pause_button.click()
    qtbot.waitUntil(lambda: queued.state == "paused", timeout=WAIT)
    assert queued.resume_button.isVisible() and not queued.pause_button.isVisible()
    queued.cancel_button.click()
    qtbot.waitUntil(lambda: queued.state == "cancelled", timeout=WAIT)
    assert queued.state_label.text() == "Cancelled"
    failed.resume_button.click()  # not signed in: back in the queue, waiting
    qtbot.waitUntil(lambda: failed.state == "queued", timeout=WAIT)
    assert not window.downloads.running
    with LearnerStore.open(empty_paths.db) as store:
        queue = DownloadQueue(store)
        assert queue.get("tiny-en").state is DownloadState.CANCELLED
        assert queue.get("other-fr").state is DownloadState.QUEUED
    controls = [w for w in view.findChildren(QAbstractButton) if w.isVisible()]
    assert all(w.accessibleName() for w in controls)


def test_not_signed_in_catalog_status_bar_and_sync_now(qtbot, open_window, empty_paths):
    window = open_window(empty_paths)
    qtbot.waitUntil(lambda: window.sync.account is not None, timeout=WAIT)
    assert window.status.connection_label.text() == "Not signed in"
    assert window.status.pending_label.text() in ("", "No changes waiting to be sent")
    window.catalog_action.trigger()
    catalog = window.catalog
    qtbot.waitUntil(lambda: catalog.load_count > 0, timeout=WAIT)
    assert catalog.sign_in_button.isVisible() and not catalog.cards
    assert "Sign in" in catalog.notice.text()
    assert window.catalog_action.shortcut().toString() == "Ctrl+K"
    assert window.downloads_action.shortcut().toString() == "Ctrl+J"
    assert window.sync_action.shortcut().toString() == "F5"
    # "Sync now" with nobody signed in asks to sign in.
    with qtbot.waitSignal(window.sign_in_dialog_opened, timeout=WAIT) as opened:
        window.sync_action.trigger()
    dialog = opened.args[0]
    assert "Sign in" in dialog.intro.text()
    assert dialog.url_edit.text() == "" and dialog.focusWidget() is dialog.url_edit
    dialog.reject()


def test_sign_in_dialog_keeps_court_it_locked_hub_address(qtbot, open_window, empty_paths,
                                                          tmp_path, monkeypatch):
    site = tmp_path / "lectern.toml"
    site.write_text('hub_url = "https://courses.court.example"\nlocked = ["hub_url"]\n',
                    encoding="utf-8")
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(site))
    window = open_window(empty_paths)
    qtbot.waitUntil(lambda: window.sync.account is not None, timeout=WAIT)
    with qtbot.waitSignal(window.sign_in_dialog_opened, timeout=WAIT) as opened:
        window.sign_in_action.trigger()
    dialog = opened.args[0]
    assert dialog.url_edit.text() == "https://courses.court.example"
    assert dialog.url_edit.isReadOnly() and dialog.url_note.isVisible()
    assert dialog.focusWidget() is dialog.user_edit
    names = [w.accessibleName() for kind in (QLineEdit, QAbstractButton)
             for w in dialog.findChildren(kind)]
    assert all(names) and "Password" in names
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    dialog.reject()


def test_network_screens_mirror_right_to_left(qtbot, rtl, open_window, demo_paths, helpers):
    with LearnerStore.open(demo_paths.db) as store:
        DownloadQueue(store).enqueue("tiny-en", 1, "https://hub.invalid", DownloadChoice.LOW)
    window = open_window(demo_paths)
    window.show_downloads()
    view = window.downloads_view
    qtbot.waitUntil(lambda: "tiny-en" in view.cards and view.cards["tiny-en"].isVisible(),
                    timeout=WAIT)
    assert _x(view.heading) > _x(view.catalog_button)
    card = view.cards["tiny-en"]
    assert _x(card.title_label) > _x(card.state_label)
    window.show_catalog()
    assert _x(window.catalog.heading) > _x(window.catalog.refresh_button)
    forum = open_forum(qtbot, window, helpers)
    assert _x(forum.thread_list) > _x(forum.pages), "thread list on the right"
    assert not [w for w in window.status.findChildren(QComboBox)]
