"""The player's network features against a real hub process (loopback only), driven through
real widgets offscreen: sign-in, catalog, downloads with pause/resume, the offline forum, the
connectivity watch, and a revoked token.

The hub is the session's `lectern-hub serve` process (tests/e2e/conftest.py); a fault proxy
between player and hub plays a link that goes down and comes back. The watch's intervals are
shortened (the same code paths, in tenths of seconds instead of minutes).
"""
from __future__ import annotations

import os
import stat

from fault_proxy import FaultProxy, Faults
from hub_queries import hub_count, hub_port
from learner_pc import FAST, WAIT, learner_pc, open_forum, signed_in, wait_online
from PySide6.QtWidgets import QLabel

from player.app import create_main_window
from player.sync_controller import Connection, SyncTimings
from sync.bundle import TrustPolicy
from sync.config import set_setting
from sync.credentials import load_credentials
from sync.download_queue import DownloadChoice, DownloadQueue, DownloadState, choice_sizes
from sync.forum import Forum, PostState
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.manifest import parse_manifest
from sync.paths import DataPaths
from sync.signing import load_public_key
from sync.store import LearnerStore

# --------------------------------------------------------------------------- sign-in


def test_sign_in_dialog_against_the_real_hub(qtbot, hub, new_course, make_learner, publisher,
                                             tmp_path, window_for):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    window = window_for(paths)
    assert window.status.connection_label.text() == "Not signed in"
    assert not window.sign_out_action.isEnabled()

    with qtbot.waitSignal(window.sign_in_dialog_opened, timeout=WAIT) as opened:
        window.sign_in_action.trigger()
    dialog = opened.args[0]
    assert not dialog.url_edit.isReadOnly()

    with FaultProxy("127.0.0.1", hub_port(hub), Faults(refuse=True)) as down:
        dialog.url_edit.setText(down.url)
        dialog.user_edit.setText(learner.username)
        dialog.password_edit.setText(learner.password)
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "cannot be reached" in dialog.message.text()
    assert dialog.isVisible() and load_credentials(paths) is None

    dialog.url_edit.setText(hub.url)
    dialog.password_edit.setText("not the password")
    dialog.error = None
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert dialog.message.text() == "The user name or password is wrong. Check them and try again."
    assert dialog.isVisible() and load_credentials(paths) is None

    dialog.password_edit.setText(learner.password)
    dialog.device_edit.setText("Courtroom 3 PC")
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT):
        dialog.sign_in_button.click()
    creds = load_credentials(paths)
    assert creds is not None and creds.username == learner.username
    assert creds.hub_url == hub.url and creds.device_name == "Courtroom 3 PC"
    token_file = paths.profile_dir / "hub-credentials.json"
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    wait_online(qtbot, window)
    assert window.status.connection_label.text() == "Online"
    assert learner.username in window.status.connection_label.toolTip()
    qtbot.waitUntil(lambda: window.status.last_sync_label.text().startswith("Last sync:"),
                    timeout=WAIT)
    assert window.sign_out_action.isEnabled()


# --------------------------------------------------------------------------- catalog


def test_catalog_lists_the_enrolled_course_with_sizes_and_works_offline(
        qtbot, hub, new_course, make_learner, publisher, tmp_path, window_for):
    course = new_course()
    other = new_course()  # published, but this learner is not enrolled in it
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    with FaultProxy("127.0.0.1", hub_port(hub)) as proxy:
        signed_in(paths, proxy.url, learner)
        window = window_for(paths)
        window.catalog_action.trigger()
        catalog = window.catalog
        qtbot.waitUntil(lambda: catalog.load_count >= 1 and not catalog.loading, timeout=WAIT)
        assert list(catalog.cards) == [course.course_id]
        assert other.course_id not in catalog.cards
        with HubClient(HubSettings(hub.url), learner.token) as client:
            manifest = parse_manifest(client.manifest(course.course_id, 1)[0])
        sizes = {c.value: n for c, n in choice_sizes(manifest).items()}
        card = catalog.cards[course.course_id]
        assert card.entry.sizes == sizes
        assert sizes["low"] < sizes["standard"] <= sizes["all"]
        assert card.state == "available" and card.badge.text() == "Not on this computer"
        assert card.title_label.text() == manifest.title and "English" in card.meta_label.text()
        assert card.choice_box.count() == 3 and card.action_button.isEnabled()
        for index in range(3):
            assert "—" in card.choice_box.itemText(index)
        assert "1 course offered to you" in catalog.notice.text()

        # The link goes down: the catalog says so and shows the list the hub sent last.
        proxy.set_faults(Faults(refuse=True))
        loads = catalog.load_count
        catalog.refresh_button.click()
        qtbot.waitUntil(lambda: catalog.load_count > loads and not catalog.loading, timeout=WAIT)
        assert "You are offline" in catalog.notice.text()
        assert list(catalog.cards) == [course.course_id]
        assert catalog.cards[course.course_id].entry.sizes == sizes


# --------------------------------------------------------------------------- downloads


def test_download_from_the_catalog_with_pause_and_resume(qtbot, hub, new_course, make_learner,
                                                         publisher, tmp_path, window_for):
    course = new_course(video_bytes=250_000)
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    with LearnerStore.open(paths.db) as store:
        # Court IT's bandwidth cap (a real setting): slow enough to pause in the middle.
        set_setting(store, "bandwidth_cap_kbps", 2400)
    signed_in(paths, hub.url, learner)
    window = window_for(paths)
    wait_online(qtbot, window)
    window.show_catalog()
    catalog = window.catalog
    qtbot.waitUntil(lambda: course.course_id in catalog.cards, timeout=WAIT)
    card = catalog.cards[course.course_id]
    card.choice_box.setCurrentIndex(card.choice_box.findData("standard"))
    card.action_button.click()
    qtbot.waitUntil(lambda: card.state in ("queued", "downloading"), timeout=WAIT)

    window.downloads_action.trigger()
    view = window.downloads_view
    qtbot.waitUntil(lambda: course.course_id in view.cards, timeout=WAIT)
    row = view.cards[course.course_id]
    qtbot.waitUntil(lambda: row.state == "downloading" and row.done_bytes > 50_000, timeout=WAIT)
    assert row.bar.value() > 0 and "of" in row.bar.format()
    assert row.file_label.isVisible() and row.file_label.text().startswith("Now: ")
    assert row.pause_button.isVisible() and not row.resume_button.isVisible()

    row.pause_button.click()
    qtbot.waitUntil(lambda: row.state == "paused", timeout=WAIT)
    assert row.state_label.text() == "Paused" and row.resume_button.isVisible()
    with LearnerStore.open(paths.db) as store:
        job = DownloadQueue(store).get(course.course_id)
        assert job.state is DownloadState.PAUSED and job.choice is DownloadChoice.STANDARD
        assert not store.has_course(course.course_id)
    partial = sum(p.stat().st_size for p in paths.blobs.rglob("*.dl"))
    assert partial > 0 or any(paths.blobs.rglob("??/*"))
    paused_at = row.done_bytes
    assert 0 < paused_at < row.total_bytes

    row.resume_button.click()
    qtbot.waitUntil(lambda: row.state == "complete", timeout=30_000)
    assert row.state_label.text() == "Installed" and row.open_button.isVisible()
    with LearnerStore.open(paths.db) as store:
        assert store.has_course(course.course_id)
        assert DownloadQueue(store).get(course.course_id).state is DownloadState.COMPLETE
    assert not list(paths.blobs.rglob("*.dl"))
    qtbot.waitUntil(lambda: course.course_id in window.library.cards, timeout=WAIT)
    window.show_catalog()
    qtbot.waitUntil(lambda: course.course_id in catalog.cards
                    and catalog.cards[course.course_id].state == "installed", timeout=WAIT)

    row.open_button.click()
    qtbot.waitUntil(lambda: window.course.data is not None
                    and window.course.data.course.id == course.course_id, timeout=WAIT)


def test_downloads_are_restored_after_a_restart(qtbot, hub, new_course, make_learner, publisher,
                                                tmp_path, window_for):
    """A download queued (and left half-way) when the app closed runs at the next start."""
    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    signed_in(paths, hub.url, learner)
    with LearnerStore.open(paths.db) as store:
        DownloadQueue(store).enqueue(course.course_id, 1, hub.url, DownloadChoice.LOW)
        DownloadQueue(store).set_state(course.course_id, DownloadState.DOWNLOADING)
    window = window_for(paths)
    qtbot.waitUntil(lambda: course.course_id in window.library.cards, timeout=WAIT)
    window.show_downloads()
    qtbot.waitUntil(lambda: course.course_id in window.downloads_view.cards, timeout=WAIT)
    assert window.downloads_view.cards[course.course_id].state == "complete"


# --------------------------------------------------------------------------- forum and watch


def test_forum_written_offline_is_sent_when_the_hub_comes_back(qtbot, hub, new_course,
                                                               make_learner, publisher, tmp_path,
                                                               window_for):
    course = new_course()
    alice = make_learner(course.course_id)
    bob = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    with FaultProxy("127.0.0.1", hub_port(hub), Faults(refuse=True)) as proxy:
        signed_in(paths, proxy.url, alice)
        window = window_for(paths)
        qtbot.waitUntil(lambda: window.sync.connection is Connection.OFFLINE, timeout=WAIT)
        assert window.status.connection_label.text() == "Offline"
        view, forum_id = open_forum(qtbot, window, course.course_id)
        assert view.thread_list.count() == 0 and view.pages.currentIndex() == 0

        # A new thread and a reply, written with the hub unreachable.
        view.new_thread_button.click()
        assert view.pages.currentIndex() == 2
        view.title_edit.setText("Sources")
        view.body_edit.setPlainText("How do you **protect** sources?\n\n<b>raw</b> stays text")
        view.post_button.click()
        qtbot.waitUntil(lambda: view.current_thread is not None and view.thread_loads > 0
                        and view.pages.currentIndex() == 1, timeout=WAIT)
        assert view.current_thread.state is PostState.PENDING
        assert "waiting to send" in view.thread_list.item(0).text()
        text = view.posts_view.toPlainText()
        assert "How do you protect sources?" in text and "<b>raw</b> stays text" in text
        assert "waiting to send" in text and "You" in text
        view.reply_edit.setPlainText("A first answer, written offline.")
        loads = view.thread_loads
        view.reply_button.click()
        qtbot.waitUntil(lambda: view.thread_loads > loads and len(view.posts) == 1, timeout=WAIT)
        assert view.posts[0].state is PostState.PENDING and view.reply_edit.toPlainText() == ""
        assert view.posts_view.toPlainText().count("waiting to send") == 2
        qtbot.waitUntil(lambda: window.status.pending == 2, timeout=WAIT)
        assert window.status.pending_label.text() == "2 changes waiting to be sent"
        assert window.sync.connection is Connection.OFFLINE
        probes = window.sync.probes
        # A probe counted already may not have reached the proxy yet (a busy machine): then it
        # is the one that finds the link back, still the watch's own doing.
        task = window.sync._probe_task
        in_flight = task is not None and not task.finished

        # The link comes back: the watch notices by itself and a pass sends both.
        proxy.set_faults(Faults())
        qtbot.waitUntil(lambda: window.sync.connection is Connection.ONLINE, timeout=WAIT)
        assert window.sync.probes > probes or in_flight
        qtbot.waitUntil(lambda: view.current_thread.state is PostState.SENT
                        and view.posts and view.posts[0].state is PostState.SENT, timeout=WAIT)
        assert "waiting to send" not in view.posts_view.toPlainText()
        qtbot.waitUntil(lambda: window.status.pending == 0, timeout=WAIT)
        assert window.status.pending_label.text() == "No changes waiting to be sent"
        uid = hub_count(hub, "SELECT id FROM users WHERE username = ?", alice.username)
        assert hub_count(hub, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid) == 1
        assert hub_count(hub, "SELECT COUNT(*) FROM posts WHERE author_id = ?", uid) == 1

        # Another learner answers; after a pass (F5 here) the answer is in the thread.
        _, cursor = bob.pull_all()
        bob.sync([bob.event("post", course.course_id, thread_id=view.current_thread.id,
                            body="Bob's answer from *his* court.")], cursor=cursor)
        passes = window.sync.passes
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: window.sync.passes > passes and not window.sync.syncing
                        and len(view.posts) == 2, timeout=WAIT)
        assert (view.posts[1].author, view.posts[1].state) == (bob.username, PostState.SERVER)
        assert "Bob's answer from his court." in view.posts_view.toPlainText()
    # Nothing was sent twice.
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == 2


def test_revoked_token_asks_to_sign_in_and_keeps_every_pending_event(
        qtbot, hub, new_course, make_learner, publisher, tmp_path, window_for):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    signed_in(paths, hub.url, learner)
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
        Forum(store, learner.username).create_thread(course.course_id, "f1", "Kept",
                                                     "Across sign-ins")
        assert store.pending_count() == 3
    assert learner.session.delete(hub.api + "/token", timeout=30).status_code == 204

    window = window_for(paths)
    # The first pass gets a 401 and asks by itself.
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None, timeout=WAIT)
    dialog = window.sign_in_dialog
    assert window.sync.connection is Connection.SIGN_IN_NEEDED
    assert window.status.connection_label.text() == "Sign-in needed"
    assert "3 changes waiting" in dialog.intro.text() and "kept" in dialog.intro.text()
    assert dialog.url_edit.text() == hub.url and dialog.user_edit.text() == learner.username
    assert dialog.password_edit.hasFocus() or dialog.password_edit.text() == ""
    with LearnerStore.open(paths.db) as store:
        assert store.pending_count() == 3
    uid = hub_count(hub, "SELECT id FROM users WHERE username = ?", learner.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == 0

    # F5 while the dialog is open brings the same dialog forward, not a second one.
    window.sync_action.trigger()
    assert window.sign_in_dialog is dialog

    dialog.password_edit.setText(learner.password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: window.status.pending == 0 and window.sync.connection
                    is Connection.ONLINE, timeout=WAIT)
    assert load_credentials(paths).token != learner.token
    assert hub_count(hub, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == 3
    assert not window.status.error_label.isVisible()


def test_status_bar_shows_the_last_error_in_plain_words(qtbot, hub, new_course, make_learner,
                                                        publisher, tmp_path, window_for):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    with FaultProxy("127.0.0.1", hub_port(hub), Faults(http_500=True)) as proxy:
        signed_in(paths, proxy.url, learner)
        window = window_for(paths)
        # The ping answers 500: offline as far as sync goes, retried with backoff.
        qtbot.waitUntil(lambda: window.sync.connection is Connection.OFFLINE
                        and window.sync.probes >= 2, timeout=WAIT)
        window.sync_action.trigger()  # offline: a look now; the server's 500 is what is shown
        qtbot.waitUntil(lambda: window.status.error_label.isVisible()
                        and "trouble" in window.status.error_label.text(), timeout=WAIT)
        assert window.status.error_label.text() in ("The hub is having trouble.",
                                                    "The course server is having trouble.")
        assert "try again" in window.status.error_label.toolTip()
        assert window.status.last_sync_label.text() == "Never synced"
        proxy.set_faults(Faults())
        qtbot.waitUntil(lambda: window.sync.connection is Connection.ONLINE, timeout=WAIT)
        qtbot.waitUntil(lambda: not window.status.error_label.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: window.status.last_sync_label.text().startswith("Last sync: "),
                        timeout=WAIT)
        labels = [w for w in window.status.findChildren(QLabel) if w.isVisible()]
        assert all(w.accessibleName() for w in labels)


def test_local_changes_are_sent_by_themselves_while_online(qtbot, hub, new_course, make_learner,
                                                           publisher, tmp_path, window_for):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    signed_in(paths, hub.url, learner)
    window = window_for(paths)
    wait_online(qtbot, window)
    view, _ = open_forum(qtbot, window, course.course_id)
    passes = window.sync.passes
    view.new_thread_button.click()
    view.title_edit.setText("Online")
    view.body_edit.setPlainText("Sent a moment after it is written, without pressing anything.")
    view.post_button.click()
    # The debounce after a local change starts a pass; the thread turns "sent" by itself.
    qtbot.waitUntil(lambda: view.current_thread is not None
                    and view.current_thread.state is PostState.SENT, timeout=WAIT)
    assert window.sync.passes > passes
    uid = hub_count(hub, "SELECT id FROM users WHERE username = ?", learner.username)
    assert hub_count(hub, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid) == 1


def test_a_network_change_makes_the_watch_look_at_once(qtbot, hub, new_course, make_learner,
                                                       publisher, tmp_path):
    """With the backoff at a long step, the OS saying "online" (QNetworkInformation's signal)
    makes the watch probe now instead of minutes later."""
    from PySide6.QtNetwork import QNetworkInformation

    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    slow = SyncTimings(probe_base=60.0, probe_cap=600.0, periodic=600.0, debounce=5.0,
                       network=FAST.network)
    with FaultProxy("127.0.0.1", hub_port(hub), Faults(refuse=True)) as proxy:
        signed_in(paths, proxy.url, learner)
        window = create_main_window(paths, install_demo=False, sync_timings=slow)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.sync.connection is Connection.OFFLINE, timeout=WAIT)
        assert window.sync.probe_timer.remainingTime() > 20_000  # the next look is far away
        proxy.set_faults(Faults())
        window.sync._reachability_changed(QNetworkInformation.Reachability.Online)
        qtbot.waitUntil(lambda: window.sync.connection is Connection.ONLINE, timeout=WAIT)
        window.sync._reachability_changed(QNetworkInformation.Reachability.Disconnected)
        assert window.sync.connection is Connection.OFFLINE
        assert window.status.connection_label.text() == "Offline"


def test_a_download_refused_for_sign_in_resumes_after_signing_in(
        qtbot, hub, new_course, make_learner, publisher, tmp_path, window_for):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    signed_in(paths, hub.url, learner)
    window = window_for(paths)
    wait_online(qtbot, window)
    window.show_catalog()
    qtbot.waitUntil(lambda: course.course_id in window.catalog.cards, timeout=WAIT)
    # The token is revoked on the hub (court IT, or a password change) before the download.
    assert learner.session.delete(hub.api + "/token", timeout=30).status_code == 204
    window.catalog.cards[course.course_id].action_button.click()
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None, timeout=WAIT)
    with LearnerStore.open(paths.db) as store:
        assert DownloadQueue(store).get(course.course_id).state is DownloadState.QUEUED
    dialog = window.sign_in_dialog
    dialog.password_edit.setText(learner.password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: course.course_id in window.library.cards, timeout=WAIT)
    with LearnerStore.open(paths.db) as store:
        assert DownloadQueue(store).get(course.course_id).state is DownloadState.COMPLETE


def test_a_course_update_is_announced_and_installed_in_one_click(
        qtbot, hub, admin, new_course, make_learner, publisher, tmp_path, window_for):
    from hub.courses import publish_bundle

    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
    v2 = publisher.bundle(course.course_id, version=2, family=course.family)
    publish_bundle(admin.database, admin.store, v2)
    signed_in(paths, hub.url, learner)
    window = window_for(paths)
    banner = window.update_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=WAIT)
    assert "version 2" in banner.text.text() and "you have version 1" in banner.text.text()
    assert "new version" in window.status.currentMessage()
    banner.update_button.click()
    qtbot.waitUntil(lambda: course.course_id in window.library.cards
                    and window.library.cards[course.course_id].course.version == 2,
                    timeout=WAIT)
    with LearnerStore.open(paths.db) as store:
        assert store.progress(course.course_id)["r1"].completed  # progress kept
        assert store.course_updates(unseen_only=True) == []


def test_downloads_wait_out_a_hub_that_is_down_and_say_so(qtbot, hub, new_course, make_learner,
                                                          publisher, tmp_path, window_for):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = learner_pc(tmp_path, publisher)
    with FaultProxy("127.0.0.1", hub_port(hub)) as proxy:
        signed_in(paths, proxy.url, learner)
        window = window_for(paths)
        wait_online(qtbot, window)
        window.show_catalog()
        qtbot.waitUntil(lambda: course.course_id in window.catalog.cards, timeout=WAIT)
        proxy.set_faults(Faults(refuse=True))
        window.catalog.cards[course.course_id].action_button.click()
        window.show_downloads()
        view = window.downloads_view
        qtbot.waitUntil(lambda: course.course_id in view.cards
                        and view.cards[course.course_id].live_state == "waiting", timeout=WAIT)
        row = view.cards[course.course_id]
        assert row.state_label.text() == "Waiting for the course server"
        assert "retry by itself" in row.message_label.text()
        proxy.set_faults(Faults())
        qtbot.waitUntil(lambda: row.state == "complete", timeout=WAIT)


def test_a_course_from_an_unknown_publisher_is_refused_in_plain_words(
        qtbot, hub, new_course, make_learner, tmp_path, window_for):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = DataPaths(tmp_path / "pc").ensure()  # court IT never added the publisher's key
    with LearnerStore.open(paths.db) as store:
        store.set_setting("demo_offered", True)
    signed_in(paths, hub.url, learner)
    window = window_for(paths)
    window.show_catalog()
    qtbot.waitUntil(lambda: course.course_id in window.catalog.cards, timeout=WAIT)
    window.catalog.cards[course.course_id].action_button.click()
    window.show_downloads()
    view = window.downloads_view
    qtbot.waitUntil(lambda: course.course_id in view.cards
                    and view.cards[course.course_id].state == "failed", timeout=WAIT)
    row = view.cards[course.course_id]
    assert row.state_label.text() == "Stopped"
    assert "publisher" in row.message_label.text()
    assert "court it" in row.message_label.text().lower()
    assert row.resume_button.isVisible() and row.cancel_button.isVisible()
    window.show_catalog()
    qtbot.waitUntil(lambda: window.catalog.cards[course.course_id].state == "failed",
                    timeout=WAIT)
    with LearnerStore.open(paths.db) as store:
        assert not store.has_course(course.course_id)
