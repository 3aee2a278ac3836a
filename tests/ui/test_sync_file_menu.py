"""The Course server menu's sync files (#20), driven as a judge would: "Save changes to a
file…" writes the signed file of what waits, "Load a reply file…" applies the course server's
signed reply and says what arrived; a reply loaded twice is refused in plain words. The reply
here is signed by a stand-in hub key the profile pinned at sign-in (no hub process needed:
tests/e2e/test_sync_files.py runs the real hub)."""
from __future__ import annotations

import base64
import json
import uuid
import zlib
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from sync import sync_file as sf
from sync.credentials import Credentials, save_credentials
from sync.demo import DEMO_COURSE_ID
from sync.signing import PrivateKey, PublicKey
from sync.store import LearnerStore
from sync.sync_engine import HUB_OFFERS_LOCAL

LOAD_TIMEOUT = 20_000
HUB_KEY = PrivateKey(bytes(range(1, 33)))
DEVICE_SEED = bytes(range(40, 72))


def signed_in_offline(paths) -> None:
    """Signed in once while online (device key and pinned hub key), now with no network."""
    hub_public = PublicKey.from_raw(HUB_KEY.public_raw)
    save_credentials(paths, Credentials("http://127.0.0.1:9", "judge", "lht_test", "Clerk PC",
                                        base64.b64encode(DEVICE_SEED).decode(), hub_public.to_text().strip()))
    with LearnerStore.open(paths.db) as store:
        store.set_sync_state(HUB_OFFERS_LOCAL, DEMO_COURSE_ID)  # the court's hub offers the demo
        first = next(iter(store.manifest(DEMO_COURSE_ID).items())).id
        store.record_progress(DEMO_COURSE_ID, first, fraction=0.5)


def reply_to(export: Path, target: Path) -> int:
    """What the hub would answer: every event accepted, one colleague's thread arrived."""
    device = PublicKey.from_raw(PrivateKey(DEVICE_SEED).public_raw)
    doc = sf.open_envelope(sf.peek(export.read_bytes(), sf.KIND_EXPORT), device)
    ids = [e["id"] for e in doc["events"]]
    thread = {"seq": 7, "kind": "thread", "thread": {
        "id": str(uuid.uuid4()), "server_id": 1, "course_family": "foe-intro", "course_id": DEMO_COURSE_ID,
        "item_id": "x", "author": "colleague", "title": "Hello", "body": "From the court next door.",
        "created_at": "2026-11-29T08:00:00+00:00", "device_time": None}}
    reply = sf.ReplyPayload(
        reply_id=uuid.uuid4(), export_id=doc["export_id"], made_at="2026-11-29T09:00:00+00:00",
        hub_key_id=PublicKey.from_raw(HUB_KEY.public_raw).key_id, username="judge", device_id=doc["device_id"],
        device_key_id=device.key_id, since=doc["cursor"], kinds={i: "progress" for i in ids},
        response={"protocol": 2, "acked": [{"id": i} for i in ids], "rejected": [], "events": [thread],
                  "cursor": "abc", "more": False, "server_time": "2026-11-29T09:00:00+00:00"})
    target.write_bytes(sf.seal(sf.KIND_REPLY, HUB_KEY, sf.dump(reply)))
    return len(ids)


def message(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: getattr(window.hub, "sync_file_message", None) is not None, timeout=LOAD_TIMEOUT)
    box = window.hub.sync_file_message
    window.hub.sync_file_message = None
    text = box.text()
    assert box.accessibleName() and box.accessibleDescription() == text
    box.close()
    return text, box.icon()


def test_save_then_load_a_reply_from_the_course_server_menu(qtbot, open_window, demo_paths, tmp_path,
                                                            monkeypatch):
    signed_in_offline(demo_paths)
    window = open_window(demo_paths)
    menus = window.menus
    server_menu = menus.save_changes_action.associatedObjects()
    assert any(getattr(m, "title", lambda: "")() == "Course &server" for m in server_menu)
    for action in (menus.save_changes_action, menus.load_reply_action):
        assert "&" in action.text() and action.statusTip()  # a mnemonic: the keyboard reaches it

    out = tmp_path / "usb" / "judge"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    menus.save_changes_action.trigger()
    text, icon = message(qtbot, window)
    saved = out.with_name("judge.lectern-sync")
    assert saved.exists() and "Saved" in text and str(saved) in text and icon is QMessageBox.Icon.Information
    waiting = json.loads(zlib.decompress(sf.peek(saved.read_bytes(), sf.KIND_EXPORT).payload))["events"]
    assert waiting and f"{len(waiting)} change" in text

    reply = tmp_path / "usb" / "judge.lectern-reply"
    assert reply_to(saved, reply) == len(waiting)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(reply), "")))
    menus.load_reply_action.trigger()
    text, icon = message(qtbot, window)
    assert f"accepted {len(waiting)} change" in text and "1 new discussion" in text, text
    assert icon is QMessageBox.Icon.Information
    with LearnerStore.open(demo_paths.db) as store:
        assert store.pending_count() == 0

    menus.load_reply_action.trigger()  # the same reply again: refused, nothing changes
    text, icon = message(qtbot, window)
    assert "loaded already" in text and icon is QMessageBox.Icon.Warning

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    menus.load_reply_action.trigger()  # not a reply at all
    text, icon = message(qtbot, window)
    assert "not a reply" in text and icon is QMessageBox.Icon.Warning

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    menus.save_changes_action.trigger()  # cancelled: nothing happens
    qtbot.wait(200)
    assert getattr(window.hub, "sync_file_message", None) is None
