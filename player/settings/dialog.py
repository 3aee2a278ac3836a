"""The Settings dialog: its three sections (`player.settings.pages`) over Save and Cancel,
court IT's locks and the problems shown, the publisher keys added or removed until Save."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDir, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.changes import ChangeKind
from player.error_messages import message_for
from player.settings.accessibility import AccessibilityPage
from player.settings.engine import SettingRefused, SettingsSnapshot, read_snapshot, warm_settings_engine, write_changes
from player.settings.form import SettingsForm
from player.settings.pages import DownloadsPage, LanguagePage, PublishersPage, ServerPage
from player.settings.validators import KEYS, LANGUAGE, Found, Problem, changed_settings, check_changes
from player.site_notice import SiteNotice
from player.sizing import font_sized

if TYPE_CHECKING:
    from sync.signing import PublicKey

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Every setting with a fitting control, court IT's locks shown, saved on Save."""

    #: the settings were read and are shown (tests, scripted screenshots).
    loaded = Signal()
    #: the changes were stored; carries the names of the settings that changed.
    saved = Signal(object)

    def __init__(self, bridge: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        warm_settings_engine()
        self.bridge = bridge
        self.snapshot: SettingsSnapshot | None = None
        self.pending_add: list["PublicKey"] = []
        self.pending_remove: list[str] = []
        self.file_dialog: QFileDialog | None = None
        self._saving = False
        self.setObjectName("lectern-settings")
        self.setWindowTitle(self.tr("Settings — Lectern"))
        self.setAccessibleName(self.tr("Settings"))
        self.form = SettingsForm(self)
        #: each setting's row by name (its controls, the locked and error notes).
        self.rows = self.form.rows

        fm = self.fontMetrics()
        self.notice_area = QVBoxLayout()
        self.notice: SiteNotice | None = None

        self.status_label = QLabel(self.tr("Loading settings…"), self)
        self.status_label.setAccessibleName(self.tr("Settings status"))
        self.status_label.setWordWrap(True)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setSpacing(fm.height())
        self.language = LanguagePage(self.form, content)
        self.server = ServerPage(self.form, content)
        self.downloads = DownloadsPage(self.form, content)
        self.publishers = PublishersPage(self.form, content)
        self.accessibility = AccessibilityPage(bridge, self.form, content)  # kept at once
        for page in (self.language, self.server, self.downloads, self.publishers, self.accessibility):
            body.addWidget(page)
        body.addStretch(1)
        self._wire_pages()

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Settings"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.notice_area)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self._set_inputs_enabled(False)
        self.resize(self._initial_size())

    def _wire_pages(self) -> None:
        """The pages' controls as the dialog's own (tests and the key buttons use them),
        and what follows what."""
        server, downloads, publishers = self.server, self.downloads, self.publishers
        self.language_combo = self.language.language_combo
        self.hub_url_edit, self.signed_in_note = server.hub_url_edit, server.signed_in_note
        self.proxy_edit, self.ca_bundle_edit = server.proxy_edit, server.ca_bundle_edit
        self.ca_browse_button = server.ca_browse_button
        self.no_limit_check, self.bandwidth_spin = downloads.no_limit_check, downloads.bandwidth_spin
        self.any_time_check = downloads.any_time_check
        self.from_label, self.from_edit = downloads.from_label, downloads.from_edit
        self.to_label, self.to_edit = downloads.to_label, downloads.to_edit
        self.data_saver_check = downloads.data_saver_check
        self.unsigned_check, self.unsigned_warning = (publishers.unsigned_check,
                                                      publishers.unsigned_warning)
        self.keys_list = publishers.keys_list
        self.add_key_button = publishers.add_key_button
        self.remove_key_button = publishers.remove_key_button

        server.ca_browse_button.clicked.connect(self.choose_ca_bundle)
        for box in (downloads.no_limit_check, downloads.any_time_check,
                    publishers.unsigned_check):
            box.toggled.connect(self._update_dependent)
        publishers.keys_list.currentItemChanged.connect(lambda *_: self._update_dependent())
        publishers.add_key_button.clicked.connect(self.choose_key_file)
        publishers.remove_key_button.clicked.connect(self.remove_selected_key)

    def _initial_size(self) -> QSize:
        """Everything visible without scrolling when the screen allows, from the font."""
        return font_sized(self, 112, 52)

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the effective settings and the trusted keys on the store lane."""
        paths = self.bridge.paths
        self.bridge.call_service(read_snapshot, self._loaded, context=self, paths=paths)

    def _loaded(self, snapshot: Any, error: BaseException | None) -> None:
        if error is not None:
            self.status_label.setText(message_for(error).full_text())
            return
        self.snapshot = snapshot
        settings = snapshot.settings
        if settings.site_problems:
            self.notice = SiteNotice(settings.site_problems, dismissable=False, parent=self)
            self.notice_area.addWidget(self.notice)
            self.notice.show()
        self.language.show_language(snapshot.language.learner, snapshot.language.site)
        self.server.show_settings(settings, snapshot.server_in_use)
        self.downloads.show_settings(settings)
        self.unsigned_check.setChecked(settings.allow_unsigned_bundles)
        self._fill_keys()
        self._set_inputs_enabled(True)
        self._apply_locks()
        self._update_dependent()
        self.status_label.setText("")
        self.status_label.hide()
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _apply_locks(self) -> None:
        assert self.snapshot is not None
        where = str(self.snapshot.site_path) if self.snapshot.site_path else self.tr(
            "the site configuration")
        tip = self.tr("Court IT set this in %1. It cannot be changed here.").replace("%1", where)
        described = self.tr("Set by your administrator in %1.").replace("%1", where)
        for name, row in self.rows.items():
            row.set_locked(self.is_locked(name), tip, described)
        user = self.snapshot.signed_in_as
        self.server.show_signed_in(user, bool(user) and not self.is_locked("hub_url"))

    def is_locked(self, name: str) -> bool:
        if self.snapshot is None:
            return False
        return name in self.snapshot.settings.locked or (
            name == KEYS and self.snapshot.keys_locked) or (
            name == LANGUAGE and self.snapshot.language.locked)

    def _shown_only(self, name: str) -> bool:
        """Shown but not a setting to store: the signed-in account's address."""
        return (name == "hub_url" and self.snapshot is not None
                and bool(self.snapshot.signed_in_as))

    def _fill_keys(self) -> None:
        assert self.snapshot is not None
        self.publishers.fill_keys(self.snapshot, self.pending_add, self.pending_remove)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for row in self.rows.values():
            for widget in row.controls:
                widget.setEnabled(enabled)

    def _update_dependent(self) -> None:
        """Spin box and times follow their "no limit" / "any time" boxes; the warning
        follows the unsigned box; Remove only for the learner's own keys."""
        if self.snapshot is None:
            return
        self.downloads.follow_boxes(self.is_locked)
        self.unsigned_warning.setVisible(self.unsigned_check.isChecked())
        own = self.publishers.selected_key()[0] == "user"
        self.remove_key_button.setEnabled(own and not self.is_locked(KEYS))

    # ------------------------------------------------------------------ values

    def values(self) -> dict[str, Any]:
        """What the controls say now, as engine values."""
        return {**self.language.values(), **self.server.values(), **self.downloads.values(),
                **self.publishers.values()}

    def changes(self) -> dict[str, Any]:
        """Only what the learner changed and may change."""
        if self.snapshot is None:
            return {}
        values = self.values()
        language = values.pop(LANGUAGE)
        changed = changed_settings(values, self.snapshot.settings,
                                   lambda name: self.is_locked(name) or self._shown_only(name))
        if language != self.snapshot.language.learner and not self.is_locked(LANGUAGE):
            changed[LANGUAGE] = language
        return changed

    def validate(self) -> dict[str, str]:
        """Plain-words problems by setting name; empty when everything can be saved."""
        return {name: self.problem_text(name, found)
                for name, found in check_changes(self.changes()).items()}

    def problem_text(self, name: str, found: Found) -> str:
        """A problem in plain words (`player.settings.validators` finds them)."""
        detail = found.detail
        texts = {
            Problem.URL_SPACE: lambda: self.tr("it contains a space."),
            Problem.URL_NO_SCHEME: lambda: self.tr("it does not start with %1://.")
            .replace("%1", detail),
            Problem.URL_WRONG_SCHEME: lambda: self.tr(
                "it starts with “%1://”, which Lectern cannot use.").replace("%1", detail),
            Problem.URL_NO_HOST: lambda: self.tr("the computer's name is missing after “//”."),
            Problem.CA_NOT_ABSOLUTE: lambda: self.tr(
                "Give the full path of the file, or choose it with Browse."),
            Problem.CA_MISSING: lambda: self.tr("There is no file at %1.").replace("%1", detail),
            Problem.CA_UNREADABLE: lambda: self.tr(
                "Lectern cannot read %1. Ask court IT to check who may read it.")
            .replace("%1", detail),
            Problem.CA_NOT_PEM: lambda: self.tr(
                "%1 is not a certificate file: it should contain "
                "“-----BEGIN CERTIFICATE-----”.").replace("%1", detail),
            Problem.HOURS_SAME: lambda: self.tr(
                "The start and the end are the same time. Choose two different times, or "
                "tick “Any time”."),
        }
        text = texts[found.problem]()
        if name == "hub_url":
            return self.tr("This is not a web address Lectern can use: %1 It should look like "
                           "https://courses.example.org").replace("%1", text)
        if name == "proxy":
            return self.tr("This is not a proxy address Lectern can use: %1 It should look like "
                           "http://proxy.court.local:3128").replace("%1", text)
        return text

    def show_problems(self, problems: dict[str, str]) -> None:
        """A problem under each field concerned; the first such field gets the focus."""
        first: QWidget | None = None
        for name, row in self.rows.items():
            text = problems.get(name, "")
            row.error_label.setText(text)
            row.error_label.setVisible(bool(text))
            for widget in row.controls:
                if text or not self.is_locked(name):
                    widget.setAccessibleDescription(text or row.help_text)
            if text and first is None:
                first = next((w for w in row.controls if w.isEnabled()), None)
                self.scroll_area.ensureWidgetVisible(row.error_label)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        if problems:
            self.status_label.setText(self.tr("Nothing was saved. Please correct what is "
                                              "marked above."))
            self.status_label.show()

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Check, then store the changes on the store lane; close when they are stored."""
        if self.snapshot is None or self._saving:
            return
        problems = self.validate()
        self.show_problems(problems)
        if problems:
            return
        changes = self.changes()
        add = tuple(self.pending_add)
        remove = tuple(self.pending_remove)
        if not changes and not add and not remove:
            self.accept()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self.status_label.show()
        self.bridge.call_service(write_changes, lambda _r, e: self._saved(changes, e),
                                 writes=ChangeKind.SETTINGS, context=self, changes=changes, add_keys=add,
                                 remove_ids=remove, paths=self.bridge.paths)

    def _saved(self, changes: dict[str, Any], error: BaseException | None) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if error is not None:
            if isinstance(error, SettingRefused) and error.name in self.rows:
                self.show_problems({error.name: message_for(error.error).text})
            else:
                self.status_label.setText(message_for(error).full_text())
                self.status_label.show()
            return
        log.info("settings saved: %s", ", ".join(sorted(changes)) or "publisher keys")
        self.saved.emit(sorted(changes))
        self.accept()
        window = self.parentWidget()
        if LANGUAGE in changes and window is not None:
            from player.restart import offer_restart

            offer_restart(window)

    # ------------------------------------------------------------------ files

    def _open_file_dialog(self, title: str, filters: str, start: str,
                          chosen: Callable[[Path], None], accessible: str) -> QFileDialog:
        dialog = QFileDialog(self, title, start, filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAccessibleName(accessible)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: chosen(Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def choose_ca_bundle(self) -> QFileDialog:
        current = self.ca_bundle_edit.text().strip()
        start = str(Path(current).parent) if current else "/etc/ssl/certs" \
            if Path("/etc/ssl/certs").is_dir() else QDir.homePath()
        return self._open_file_dialog(
            self.tr("Choose a certificate file"),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"), start,
            lambda path: self.ca_bundle_edit.setText(str(path)),
            self.tr("Choose a certificate file"))

    def choose_key_file(self) -> QFileDialog:
        return self._open_file_dialog(
            self.tr("Add a publisher key"), self.tr("Publisher keys (*.pub);;All files (*)"),
            QDir.homePath(), self.add_key_file, self.tr("Choose a publisher key file"))

    def add_key_file(self, path: Path) -> None:
        """Read a `.pub` file (on the store lane: it may sit on a slow USB stick) and list it
        as trusted; it is stored on Save."""

        def read() -> "PublicKey":
            from sync.signing import load_public_key

            return load_public_key(path)

        self.bridge.submit(read, self._key_read, context=self)

    def _key_read(self, key: Any, error: BaseException | None) -> None:
        row = self.rows[KEYS]
        if error is not None:
            self.show_problems({KEYS: message_for(error).text})
            return
        assert self.snapshot is not None
        known = {k.key_id for k in (*self.snapshot.site_keys, *self.pending_add)}
        known |= {k.key_id for k in self.snapshot.user_keys} - set(self.pending_remove)
        if key.key_id in known:
            self.show_problems({KEYS: self.tr("This publisher is already trusted.")})
            return
        if key.key_id in self.pending_remove:
            self.pending_remove.remove(key.key_id)
        else:
            self.pending_add.append(key)
        row.error_label.hide()
        self._fill_keys()
        self.publishers.select_key(key.key_id)

    def remove_selected_key(self) -> None:
        if self.keys_list.currentItem() is None or self.is_locked(KEYS):
            return
        source, key_id = self.publishers.selected_key()
        if source != "user":
            return
        if any(k.key_id == key_id for k in self.pending_add):
            self.pending_add = [k for k in self.pending_add if k.key_id != key_id]
        else:
            self.pending_remove.append(key_id)
        self._fill_keys()
        self._update_dependent()
        self.keys_list.setFocus(Qt.FocusReason.OtherFocusReason)


def open_settings(parent: QWidget, bridge: TaskManager) -> SettingsDialog:
    """Open Settings over `parent` (window-modal, so the rest of the app stays painted);
    a second request brings the open dialog forward instead of opening another."""
    for existing in parent.findChildren(SettingsDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = SettingsDialog(bridge, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
