"""Course runs in a real X window on a 1366x768 screen, at scale 1.0 and 1.5 (issue #17): the
course screen of the real player with module 2 of the demo locked ("opens on …", the padlock,
the notice instead of the item, with the keyboard on it), and the announcements inbox with the
banner above the screen. Each window lies within the screen and asks for no more than it has;
nothing in the locked notice, the outline's module rows or the banner is clipped. Screenshots
land in `test-artifacts/screenshots/course-runs-<scale>/` for people to look at.

The drawing runs in a child process (this file run as a script) so each scale gets its own
QApplication with `QT_SCALE_FACTOR` set before Qt starts; the hub's events are applied to the
real store as a sync applies them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHOTS = ("course-locked", "announcements")

pytestmark = pytest.mark.window


def test_course_run_screens_fit_a_1366_screen(laptop_run, tmp_path):
    from window_shots import shoot_at_every_scale  # the parent only: the child runs this file

    for scale, shots in shoot_at_every_scale(laptop_run, __file__, tmp_path, "course-runs",
                                             SHOTS).items():
        for fields in shots:
            assert fields["focus"] == fields["want"], (scale, fields)
            assert fields["clipped"] == "none", (scale, fields)


# ---------------------------------------------------------------------- the child process

def _main(data_dir: Path, out: Path) -> None:  # pragma: no cover - runs in the child
    from datetime import datetime, timedelta, timezone

    from PySide6.QtCore import QLocale
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from player.app import create_main_window
    from player.clip_check import clipped_texts
    from sync import hub_clock
    from sync.demo import DEMO_COURSE_ID, DEMO_FAMILY, ensure_demo_installed
    from sync.paths import DataPaths
    from sync.store import HubAnnouncement, HubAnswer, HubRun, LearnerStore

    app = QApplication(["lectern-course-runs-shots"])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    paths = DataPaths(data_dir)
    ensure_demo_installed(paths)
    hub = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)
    events = (HubRun(DEMO_FAMILY, "7", "May 2026 cohort", "weekly", hub.isoformat(), None, hub.isoformat()),
              HubAnnouncement("a1000000-0000-4000-8000-000000000001", "7", DEMO_FAMILY, "Welcome to the May cohort",
                              "Module 1 is open today. Please introduce yourself in the discussion "
                              "before Friday.", "prof.ndiaye", "instructor", hub.isoformat()),
              HubAnnouncement("a1000000-0000-4000-8000-000000000002", "7", DEMO_FAMILY,
                              "Module 2 opens next Friday",
                              "Read the briefing on the Declaration of Principles first; the "
                              "question for week 2 will be pinned at the top of its discussion.",
                              "prof.ndiaye", "instructor", (hub + timedelta(days=1)).isoformat()))
    with LearnerStore.open(paths.db) as store:
        store.apply_hub_answer(HubAnswer(cursor="c", events=events, hub_time=hub.isoformat(),
                                         clock=hub_clock.read_boot_clock(), protocol=2),
                               {}, (store.account(), store.device_id()))

    def wait(condition, ms: int = 20_000) -> None:
        for _ in range(ms // 20):
            if condition():
                return
            QTest.qWait(20)
        raise SystemExit(f"timed out waiting for {condition}")

    def report(name: str, window: QWidget, want: QWidget, check: list[QWidget]) -> None:
        QTest.qWait(400)
        screen = window.screen()
        avail = screen.availableGeometry()
        frame = window.frameGeometry()
        inside = avail.contains(frame) or avail.intersected(frame) == frame
        minimum = window.minimumSizeHint()
        fits = minimum.width() <= avail.width() and minimum.height() <= avail.height()
        focus = QApplication.focusWidget()
        clipped = [c for w in check for c in clipped_texts(w)]
        screen.grabWindow(0).save(str(out / f"{name}.png"))
        print(f"shot name={name} inside={'yes' if inside else 'no'} "
              f"fits={'yes' if fits else 'no'} frame={frame.x()},{frame.y()},"
              f"{frame.width()},{frame.height()} avail={avail.width()}x{avail.height()} "
              f"focus={type(focus).__name__ if focus else None}:{id(focus)} "
              f"want={type(want).__name__}:{id(want)} "
              f"clipped={'none' if not clipped else '|'.join(map(str, clipped)).replace(' ', '_')}",
              flush=True)

    window = create_main_window(paths, install_demo=False, start_network=False)
    window.show()
    wait(lambda: window.library.load_count > 0)
    window.inbox.refresh()
    wait(lambda: window.inbox.loads > 0)
    window.open_course(DEMO_COURSE_ID, "m2-reading")
    course = window.course
    wait(lambda: course.locked_notice is not None)
    window.activateWindow()
    wait(lambda: window.isActiveWindow())
    course.locked_notice.setFocus()
    report("course-locked", window, course.locked_notice.text,
           [course.locked_notice, window.announcement_banner])

    dialog = window.show_announcements()
    wait(lambda: dialog.isVisible() and dialog.list.count() == 2)
    dialog.activateWindow()
    wait(lambda: dialog.isActiveWindow())
    dialog.list.setFocus()
    report("announcements", dialog, dialog.list, [dialog])
    dialog.close()
    window.close()
    app.processEvents()


if __name__ == "__main__":  # pragma: no cover - the child process
    _main(Path(sys.argv[1]), Path(sys.argv[2]))
