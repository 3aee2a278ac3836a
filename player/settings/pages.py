"""The Settings dialog's three sections: the course server, downloads, and the publishers
Lectern trusts. Each builds its rows through the dialog's `SettingsForm`, shows the settings
it was given, and says what its controls hold now as engine values; the dialog wires the
buttons and decides what is enabled.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from player.settings.form import SettingsForm
from player.settings.validators import KEYS, MAX_KBPS, format_hours, parse_hours
from player.widgets import bold_font, small_font

if TYPE_CHECKING:
    from player.settings.engine import SettingsSnapshot
    from sync.config import Settings
    from sync.signing import PublicKey


def hours_text(start: QTime, end: QTime) -> str:
    """Two times as the engine's `HH:MM-HH:MM`."""
    return format_hours((start.hour(), start.minute()), (end.hour(), end.minute()))


def parse_hours_text(text: str) -> tuple[QTime, QTime] | None:
    """`22:00-06:00` as two times (24:00 as midnight); None for "any time" or nonsense."""
    hours = parse_hours(text)
    return None if hours is None else (QTime(*hours[0]), QTime(*hours[1]))


def key_label(key: "PublicKey", from_site: bool = False) -> str:
    """Two lines: the publisher's name, then its key id (and who added it)."""
    translate = QCoreApplication.translate
    name = key.comment.strip() or translate("SettingsDialog", "Unnamed publisher")
    detail = translate("SettingsDialog", "key %1").replace("%1", key.key_id)
    if from_site:
        detail = translate("SettingsDialog", "%1 · added by court IT").replace("%1", detail)
    return f"{name}\n{detail}"


class LanguagePage(QWidget):
    """The interface language: "System default" (court IT's, else the computer's), then each
    language in its own name. It applies when the window opens again (the dialog offers to
    restart): retranslating every open screen in place is not done."""

    def __init__(self, form: SettingsForm, parent: QWidget | None = None) -> None:
        from sync.languages import INTERFACE_LANGUAGES

        super().__init__(parent)
        rows = form.section(self, self.tr("Language"))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in INTERFACE_LANGUAGES.items():
            self.language_combo.addItem(name, code)
            # Each name in its own language: a screen reader reads it in that language's voice.
            self.language_combo.setItemData(self.language_combo.count() - 1, code,
                                            Qt.ItemDataRole.AccessibleDescriptionRole)
        form.field(rows, "language", self.tr("Interface &language:"), [self.language_combo],
                   [self.language_combo],
                   self.tr("Applies when Lectern starts again; you can restart it after Save."))

    def show_language(self, learner: str, site: str) -> None:
        """The learner's choice selected (none: "System default", naming court IT's)."""
        from sync.languages import INTERFACE_LANGUAGES

        if site:
            self.language_combo.setItemText(0, self.tr("Default for this computer (%1)")
                                            .replace("%1", INTERFACE_LANGUAGES.get(site, site)))
        index = self.language_combo.findData(learner)
        self.language_combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        return {"language": str(self.language_combo.currentData() or "")}


class ServerPage(QWidget):
    """The course server's address (read-only while signed in), the proxy, and the
    certificate file for proxies that inspect secure connections."""

    def __init__(self, form: SettingsForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = form.section(self, self.tr("Course server"))
        self.hub_url_edit = QLineEdit(self)
        self.hub_url_edit.setPlaceholderText("https://courses.example.org")
        self.hub_url_edit.setAccessibleName(self.tr("Course server address"))
        self.hub_url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        hub_row = form.field(
            rows, "hub_url", self.tr("Course server &address:"), [self.hub_url_edit],
            [self.hub_url_edit],
            self.tr("Where your courses come from and your progress goes. Court IT or the "
                    "course provider gives you this address."))
        # Signed in, the address in use is the account's: shown, not edited here.
        self.signed_in_note = QLabel(self)
        self.signed_in_note.setWordWrap(True)
        self.signed_in_note.setTextFormat(Qt.TextFormat.PlainText)
        self.signed_in_note.setFont(small_font(form.owner.font()))
        self.signed_in_note.setAccessibleName(self.tr("Signed in"))
        self.signed_in_note.setObjectName("signed-in-note")
        self.signed_in_note.hide()
        hub_row.insert_note(self.signed_in_note)

        self.proxy_edit = QLineEdit(self)
        self.proxy_edit.setPlaceholderText("http://proxy.court.local:3128")
        self.proxy_edit.setAccessibleName(self.tr("Proxy address"))
        form.field(rows, "proxy", self.tr("&Proxy:"), [self.proxy_edit], [self.proxy_edit],
                   self.tr("Leave empty to connect the way this computer usually does."))

        self.ca_bundle_edit = QLineEdit(self)
        self.ca_bundle_edit.setAccessibleName(self.tr("Certificate file"))
        self.ca_bundle_edit.setPlaceholderText(self.tr("None (this computer's certificates)"))
        self.ca_browse_button = QPushButton(self.tr("&Browse…"), self)
        self.ca_browse_button.setAccessibleName(self.tr("Choose a certificate file"))
        form.field(rows, "ca_bundle", self.tr("&Certificates:"),
                   [self.ca_bundle_edit, self.ca_browse_button],
                   [self.ca_bundle_edit, self.ca_browse_button],
                   self.tr("Only needed behind a proxy that inspects secure connections: a "
                           "PEM file from court IT."))

    def show_settings(self, settings: "Settings", server_in_use: str) -> None:
        self.hub_url_edit.setText(server_in_use or settings.hub_url)
        self.proxy_edit.setText(settings.proxy)
        self.ca_bundle_edit.setText(settings.ca_bundle)

    def show_signed_in(self, user: str, fixed: bool) -> None:
        """Signed in as `user`; `fixed`: the address is the account's (not court IT's lock),
        shown read-only because changing it here would not move the sign-in."""
        if fixed:
            note = self.tr("You are signed in to this course server as %1. To use another, "
                           "sign out first.").replace("%1", user)
            self.signed_in_note.setText(note)
            self.hub_url_edit.setReadOnly(True)
            self.hub_url_edit.setAccessibleDescription(note)
            self.hub_url_edit.setToolTip(note)
        elif user:  # court IT's address, and signed in to it
            self.signed_in_note.setText(self.tr("You are signed in as %1.").replace("%1", user))
        self.signed_in_note.setVisible(bool(user))

    def values(self) -> dict[str, Any]:
        return {"hub_url": self.hub_url_edit.text().strip(),
                "proxy": self.proxy_edit.text().strip(),
                "ca_bundle": self.ca_bundle_edit.text().strip()}


class DownloadsPage(QWidget):
    """The download speed limit, the hours downloads may run, and data saving."""

    def __init__(self, form: SettingsForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = form.section(self, self.tr("Downloads"))
        self.no_limit_check = QCheckBox(self.tr("&No limit"), self)
        self.no_limit_check.setAccessibleName(self.tr("No download speed limit"))
        self.bandwidth_spin = QSpinBox(self)
        self.bandwidth_spin.setRange(8, MAX_KBPS)
        self.bandwidth_spin.setSingleStep(64)
        self.bandwidth_spin.setValue(256)
        self.bandwidth_spin.setSuffix(self.tr(" kbit/s"))
        self.bandwidth_spin.setAccessibleName(self.tr("Download speed limit in kilobits per "
                                                      "second"))
        self.bandwidth_spin.setGroupSeparatorShown(True)
        form.field(rows, "bandwidth_cap_kbps", self.tr("&Speed limit:"),
                   [self.no_limit_check, self.bandwidth_spin],
                   [self.no_limit_check, self.bandwidth_spin],
                   self.tr("Keeps downloads from filling a thin court link."))

        self.any_time_check = QCheckBox(self.tr("An&y time"), self)
        self.any_time_check.setAccessibleName(self.tr("Download at any time"))
        self.from_edit = QTimeEdit(QTime(22, 0), self)
        self.from_edit.setDisplayFormat("HH:mm")
        self.from_edit.setAccessibleName(self.tr("Downloads start at"))
        self.to_label = QLabel(self.tr("to"), self)
        self.to_edit = QTimeEdit(QTime(6, 0), self)
        self.to_edit.setDisplayFormat("HH:mm")
        self.to_edit.setAccessibleName(self.tr("Downloads stop at"))
        self.to_label.setBuddy(self.to_edit)
        # A time reads left to right in every language; laid out right to left, Qt's time
        # edit would show 22:00 as "00:22".
        for edit in (self.from_edit, self.to_edit):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.from_label = QLabel(self.tr("or only from"), self)
        self.from_label.setBuddy(self.from_edit)
        form.field(rows, "download_hours", self.tr("Download &hours:"),
                   [self.any_time_check, self.from_label, self.from_edit, self.to_label,
                    self.to_edit],
                   [self.any_time_check, self.from_edit, self.to_edit],
                   self.tr("Outside these hours downloads wait, for example 22:00 to 06:00 "
                           "for nights only."))

        self.data_saver_check = QCheckBox(self.tr("&Save data (slow or costly internet)"), self)
        self.data_saver_check.setAccessibleName(self.tr("Save data"))
        form.field(rows, "data_saver", self.tr("Internet:"), [self.data_saver_check],
                   [self.data_saver_check],
                   self.tr("No video downloads; only small progress updates are sent."))

    def show_settings(self, settings: "Settings") -> None:
        self.no_limit_check.setChecked(settings.bandwidth_cap_kbps <= 0)
        if settings.bandwidth_cap_kbps > 0:
            self.bandwidth_spin.setValue(min(settings.bandwidth_cap_kbps, MAX_KBPS))
        hours = parse_hours_text(settings.download_hours)
        self.any_time_check.setChecked(hours is None)
        if hours is not None:
            self.from_edit.setTime(hours[0])
            self.to_edit.setTime(hours[1])
        self.data_saver_check.setChecked(settings.data_saver)

    def follow_boxes(self, is_locked: Callable[[str], bool]) -> None:
        """The spin box and the times follow their "no limit" / "any time" boxes."""
        self.bandwidth_spin.setEnabled(not is_locked("bandwidth_cap_kbps")
                                       and not self.no_limit_check.isChecked())
        times = not is_locked("download_hours") and not self.any_time_check.isChecked()
        for widget in (self.from_edit, self.to_edit, self.from_label, self.to_label):
            widget.setEnabled(times)

    def values(self) -> dict[str, Any]:
        return {"bandwidth_cap_kbps": 0 if self.no_limit_check.isChecked()
                else int(self.bandwidth_spin.value()),
                "download_hours": "" if self.any_time_check.isChecked()
                else hours_text(self.from_edit.time(), self.to_edit.time()),
                "data_saver": self.data_saver_check.isChecked()}


class PublishersPage(QWidget):
    """Whether unsigned courses are allowed (with a warning), and the publishers trusted:
    court IT's (fixed) and the learner's own."""

    def __init__(self, form: SettingsForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fm = form.owner.fontMetrics()
        rows = form.section(self, self.tr("Course publishers"))
        self.unsigned_check = QCheckBox(self.tr("Allow &unsigned courses and unknown "
                                                "publishers"), self)
        self.unsigned_check.setAccessibleName(self.tr("Allow unsigned courses"))
        unsigned_row = form.field(rows, "allow_unsigned_bundles", self.tr("Safety:"),
                                  [self.unsigned_check], [self.unsigned_check])
        self.unsigned_warning = QLabel(self.tr(
            "Warning: Lectern will accept courses that anyone may have made or changed. "
            "Turn this on only for courses you made yourself, and ask court IT first."), self)
        self.unsigned_warning.setWordWrap(True)
        self.unsigned_warning.setObjectName("unsigned-warning")
        self.unsigned_warning.setAccessibleName(self.tr("Warning about unsigned courses"))
        self.unsigned_warning.setStyleSheet("color: #b3261e;")
        self.unsigned_warning.setVisible(False)
        self.unsigned_warning.setFont(bold_font(self.unsigned_warning.font()))
        unsigned_row.insert_note(self.unsigned_warning)

        self.keys_list = QListWidget(self)
        self.keys_list.setAccessibleName(self.tr("Trusted publishers"))
        self.keys_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keys_list.setWordWrap(True)
        self.keys_list.setSpacing(max(1, fm.height() // 6))
        self.keys_list.setAlternatingRowColors(True)
        self.keys_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.keys_list.setMinimumHeight(fm.height() * 5)
        self.keys_list.setMaximumHeight(fm.height() * 8)
        self.add_key_button = QPushButton(self.tr("&Add publisher key…"), self)
        self.add_key_button.setAccessibleName(self.tr("Add a publisher key from a .pub file"))
        self.remove_key_button = QPushButton(self.tr("&Remove"), self)
        self.remove_key_button.setAccessibleName(self.tr("Remove the selected publisher"))
        buttons = QWidget(self)
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.add_key_button)
        column.addWidget(self.remove_key_button)
        column.addStretch(1)
        form.field(rows, KEYS, self.tr("&Trusted:"), [self.keys_list, buttons],
                   [self.add_key_button, self.remove_key_button],
                   self.tr("Courses signed by these publishers are accepted. Keys from court IT "
                           "cannot be removed here."))

    def fill_keys(self, snapshot: "SettingsSnapshot", pending_add: list["PublicKey"],
                  pending_remove: list[str]) -> None:
        """Court IT's publishers, then the learner's own with the changes not yet saved."""
        self.keys_list.clear()
        site_ids = set()
        for key in snapshot.site_keys:
            site_ids.add(key.key_id)
            item = QListWidgetItem(key_label(key, from_site=True))
            item.setData(Qt.ItemDataRole.UserRole, ("site", key.key_id))
            item.setToolTip(self.tr("Trusted on this computer by court IT; it cannot be "
                                    "removed here."))
            self.keys_list.addItem(item)
        if not snapshot.keys_locked:
            for key in [*snapshot.user_keys, *pending_add]:
                if key.key_id in site_ids or key.key_id in pending_remove:
                    continue
                item = QListWidgetItem(key_label(key))
                item.setData(Qt.ItemDataRole.UserRole, ("user", key.key_id))
                self.keys_list.addItem(item)
        if self.keys_list.count() == 0:
            item = QListWidgetItem(self.tr("No publishers yet. Courses must be signed by a "
                                           "trusted publisher to be imported."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(Qt.ItemDataRole.UserRole, ("none", ""))
            self.keys_list.addItem(item)

    def selected_key(self) -> tuple[str, str]:
        """(source, key id) of the selected row: source "site", "user", "none" or ""."""
        item = self.keys_list.currentItem()
        if item is None:
            return "", ""
        return item.data(Qt.ItemDataRole.UserRole) or ("", "")

    def select_key(self, key_id: str) -> None:
        for i in range(self.keys_list.count()):
            item = self.keys_list.item(i)
            if (item.data(Qt.ItemDataRole.UserRole) or ("", ""))[1] == key_id:
                self.keys_list.setCurrentItem(item)
                return

    def values(self) -> dict[str, Any]:
        return {"allow_unsigned_bundles": self.unsigned_check.isChecked()}
