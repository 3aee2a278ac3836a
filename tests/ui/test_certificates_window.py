"""The Certificates screen in the real main window, on a real learner store: reached from the
Go menu and from a course's Requirements window, and a certificate that arrives with a sync is
said once in the status bar (never a popup)."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from sync.certificates import CertificateFacts, issue
from sync.demo import DEMO_COURSE_ID
from sync.signing import PrivateKey
from sync.store import HubAnswer, HubCredential, LearnerStore
from sync.sync_engine import SyncSummary

TIMEOUT = 10000


@pytest.fixture(scope="module")
def credential() -> dict[str, Any]:
    facts = CertificateFacts(holder_name="Ana Pérez", holder_identity="user-1",
                             course_id=DEMO_COURSE_ID, course_title="Freedom of expression",
                             course_language="en", criteria="Everything required.", hours=12,
                             issuer_name="Test hub",
                             status_list_url="https://hub.example/api/v1/certificates/status-list",
                             status_index=3)
    return issue(facts, PrivateKey.generate())


def _receive(paths, credential: dict[str, Any]) -> None:
    """The certificate as a sync brings it: through the store's inbox, as the engine does."""
    with LearnerStore.open(paths.db) as store:
        store.use_account("ana")
        course = store.get_course(DEMO_COURSE_ID)
        event = HubCredential(1, course.family, DEMO_COURSE_ID, course.version,
                              "2026-11-20T10:00:00+00:00", credential["id"], credential)
        assert store.apply_hub_answer(HubAnswer("c1", events=(event,)), {},
                                      (store.account(), store.device_id()))


def test_the_go_menu_opens_the_certificates_and_lists_what_arrived(
        qtbot, open_window, demo_paths, credential):
    _receive(demo_paths, credential)
    window = open_window(demo_paths)
    window.certificates_action.trigger()
    screen = window.certificates_view
    assert window.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: bool(screen.cards), timeout=TIMEOUT)
    assert "Certificates" in window.windowTitle()
    assert credential["id"] in screen.cards
    assert window.certificates_action.shortcut().toString() == "Ctrl+Shift+C"


def test_a_certificate_from_a_sync_is_said_once_in_the_status_bar(
        qtbot, open_window, demo_paths, credential):
    window = open_window(demo_paths)
    _receive(demo_paths, credential)
    window.hub._synced(SyncSummary(pushed=0, pulled=1, rejected=0, rounds=1))
    qtbot.waitUntil(lambda: "has arrived" in window.status.currentMessage(), timeout=TIMEOUT)
    assert QApplication.activeModalWidget() is None
    window.status.clearMessage()
    window.hub._synced(SyncSummary(pushed=0, pulled=1, rejected=0, rounds=1))  # announced once
    qtbot.wait(500)
    window.bridge.wait_idle()
    qtbot.wait(100)
    assert "has arrived" not in window.status.currentMessage()


def test_the_requirements_window_leads_to_the_certificates(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    window.library.cards[DEMO_COURSE_ID].continue_button.click()
    qtbot.waitUntil(lambda: window.course.course_id == DEMO_COURSE_ID, timeout=TIMEOUT)
    dialog = window.course.requirements.open()
    assert dialog is not None
    dialog.view.certificates_requested.emit()
    assert window.stack.currentWidget() is window.certificates_view
