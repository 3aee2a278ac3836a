"""The certificate screens in a real X window on a 1366x768 screen, at scale 1.0 and 1.5: the
course screen of the real player (a real data dir with the demo course) with its Requirements
window opened by Ctrl+R, and the Certificates screen with a signed credential opened in its
details window. Each window lies within the screen, asks for no more than the screen has, and
the focused control is the one the keyboard path leads to. Screenshots land in
`test-artifacts/screenshots/certificates-<scale>/` for people to look at.

The drawing runs in a child process (this file run as a script) so each scale gets its own
QApplication with `QT_SCALE_FACTOR` set before Qt starts.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHOTS = ("requirements", "certificates", "certificate")

pytestmark = pytest.mark.window


def test_certificate_screens_fit_a_1366_screen(laptop_run, tmp_path):
    from window_shots import shoot_at_every_scale  # the parent only: the child runs this file

    for scale, shots in shoot_at_every_scale(laptop_run, __file__, tmp_path, "certificates",
                                             SHOTS).items():
        for fields in shots:
            assert fields["focus"] == fields["want"], (scale, fields)


# ---------------------------------------------------------------------- the child process

def _main(data_dir: Path, out: Path) -> None:  # pragma: no cover - runs in the child
    from datetime import datetime, timezone

    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from player.app import create_main_window
    from player.certificates.records import (
        CertificateRow,
        CertificateState,
        RequirementsPage,
        row_from_credential,
    )
    from player.certificates.screen import CertificatesScreen
    from sync.certificates import CertificateFacts, issue
    from sync.demo import DEMO_COURSE_ID, ensure_demo_installed
    from sync.paths import DataPaths
    from sync.requirements import evaluate, facts_from
    from sync.signing import PrivateKey

    app = QApplication(["lectern-certificates-shots"])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    paths = DataPaths(data_dir)
    ensure_demo_installed(paths)

    def wait(condition, ms: int = 20_000) -> None:
        for _ in range(ms // 20):
            if condition():
                return
            QTest.qWait(20)
        raise SystemExit(f"timed out waiting for {condition}")

    def report(name: str, window: QWidget, want: QWidget) -> None:
        QTest.qWait(300)
        screen = window.screen()
        avail = screen.availableGeometry()
        frame = window.frameGeometry()
        inside = avail.contains(frame) or avail.intersected(frame) == frame
        minimum = window.minimumSizeHint()
        fits = minimum.width() <= avail.width() and minimum.height() <= avail.height()
        focus = QApplication.focusWidget()
        screen.grabWindow(0).save(str(out / f"{name}.png"))
        print(f"shot name={name} inside={'yes' if inside else 'no'} "
              f"fits={'yes' if fits else 'no'} frame={frame.x()},{frame.y()},"
              f"{frame.width()},{frame.height()} avail={avail.width()}x{avail.height()} "
              f"focus={type(focus).__name__ if focus else None}:{id(focus)} "
              f"want={type(want).__name__}:{id(want)}", flush=True)

    # The real player on a real store: the course screen, then Ctrl+R.
    window = create_main_window(paths, install_demo=False, start_network=False)
    window.show()
    wait(lambda: window.library.load_count > 0)
    window.open_course(DEMO_COURSE_ID)
    wait(lambda: window.course.data is not None and window.course.item_view is not None)
    window.activateWindow()
    wait(lambda: window.isActiveWindow())
    window.course.requirements.button.setFocus()
    QTest.keyClick(window.course.requirements.button, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = window.course.requirements.dialog
    assert dialog is not None
    manifest = window.course.data.manifest
    requirements = manifest.requirements
    done = {i for i in requirements.required_items[:2]}
    page = RequirementsPage(
        DEMO_COURSE_ID, manifest.title,
        evaluate(requirements, facts_from(done), datetime(2026, 6, 1, tzinfo=timezone.utc)),
        {item.id: item.title for item in manifest.items()}, CertificateState.NOT_EARNED,
        requirements.ends)
    wait(lambda: dialog.isVisible())
    QTest.qWait(300)   # the service's own answer first, then this page (bodies may be pending)
    dialog.view.show_page(page)
    dialog.activateWindow()
    dialog.view.list.setFocus()
    report("requirements", dialog, dialog.view.list)
    dialog.close()

    # The Certificates screen where the main window shows its screens.
    facts = CertificateFacts(
        holder_name="Amara Okafor", holder_identity="account-7", course_id=DEMO_COURSE_ID,
        course_title=manifest.title, course_language="en",
        criteria="Every lecture, the quiz passed, two posts in the forum and a reply to a "
                 "colleague.", hours=6, issuer_name="Judicial Training Centre",
        status_list_url="https://hub.example.org/status/1", status_index=3)
    credential = issue(facts, PrivateKey.generate(),
                       datetime(2026, 3, 12, 9, 30, tzinfo=timezone.utc))
    rows = [row_from_credential(credential, DEMO_COURSE_ID),
            CertificateRow("urn:uuid:waiting", "sources-guide-en",
                           "Protecting journalists' sources: a practical guide", "", None,
                           "fr", CertificateState.WAITING)]
    screen = CertificatesScreen(None)
    screen.setWindowTitle("Certificates — Lectern")
    screen.show_rows(rows)
    screen.setGeometry(window.geometry())
    window.hide()
    screen.show()
    screen.activateWindow()
    wait(lambda: screen.isVisible())
    screen.focus_first()
    report("certificates", screen, screen.cards[credential["id"]].open_button)

    QTest.keyClick(screen.cards[credential["id"]].open_button, Qt.Key.Key_Space)
    details = screen.dialogs[credential["id"]]
    wait(lambda: details.isVisible())
    details.activateWindow()
    details.pdf_button.setFocus()
    report("certificate", details, details.pdf_button)
    details.close()
    screen.close()
    window.close()
    app.processEvents()


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(REPO))
    _main(Path(sys.argv[1]), Path(sys.argv[2]))
