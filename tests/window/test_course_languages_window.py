"""Course languages in a real X window on a 1366x768 screen, at scale 1.0 and 1.5 (#16): the
library with the demo's English, French and Arabic versions on one card ("Languages: English
· Français · العربية"), and the course screen in its Arabic version (the outline and the item
right to left under an English interface) with the language switch's menu open. Each window
lies within the screen and asks for no more than it has; nothing on the card, the header or
the menu is clipped. Screenshots land in `test-artifacts/screenshots/course-languages-<scale>/`
for people to look at.

The drawing runs in a child process (this file run as a script) so each scale gets its own
QApplication with `QT_SCALE_FACTOR` set before Qt starts.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHOTS = ("library", "course-language-menu")

pytestmark = pytest.mark.window


def test_course_language_screens_fit_a_1366_screen(laptop_run, tmp_path):
    from window_shots import shoot_at_every_scale  # the parent only: the child runs this file

    for scale, shots in shoot_at_every_scale(laptop_run, __file__, tmp_path, "course-languages",
                                             SHOTS).items():
        for fields in shots:
            assert fields["clipped"] == "none", (scale, fields)
            assert fields["extra"] == "ok", (scale, fields)


# ---------------------------------------------------------------------- the child process

def _main(data_dir: Path, out: Path) -> None:  # pragma: no cover - runs in the child
    from PySide6.QtCore import QLocale, QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from player.app import create_main_window
    from player.clip_check import clipped_texts
    from sync.demo import DEMO_COURSE_IDS, DEMO_FAMILY, install_demo_courses
    from sync.paths import DataPaths

    app = QApplication(["lectern-course-languages-shots"])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    paths = DataPaths(data_dir)
    assert install_demo_courses(paths) == list(DEMO_COURSE_IDS)

    def wait(condition, ms: int = 20_000) -> None:
        for _ in range(ms // 20):
            if condition():
                return
            QTest.qWait(20)
        raise SystemExit(f"timed out waiting for {condition}")

    def report(name: str, window: QWidget, check: list[QWidget], extra: str) -> None:
        QTest.qWait(400)
        screen = window.screen()
        avail = screen.availableGeometry()
        frame = window.frameGeometry()
        inside = avail.contains(frame) or avail.intersected(frame) == frame
        minimum = window.minimumSizeHint()
        fits = minimum.width() <= avail.width() and minimum.height() <= avail.height()
        clipped = [c for w in check for c in clipped_texts(w)]
        screen.grabWindow(0).save(str(out / f"{name}.png"))
        print(f"shot name={name} inside={'yes' if inside else 'no'} "
              f"fits={'yes' if fits else 'no'} frame={frame.x()},{frame.y()},"
              f"{frame.width()},{frame.height()} avail={avail.width()}x{avail.height()} "
              f"extra={extra} "
              f"clipped={'none' if not clipped else '|'.join(map(str, clipped)).replace(' ', '_')}",
              flush=True)

    window = create_main_window(paths, install_demo=False, start_network=False)
    window.show()
    wait(lambda: window.library.load_count > 0 and len(window.library.family_cards) == 1)
    card = window.library.family_cards[DEMO_FAMILY]
    wait(lambda: card.isVisible())
    one = len(window.library.family_cards) == 1 and card.languages_label.isVisible()
    report("library", window, [card], "ok" if one else "cards")

    window.open_course(DEMO_COURSE_IDS[0], "m1-reading")
    course = window.course
    wait(lambda: course.item_view is not None and course.language_loads > 0)
    course.language_switch.choose(DEMO_COURSE_IDS[2])
    wait(lambda: course.course_id == DEMO_COURSE_IDS[2] and course.item_view is not None
         and course.item_view.item_id == "m1-reading"
         and course.language_switch.current == DEMO_COURSE_IDS[2])
    window.activateWindow()
    wait(lambda: window.isActiveWindow())
    switch = course.language_switch
    switch.setFocus()
    menu = switch.menu_
    menu.popup(switch.mapToGlobal(QPoint(0, switch.height())))
    wait(lambda: menu.isVisible())
    rtl = course.item_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    menu_inside = window.screen().availableGeometry().contains(menu.geometry())
    report("course-language-menu", window, [switch, course.course_title],
           "ok" if rtl and menu_inside and len(menu.actions()) == 3 else
           f"rtl:{rtl},menu:{menu_inside},{len(menu.actions())}")
    menu.close()
    window.close()
    app.processEvents()


if __name__ == "__main__":  # pragma: no cover - the child process
    _main(Path(sys.argv[1]), Path(sys.argv[2]))
