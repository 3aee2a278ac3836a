"""A revoked certificate on the Certificates screen (issue #15, finding 8): it opens, but its
saves are off, and the card and the dialog say why; a save asked for anyway writes nothing."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt

from player.certificates.records import CertificateState, row_from_credential
from player.certificates.screen import CertificatesScreen
from sync.certificates import CertificateFacts, issue
from sync.signing import PrivateKey


def test_a_revoked_certificate_cannot_be_saved(qtbot, tmp_path: Path) -> None:
    credential = issue(CertificateFacts(
        holder_name="Amara Okafor", holder_identity="account-7", course_id="foe-intro-en",
        course_title="Freedom of expression", course_language="en", criteria="Everything.",
        hours=12, issuer_name="Judicial Training Centre",
        status_list_url="https://hub.example.org/status/1", status_index=3),
        PrivateKey.generate(), datetime(2026, 3, 12, 9, 30, tzinfo=timezone.utc))
    row = dataclasses.replace(row_from_credential(credential, "foe-intro-en"),
                              state=CertificateState.REVOKED)
    s = CertificatesScreen(None)
    qtbot.addWidget(s)
    s.show_rows([row])
    s.show()
    qtbot.waitExposed(s)
    card = s.cards[credential["id"]]
    assert card.open_button.isEnabled()
    assert not card.pdf_button.isEnabled() and not card.json_button.isEnabled()
    assert card.revoked_label.isVisible() and "revoked" in card.revoked_label.text()
    assert card.revoked_label.accessibleName()
    dialog = s.open_certificate(credential["id"])
    assert dialog is not None
    assert not dialog.pdf_button.isEnabled() and not dialog.json_button.isEnabled()
    assert "revoked" in dialog.notice.text()
    assert not s.save_json(credential["id"], tmp_path / "c.json")
    assert not s.save_pdf(credential["id"], tmp_path / "c.pdf")
    assert list(tmp_path.iterdir()) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
