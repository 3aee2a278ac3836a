"""`lectern certificates`, `lectern certificate export` and `lectern certificate verify` (issue
#15), run as the real command on real files: a signed credential in a learner's store, its
JSON, the printable PDF, a QR code PNG made with segno, a photo-like JPEG of it (scaled, turned,
noisy) and a PDF holding that photo (QPdfWriter). Valid: exit 0 and one line; not valid: exit 2
and one line saying why."""
from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any, Callable

import pytest

from sync.certificates import CertificateFacts, did_key, encode_qr_payload, issue, issue_status_list
from sync.paths import DataPaths
from sync.signing import PrivateKey
from sync.store import HubAnswer, HubCredential, LearnerStore

LIST_URL = "https://hub.example/api/v1/certificates/status-list"
Run = Callable[..., subprocess.CompletedProcess]


@pytest.fixture(scope="module")
def key() -> PrivateKey:
    return PrivateKey.generate()


@pytest.fixture(scope="module")
def doc(key: PrivateKey) -> dict[str, Any]:
    facts = CertificateFacts(
        holder_name="María José Fernández", holder_identity="user-42", course_id="tiny-en",
        course_title="Libertad de expresión y Estado de derecho", course_language="es",
        criteria="Ver cada clase, aprobar el cuestionario y participar en el foro.", hours=12,
        issuer_name="Centro de formación judicial", status_list_url=LIST_URL, status_index=5)
    return issue(facts, key)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, doc: dict[str, Any], key: PrivateKey
          ) -> dict[str, Path]:
    """The credential as JSON, a QR PNG (segno), a photo-like JPEG of it, a PDF of that photo,
    a tampered JSON, a picture with no QR code, and status lists (revoked and not)."""
    import segno

    root = tmp_path_factory.mktemp("certfiles")
    out = {"json": root / "cert.json", "png": root / "qr.png", "jpeg": root / "photo.jpg",
           "pdf": root / "scan.pdf", "tampered": root / "tampered.json",
           "blank": root / "blank.png", "revoked": root / "revoked-list.json",
           "clear": root / "clear-list.json", "garbage": root / "garbage.json"}
    out["json"].write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    tampered = json.loads(json.dumps(doc))
    tampered["credentialSubject"]["achievement"]["creditsAvailable"] = 120
    out["tampered"].write_text(json.dumps(tampered), encoding="utf-8")
    out["garbage"].write_text('{"@context": [', encoding="utf-8")
    out["revoked"].write_text(json.dumps(issue_status_list(LIST_URL, [5], key)), encoding="utf-8")
    out["clear"].write_text(json.dumps(issue_status_list(LIST_URL, [4], key)), encoding="utf-8")
    segno.make(encode_qr_payload(doc), error="m", micro=False).save(out["png"], scale=4, border=4)
    _photo_and_pdf(out["png"], out["jpeg"], out["pdf"], out["blank"])
    return out


def _photo_and_pdf(png: Path, jpeg: Path, pdf: Path, blank: Path) -> None:
    """A phone-like photo of the printed code (on grey paper, scaled, turned 4°, noisy,
    JPEG at 70) and a one-page PDF holding it, drawn with Qt in this process."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter, QTransform
    from PySide6.QtWidgets import QApplication

    # A QApplication, not a QGuiApplication: this process goes on to test widgets (pytest-qt's
    # qapp reuses whatever application exists, and a QWidget aborts under a QGuiApplication).
    _app = QApplication.instance() or QApplication(["test"])  # noqa: F841 - kept alive
    code = QImage(str(png))
    assert not code.isNull()
    side = int(code.width() * 1.3)
    photo = QImage(side + 400, side + 300, QImage.Format.Format_RGB32)
    photo.fill(QColor(214, 210, 200))
    turned = code.transformed(QTransform().rotate(4), Qt.TransformationMode.SmoothTransformation)
    turned = turned.scaledToWidth(side, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(photo)
    painter.drawImage(180, 120, turned)
    painter.end()
    gray = photo.convertToFormat(QImage.Format.Format_Grayscale8)
    stride = gray.bytesPerLine()
    pixels = bytearray(bytes(gray.constBits())[:stride * gray.height()])
    rng = random.Random(15)
    for i in range(0, len(pixels), 3):
        pixels[i] = max(0, min(255, pixels[i] + rng.randint(-40, 40)))
    noisy = QImage(bytes(pixels), gray.width(), gray.height(), stride,
                   QImage.Format.Format_Grayscale8).copy()
    assert noisy.save(str(jpeg), "JPEG", 70)

    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    page = writer.width()
    width = page * 0.8
    painter.drawImage(QRectF(page * 0.1, page * 0.1, width, width * noisy.height() / noisy.width()),
                      noisy)
    painter.end()

    empty = QImage(600, 400, QImage.Format.Format_RGB32)
    empty.fill(QColor(250, 250, 250))
    painter = QPainter(empty)
    painter.drawText(40, 200, "No code here, only words.")
    painter.end()
    assert empty.save(str(blank), "PNG")


@pytest.fixture
def learner(run_lectern: Run, doc: dict[str, Any], key: PrivateKey) -> Run:
    """A profile whose store holds the certificate (number 1) with its credential."""
    paths = DataPaths(run_lectern.data_dir).ensure()  # type: ignore[attr-defined]
    with LearnerStore.open(paths.db) as store:
        event = HubCredential(1, "tiny", "tiny-en", 1, "2026-03-01T10:00:00+00:00", doc["id"], doc)
        assert store.apply_hub_answer(HubAnswer("c1", events=[event]), {},
                                      (store.account(), store.device_id()))
    return run_lectern


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def verify(run: Run, *args: str) -> subprocess.CompletedProcess:
    return run("certificate", "verify", *args, data_dir=None)


# --------------------------------------------------------------------------- valid


@pytest.mark.parametrize("kind", ["json", "png", "jpeg", "pdf"])
def test_a_valid_certificate_verifies_from_each_kind_of_file(run_lectern: Run, files: dict[str, Path],
                                                             key: PrivateKey, kind: str) -> None:
    r = verify(run_lectern, str(files[kind]), "--trust-issuer", did_key(key.public_raw),
               "--status-list", str(files["clear"]))
    assert r.returncode == 0, r.stderr
    line = _one_line(r.stdout)
    assert line.startswith("Valid: María José Fernández completed “Libertad de expresión y Estado"
                           " de derecho” on 20")
    assert "Centro de formación judicial (did:key:z6Mk" in line and "not checked" not in line
    assert r.stderr == ""


def test_list_export_json_and_pdf_then_verify_the_pdf(learner: Run, doc: dict[str, Any],
                                                      tmp_path: Path) -> None:
    r = learner("certificates")
    assert r.returncode == 0, r.stderr
    assert "Libertad de expresión" in r.stdout and "issued" in r.stdout and "12" in r.stdout
    r = learner("certificates", "--json")
    (listed,) = json.loads(r.stdout)
    assert listed["certificate_id"] == 1 and listed["state"] == "issued"
    assert listed["credential_id"] == doc["id"] and listed["language"] == "es"
    assert listed["hours"] == 12 and "credential" not in listed

    r = learner("certificate", "export", "1", str(tmp_path / "mine.json"))
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "mine.json").read_text(encoding="utf-8")) == doc

    pdf = tmp_path / "mine.pdf"
    r = learner("certificate", "export", doc["id"], str(pdf))
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    r = verify(learner, str(pdf))   # no profile named: nobody pinned the hub
    assert r.returncode == 2 and "(unknown-issuer)" in _one_line(r.stderr)
    r = learner("--profile", "default", "certificate", "verify", str(pdf))  # the hub it came from
    assert r.returncode == 0, r.stderr
    assert _one_line(r.stdout).endswith("; revocation not checked (no status list).")

    if shutil.which("pdftoppm") and shutil.which("zbarimg"):
        # a decoder other than Lectern's reads the printed code at a scanner's 150 dpi
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf), str(tmp_path / "p")],
                       check=True, timeout=60)
        page = sorted(tmp_path.glob("p*.png"))[0]
        z = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                            str(page)], capture_output=True, text=True, timeout=60)
        assert z.returncode == 0, z.stderr
        assert z.stdout.strip() == encode_qr_payload(doc) or z.stdout.strip().startswith("LC1:")


def test_export_refuses_an_unknown_id_and_another_suffix(learner: Run, tmp_path: Path) -> None:
    r = learner("certificate", "export", "99", str(tmp_path / "x.json"))
    assert r.returncode == 2 and "no certificate '99'" in _one_line(r.stderr)
    r = learner("certificate", "export", "1", str(tmp_path / "x.txt"))
    assert r.returncode == 2 and ".pdf" in _one_line(r.stderr)
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "x.txt").exists()


# --------------------------------------------------------------------------- not valid


def test_bad_input_exits_2_with_one_line_saying_why(run_lectern: Run, files: dict[str, Path],
                                                     key: PrivateKey, tmp_path: Path) -> None:
    other = did_key(PrivateKey.generate().public_raw)
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting notes, nothing else.\n", encoding="utf-8")
    cases = {
        "unreadable": [str(tmp_path / "missing.json")],
        "malformed": [str(files["garbage"])],
        "not-a-certificate": [str(notes)],
        "tampered": [str(files["tampered"])],
        "unknown-issuer": [str(files["json"]), "--trust-issuer", other],
        "revoked": [str(files["png"]), "--status-list", str(files["revoked"]),
                    "--trust-issuer", did_key(key.public_raw)],
    }
    for reason, args in cases.items():
        r = verify(run_lectern, *args)
        assert r.returncode == 2, (reason, r.stdout, r.stderr)
        line = _one_line(r.stderr)
        assert line.startswith(f"Not valid ({reason}): "), (reason, line)
        assert r.stdout == "" and "Traceback" not in r.stderr
    r = verify(run_lectern, str(files["blank"]))
    assert r.returncode == 2
    assert _one_line(r.stderr) == "Not valid (unreadable): no QR code was found in the image blank.png."
    r = verify(run_lectern, str(files["json"]), "--status-list", str(tmp_path / "nolist.json"))
    assert r.returncode == 2 and "status list" in _one_line(r.stderr)
    r = verify(run_lectern, str(files["json"]), "--trust-issuer", "did:key:zNotAKey")
    assert r.returncode == 2 and _one_line(r.stderr).startswith("Not valid (bad input): ")
