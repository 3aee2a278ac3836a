"""Who is studying on a shared court PC: the profile chooser.

Several learners often share one OS account on a court PC. Each has a named profile with
its own store (`sync.profiles`); `run_app` shows this chooser before the main window when
the data dir holds more than one profile, or when the profile about to open has a PIN
(`player.profiles.plan`). `lectern --profile NAME` skips the list but still asks that
profile's PIN. The list preselects the profile opened last, or nothing when several exist
and none was opened yet: never a profile nobody chose (pressing Open must not put a judge in
an unprotected `default`). "Manage" renames a profile, changes its PIN or deletes it, each
with its PIN (`player.profiles.manage`).

Enter always means Open: Open is the default button, Quit is never a default (not even by
focus), and the PIN field keeps the focus while its PIN is checked, so a Return pressed
while checking cannot fall through to Quit.

A PIN keeps colleagues from studying or posting as each other by mistake; it is not
encryption (docs/court-it.md says so). Still, guessing is made tedious: after three wrong
PINs each further try waits a little longer (2, 4, 8 … up to 30 seconds), with the wait
shown as a countdown. PIN checks (scrypt) run as `sync.services.profiles.check_pin` on the
bridge's lane, so the dialog stays responsive on an old PC.
"""
from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.error_messages import message_for
from player.profiles.forms import NewProfileDialog, avatar, message_style, pin_edit_for
from player.profiles.manage import (
    ChangePinDialog,
    DeleteProfileDialog,
    ProfileActionDialog,
    RenameProfileDialog,
)
from player.profiles.plan import ProfileInfo, StartPlan, wait_seconds
from player.widgets import heading_font
from player.widgets.buttons import add_action_buttons

log = logging.getLogger(__name__)


class ProfileChooser(QDialog):
    """Who is studying: the profiles (or only the one given), a PIN when it has one."""

    #: a profile was chosen (and its PIN, if any, checked); carries its name.
    profile_chosen = Signal(str)

    def __init__(self, bridge: TaskManager, plan: StartPlan, parent: QWidget | None = None,
                 second_ms: int = 1000) -> None:
        super().__init__(parent)
        # Import on the UI thread what the services load in the bridge's worker.
        from sync import profiles as _engine  # noqa: F401
        from sync.services import profiles as _service  # noqa: F401

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
        self.pin_edit = pin_edit_for(self)
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
        message_style(self.message_label)
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
        # Enter opens, whatever has the focus: Quit is never the default button.
        self.open_button, self.quit_button = add_action_buttons(
            self.buttons, self.tr("&Open"), self.tr("Open the selected profile"),
            self.tr("Quit Lectern"), cancel_text=self.tr("&Quit"))
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
            assert plan.preselect is not None  # a fixed plan names its profile
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
        from sync.services.profiles import check_pin

        self.bridge.submit(partial(check_pin, self.plan.root, info.name, pin),
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
        selected = self.selected()
        if self._wait_left > 0:
            if selected is not None and selected.name == self._waiting_for:
                self._show_wait()
            return
        self._countdown.stop()
        waited_for, self._waiting_for = self._waiting_for, ""
        if selected is not None and selected.name == waited_for:
            self._show(self.tr("That PIN was not right. You can try again now."))
        self._update_enabled()
        if self.pin_edit.isVisible():
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def waiting(self) -> bool:
        """True while a wrong-PIN wait is running (tests, screen readers)."""
        return self._wait_left > 0

    def _choose(self, name: str) -> None:
        from sync.services.profiles import remember_last_used

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
        dialog.succeeded.connect(lambda record: self._renamed(info.name, str(record.name)))
        return self._open_action(dialog)  # type: ignore[return-value]

    def change_pin(self) -> "ChangePinDialog | None":
        info = self.selected()
        if info is None:
            return None
        dialog = ChangePinDialog(self, info)
        dialog.succeeded.connect(lambda has: self._pin_changed(info.name, bool(has)))
        return self._open_action(dialog)  # type: ignore[return-value]

    def delete_profile(self) -> "DeleteProfileDialog | None":
        info = self.selected()
        if info is None:
            return None
        dialog = DeleteProfileDialog(self, info)
        dialog.succeeded.connect(lambda _unsent: self._deleted(info.name))
        return self._open_action(dialog)  # type: ignore[return-value]

    def _item(self, name: str) -> QListWidgetItem | None:
        return next((self.list.item(i) for i in range(self.list.count())
                     if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name), None)

    def _replace(self, old: str, info: ProfileInfo) -> None:
        """Show `info` where profile `old` was listed."""
        row = self.list.row(self._item(old))  # type: ignore[arg-type] # listed
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
        self.list.takeItem(self.list.row(self._item(name)))  # type: ignore[arg-type] # listed
        self.profiles.pop(name, None)
        self.failures.pop(name, None)
        remaining = list(self.profiles)
        self._select(remaining[0] if len(remaining) == 1 else None)
        self._selection_changed()
        self._show(self.tr("The profile “%1” was deleted.").replace("%1", name))
