"""The printable certificate: one A4 PDF page a court can file, with the whole credential in a QR
code so that a paper copy (or a photo of it) verifies on a computer with no network.

Drawn with Qt (QPdfWriter + QPainter, the words laid out by QTextDocument) rather than reportlab:
Qt already shapes Arabic and CJK with the system's fonts (HarfBuzz and fontconfig fallback) and
lays paragraphs out right-to-left with the Unicode bidi algorithm, where reportlab would need
fonts bundled for each script and a bidi and shaping stack of its own. The words come through
Qt's translation (context "CertificatePaper"), so the page is in the learner's interface
language. The QR matrix is segno's; each dark module is painted as a vector square (whole rows
of modules merged into one rectangle), big enough to be read back from a 150 dpi scan.
Works without a window: from the CLI it starts an offscreen QGuiApplication if there is none.
"""
from __future__ import annotations

import html
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from sync.atomic_file import replacing

__all__ = ["PaperError", "QrMatrix", "qr_matrix", "render_certificate_pdf"]

log = logging.getLogger(__name__)

_CONTEXT = "CertificatePaper"
#: device pixels per inch of the PDF's painter (vectors and text stay vectors; this is precision)
_RESOLUTION = 600
#: page margins, in millimetres
_MARGIN_MM = 18.0
#: the smallest module (one QR square) printed: 0.6 mm is 3.5 pixels of a 150 dpi scan
MIN_MODULE_MM = 0.6
#: the QR code's side is at least this, and at most the second number (a version-40 code)
_QR_MIN_MM, _QR_MAX_MM = 80.0, 125.0
#: modules of white border around the code (the QR standard's quiet zone)
_QUIET_ZONE = 4


class PaperError(Exception):
    """The certificate cannot be printed (its credential is unreadable or too large for a QR
    code, or the file cannot be written); the message says why in plain words."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class QrMatrix:
    """A QR code's modules (True = dark), without the quiet zone, and its version."""

    rows: tuple[tuple[bool, ...], ...]
    version: int

    @property
    def size(self) -> int:
        return len(self.rows)


def qr_matrix(payload: str) -> QrMatrix:
    """The QR code of `payload`, at error correction M (segno raises it when that costs no
    size), at L only when M cannot hold it; PaperError when no QR code can."""
    import segno

    for level in ("m", "l"):
        try:
            code = segno.make(payload, error=level, micro=False)
        except segno.DataOverflowError:
            continue
        rows = tuple(tuple(bool(v) for v in row) for row in code.matrix)
        return QrMatrix(rows, int(code.version))
    raise PaperError(_tr("This certificate is too long to fit in a QR code."))


def qr_payload(credential: dict[str, Any]) -> str:
    """The text the QR code holds: the whole credential, compressed (`sync.certificates`'
    LC1 format, which `lectern certificate verify` reads back)."""
    from sync.certificates import encode_qr_payload

    return encode_qr_payload(credential)


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; the CLI has none: start one offscreen."""
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["lectern"])
        # kept alive for the process: Qt must not see it collected while fonts are in use
        globals()["_APP"] = app


def is_right_to_left(language: str) -> bool:
    """Whether the page is laid out right to left: the language's own direction, or the
    application's (a right-to-left interface)."""
    if QLocale(language.replace("-", "_")).textDirection() == Qt.LayoutDirection.RightToLeft:
        return True
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _locale(language: str) -> QLocale:
    locale = QLocale(language.replace("-", "_"))
    return locale if locale.language() != QLocale.Language.C else QLocale()


def long_date(moment: datetime, locale: QLocale) -> str:
    """A day as `locale` writes it in full, without the weekday ("12 March 2026", "March 12,
    2026", "١٢ مارس ٢٠٢٦")."""
    pattern = re.sub(r"[\s,،]*dddd[\s,،]*", " ",
                     locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,،")
    return locale.toString(QDate(moment.year, moment.month, moment.day), pattern)


def format_date(valid_from: str, language: str) -> str:
    """An ISO date-time as the interface language writes a date."""
    try:
        moment = datetime.fromisoformat(valid_from.replace("Z", "+00:00"))
    except ValueError:
        return valid_from
    return long_date(moment, _locale(language))


def format_hours(hours: float | None, language: str) -> str:
    if hours is None:
        return ""
    return _locale(language).toString(float(hours), "g", 6)


def language_words(tag: str, language: str) -> str:
    """A course's language named in the interface language where Qt knows it, else the tag."""
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return tag
    return QLocale.languageToString(locale.language())


def _paragraph(text: str, size_pt: float, *, bold: bool = False, space_after: float = 6) -> str:
    weight = "font-weight:bold;" if bold else ""
    body = html.escape(text).replace("\n", "<br>")
    return (f'<p align="center" style="font-size:{size_pt}pt;{weight}'
            f'margin-bottom:{space_after}pt;">{body}</p>')


def certificate_html(credential: dict[str, Any], language: str) -> str:
    """The page's words as rich text, every sentence translated, every value escaped."""
    from sync.certificates import summarize

    summary = summarize(credential)
    achievement = credential.get("credentialSubject", {}).get("achievement", {})
    criteria = ""
    if isinstance(achievement, dict) and isinstance(achievement.get("criteria"), dict):
        criteria = str(achievement["criteria"].get("narrative", ""))
    issuer = summary.issuer_name or summary.issuer
    parts = [
        _paragraph(_tr("Certificate of completion"), 26, bold=True, space_after=18),
        _paragraph(_tr("This certifies that"), 13),
        _paragraph(summary.holder_name, 22, bold=True, space_after=10),
        _paragraph(_tr("has completed the course"), 13),
        _paragraph(summary.course_title, 18, bold=True, space_after=14),
        _paragraph(_tr("Completed on %1").replace(
            "%1", format_date(summary.valid_from, language)), 12, space_after=2),
    ]
    if summary.hours is not None:
        parts.append(_paragraph(_tr("Hours of study: %1").replace(
            "%1", format_hours(summary.hours, language)), 12, space_after=2))
    if summary.course_language:
        parts.append(_paragraph(_tr("Language of the course: %1").replace(
            "%1", language_words(summary.course_language, language)), 12, space_after=2))
    parts.append(_paragraph(_tr("Issued by %1").replace("%1", issuer), 12, space_after=12))
    if criteria:
        parts.append(_paragraph(_tr("Requirements met: %1").replace("%1", criteria), 10,
                                space_after=8))
    direction = "rtl" if is_right_to_left(language) else "ltr"
    return f'<html><body dir="{direction}">{"".join(parts)}</body></html>'


def footer_html(credential: dict[str, Any], language: str) -> str:
    """Under the QR code: what it is, and the ids court IT checks it against."""
    from sync.certificates import summarize

    summary = summarize(credential)
    parts = [
        _paragraph(_tr("This code holds the whole signed certificate. It can be checked on any "
                       "computer, even with no network: lectern certificate verify, then a scan "
                       "or photo of this page."), 9, space_after=4),
        _paragraph(_tr("Certificate id: %1").replace("%1", summary.credential_id), 8,
                   space_after=2),
        _paragraph(_tr("Issuer key: %1").replace("%1", summary.issuer), 7, space_after=0),
    ]
    direction = "rtl" if is_right_to_left(language) else "ltr"
    return f'<html><body dir="{direction}">{"".join(parts)}</body></html>'


def _document(text: str, width: float, writer: QPdfWriter, rtl: bool) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # points mean the PDF's points
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setHtml(text)
    doc.setTextWidth(width)
    return doc


def _mm(value: float) -> float:
    return value / 25.4 * _RESOLUTION


def _draw_qr(painter: QPainter, matrix: QrMatrix, rect: QRectF) -> None:
    """The code as vector squares on white (quiet zone included in `rect`); a run of dark
    modules in a row is one rectangle, so the PDF stays small and has no hairline seams."""
    painter.fillRect(rect, QColor("white"))
    total = matrix.size + 2 * _QUIET_ZONE
    module = rect.width() / total
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix.rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            painter.drawRect(QRectF(rect.left() + (start + _QUIET_ZONE) * module,
                                    rect.top() + (y + _QUIET_ZONE) * module,
                                    (x - start) * module, module))


def qr_side_mm(matrix: QrMatrix) -> float:
    """The printed side of the code: modules at least MIN_MODULE_MM, within the page's room."""
    total = matrix.size + 2 * _QUIET_ZONE
    return min(_QR_MAX_MM, max(_QR_MIN_MM, total * MIN_MODULE_MM))


def render_certificate_pdf(credential: dict[str, Any], out: Path, language: str) -> None:
    """Write the credential's A4 certificate to `out` (atomically: a reader never sees half a
    PDF, and a failure leaves no file). `language` is the interface language (BCP 47)."""
    from sync.certificates import CertificateError

    ensure_gui_application()
    out = Path(out)
    try:
        payload = qr_payload(credential)
        body = certificate_html(credential, language)
        footer = footer_html(credential, language)
    except CertificateError as exc:
        raise PaperError(str(exc)) from None
    matrix = qr_matrix(payload)
    rtl = is_right_to_left(language)

    out.parent.mkdir(parents=True, exist_ok=True)
    with replacing(out) as temp:
        _paint(credential, temp, body, footer, matrix, rtl)


def _paint(credential: dict[str, Any], path: Path, body: str, footer: str, matrix: QrMatrix,
           rtl: bool) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(_tr("Certificate of completion") + " — " + str(credential.get("name", "")))
    writer.setCreator("Lectern")
    painter = QPainter()
    if not painter.begin(writer):
        raise PaperError(_tr("The PDF file could not be written."))
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(_RESOLUTION))
        page.moveTo(0, 0)
        side = _mm(qr_side_mm(matrix))
        footer_doc = _document(footer, page.width(), writer, rtl)
        footer_height = footer_doc.size().height()
        qr_top = page.bottom() - footer_height - _mm(3) - side
        qr_rect = QRectF(page.center().x() - side / 2, qr_top, side, side)
        room = QRectF(page.left(), page.top(), page.width(), qr_top - _mm(6) - page.top())

        doc = _fitted(body, page.width(), room.height(), writer, rtl)
        pages_of_text = 1
        if doc.size().height() > room.height():
            # paginated by Qt's layout: a line is never cut across two pages
            doc.setPageSize(QSizeF(page.width(), room.height()))
            pages_of_text = doc.pageCount()
        painter.save()
        painter.translate(room.topLeft())
        doc.drawContents(painter, QRectF(0, 0, room.width(), room.height()))
        painter.restore()
        _draw_qr(painter, matrix, qr_rect)
        painter.save()
        painter.translate(page.left(), qr_rect.bottom() + _mm(3))
        footer_doc.drawContents(painter, QRectF(QRectF(0, 0, page.width(), footer_height)))
        painter.restore()
        # Requirements too long for the first page go on, whole, on the next ones.
        for n in range(1, pages_of_text):
            writer.newPage()
            painter.save()
            painter.translate(0, -n * room.height())
            doc.drawContents(painter, QRectF(0, n * room.height(), page.width(), room.height()))
            painter.restore()
    finally:
        painter.end()


def _fitted(body: str, width: float, height: float, writer: QPdfWriter,
            rtl: bool) -> QTextDocument:
    """The words at full size, or smaller (down to 70%) until they fit above the code."""
    doc = _document(body, width, writer, rtl)
    scale = 1.0
    while doc.size().height() > height and scale > 0.7:
        scale -= 0.05
        doc = _document(_scaled(body, scale), width, writer, rtl)
    return doc


def _scaled(body: str, scale: float) -> str:
    return re.sub(r"font-size:([0-9.]+)pt",
                  lambda m: f"font-size:{float(m.group(1)) * scale:.1f}pt", body)


def page_size_mm() -> QSizeF:
    """A4, for tests that measure the page."""
    return QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
