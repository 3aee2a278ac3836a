"""Shared court PCs: the profile chooser, PINs, new profiles and `--profile`, with real
profile stores made by `sync.profiles` and the real dialogs driven from the keyboard."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from player.app import profile_given, run_app
from player.bridge import TaskManager
from player.profiles import (
    LONGEST_WAIT_S,
    ChangePinDialog,
    DeleteProfileDialog,
    NewProfileDialog,
    ProfileChooser,
    RenameProfileDialog,
    plan_start,
    wait_seconds,
)
from sync.paths import DataPaths
from sync.profile_gate import last_used, remember_last_used
from sync.profiles import check_pin, create_profile, has_pin, list_profiles
from sync.store import LearnerStore

TIMEOUT = 10_000
PIN = "2468"


def make_profile(root: Path, name: str, pin: str | None = None) -> None:
    paths = create_profile(root, name, pin)
    with LearnerStore.open(paths.db) as store:
        store.set_setting("demo_offered", True)  # keep these windows empty and fast


@pytest.fixture
def shared_pc(tmp_path: Path) -> Path:
    """A data dir three colleagues share: one of them protects her profile with a PIN."""
    root = tmp_path / "data"
    make_profile(root, "default")
    make_profile(root, "Clerk Ana", PIN)
    make_profile(root, "Judge Ben")
    return root


def chooser_for(qtbot, plan, second_ms: int = 1000) -> ProfileChooser:
    bridge = TaskManager(DataPaths(plan.root))
    chooser = ProfileChooser(bridge, plan, second_ms=second_ms)
    bridge.setParent(chooser)
    qtbot.addWidget(chooser)
    chooser.show()
    return chooser


def select(chooser: ProfileChooser, name: str) -> None:
    row = next(i for i in range(chooser.list.count())
               if chooser.list.item(i).data(Qt.ItemDataRole.UserRole) == name)
    chooser.list.setCurrentRow(row)


def type_pin(qtbot, chooser: ProfileChooser, pin: str) -> None:
    chooser.pin_edit.setFocus()
    qtbot.keyClicks(chooser.pin_edit, pin)
    qtbot.keyClick(chooser.pin_edit, Qt.Key.Key_Return)


# ------------------------------------------------------------------ when to ask


def test_when_the_chooser_is_shown(tmp_path, shared_pc):
    fresh = tmp_path / "fresh"
    assert plan_start(DataPaths(fresh), explicit=False) is None  # first run: nothing to ask
    alone = tmp_path / "alone"
    make_profile(alone, "default")
    assert plan_start(DataPaths(alone), explicit=False) is None  # one profile, no PIN
    locked = tmp_path / "locked"
    make_profile(locked, "default", PIN)
    plan = plan_start(DataPaths(locked), explicit=False)  # one profile with a PIN
    assert plan is not None and [p.name for p in plan.profiles] == ["default"]

    plan = plan_start(DataPaths(shared_pc), explicit=False)
    # Several profiles and none opened yet: nothing preselected (never `default`, which
    # nobody chose: Open would put a judge in an unprotected profile).
    assert plan is not None and not plan.fixed and plan.preselect is None
    assert {(p.name, p.has_pin) for p in plan.profiles} == {
        ("default", False), ("Clerk Ana", True), ("Judge Ben", False)}
    remember_last_used(shared_pc, "Judge Ben")  # the profile opened last is preselected
    assert plan_start(DataPaths(shared_pc), explicit=False).preselect == "Judge Ben"
    remember_last_used(shared_pc, "Gone Away")  # ... while it exists
    assert plan_start(DataPaths(shared_pc), explicit=False).preselect is None
    assert plan.preselect is None and last_used(shared_pc) is None
    assert plan_start(DataPaths(locked), explicit=False).preselect == "default"  # the only one
    # --profile NAME: no list; only a PIN when that profile has one.
    assert plan_start(DataPaths(shared_pc, "Judge Ben"), explicit=True) is None
    plan = plan_start(DataPaths(shared_pc, "Clerk Ana"), explicit=True)
    assert plan is not None and plan.fixed and plan.preselect == "Clerk Ana"
    assert profile_given(DataPaths(shared_pc, "Clerk Ana"))


def test_the_cheap_start_up_answers_match_the_engine(tmp_path, shared_pc):
    """`sync.profile_gate` (read before the first paint) agrees with `sync.profiles`."""
    from sync import profile_gate, profiles

    assert profile_gate.PIN_SETTING == profiles.PIN_SETTING
    assert profile_gate.profile_names(shared_pc) == list_profiles(shared_pc)
    for name in list_profiles(shared_pc):
        with LearnerStore.open(DataPaths(shared_pc, name).db) as store:
            assert profile_gate.pin_set(DataPaths(shared_pc, name).db) is has_pin(store)
    with LearnerStore.open(DataPaths(shared_pc, "Clerk Ana").db) as store:
        profiles.set_pin(store, None)  # a PIN removed again
    assert profile_gate.pin_set(DataPaths(shared_pc, "Clerk Ana").db) is False
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert profile_gate.pin_set(garbage) is None  # in doubt: the engine decides
    assert profile_gate.pin_set(tmp_path / "missing.db") is None


def test_waits_grow_after_repeated_wrong_pins():
    assert [wait_seconds(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, LONGEST_WAIT_S,
                                                      LONGEST_WAIT_S]


# ------------------------------------------------------------------ PIN


def test_the_right_pin_opens_the_profile(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
    assert chooser.list.isVisible() and chooser.new_button.isVisible()
    assert chooser.selected() is None and not chooser.open_button.isEnabled()
    chooser.list.setFocus()  # a list view makes its first row current on focus: not here
    assert chooser.selected() is None and not chooser.pin_row.isVisible()
    select(chooser, "default")
    assert not chooser.pin_row.isVisible()  # no PIN for this one
    select(chooser, "Clerk Ana")
    assert chooser.pin_row.isVisible()
    assert chooser.pin_edit.accessibleName() == "PIN for Clerk Ana"
    assert chooser.pin_edit.echoMode() == chooser.pin_edit.EchoMode.Password
    with qtbot.waitSignal(chooser.profile_chosen, timeout=TIMEOUT) as chosen:
        type_pin(qtbot, chooser, PIN)
    assert chosen.args == ["Clerk Ana"]
    assert chooser.result() == chooser.DialogCode.Accepted and chooser.chosen == "Clerk Ana"


def test_a_wrong_pin_is_refused_clearly_and_repeats_make_it_wait(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False), second_ms=60)
    select(chooser, "Clerk Ana")
    for attempt in (1, 2):
        type_pin(qtbot, chooser, "1111")
        qtbot.waitUntil(lambda: chooser.failures.get("Clerk Ana") == attempt, timeout=TIMEOUT)
        assert chooser.message_label.text() == "That PIN is not right. Please try again."
        assert chooser.isVisible() and chooser.chosen is None
        assert chooser.open_button.isEnabled() and chooser.pin_edit.text() == ""
    # The third wrong PIN: a wait, counted down, with Open and the PIN field disabled.
    type_pin(qtbot, chooser, "1111")
    qtbot.waitUntil(lambda: chooser.waiting, timeout=TIMEOUT)
    assert chooser.message_label.text() == \
        "That PIN is not right. Please wait before trying again (2 s)."
    assert not chooser.open_button.isEnabled() and not chooser.pin_edit.isEnabled()
    type_pin(qtbot, chooser, PIN)  # ignored while waiting
    assert chooser.chosen is None
    # Someone else can still pick their own profile during the wait.
    select(chooser, "Judge Ben")
    assert chooser.open_button.isEnabled()
    select(chooser, "Clerk Ana")
    assert not chooser.open_button.isEnabled()
    qtbot.waitUntil(lambda: not chooser.waiting, timeout=TIMEOUT)
    assert chooser.open_button.isEnabled() and chooser.pin_edit.isEnabled()
    # A fourth wrong PIN waits longer.
    type_pin(qtbot, chooser, "1111")
    qtbot.waitUntil(lambda: chooser.waiting, timeout=TIMEOUT)
    assert "(4 s)" in chooser.message_label.text()
    qtbot.waitUntil(lambda: not chooser.waiting, timeout=TIMEOUT)
    with qtbot.waitSignal(chooser.profile_chosen, timeout=TIMEOUT):
        type_pin(qtbot, chooser, PIN)
    assert chooser.chosen == "Clerk Ana"


def test_an_empty_pin_asks_for_it(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc, "Clerk Ana"), explicit=True))
    chooser.open_button.click()
    assert chooser.message_label.text() == "Type the PIN for “Clerk Ana”."
    assert chooser.failures == {}


# ------------------------------------------------------------------ new profile


def test_a_new_profile_with_a_pin_is_created_and_opened(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
    qtbot.mouseClick(chooser.new_button, Qt.MouseButton.LeftButton)
    dialog = chooser.new_dialog
    assert isinstance(dialog, NewProfileDialog) and dialog.isVisible()

    def create() -> None:
        dialog.create_button.click()

    # Mistakes first, each explained; nothing is created.
    qtbot.keyClicks(dialog.name_edit, "clerk ana")
    create()
    assert "already a profile called “clerk ana”" in dialog.message_label.text()
    dialog.name_edit.setText("../escape")
    create()
    assert "letters, digits" in dialog.message_label.text()
    dialog.name_edit.setText("Prosecutor Eva")
    dialog.pin_check.setChecked(True)
    qtbot.keyClicks(dialog.pin_edit, "12")
    create()
    assert dialog.message_label.text() == "A PIN has 4 to 12 digits."
    qtbot.keyClicks(dialog.pin_edit, "3456")
    qtbot.keyClicks(dialog.repeat_edit, "123457")
    create()
    assert "not the same" in dialog.message_label.text()
    assert "Prosecutor Eva" not in list_profiles(shared_pc)
    qtbot.keyClicks(dialog.pin_edit, "x")  # digits only
    assert dialog.pin_edit.text() == "123456"

    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, "123456")
    with qtbot.waitSignal(chooser.profile_chosen, timeout=TIMEOUT) as chosen:
        create()
    assert chosen.args == ["Prosecutor Eva"]
    assert "Prosecutor Eva" in list_profiles(shared_pc)
    with LearnerStore.open(DataPaths(shared_pc, "Prosecutor Eva").db) as store:
        assert has_pin(store) and check_pin(store, "123456") and not check_pin(store, "000000")


def test_a_new_profile_without_a_pin(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
    dialog = chooser.new_profile()
    assert not dialog.pin_edit.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Clerk Dan")
    with qtbot.waitSignal(chooser.profile_chosen, timeout=TIMEOUT):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    with LearnerStore.open(DataPaths(shared_pc, "Clerk Dan").db) as store:
        assert not has_pin(store)


# ------------------------------------------------------------------ run_app


def _drive(qtbot, steps) -> list[str]:
    """Run `steps` (callables returning True when done) one after another from the event
    loop while run_app blocks in exec(); records what failed."""
    failures: list[str] = []
    queue = list(steps)

    def tick() -> None:
        if not queue:
            return
        try:
            if queue[0]():
                queue.pop(0)
        except Exception as exc:  # noqa: BLE001 - reported after run_app returns
            failures.append(repr(exc))
            queue.clear()
            for w in QApplication.topLevelWidgets():
                w.close()
            return
        QTimer.singleShot(30, tick)

    QTimer.singleShot(30, tick)
    return failures


def _modal() -> ProfileChooser | None:
    w = QApplication.activeModalWidget()
    return w if isinstance(w, ProfileChooser) and w.isVisible() else None


def _main_window():
    from player.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def test_dash_dash_profile_skips_the_list_but_asks_the_pin(qtbot, shared_pc):
    seen: dict[str, object] = {}

    def pin_asked() -> bool:
        chooser = _modal()
        if chooser is None:
            return False
        seen["list"] = chooser.list.isVisible()
        seen["heading"] = chooser.heading.text()
        chooser.pin_edit.setText(PIN)
        chooser.open_selected()
        return True

    def window_open() -> bool:
        window = _main_window()
        if window is None:
            return False
        seen["title"] = window.windowTitle()
        seen["db"] = window.bridge.paths.db
        window.close()
        return True

    failures = _drive(qtbot, [pin_asked, window_open])
    code = run_app(DataPaths(shared_pc, "Clerk Ana"), profile_explicit=True)
    assert not failures, failures
    assert code == 0
    assert seen["list"] is False and "Clerk Ana" in str(seen["heading"])
    assert seen["title"] == "Lectern — Clerk Ana"
    assert seen["db"] == DataPaths(shared_pc, "Clerk Ana").db


def test_without_dash_dash_profile_the_list_is_shown_and_preselected(qtbot, shared_pc):
    seen: dict[str, object] = {}

    def choose() -> bool:
        chooser = _modal()
        if chooser is None:
            return False
        seen["preselected"] = chooser.selected()
        seen["names"] = [chooser.list.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(chooser.list.count())]
        chooser.list.setFocus()
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)  # nothing selected: nothing opens
        seen["still_asking"] = _modal() is chooser and chooser.chosen is None
        select(chooser, "Judge Ben")
        chooser.list.setFocus()
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)  # Enter opens (no PIN)
        return True

    def window_open() -> bool:
        window = _main_window()
        if window is None:
            return False
        seen["title"] = window.windowTitle()
        window.close()
        return True

    failures = _drive(qtbot, [choose, window_open])
    code = run_app(DataPaths(shared_pc), profile_explicit=False)
    assert not failures, failures
    assert code == 0
    assert seen["preselected"] is None and seen["still_asking"] is True
    assert seen["names"] == ["default", "Clerk Ana", "Judge Ben"]
    assert seen["title"] == "Lectern — Judge Ben"
    # The next start preselects the profile opened last.
    assert plan_start(DataPaths(shared_pc), explicit=False).preselect == "Judge Ben"


def test_quitting_the_chooser_opens_nothing(qtbot, shared_pc):
    opened: list[object] = []

    def quit_chooser() -> bool:
        chooser = _modal()
        if chooser is None:
            return False
        chooser.quit_button.click()
        return True

    def nothing_opened() -> bool:
        opened.append(_main_window())
        return True

    failures = _drive(qtbot, [quit_chooser])
    assert run_app(DataPaths(shared_pc), profile_explicit=False) == 0
    nothing_opened()
    assert not failures and opened == [None]


# ------------------------------------------------------------------ reach


def _nameless(root) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QLineEdit,
        QListWidget,
        QWidget,
    )

    controls = (QAbstractButton, QAbstractSpinBox, QLineEdit, QListWidget)
    found = [w for w in root.findChildren(QWidget) if isinstance(w, controls)]
    assert found
    return [f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
            for w in found
            if not w.objectName().startswith("qt_") and not w.accessibleName()]


def test_every_control_has_a_name_and_text_scales_with_the_font(qtbot, qapp, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
    new = chooser.new_profile()
    assert _nameless(chooser) == [] and _nameless(new) == []
    new.close()
    select(chooser, "Clerk Ana")
    for open_dialog in (chooser.rename_profile, chooser.change_pin, chooser.delete_profile):
        dialog = open_dialog()
        assert _nameless(dialog) == [], type(dialog).__name__
        dialog.close()
    normal_width, normal_icon = chooser.width(), chooser.list.iconSize().height()
    font = qapp.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(bigger)
    try:
        large = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
        assert large.width() > normal_width * 1.3
        assert large.list.iconSize().height() > normal_icon * 1.3
    finally:
        qapp.setFont(font)


def test_settings_controls_have_names(qtbot, tmp_path):
    from player.settings_dialog import SettingsDialog

    root = tmp_path / "data"
    make_profile(root, "default")
    bridge = TaskManager(DataPaths(root))
    dialog = SettingsDialog(bridge)
    qtbot.addWidget(dialog)
    assert _nameless(dialog) == []


def test_court_it_modules_load_no_database_or_network_code():
    """Like the shell: the new screens reach SQLite and the network only through the
    bridge's workers, so importing them (and starting up) pulls in neither."""
    import subprocess
    import sys

    code = ("import sys, player.settings_dialog, player.profiles, player.profile_dialog, "
            "player.single_instance, player.site_notice; "
            "print(sorted(m for m in ('sqlite3', 'sqlite_utils', 'requests', 'sync.store', "
            "'sync.config') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.strip()
    assert out == "[]"


def test_enter_with_the_right_pin_opens_the_profile_and_never_quits(qtbot, shared_pc):
    """Issue #13.6: with `--profile NAME`, focus fell to Quit while the PIN was checked and
    the same Return activated it: Lectern quit with the right PIN."""
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc, "Clerk Ana"), explicit=True))
    chooser.activateWindow()
    qtbot.waitUntil(lambda: chooser.isActiveWindow(), timeout=TIMEOUT)
    assert chooser.open_button.isDefault()
    assert not chooser.quit_button.isDefault() and not chooser.quit_button.autoDefault()
    assert QApplication.focusWidget() is chooser.pin_edit
    qtbot.keyClicks(chooser.pin_edit, PIN)
    qtbot.keyClick(chooser.pin_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is chooser.pin_edit  # kept there while checking
    assert not chooser.quit_button.isDefault()
    qtbot.keyClick(chooser.pin_edit, Qt.Key.Key_Return)  # a second Return while checking
    qtbot.waitUntil(lambda: chooser.result() != 0 or chooser.chosen is not None, timeout=TIMEOUT)
    assert chooser.result() == chooser.DialogCode.Accepted and chooser.chosen == "Clerk Ana"


# ------------------------------------------------------------------ managing (#13.7)


def _listed(chooser: ProfileChooser) -> list[str]:
    return [chooser.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(chooser.list.count())]


def test_rename_needs_the_pin_and_a_free_name(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
    select(chooser, "Clerk Ana")
    dialog = chooser.rename_profile()
    assert isinstance(dialog, RenameProfileDialog) and dialog.current_pin_edit is not None
    dialog.name_edit.setText("Clerk Anna")
    dialog.rename_button.click()
    assert dialog.message_label.text() == "Type the current PIN of “Clerk Ana”."
    qtbot.keyClicks(dialog.current_pin_edit, "1111")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: chooser.failures.get("Clerk Ana") == 1, timeout=TIMEOUT)
    assert dialog.message_label.text() == "That PIN is not right. Please try again."
    assert "Clerk Ana" in list_profiles(shared_pc) and dialog.isVisible()
    dialog.name_edit.setText("judge ben")
    qtbot.keyClicks(dialog.current_pin_edit, PIN)
    dialog.rename_button.click()
    assert "already a profile called “judge ben”" in dialog.message_label.text()
    dialog.name_edit.setText("Clerk Anna")
    with qtbot.waitSignal(dialog.succeeded, timeout=TIMEOUT):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter renames
    assert list_profiles(shared_pc) == ["default", "Clerk Anna", "Judge Ben"]
    assert _listed(chooser) == ["default", "Clerk Anna", "Judge Ben"]
    assert chooser.selected() == chooser.profiles["Clerk Anna"] and chooser.selected().has_pin
    assert chooser.failures == {}
    with LearnerStore.open(DataPaths(shared_pc, "Clerk Anna").db) as store:
        assert check_pin(store, PIN)  # the same profile, PIN and all


def test_changing_a_pin_needs_the_old_one_and_shares_the_waits(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False), second_ms=60)
    select(chooser, "Clerk Ana")
    dialog = chooser.change_pin()
    assert isinstance(dialog, ChangePinDialog)
    qtbot.keyClicks(dialog.new_edit, "13579")
    qtbot.keyClicks(dialog.repeat_edit, "13579")
    for attempt in (1, 2, 3):
        qtbot.keyClicks(dialog.current_pin_edit, "1111")
        dialog.change_button.click()
        qtbot.waitUntil(lambda: chooser.failures.get("Clerk Ana") == attempt, timeout=TIMEOUT)
    # The third wrong PIN made the chooser wait; the dialog is no way around it.
    assert chooser.waiting and "Please wait" in dialog.message_label.text()
    qtbot.keyClicks(dialog.current_pin_edit, PIN)
    dialog.change_button.click()
    assert "Please wait" in dialog.message_label.text()
    qtbot.waitUntil(lambda: not chooser.waiting, timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.succeeded, timeout=TIMEOUT):
        dialog.change_button.click()
    with LearnerStore.open(DataPaths(shared_pc, "Clerk Ana").db) as store:
        assert check_pin(store, "13579") and not check_pin(store, PIN)
    assert chooser.message_label.text() == "“Clerk Ana” now has a new PIN."
    # Removing the PIN: the current one, and "Protect with a PIN" unticked.
    dialog = chooser.change_pin()
    dialog.pin_check.setChecked(False)
    qtbot.keyClicks(dialog.current_pin_edit, "13579")
    with qtbot.waitSignal(dialog.succeeded, timeout=TIMEOUT):
        dialog.change_button.click()
    assert not chooser.profiles["Clerk Ana"].has_pin and not chooser.pin_row.isVisible()
    with LearnerStore.open(DataPaths(shared_pc, "Clerk Ana").db) as store:
        assert not has_pin(store)


def test_delete_asks_first_and_needs_the_pin(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
    select(chooser, "Judge Ben")
    dialog = chooser.delete_profile()
    assert isinstance(dialog, DeleteProfileDialog) and dialog.current_pin_edit is None
    assert "cannot be undone" in dialog.warning.text()
    assert not dialog.delete_button.isDefault() and not dialog.delete_button.autoDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter cancels: deleting takes a deliberate press
    assert dialog.result() == dialog.DialogCode.Rejected
    assert "Judge Ben" in list_profiles(shared_pc)
    dialog = chooser.delete_profile()
    with qtbot.waitSignal(dialog.succeeded, timeout=TIMEOUT):
        dialog.delete_button.click()
    assert "Judge Ben" not in list_profiles(shared_pc)
    assert _listed(chooser) == ["default", "Clerk Ana"] and chooser.selected() is None
    assert chooser.message_label.text() == "The profile “Judge Ben” was deleted."

    select(chooser, "Clerk Ana")
    dialog = chooser.delete_profile()
    qtbot.keyClicks(dialog.current_pin_edit, "9999")
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: chooser.failures.get("Clerk Ana") == 1, timeout=TIMEOUT)
    assert "Clerk Ana" in list_profiles(shared_pc)
    qtbot.keyClicks(dialog.current_pin_edit, PIN)
    with qtbot.waitSignal(dialog.succeeded, timeout=TIMEOUT):
        dialog.delete_button.click()
    assert list_profiles(shared_pc) == ["default"] and _listed(chooser) == ["default"]
    assert chooser.selected().name == "default"  # the only one left


def test_manage_is_for_the_list_only_and_needs_a_selection(qtbot, shared_pc):
    chooser = chooser_for(qtbot, plan_start(DataPaths(shared_pc), explicit=False))
    assert chooser.manage_button.isVisible() and not chooser.manage_button.isEnabled()
    assert chooser.rename_profile() is None
    select(chooser, "default")
    assert chooser.manage_button.isEnabled() and not chooser.manage_button.autoDefault()
    fixed = chooser_for(qtbot, plan_start(DataPaths(shared_pc, "Clerk Ana"), explicit=True))
    assert not fixed.manage_button.isVisible()
