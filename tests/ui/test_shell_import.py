"""Importing a `.lectern` file through the window: file dialog, progress dialog, outcomes."""
from __future__ import annotations

import json
import shutil
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from player.bridge import Lane
from player.error_messages import bundle_sentence, message_for
from sync.bundle import TrustPolicy, build_bundle
from sync.demo import DEMO_COURSE_ID, demo_source
from sync.errors import BundleError, BundleErrorKind, CancelledError, DiskFullError
from sync.signing import generate_keypair
from sync.store import LearnerStore
from sync.trust import add_trusted_key


def _choose_file(qtbot, window, path: Path):
    """Ctrl+O, then pick the file in the (non-blocking) file dialog, as a user would."""
    window.import_action.trigger()
    dialog = window.file_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.import_dialog_opened, timeout=5000) as opened:
        dialog.selectFile(str(path))
        dialog.accept()
    return opened.args[0]


@pytest.fixture(scope="module")
def signed_bundle(tmp_path_factory):
    """The demo course signed with a fresh publisher key, and that key."""
    root = tmp_path_factory.mktemp("signed")
    public = generate_keypair(root / "publisher.key", "Court training unit")
    out = root / "foe-signed.lectern"
    build_bundle(demo_source(), out, sign_key=root / "publisher.key")
    return out, public


def test_import_a_signed_course_through_the_dialogs(qtbot, open_window, empty_paths,
                                                    signed_bundle):
    bundle, public = signed_bundle
    with LearnerStore.open(empty_paths.db) as store:
        add_trusted_key(store, public)  # what court IT configures
    window = open_window(empty_paths)
    dialog = _choose_file(qtbot, window, bundle)
    progress_seen: list[int] = []
    dialog.progress_bar.valueChanged.connect(progress_seen.append)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        pass
    assert dialog.error is None
    assert dialog.result_value.course_id == DEMO_COURSE_ID
    assert dialog.heading.text().startswith("Imported “Freedom of expression")
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 1000
    assert progress_seen and progress_seen[-1] == 1000
    assert dialog.open_button.isVisible() and not dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: DEMO_COURSE_ID in window.library.cards)
    card = window.library.cards[DEMO_COURSE_ID]
    assert card.signature_label.text() == "Signed by a publisher this computer trusts."
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.course.item_view is not None, timeout=20_000)
    assert window.stack.currentWidget() is window.course
    assert window.course.current_item_id == "m1-lecture"


def test_unsigned_course_is_refused_in_plain_words(qtbot, open_window, empty_paths,
                                                   demo_bundle):
    window = open_window(empty_paths)
    dialog = _choose_file(qtbot, window, demo_bundle)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    assert isinstance(dialog.error, BundleError)
    assert dialog.error.kind is BundleErrorKind.UNSIGNED
    assert "is not signed, so Lectern cannot tell who made it" in dialog.detail.text()
    assert "Traceback" not in dialog.detail.text()
    assert dialog.close_button.isVisible() and not dialog.open_button.isVisible()
    window.library.refresh()
    qtbot.waitUntil(lambda: window.library.load_count >= 2)
    assert window.library.courses == []


def _damage_blob(bundle: Path, out: Path, sha: str) -> None:
    """Flip bytes in the middle of one stored blob, as a bad USB stick would."""
    shutil.copy(bundle, out)
    with zipfile.ZipFile(out) as zf:
        info = zf.getinfo(f"blobs/{sha}")
    assert info.compress_type == zipfile.ZIP_STORED
    with open(out, "r+b") as f:
        f.seek(info.header_offset + 26)
        name_len = int.from_bytes(f.read(2), "little")
        extra_len = int.from_bytes(f.read(2), "little")
        middle = info.header_offset + 30 + name_len + extra_len + info.compress_size // 2
        f.seek(middle)
        chunk = f.read(64)
        f.seek(middle)
        f.write(bytes(b ^ 0xFF for b in chunk))


def test_damaged_file_shows_the_plain_words_error(qtbot, open_window, empty_paths,
                                                  demo_bundle, tmp_path):
    with zipfile.ZipFile(demo_bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    lecture = manifest["modules"][0]["items"][0]
    sha = next(r["sha256"] for r in lecture["renditions"] if r["label"] == "480p")
    damaged = tmp_path / "damaged.lectern"
    _damage_blob(demo_bundle, damaged, sha)

    window = open_window(empty_paths)
    dialog = window.start_import(damaged, policy=TrustPolicy(allow_unsigned=True))
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    text = dialog.detail.text()
    assert text.startswith(f"This file is damaged: “{lecture['title']}” (480p) does not match "
                           "its checksum.")
    assert "Ask court IT" in text
    assert dialog.heading.text() == "“damaged.lectern” could not be imported."
    # Nothing was installed and no blob was left behind.
    with LearnerStore.open(empty_paths.db) as store:
        assert store.list_courses() == []
    assert not [p for p in empty_paths.blobs.rglob("*") if p.is_file()]


def test_cancel_an_import(qtbot, open_window, empty_paths, demo_bundle):
    window = open_window(empty_paths)
    gate = threading.Event()
    # Hold the import lane so the cancel certainly lands before the import starts.
    window.bridge.submit(gate.wait, lane=Lane.IMPORT)
    dialog = window.start_import(demo_bundle, policy=TrustPolicy(allow_unsigned=True))
    assert dialog.running and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    assert dialog.detail.text() == "Cancelling…"
    assert not dialog.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    assert isinstance(dialog.error, CancelledError)
    assert dialog.heading.text() == "Import cancelled."
    assert dialog.detail.text() == "Nothing was changed on this computer."
    with LearnerStore.open(empty_paths.db) as store:
        assert store.list_courses() == []
    assert not [p for p in empty_paths.blobs.rglob("*") if p.is_file()]


def test_escape_during_import_cancels_then_closes(qtbot, open_window, empty_paths,
                                                  demo_bundle):
    window = open_window(empty_paths)
    gate = threading.Event()
    window.bridge.submit(gate.wait, lane=Lane.IMPORT)
    dialog = window.start_import(demo_bundle, policy=TrustPolicy(allow_unsigned=True))
    outcome: list[type] = []
    dialog.finished_import.connect(lambda: outcome.append(type(dialog.error)))
    dialog.reject()  # Escape or the title bar's close button
    assert dialog.isVisible(), "the dialog waits until the import has rolled back"
    gate.set()
    qtbot.waitUntil(lambda: window.import_dialog is None, timeout=30_000)  # closed, deleted
    assert outcome == [CancelledError]


def test_every_error_kind_has_its_own_sentence(qapp):
    sentences = {kind: bundle_sentence(kind) for kind in BundleErrorKind}
    assert len(set(sentences.values())) == len(BundleErrorKind)
    assert all(s.endswith((".", ")")) for s in sentences.values())
    # English UI: the engine's specific sentence is shown as it is.
    err = BundleError(BundleErrorKind.HASH_MISMATCH,
                      "This file is damaged: “Lecture 2” (480p) does not match its checksum. "
                      "Ask court IT or the course provider for a new copy.")
    assert message_for(err).full_text() == err.message
    assert message_for(CancelledError()).text == "Cancelled. Nothing was changed."
    assert message_for(DiskFullError("The disk is full.")).text == "The disk is full."
    assert "disk is full" in message_for(DiskFullError("")).text  # no engine words: ours
    assert "Lectern cannot find this file" in message_for(FileNotFoundError("gone")).text


class _French(QTranslator):
    """A translator with one French sentence, to show how a translated UI words errors."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        if context == "ErrorMessages" and source.startswith("This file is damaged: part"):
            return "Ce fichier est endommagé. Demandez une nouvelle copie au service informatique."
        return None  # not translated: Qt falls back to the source text


def test_a_translated_ui_shows_the_translated_sentence_with_details(qapp):
    translator = _French()
    QCoreApplication.installTranslator(translator)
    try:
        err = BundleError(BundleErrorKind.HASH_MISMATCH, "“Lecture 2” does not match.")
        message = message_for(err)
        assert message.text.startswith("Ce fichier est endommagé")
        assert message.detail == "“Lecture 2” does not match."
        assert message.full_text().endswith("Details: “Lecture 2” does not match.")
    finally:
        QCoreApplication.removeTranslator(translator)


# --------------------------------------------------------------------------- issue #12.9


def _text_fits(label) -> bool:
    """The label shows all its lines: tall enough for its wrapped text, inside its window."""
    needed = label.heightForWidth(label.width())
    bottom = label.mapTo(label.window(), label.rect().bottomLeft()).y()
    return label.wordWrap() and label.height() >= needed and bottom <= label.window().height()


@pytest.mark.parametrize("kind", ["text file", "zip without a course", "empty file"])
def test_a_file_that_is_not_a_course_says_so_in_full(qtbot, open_window, empty_paths, tmp_path,
                                                      kind):
    path = tmp_path / "judgment.lectern"
    if kind == "text file":
        path.write_text("Judgment of the court, delivered in public.\n" * 50, encoding="utf-8")
    elif kind == "zip without a course":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("judgment.txt", "Judgment of the court.")
    else:
        path.write_bytes(b"")
    window = open_window(empty_paths)
    dialog = window.start_import(path, policy=TrustPolicy(allow_unsigned=True))
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    assert isinstance(dialog.error, BundleError)
    assert dialog.detail.text() == ("This is not a Lectern course file. Lectern opens course "
                                    "files (ending in .lectern) that court IT or the course "
                                    "provider gives you.")
    assert dialog.heading.text() == "“judgment.lectern” could not be imported."
    assert not dialog.progress_bar.isVisible()      # nothing is in progress
    qtbot.waitUntil(lambda: _text_fits(dialog.detail) and _text_fits(dialog.heading))
    assert dialog.close_button.isVisible() and dialog.close_button.hasFocus()


def test_a_damaged_course_is_still_called_damaged(qtbot, open_window, empty_paths, demo_bundle,
                                                   tmp_path):
    """A course file cut short (a download or copy that stopped) is a course, damaged."""
    cut = tmp_path / "cut.lectern"
    cut.write_bytes(demo_bundle.read_bytes()[: demo_bundle.stat().st_size // 2])
    window = open_window(empty_paths)
    dialog = window.start_import(cut, policy=TrustPolicy(allow_unsigned=True))
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    assert dialog.error.kind is BundleErrorKind.CORRUPT
    assert dialog.detail.text().startswith("This file is damaged or incomplete")
    assert "not a Lectern course file" not in dialog.detail.text()
    assert not dialog.progress_bar.isVisible()
    qtbot.waitUntil(lambda: _text_fits(dialog.detail))


def test_long_outcomes_wrap_in_a_narrow_dialog(qtbot, open_window, empty_paths, tmp_path):
    path = tmp_path / ("a-very-long-file-name-that-a-court-clerk-gave-this-download-" * 3
                       + ".lectern")
    path.write_text("not a course", encoding="utf-8")
    window = open_window(empty_paths)
    dialog = window.start_import(path, policy=TrustPolicy(allow_unsigned=True))
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    qtbot.waitUntil(lambda: _text_fits(dialog.detail) and _text_fits(dialog.heading))
    assert dialog.width() <= dialog.minimumWidth() + 1
