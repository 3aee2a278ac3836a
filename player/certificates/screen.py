"""The Certificates screen: every certificate of this profile with its course, date, hours,
language and state; open one (its details and the QR code that holds it); "Save as PDF…" (the
printable A4 page, `player.certificates.paper`) and "Save credential (JSON)…" (the signed Open
Badges credential a verifier reads). Save dialogs are non-blocking; errors are said plainly on
the screen, never in a popup.

The list is read from `sync.services.certificates` through the bridge; the cards and the
details take plain `CertificateRow` records. `CertificateAnnouncer` (`announcer`) tells the
learner once, in the status bar (or a banner), that a certificate came with a sync; the QR code
on screen is `QrPreview` (`qr_preview`).
"""
from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDir, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from player.certificates.announcer import CertificateAnnouncer
from player.certificates.paper import (
    PaperError,
    format_hours,
    long_date,
    qr_matrix,
    qr_payload,
    render_certificate_pdf,
)
from player.certificates.qr_preview import QrPreview
from player.certificates.records import CertificateRow, CertificateState, row_from_service
from player.error_messages import message_for
from player.sizing import breakable
from player.widgets import (
    Card,
    CardList,
    CardScreen,
    NoticeLabel,
    bold_font,
    language_name,
    make_button,
    make_label,
)
from sync.atomic_file import write_bytes
from sync.services.certificates import credential_json

if TYPE_CHECKING:
    from player.bridge import TaskManager

__all__ = ["CertificateAnnouncer", "CertificateCard", "CertificateDialog", "CertificatesScreen",
           "QrPreview", "write_credential_json"]

log = logging.getLogger(__name__)


def interface_language() -> str:
    """The learner's interface language (BCP 47), for the printed page."""
    return QLocale().bcp47Name() or "en"


def issued_day(row: CertificateRow) -> str:
    try:
        moment = datetime.fromisoformat(row.issued.replace("Z", "+00:00"))
    except ValueError:
        return row.issued
    return long_date(moment, QLocale())


def file_stem(title: str) -> str:
    """A file name from a course title: letters of any script kept, the rest dashes."""
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-_")
    return (stem[:60].rstrip("-_") or "certificate")


def write_credential_json(credential: dict[str, Any], out: Path) -> None:
    """The signed credential as a JSON file (UTF-8, indented), written whole or not at all."""
    write_bytes(out, credential_json(credential))


class _Words(QObject):
    """The state words every certificate widget shares (one translation context)."""

    def state(self, state: CertificateState) -> str:
        return {CertificateState.ISSUED: self.tr("Issued"),
                CertificateState.REVOKED: self.tr("Revoked by the issuer"),
                CertificateState.WAITING: self.tr("Earned, waiting to sync"),
                CertificateState.NOT_EARNED: self.tr("Not yet earned")}[state]

    def revoked(self) -> str:
        return self.tr("The issuer revoked this certificate, so it cannot be saved or printed.")

    def hours(self, hours: float | None) -> str:
        if hours is None:
            return ""
        # A plural by the whole number; a fraction takes the form languages use for it
        # ("1.5 hours", "1,5 часа"): Qt's rules count whole numbers only.
        whole = int(hours) if float(hours).is_integer() else (
            100 if QLocale().language() == QLocale.Language.Arabic else 2)
        return self.tr("%1 hour(s)", "", whole).replace("%1", format_hours(hours, QLocale().bcp47Name()))


_words: _Words | None = None


def words() -> _Words:
    global _words
    if _words is None:
        _words = _Words()
    return _words


class CertificateCard(Card):
    """One certificate: the course, a line of facts, Open and the two saves."""

    open_requested = Signal(str)
    pdf_requested = Signal(str)
    json_requested = Signal(str)

    def __init__(self, row: CertificateRow, parent: QWidget | None = None) -> None:
        super().__init__(f"certificate-card-{row.credential_id}",
                         self.tr("Certificate for %1").replace("%1", row.course_title), parent)
        self.row = row
        self.title_label = self.make_title(row.course_title, self.tr("Course"), 1.15)
        self.facts_label = self.make_facts(self.facts(row), self.tr("Date, hours, language and "
                                                                    "state"))
        cid = row.credential_id
        title = row.course_title
        self.open_button = make_button(self, self.tr("&Open"), self.tr("Open the certificate "
                                       "for %1").replace("%1", title),
                                       lambda: self.open_requested.emit(cid))
        self.pdf_button = make_button(self, self.tr("Save as &PDF…"), self.tr(
            "Save the certificate for %1 as a PDF").replace("%1", title),
            lambda: self.pdf_requested.emit(cid),
            self.tr("An A4 page to print, with a QR code that holds the whole certificate"))
        self.json_button = make_button(self, self.tr("Save &credential (JSON)…"), self.tr(
            "Save the credential for %1 as JSON").replace("%1", title),
            lambda: self.json_requested.emit(cid),
            self.tr("The signed Open Badges credential, for a verifier or a digital wallet"))
        has_credential = row.credential is not None
        savable = has_credential and row.state is not CertificateState.REVOKED
        self.open_button.setEnabled(has_credential)
        self.pdf_button.setEnabled(savable)
        self.json_button.setEnabled(savable)
        # a revoked certificate is never saved: the file would still look valid wherever
        # no status list is checked (the service refuses it too)
        self.revoked_label = make_label(self, words().revoked(), self.tr("Why it cannot be saved"),
                                        visible=row.state is CertificateState.REVOKED)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.json_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.revoked_label)
        layout.addLayout(buttons)

    @staticmethod
    def facts(row: CertificateRow) -> list[str]:
        parts = []
        if row.issued:
            parts.append(issued_day(row))
        if row.hours is not None:
            parts.append(words().hours(row.hours))
        if row.language:
            parts.append(language_name(row.language))
        parts.append(words().state(row.state))
        return parts


class CertificateDialog(QDialog):
    """One certificate's details beside its QR code, with the two saves (non-modal)."""

    pdf_requested = Signal(str)
    json_requested = Signal(str)

    def __init__(self, row: CertificateRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Certificate — %1").replace("%1", row.course_title))
        self.setAccessibleName(self.tr("Certificate for %1").replace("%1", row.course_title))
        self.notice = NoticeLabel(self.tr("Message"), self)

        details = QWidget(self)
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, str] = {}

        def add(label: str, value: str, key: str) -> None:
            if not value:
                return
            field = make_label(details, breakable(value), label, plain=True, selectable=True)
            field.setAccessibleDescription(value)
            if key == "course":
                field.setFont(bold_font(field.font()))
            form.addRow(make_label(details, label, wrap=False), field)
            self.fields[key] = value

        add(self.tr("Holder:"), row.holder_name, "holder")
        add(self.tr("Course:"), row.course_title, "course")
        add(self.tr("Date:"), issued_day(row) if row.issued else "", "date")
        add(self.tr("Hours:"), format_hours(row.hours, QLocale().bcp47Name()), "hours")
        add(self.tr("Language:"), language_name(row.language) if row.language else "",
            "language")
        add(self.tr("State:"), words().state(row.state), "state")
        add(self.tr("Issuer:"), row.issuer_name, "issuer")
        add(self.tr("Issuer key:"), row.issuer, "issuer_key")
        add(self.tr("Certificate id:"), row.credential_id, "id")
        add(self.tr("Requirements met:"), row.criteria, "criteria")

        scroll = QScrollArea(self)
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Details"))

        matrix = None
        if row.credential is not None:
            try:
                matrix = qr_matrix(qr_payload(row.credential))
            except Exception as exc:  # noqa: BLE001 - a bad credential still shows its details
                log.warning("no QR preview for %s: %s", row.credential_id, exc)
        self.qr = QrPreview(matrix, self)
        self.qr.setVisible(matrix is not None)

        cid = row.credential_id
        self.pdf_button = make_button(self, self.tr("Save as &PDF…"), self.tr(
            "Save the certificate as a PDF"), lambda: self.pdf_requested.emit(cid))
        self.json_button = make_button(self, self.tr("Save &credential (JSON)…"), self.tr(
            "Save the credential as JSON"), lambda: self.json_requested.emit(cid))
        revoked = row.state is CertificateState.REVOKED
        for button in (self.pdf_button, self.json_button):
            button.setEnabled(row.credential is not None and not revoked)
        if revoked:
            self.notice.say(words().revoked())
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        box.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(scroll, 3)
        top.addWidget(self.qr, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.json_button)
        actions.addStretch(1)
        actions.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 100, fm.height() * 22)


class CertificatesScreen(CardScreen):
    """Every certificate, newest first; each card opens its details or saves it."""

    #: a save finished (the path), for tests and scripts
    saved = Signal(str)
    #: a save dialog was opened (the dialog), for tests and scripts
    file_dialog_opened = Signal(object)

    def __init__(self, bridge: "TaskManager | None", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Certificates"), self.tr("Certificates"), parent)
        self._bridge = bridge
        self.cards: dict[str, CertificateCard] = {}
        self.rows: dict[str, CertificateRow] = {}
        self.dialogs: dict[str, CertificateDialog] = {}
        self.file_dialog: QFileDialog | None = None
        self.last_dir = QDir.homePath()
        self.notice = NoticeLabel(self.tr("Message"), self)
        empty = make_label(self, self.tr(
            "No certificates yet. When you meet a course's requirements (the course screen's "
            "Requirements button lists them), its certificate arrives with the next sync."),
            self.tr("No certificates"))
        self.card_list = CardList(self.tr("Your certificates"), self)
        self.lay_out([self.notice], empty, self.card_list)

    # ------------------------------------------------------------------ list

    def refresh(self) -> None:
        """Read the certificates (store lane) and show them."""
        if self._bridge is None:
            return
        from sync.services import certificates

        def loaded(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.notice.say(message_for(error).full_text())
                self.load_count += 1
                return
            self.show_rows([row_from_service(r) for r in result])

        self._bridge.call_service(certificates.list_certificates, loaded, context=self)

    def show_rows(self, rows: list[CertificateRow]) -> None:
        """Show these certificates (replacing the list)."""
        focused = next((cid for cid, card in self.cards.items()
                        if card.isAncestorOf(self.focusWidget())), None) \
            if self.focusWidget() is not None else None
        CardList.drop(self.cards.values())
        self.cards.clear()
        self.rows = {row.credential_id: row for row in rows}
        for row in sorted(rows, key=lambda r: r.issued, reverse=True):
            card = CertificateCard(row, self.card_list.host)
            card.open_requested.connect(self.open_certificate)
            card.pdf_requested.connect(self.ask_save_pdf)
            card.json_requested.connect(self.ask_save_json)
            self.card_list.add(card)
            self.cards[row.credential_id] = card
        self.show_listed(bool(rows))
        self.load_count += 1
        if focused in self.cards:
            self.cards[focused].open_button.setFocus()

    def focus_first(self) -> None:
        """Keyboard focus on the first card's first button (or nothing to focus)."""
        for card in self.cards.values():
            for button in (card.open_button, card.pdf_button, card.json_button):
                if button.isEnabled():
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                    return

    # ------------------------------------------------------------------ one certificate

    def open_certificate(self, credential_id: str) -> CertificateDialog | None:
        """Its details and QR code, in a non-modal window (one per certificate)."""
        row = self.rows.get(credential_id)
        if row is None:
            return None
        dialog = self.dialogs.get(credential_id)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = CertificateDialog(row, self)
        dialog.pdf_requested.connect(self.ask_save_pdf)
        dialog.json_requested.connect(self.ask_save_json)
        dialog.finished.connect(lambda _r: self._dialog_closed(credential_id))
        self.dialogs[credential_id] = dialog
        dialog.show()
        return dialog

    def _dialog_closed(self, credential_id: str) -> None:
        dialog = self.dialogs.pop(credential_id, None)
        if dialog is not None:
            dialog.deleteLater()

    def _say(self, credential_id: str, text: str) -> None:
        self.notice.say(text)
        dialog = self.dialogs.get(credential_id)
        if dialog is not None:
            dialog.notice.say(text)

    # ------------------------------------------------------------------ saving

    def _ask(self, credential_id: str, title: str, suffix: str, filters: str,
             save: Callable[[str, Path], object]) -> QFileDialog | None:
        row = self.rows.get(credential_id)
        if row is None or row.credential is None:
            return None
        if self.file_dialog is not None:
            self.file_dialog.close()
        start = str(Path(self.last_dir) / (file_stem(row.course_title) + suffix))
        dialog = QFileDialog(self, title, start, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setAccessibleName(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: save(credential_id, Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()
        self.file_dialog_opened.emit(dialog)
        return dialog

    def ask_save_pdf(self, credential_id: str) -> QFileDialog | None:
        """"Save as PDF…": where, then the printable page."""
        return self._ask(credential_id, self.tr("Save the certificate as a PDF"), ".pdf",
                         self.tr("PDF documents (*.pdf)"), self.save_pdf)

    def ask_save_json(self, credential_id: str) -> QFileDialog | None:
        """"Save credential (JSON)…": where, then the signed credential."""
        return self._ask(credential_id, self.tr("Save the credential as JSON"), ".json",
                         self.tr("Credentials (*.json)"), self.save_json)

    def save_pdf(self, credential_id: str, path: Path) -> bool:
        """Write the printable page (a fraction of a second, on this thread: Qt paints it)."""
        row = self.rows.get(credential_id)
        if row is None or row.credential is None:
            return False
        if row.state is CertificateState.REVOKED:
            self._say(credential_id, words().revoked())
            return False
        try:
            render_certificate_pdf(row.credential, path, interface_language())
        except (PaperError, OSError) as exc:
            self._say(credential_id, self.tr("The PDF could not be saved: %1").replace(
                "%1", self._reason(exc)))
            return False
        return self._saved(credential_id, path)

    def save_json(self, credential_id: str, path: Path) -> bool:
        row = self.rows.get(credential_id)
        if row is None or row.credential is None:
            return False
        if row.state is CertificateState.REVOKED:
            self._say(credential_id, words().revoked())
            return False
        try:
            write_credential_json(row.credential, path)
        except (OSError, ValueError) as exc:
            self._say(credential_id, self.tr("The credential could not be saved: %1").replace(
                "%1", self._reason(exc)))
            return False
        return self._saved(credential_id, path)

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, OSError):
            return message_for(exc).full_text()
        return str(exc)

    def _saved(self, credential_id: str, path: Path) -> bool:
        self.last_dir = str(path.parent)
        self._say(credential_id, self.tr("Saved to %1.").replace("%1", str(path)))
        self.saved.emit(str(path))
        return True
