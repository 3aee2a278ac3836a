"""The Certificates screen (player/certificates/screen.py) driven as a learner: the cards with
course, date, hours, language and state; opening one (details and a QR preview that holds the
credential); "Save as PDF…" and "Save credential (JSON)…" through the real file dialog; errors
said plainly on the screen; the announcement of a new certificate said once."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from player.certificates.paper import qr_matrix, qr_payload
from player.certificates.records import CertificateRow, CertificateState, row_from_credential
from player.certificates.screen import CertificatesScreen
from sync.certificates import CertificateFacts, issue, verify
from sync.signing import PrivateKey


@pytest.fixture(scope="module")
def credential() -> dict:
    facts = CertificateFacts(
        holder_name="Amara Okafor", holder_identity="account-7", course_id="foe-intro-en",
        course_title="Freedom of expression and the protection of journalists",
        course_language="en", criteria="Every lecture, the two quizzes, two posts in the forum.",
        hours=12, issuer_name="Judicial Training Centre",
        status_list_url="https://hub.example.org/status/1", status_index=3)
    return issue(facts, PrivateKey.generate(), datetime(2026, 3, 12, 9, 30, tzinfo=timezone.utc))


def screen(qtbot, credential) -> CertificatesScreen:
    s = CertificatesScreen(None)
    qtbot.addWidget(s)
    s.resize(900, 600)
    waiting = CertificateRow("urn:uuid:waiting", "sources-guide-en", "Protecting sources",
                             "", None, "fr", CertificateState.WAITING)
    s.show_rows([row_from_credential(credential, "foe-intro-en"), waiting])
    s.show()
    qtbot.waitExposed(s)
    return s


def test_cards_say_course_date_hours_language_state(qtbot, credential):
    s = screen(qtbot, credential)
    card = s.cards[credential["id"]]
    assert card.title_label.text() == "Freedom of expression and the protection of journalists"
    facts = card.facts_label.text()
    for words in ("2026", "12 hours", "English", "Issued"):
        assert words in facts, (words, facts)
    waiting = s.cards["urn:uuid:waiting"]
    assert "Earned, waiting to sync" in waiting.facts_label.text()
    assert not waiting.pdf_button.isEnabled() and not waiting.json_button.isEnabled()
    for widget in (card, card.open_button, card.pdf_button, card.json_button, s.card_list):
        assert widget.accessibleName()
    s.focus_first()
    assert s.focusWidget() is card.open_button
    assert not s.empty_label.isVisible()
    s.show_rows([])
    assert s.empty_label.isVisible()


def test_open_shows_details_and_the_qr_code(qtbot, credential):
    s = screen(qtbot, credential)
    qtbot.mouseClick(s.cards[credential["id"]].open_button, Qt.MouseButton.LeftButton)
    dialog = s.dialogs[credential["id"]]
    assert not dialog.isModal()
    assert dialog.fields["holder"] == "Amara Okafor"
    assert dialog.fields["issuer_key"].startswith("did:key:z6Mk")
    assert dialog.qr.matrix == qr_matrix(qr_payload(credential))
    assert dialog.qr.accessibleName()
    # asking again raises the same window
    assert s.open_certificate(credential["id"]) is dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed, it goes
    assert credential["id"] not in s.dialogs


def choose(qtbot, s: CertificatesScreen, button, path: Path) -> None:
    with qtbot.waitSignal(s.file_dialog_opened) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog: QFileDialog = opened.args[0]
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert not dialog.isModal() or dialog.windowModality() != Qt.WindowModality.ApplicationModal
    dialog.fileSelected.emit(str(path))
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed, it goes
    assert s.file_dialog is None


def test_save_as_pdf_and_json(qtbot, credential, tmp_path):
    s = screen(qtbot, credential)
    card = s.cards[credential["id"]]
    choose(qtbot, s, card.pdf_button, tmp_path / "certificate.pdf")
    assert (tmp_path / "certificate.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved to" in s.notice.text()
    choose(qtbot, s, card.json_button, tmp_path / "credential.json")
    saved = json.loads((tmp_path / "credential.json").read_text(encoding="utf-8"))
    assert saved == credential and verify(saved, [saved["issuer"]["id"]]).ok


def test_save_errors_are_said_plainly(qtbot, credential, tmp_path):
    s = screen(qtbot, credential)
    missing = tmp_path / "no-such-folder" / "certificate.pdf"
    (tmp_path / "no-such-folder").write_text("a file, not a folder")
    assert not s.save_json(credential["id"], missing)
    assert s.notice.isVisible()
    assert s.notice.text().startswith("The credential could not be saved:")
    assert not s.save_pdf(credential["id"], missing)
    assert s.notice.text().startswith("The PDF could not be saved:")


def test_announcement_words(qtbot, credential):
    from player.certificates.screen import CertificateAnnouncer

    said: list[str] = []
    announcer = CertificateAnnouncer(None, said.append)  # type: ignore[arg-type]
    one = [row_from_credential(credential)]
    assert announcer.announcement(one) == (
        "Your certificate for “Freedom of expression and the protection of journalists” has "
        "arrived: Go ▸ Certificates to save or print it.")
    assert announcer.announcement(one * 2).startswith("2 certificates arrived")
