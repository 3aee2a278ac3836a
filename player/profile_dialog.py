"""Choosing who is studying on a shared court PC: the profile chooser, PINs, new profiles.

Several learners often share one OS account on a court PC. Each has a named profile with
its own store (`sync.profiles`); `run_app` shows this chooser before the main window when
the data dir holds more than one profile, or when the profile about to open has a PIN.
`lectern --profile NAME` skips the list but still asks that profile's PIN. The list
preselects the profile opened last, or nothing when several exist and none was opened yet:
never a profile nobody chose (pressing Open must not put a judge in an unprotected
`default`). "Manage" renames a profile, changes its PIN or deletes it, each with its PIN.

Enter always means Open: Open is the default button, Quit is never a default (not even by
focus), and the PIN field keeps the focus while its PIN is checked, so a Return pressed
while checking cannot fall through to Quit.

A PIN keeps colleagues from studying or posting as each other by mistake; it is not
encryption (docs/court-it.md says so). Still, guessing is made tedious: after three wrong
PINs each further try waits a little longer (2, 4, 8 … up to 30 seconds), with the wait
shown as a countdown. PIN checks (scrypt) and profile creation run on the bridge's lane,
so the dialog stays responsive on an old PC.
"""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QModelIndex, QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.error_messages import message_for
from player.widgets import bold_font, heading_font

if TYPE_CHECKING:
    from sync.paths import DataPaths

log = logging.getLogger(__name__)

#: Wrong PINs allowed before the waits start, the first wait and the longest (seconds).
FREE_TRIES = 3
FIRST_WAIT_S = 2
LONGEST_WAIT_S = 30
#: The engine's PIN rule (sync.profiles.set_pin): checked here before a profile is created,
#: because a refused PIN must not leave a new profile behind without one.
PIN_RE = re.compile(r"\d{4,12}")


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    has_pin: bool


@dataclass(frozen=True)
class StartPlan:
    """What to ask before the main window opens: the profiles to list, the one to select,
    and whether the list is skipped (`--profile NAME` given: only its PIN is asked)."""

    root: Path
    profiles: tuple[ProfileInfo, ...]
    preselect: str | None        # None: nothing selected; the learner picks
    fixed: bool


def plan_start(paths: "DataPaths", explicit: bool) -> StartPlan | None:
    """None when `paths` can open at once; else the chooser's plan.

    Runs on every start, before any window or event loop exists, so it asks the engine
    directly, through `sync.profile_gate`: the standard library only, no store imports
    before the first paint (`sync.profiles` only when the cheap answer is in doubt).
    """
    if not (paths.root / "profiles").is_dir():
        return None
    from sync.paths import DataPaths
    from sync.profile_gate import last_used, pin_set, profile_names

    names = profile_names(paths.root)

    def pin(name: str) -> bool:
        db = DataPaths(paths.root, name).db
        cheap = pin_set(db)
        if cheap is not None:
            return cheap
        from sync.profiles import has_pin
        from sync.store import LearnerStore

        with LearnerStore.open(db) as store:
            return has_pin(store)

    if explicit:
        if paths.profile in names and pin(paths.profile):
            return StartPlan(paths.root, (ProfileInfo(paths.profile, True),), paths.profile,
                             fixed=True)
        return None
    if not names:
        return None
    if names == [paths.profile] and not pin(paths.profile):
        return None
    infos = tuple(ProfileInfo(name, pin(name)) for name in names)
    last = last_used(paths.root)
    preselect = last if last in names else names[0] if len(names) == 1 else None
    return StartPlan(paths.root, infos, preselect, fixed=False)


def wait_seconds(failures: int) -> int:
    """How long the next try waits after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES))


def avatar(name: str, size: int) -> QPixmap:
    """A round badge with the profile's initials, its colour stable per name."""
    initials = "".join(part[0] for part in name.split()[:2]).upper() or "?"
    hue = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:4], 16) % 360
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsl(hue, 110, 95))
    painter.drawEllipse(0, 0, size, size)
    font = QFont(painter.font())
    font.setPixelSize(max(8, int(size * 0.4)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


def _check_pin(root: Path, name: str, pin: str) -> bool:
    from sync.paths import DataPaths
    from sync.profiles import check_pin
    from sync.store import LearnerStore

    with LearnerStore.open(DataPaths(root, name).db) as store:
        return check_pin(store, pin)


def _create(root: Path, name: str, pin: str | None) -> str:
    from sync.profiles import create_profile

    return create_profile(root, name, pin).profile


def _rename(root: Path, old: str, new: str, pin: str | None) -> str:
    from sync.profiles import rename_profile

    return rename_profile(root, old, new, pin).profile


def _change_pin(root: Path, name: str, old: str | None, new: str | None) -> bool:
    from sync.profiles import change_pin

    change_pin(root, name, old, new)
    return bool(new)


def _delete(root: Path, name: str, pin: str | None) -> int:
    from sync.profiles import delete_profile

    return delete_profile(root, name, pin).unsent


def _name_problem(widget: QWidget, name: str, existing: list[str], besides: str = "") -> str:
    """Why `name` cannot be a profile's name; empty when it can."""
    from sync.errors import StoreError
    from sync.paths import check_profile_name

    if not name:
        return widget.tr("Type a name for the profile.")
    try:
        check_profile_name(name)
    except StoreError:
        return widget.tr("A profile name has 1 to 40 letters, digits, spaces, dots, "
                         "hyphens or underscores, and starts with a letter or digit.")
    if name.casefold() in {n.casefold() for n in existing if n != besides}:
        return widget.tr("There is already a profile called “%1”.").replace("%1", name)
    return ""


def _new_pin_problem(widget: QWidget, pin: str, again: str) -> str:
    if not PIN_RE.fullmatch(pin):
        return widget.tr("A PIN has 4 to 12 digits.")
    if pin != again:
        return widget.tr("The two PINs are not the same. Type the PIN again in both fields.")
    return ""


def _pin_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(12)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def _message_style(label: QLabel) -> None:
    label.setStyleSheet("color: #b3261e;")
    label.setFont(bold_font(label.font()))


class NewProfileDialog(QDialog):
    """A name and an optional PIN (typed twice); creates the profile on the bridge."""

    created = Signal(str, bool)

    def __init__(self, bridge: TaskManager, root: Path, existing: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.root = root
        self.existing = existing
        self.setObjectName("lectern-new-profile")
        self.setWindowTitle(self.tr("New profile — Lectern"))
        self.setAccessibleName(self.tr("New profile"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(40)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("for example: Clerk Ana"))
        self.pin_check = QCheckBox(self.tr("Protect with a &PIN"), self)
        self.pin_check.setAccessibleName(self.tr("Protect the profile with a PIN"))
        self.pin_edit = _pin_edit(self)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.repeat_edit = _pin_edit(self)
        self.repeat_edit.setAccessibleName(self.tr("PIN again"))
        self.pin_check.toggled.connect(self._pin_toggled)
        self._pin_toggled(False)

        hint = QLabel(self.tr("A PIN has 4 to 12 digits. It keeps colleagues from using your "
                              "profile by mistake; it does not encrypt anything."), self)
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("About PINs"))

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problem"))
        _message_style(self.message_label)
        self.message_label.hide()

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.pin_check)
        pin_label = QLabel(self.tr("P&IN:"), self)
        pin_label.setBuddy(self.pin_edit)
        form.addRow(pin_label, self.pin_edit)
        repeat_label = QLabel(self.tr("&Again:"), self)
        repeat_label.setBuddy(self.repeat_edit)
        form.addRow(repeat_label, self.repeat_edit)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("&Create and open"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setAccessibleName(self.tr("Create the profile and open it"))
        self.create_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _pin_toggled(self, on: bool) -> None:
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEnabled(on)
            if not on:
                edit.clear()

    def problem(self) -> str:
        """Why the profile cannot be created as typed; empty when it can."""
        problem = _name_problem(self, self.name_edit.text().strip(), self.existing)
        if not problem and self.pin_check.isChecked():
            problem = _new_pin_problem(self, self.pin_edit.text(), self.repeat_edit.text())
        return problem

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def create(self) -> None:
        problem = self.problem()
        self._show(problem)
        if problem:
            return
        name = self.name_edit.text().strip()
        pin = self.pin_edit.text() if self.pin_check.isChecked() else None
        self.create_button.setEnabled(False)
        self.bridge.submit(lambda: _create(self.root, name, pin),
                           lambda result, error: self._created(result, pin is not None, error),
                           context=self)

    def _created(self, name: Any, with_pin: bool, error: BaseException | None) -> None:
        self.create_button.setEnabled(True)
        if error is not None:
            self._show(message_for(error).text)
            return
        log.info("profile %s created%s", name, " with a PIN" if with_pin else "")
        self.created.emit(str(name), with_pin)
        self.accept()


class ProfileChooser(QDialog):
    """Who is studying: the profiles (or only the one given), a PIN when it has one."""

    #: a profile was chosen (and its PIN, if any, checked); carries its name.
    profile_chosen = Signal(str)

    def __init__(self, bridge: TaskManager, plan: StartPlan, parent: QWidget | None = None,
                 second_ms: int = 1000) -> None:
        super().__init__(parent)
        from sync import profiles as _engine  # noqa: F401 - import on the UI thread

        self.bridge = bridge
        self.plan = plan
        self.profiles: dict[str, ProfileInfo] = {p.name: p for p in plan.profiles}
        self.chosen: str | None = None
        self.failures: dict[str, int] = {}
        self.new_dialog: NewProfileDialog | None = None
        self._second_ms = second_ms
        self._wait_left = 0
        self._waiting_for = ""
        self._checking = False
        self.setObjectName("lectern-profile-chooser")
        self.setWindowTitle(self.tr("Choose your profile — Lectern"))
        self.setAccessibleName(self.tr("Choose your profile"))

        fm = self.fontMetrics()
        self._avatar_size = fm.height() * 2
        self.heading = QLabel(self)
        self.heading.setFont(heading_font(self.font(), 1.4))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Heading"))
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self.subheading.setAccessibleName(self.tr("Explanation"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.setIconSize(QSize(self._avatar_size, self._avatar_size))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(max(2, fm.height() // 6))
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight((self._avatar_size + fm.height() // 2) * 3)
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.list.itemActivated.connect(lambda _item: self.open_selected())

        self.badge = QLabel(self)
        self.badge.setAccessibleName(self.tr("Profile picture"))

        self.pin_label = QLabel(self.tr("&PIN:"), self)
        self.pin_edit = _pin_edit(self)
        self.pin_edit.setAccessibleName(self.tr("PIN"))  # "PIN for NAME" once one is selected
        self.pin_edit.setMinimumWidth(fm.averageCharWidth() * 16)
        self.pin_label.setBuddy(self.pin_edit)
        self.pin_edit.returnPressed.connect(self.open_selected)
        self.pin_row = QWidget(self)
        pin_layout = QHBoxLayout(self.pin_row)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_layout.addWidget(self.pin_label)
        pin_layout.addWidget(self.pin_edit, 1)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setObjectName("profile-message")
        _message_style(self.message_label)
        self.message_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.new_button = QPushButton(self.tr("&New profile…"), self)
        self.new_button.setAccessibleName(self.tr("Create a new profile"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_profile)
        self.manage_button = QPushButton(self.tr("&Manage"), self)
        self.manage_button.setAccessibleName(self.tr("Rename the selected profile, change its "
                                                     "PIN, or delete it"))
        self.manage_button.setAutoDefault(False)
        self.manage_menu = QMenu(self.manage_button)
        self.manage_menu.setAccessibleName(self.tr("Manage the profile"))
        self.rename_action = self.manage_menu.addAction(self.tr("&Rename…"))
        self.rename_action.triggered.connect(self.rename_profile)
        self.pin_action = self.manage_menu.addAction(self.tr("Change the &PIN…"))
        self.pin_action.triggered.connect(self.change_pin)
        self.manage_menu.addSeparator()
        self.delete_action = self.manage_menu.addAction(self.tr("&Delete…"))
        self.delete_action.triggered.connect(self.delete_profile)
        self.manage_button.setMenu(self.manage_menu)
        self.action_dialog: QDialog | None = None
        self.open_button = self.buttons.addButton(self.tr("&Open"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(self.tr("Open the selected profile"))
        self.quit_button = self.buttons.addButton(self.tr("&Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit Lectern"))
        # Enter opens, whatever has the focus: Quit must never become the default button
        # (a QDialog's buttons are auto-default: focused, they take Return for themselves).
        self.open_button.setAutoDefault(True)
        self.open_button.setDefault(True)
        self.quit_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        self.quit_button.clicked.connect(self.reject)

        self._countdown = QTimer(self)
        self._countdown.setInterval(second_ms)
        self._countdown.timeout.connect(self._tick)

        top = QHBoxLayout()
        top.setSpacing(fm.height())
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles, 1)

        layout = QVBoxLayout(self)
        margin = fm.height()
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(fm.height() * 2 // 3)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.pin_row)
        layout.addWidget(self.message_label)
        button_row = QHBoxLayout()  # "New profile…" apart from the dialog's own buttons
        button_row.addWidget(self.new_button)
        button_row.addWidget(self.manage_button)
        button_row.addStretch(1)
        button_row.addWidget(self.buttons)
        layout.addLayout(button_row)

        for info in plan.profiles:
            self._add_item(info)
        if plan.fixed:
            self.heading.setText(self.tr("Enter the PIN for “%1”").replace("%1", plan.preselect))
            self.subheading.setText(self.tr("This profile is protected by a PIN."))
            self.badge.setPixmap(avatar(plan.preselect, self._avatar_size * 2))
            self.list.hide()
            self.new_button.hide()
            self.manage_button.hide()
        else:
            self.heading.setText(self.tr("Who is studying?"))
            self.subheading.setText(self.tr(
                "Each person on this computer has their own profile, with their own progress "
                "and forum posts. Choose yours, or create one."))
            self.badge.hide()
        self._select(plan.preselect)
        self._selection_changed()
        width = fm.averageCharWidth() * 80
        if plan.fixed:
            self.resize(QSize(width, self.sizeHint().height()))
        else:
            self.resize(QSize(width, fm.height() * 28))
        if plan.fixed:
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ list

    def _add_item(self, info: ProfileInfo) -> QListWidgetItem:
        text = info.name
        if info.has_pin:
            text += "\n" + self.tr("Protected by a PIN")
        item = QListWidgetItem(QIcon(avatar(info.name, self._avatar_size * 2)), text)
        item.setData(Qt.ItemDataRole.UserRole, info.name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("%1, protected by a PIN").replace("%1", info.name)
                     if info.has_pin else info.name)
        self.list.addItem(item)
        return item

    def _select(self, name: str | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)
                return
        # Nothing: and stay so when the list gets the focus (a view makes its first row
        # current on focus unless a current row was ever set, even an empty one).
        self.list.setCurrentIndex(QModelIndex())  # the view's own setter: counts as "set"

    def selected(self) -> ProfileInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.profiles.get(item.data(Qt.ItemDataRole.UserRole))

    def _selection_changed(self) -> None:
        info = self.selected()
        needs_pin = info is not None and info.has_pin
        self.pin_row.setVisible(needs_pin)
        self.pin_edit.clear()
        if info is not None:
            self.pin_edit.setAccessibleName(self.tr("PIN for %1").replace("%1", info.name))
        if info is None or info.name != self._waiting_for:
            self._show("")
        self._update_enabled()

    def _update_enabled(self) -> None:
        info = self.selected()
        waiting = info is not None and info.name == self._waiting_for and self._wait_left > 0
        self.open_button.setEnabled(info is not None and not waiting and not self._checking)
        # Read-only, not disabled, while checking: a disabled field hands the focus on.
        self.pin_edit.setEnabled(not waiting)
        self.pin_edit.setReadOnly(self._checking)
        self.manage_button.setEnabled(info is not None and not self._checking)

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ------------------------------------------------------------------ opening

    def open_selected(self) -> None:
        """Open the selected profile, checking its PIN first when it has one."""
        info = self.selected()
        if info is None or self._checking or not self.open_button.isEnabled():
            return
        if not info.has_pin:
            self._choose(info.name)
            return
        pin = self.pin_edit.text()
        if not pin:
            self._show(self.tr("Type the PIN for “%1”.").replace("%1", info.name))
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._checking = True
        self._update_enabled()
        root = self.plan.root
        self.bridge.submit(lambda: _check_pin(root, info.name, pin),
                           lambda ok, error: self._checked(info.name, ok, error), context=self)

    def _checked(self, name: str, ok: Any, error: BaseException | None) -> None:
        self._checking = False
        if error is not None:
            self._show(message_for(error).text)
            self._update_enabled()
            return
        if ok:
            self.failures.pop(name, None)
            self._choose(name)
            return
        self.pin_edit.clear()
        wait = self.pin_refused(name)
        if not wait:
            self._show(self.tr("That PIN is not right. Please try again."))
        self._update_enabled()
        if not wait:
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def pin_refused(self, name: str) -> int:
        """Count a wrong PIN for `name` (here or in a Manage dialog: one count, so those
        dialogs are no way around the waits); the seconds the next try must wait."""
        failures = self.failures.get(name, 0) + 1
        self.failures[name] = failures
        log.info("wrong PIN for profile %s (%d in a row)", name, failures)
        wait = wait_seconds(failures)
        if wait:
            self._waiting_for = name
            self._wait_left = wait
            self._countdown.start()
            self._show_wait()
        return wait

    def wait_left(self, name: str) -> int:
        """Seconds before a PIN for `name` may be tried again (0: now)."""
        return self._wait_left if name == self._waiting_for else 0

    def _show_wait(self) -> None:
        # "%1 s" rather than a plural: it reads right in every language without plural forms.
        self._show(self.tr("That PIN is not right. Please wait before trying again (%1 s).")
                   .replace("%1", str(self._wait_left)))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            if self.selected() is not None and self.selected().name == self._waiting_for:
                self._show_wait()
            return
        self._countdown.stop()
        waited_for, self._waiting_for = self._waiting_for, ""
        if self.selected() is not None and self.selected().name == waited_for:
            self._show(self.tr("That PIN was not right. You can try again now."))
        self._update_enabled()
        if self.pin_edit.isVisible():
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def waiting(self) -> bool:
        """True while a wrong-PIN wait is running (tests, screen readers)."""
        return self._wait_left > 0

    def _choose(self, name: str) -> None:
        from sync.profile_gate import remember_last_used

        remember_last_used(self.plan.root, name)  # preselected next time
        self.chosen = name
        self.profile_chosen.emit(name)
        self.accept()

    # ------------------------------------------------------------------ creating

    def new_profile(self) -> NewProfileDialog:
        dialog = NewProfileDialog(self.bridge, self.plan.root, list(self.profiles), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.finished.connect(lambda _r: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, name: str, with_pin: bool) -> None:
        """The learner who just created the profile (and typed its PIN twice) opens it."""
        info = ProfileInfo(name, with_pin)
        self.profiles[name] = info
        self._add_item(info)
        self._select(name)
        self._choose(name)

    # ------------------------------------------------------------------ managing

    def _open_action(self, dialog: "ProfileActionDialog") -> "ProfileActionDialog":
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "action_dialog", None))
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def rename_profile(self) -> "RenameProfileDialog | None":
        info = self.selected()
        if info is None:
            return None
        dialog = RenameProfileDialog(self, info)
        dialog.done.connect(lambda new: self._renamed(info.name, str(new)))
        return self._open_action(dialog)  # type: ignore[return-value]

    def change_pin(self) -> "ChangePinDialog | None":
        info = self.selected()
        if info is None:
            return None
        dialog = ChangePinDialog(self, info)
        dialog.done.connect(lambda has: self._pin_changed(info.name, bool(has)))
        return self._open_action(dialog)  # type: ignore[return-value]

    def delete_profile(self) -> "DeleteProfileDialog | None":
        info = self.selected()
        if info is None:
            return None
        dialog = DeleteProfileDialog(self, info)
        dialog.done.connect(lambda _unsent: self._deleted(info.name))
        return self._open_action(dialog)  # type: ignore[return-value]

    def _item(self, name: str) -> QListWidgetItem | None:
        return next((self.list.item(i) for i in range(self.list.count())
                     if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name), None)

    def _replace(self, old: str, info: ProfileInfo) -> None:
        """Show `info` where profile `old` was listed."""
        row = self.list.row(self._item(old))
        self.list.takeItem(row)
        self.profiles.pop(old, None)
        self.profiles[info.name] = info
        item = self._add_item(info)
        self.list.insertItem(row, self.list.takeItem(self.list.row(item)))
        self._select(info.name)

    def _renamed(self, old: str, new: str) -> None:
        log.info("profile %s renamed to %s", old, new)
        if old in self.failures:
            self.failures[new] = self.failures.pop(old)
        if self._waiting_for == old:
            self._waiting_for = new
        self._replace(old, ProfileInfo(new, self.profiles[old].has_pin))
        self._show(self.tr("The profile is now called “%1”.").replace("%1", new))

    def _pin_changed(self, name: str, has_pin: bool) -> None:
        self.failures.pop(name, None)
        self._replace(name, ProfileInfo(name, has_pin))
        self._show(self.tr("“%1” now has a new PIN.").replace("%1", name) if has_pin else
                   self.tr("“%1” now has no PIN.").replace("%1", name))

    def _deleted(self, name: str) -> None:
        log.info("profile %s deleted", name)
        self.list.takeItem(self.list.row(self._item(name)))
        self.profiles.pop(name, None)
        self.failures.pop(name, None)
        remaining = list(self.profiles)
        self._select(remaining[0] if len(remaining) == 1 else None)
        self._selection_changed()
        self._show(self.tr("The profile “%1” was deleted.").replace("%1", name))


class ProfileActionDialog(QDialog):
    """Rename, PIN change or deletion of one profile: its PIN first (when it has one),
    checked by the engine on the bridge, wrong tries counted with the chooser's."""

    #: the action succeeded; carries its result.
    done = Signal(object)

    def __init__(self, chooser: ProfileChooser, info: ProfileInfo, title: str) -> None:
        super().__init__(chooser)
        self.chooser = chooser
        self.info = info
        self.root = chooser.plan.root
        self.setWindowTitle(title + " — Lectern")
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.current_pin_edit: QLineEdit | None = None
        if info.has_pin:
            self.current_pin_edit = _pin_edit(self)
            self.current_pin_edit.setAccessibleName(
                self.tr("Current PIN of %1").replace("%1", info.name))
            label = QLabel(self.tr("&Current PIN:"), self)
            label.setBuddy(self.current_pin_edit)
            self.form.addRow(label, self.current_pin_edit)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problem"))
        _message_style(self.message_label)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _finish_layout(self, *above: QWidget) -> None:
        for widget in above:
            self.layout_.addWidget(widget)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message_label)
        self.layout_.addWidget(self.buttons)
        first = self.current_pin_edit or self.focus_first()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> QWidget | None:
        return None

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def current_pin(self) -> str | None:
        return self.current_pin_edit.text() if self.current_pin_edit is not None else None

    def problem(self) -> str:
        """Why the action cannot run as typed; empty when it can."""
        wait = self.chooser.wait_left(self.info.name)
        if wait:
            return self.tr("That PIN was not right several times. Please wait before trying "
                           "again (%1 s).").replace("%1", str(wait))
        if self.current_pin_edit is not None and not self.current_pin_edit.text():
            return self.tr("Type the current PIN of “%1”.").replace("%1", self.info.name)
        return ""

    def run(self, button: QPushButton, work: Callable[[], Any]) -> None:
        problem = self.problem()
        self._show(problem)
        if problem:
            return
        button.setEnabled(False)
        if self.current_pin_edit is not None:
            self.current_pin_edit.setReadOnly(True)  # keeps the focus while checking
        self.chooser.bridge.submit(work, lambda result, error: self._finished(button, result, error),
                                   context=self)

    def _finished(self, button: QPushButton, result: Any, error: BaseException | None) -> None:
        from sync.profiles import WrongPinError

        button.setEnabled(True)
        if self.current_pin_edit is not None:
            self.current_pin_edit.setReadOnly(False)
        if isinstance(error, WrongPinError):
            wait = self.chooser.pin_refused(self.info.name)
            assert self.current_pin_edit is not None
            self.current_pin_edit.clear()
            self.current_pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show(self.tr("That PIN is not right. Please try again.") if not wait else
                       self.tr("That PIN is not right. Please wait before trying again (%1 s).")
                       .replace("%1", str(wait)))
            return
        if error is not None:
            self._show(message_for(error).text)
            return
        self.chooser.failures.pop(self.info.name, None)
        self.done.emit(result)
        self.accept()


class RenameProfileDialog(ProfileActionDialog):
    def __init__(self, chooser: ProfileChooser, info: ProfileInfo) -> None:
        super().__init__(chooser, info, chooser.tr("Rename “%1”").replace("%1", info.name))
        self.setObjectName("lectern-rename-profile")
        self.name_edit = QLineEdit(info.name, self)
        self.name_edit.setMaxLength(40)
        self.name_edit.setAccessibleName(self.tr("New name"))
        self.name_edit.selectAll()
        label = QLabel(self.tr("New &name:"), self)
        label.setBuddy(self.name_edit)
        self.form.addRow(label, self.name_edit)
        self.rename_button = self.buttons.addButton(self.tr("&Rename"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.rename_button.setAccessibleName(self.tr("Rename the profile"))
        self.rename_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.rename)
        self._finish_layout()

    def focus_first(self) -> QWidget | None:
        return self.name_edit

    def problem(self) -> str:
        return super().problem() or _name_problem(
            self, self.name_edit.text().strip(), list(self.chooser.profiles), self.info.name)

    def rename(self) -> None:
        root, old, new, pin = self.root, self.info.name, self.name_edit.text().strip(), \
            self.current_pin()
        self.run(self.rename_button, lambda: _rename(root, old, new, pin))


class ChangePinDialog(ProfileActionDialog):
    def __init__(self, chooser: ProfileChooser, info: ProfileInfo) -> None:
        super().__init__(chooser, info, chooser.tr("PIN of “%1”").replace("%1", info.name))
        self.setObjectName("lectern-change-pin")
        self.pin_check = QCheckBox(self.tr("Protect with a P&IN"), self)
        self.pin_check.setAccessibleName(self.tr("Protect the profile with a PIN"))
        self.pin_check.setChecked(True)
        self.new_edit = _pin_edit(self)
        self.new_edit.setAccessibleName(self.tr("New PIN"))
        self.repeat_edit = _pin_edit(self)
        self.repeat_edit.setAccessibleName(self.tr("New PIN again"))
        self.pin_check.toggled.connect(self._pin_toggled)
        self.form.addRow("", self.pin_check)
        new_label = QLabel(self.tr("&New PIN:"), self)
        new_label.setBuddy(self.new_edit)
        self.form.addRow(new_label, self.new_edit)
        again_label = QLabel(self.tr("&Again:"), self)
        again_label.setBuddy(self.repeat_edit)
        self.form.addRow(again_label, self.repeat_edit)
        self.change_button = self.buttons.addButton(self.tr("&Save"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setAccessibleName(self.tr("Save the PIN"))
        self.change_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self._finish_layout()

    def focus_first(self) -> QWidget | None:
        return self.new_edit

    def _pin_toggled(self, on: bool) -> None:
        for edit in (self.new_edit, self.repeat_edit):
            edit.setEnabled(on)
            if not on:
                edit.clear()

    def problem(self) -> str:
        problem = super().problem()
        if not problem and self.pin_check.isChecked():
            problem = _new_pin_problem(self, self.new_edit.text(), self.repeat_edit.text())
        return problem

    def save(self) -> None:
        root, name, old = self.root, self.info.name, self.current_pin()
        new = self.new_edit.text() if self.pin_check.isChecked() else None
        self.run(self.change_button, lambda: _change_pin(root, name, old, new))


class DeleteProfileDialog(ProfileActionDialog):
    """Deleting asks twice: this dialog, whose default button is Cancel, and the PIN."""

    def __init__(self, chooser: ProfileChooser, info: ProfileInfo) -> None:
        super().__init__(chooser, info, chooser.tr("Delete “%1”").replace("%1", info.name))
        self.setObjectName("lectern-delete-profile")
        self.warning = QLabel(self.tr(
            "Delete the profile “%1”? Its progress, quiz attempts, and any changes or forum "
            "posts not yet sent to the hub are removed from this computer. This cannot be "
            "undone.").replace("%1", info.name), self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("What deleting removes"))
        self.delete_button = self.buttons.addButton(self.tr("&Delete profile"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAccessibleName(self.tr("Delete the profile"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        self._finish_layout(self.warning)

    def delete(self) -> None:
        root, name, pin = self.root, self.info.name, self.current_pin()
        self.run(self.delete_button, lambda: _delete(root, name, pin))
