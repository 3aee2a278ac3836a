"""The printed certificate (player/certificates/paper.py): a real A4 PDF whose QR code, rendered
at 150 dpi by poppler's `pdftoppm` and read by zbar's `zbarimg`, gives back the very credential
that was signed (and it verifies); right-to-left pages; no half-written file; the CLI case
without any window."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from player.certificates.paper import (
    MIN_MODULE_MM,
    PaperError,
    certificate_html,
    qr_matrix,
    qr_side_mm,
    render_certificate_pdf,
)
from sync.certificates import CertificateFacts, decode_qr_payload, issue, verify
from sync.signing import PrivateKey

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "certificates"
TOOLS = shutil.which("pdftoppm") and shutil.which("zbarimg")
needs_tools = pytest.mark.skipif(not TOOLS, reason="needs Debian's poppler-utils and zbar-tools")


def credential(name: str = "María José Fernández de la Peña",
               title: str = "Libertad de expresión y protección de periodistas: curso "
                            "introductorio para jueces y juezas", language: str = "es",
               criteria: str = "Ver todas las lecciones, aprobar los dos cuestionarios y "
                               "participar al menos dos veces en el foro, respondiendo a un "
                               "colega.") -> dict:
    facts = CertificateFacts(
        holder_name=name, holder_identity="account-42", course_id="foe-intro-es",
        course_title=title, course_language=language, criteria=criteria, hours=12,
        issuer_name="Escuela Judicial", status_list_url="https://hub.example.org/status/1",
        status_index=7)
    return issue(facts, PrivateKey.generate(), datetime(2026, 3, 12, 9, 30, tzinfo=timezone.utc))


def read_back(pdf: Path, tmp_path: Path) -> list[str]:
    """The QR codes on the PDF's first page, as a 150 dpi scan would give them."""
    prefix = tmp_path / "scan"
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf),
                    str(prefix)], check=True, timeout=60)
    png = next(tmp_path.glob("scan*.png"))
    out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sqrcode.enable", str(png)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return [line for line in out.stdout.splitlines() if line.strip()]


def page_text(pdf: Path) -> str:
    doc = QPdfDocument()
    doc.load(str(pdf))
    assert doc.pageCount() >= 1
    return " ".join(doc.getAllText(n).text() for n in range(doc.pageCount()))


@needs_tools
def test_qr_code_read_from_150_dpi_scan_is_the_signed_credential(qapp, tmp_path):
    cred = credential()
    out = tmp_path / "certificate.pdf"
    render_certificate_pdf(cred, out, "en")
    assert out.read_bytes().startswith(b"%PDF")
    codes = read_back(out, tmp_path)
    assert len(codes) == 1
    assert codes[0].startswith("LC1:")
    decoded = decode_qr_payload(codes[0])
    assert decoded == cred
    assert verify(decoded, trusted_issuers=[decoded["issuer"]["id"]]).ok  # its issuer pinned
    # every field a person reads is on the page, as words (not only inside the code)
    text = page_text(out)
    for words in ("María José Fernández de la Peña", "Libertad de expresión",
                  "March 12, 2026", "Escuela Judicial", cred["id"], "12"):
        assert words in " ".join(text.split()), words
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(out, ARTIFACTS / "certificate-en.pdf")


@needs_tools
def test_long_criteria_still_reads_back(qapp, tmp_path):
    """A publisher's long criteria make a bigger code: still at least MIN_MODULE_MM a module,
    still read from a 150 dpi scan; the words go on a second page rather than being cut."""
    long = " ".join(["Ver todas las lecciones y aprobar cada cuestionario del módulo."] * 20)
    cred = credential(criteria=long)
    out = tmp_path / "long.pdf"
    render_certificate_pdf(cred, out, "es")
    assert decode_qr_payload(read_back(out, tmp_path)[0]) == cred
    matrix = qr_matrix("LC1:" + "A" * 2000)
    assert qr_side_mm(matrix) / (matrix.size + 8) >= MIN_MODULE_MM * 0.999
    assert "cuestionario del módulo" in page_text(out)


@needs_tools
def test_right_to_left_page(qapp, rtl, tmp_path):
    """An Arabic interface: the page is laid out right to left, Arabic is shaped (the PDF's
    text layer has the name as written), and the code still reads back."""
    cred = credential(name="ليلى حسن", title="حرية التعبير وسلامة الصحفيين", language="ar",
                      criteria="مشاهدة جميع المحاضرات واجتياز الاختبار والمشاركة في المنتدى.")
    out = tmp_path / "rtl.pdf"
    render_certificate_pdf(cred, out, "ar")
    assert decode_qr_payload(read_back(out, tmp_path)[0]) == cred
    text = page_text(out)
    assert "ليلى" in text and "الصحفيين" in text
    # the date in the language's own digits
    assert "٢٠٢٦" in text
    # laid out right to left even for words the translation leaves in English
    assert 'dir="rtl"' in certificate_html(cred, "ar")
    doc = QPdfDocument()
    doc.load(str(out))
    image: QImage = doc.render(0, doc.pagePointSize(0).toSize())
    assert not image.isNull()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(out, ARTIFACTS / "certificate-ar.pdf")
    image.save(str(ARTIFACTS / "certificate-ar.png"))


def test_not_a_credential_leaves_no_file(qapp, tmp_path):
    out = tmp_path / "nothing.pdf"
    with pytest.raises(PaperError):
        render_certificate_pdf({"hello": "world"}, out, "en")
    assert list(tmp_path.iterdir()) == []


def test_replaces_an_older_file_whole(qapp, tmp_path):
    out = tmp_path / "certificate.pdf"
    out.write_bytes(b"old")
    render_certificate_pdf(credential(), out, "en")
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["certificate.pdf"]
    # The mode of an ordinary new file (the process umask: the player's is private), not the
    # owner-only mode of a temporary file (which differs only when the umask is not private).
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_works_without_a_window_from_a_cli(tmp_path):
    """No QApplication at all (the `lectern certificate export` case): it starts one offscreen."""
    cred_file = tmp_path / "cred.json"
    cred_file.write_text(json.dumps(credential()), encoding="utf-8")
    out = tmp_path / "cli.pdf"
    code = ("import json, sys; from pathlib import Path;"
            "from PySide6.QtCore import QCoreApplication;"
            "from player.certificates.paper import render_certificate_pdf;"
            "assert QCoreApplication.instance() is None;"
            f"render_certificate_pdf(json.loads(Path({str(cred_file)!r}).read_text()),"
            f" Path({str(out)!r}), 'fr')")
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("QT_QPA_PLATFORM",
                                                                            "DISPLAY")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.read_bytes().startswith(b"%PDF")
    assert "12 mars 2026" in page_text(out)
