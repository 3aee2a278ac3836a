"""Settings: the learner's own choices, and what court IT decided for this computer.

Every setting of `sync.config.Settings` has a control here. Settings court IT listed as
`locked` in the site configuration are shown with their site value, disabled, and labelled
"set by your administrator" with a tooltip naming the file, so a learner knows whom to ask
instead of wondering why a field is grey. Problems in that file are shown at the top.

Nothing is written until Save: then only the settings the learner actually changed are
stored (an untouched field keeps following court IT's value), each through
`sync.config.set_setting` on the bridge's store lane, which refuses locked, unknown and
mistyped values. Input is checked here first so mistakes are explained in plain words next
to the field, not as an engine error after the fact.
"""
from __future__ import annotations

import importlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.error_messages import message_for
from player.library_view import heading_font
from player.site_notice import SiteNotice
from player.sizing import font_sized

if TYPE_CHECKING:
    from sync.config import Settings
    from sync.signing import PublicKey
    from sync.store import LearnerStore

log = logging.getLogger(__name__)

#: Imported on the UI thread before the first task (see `player.bridge.warm_engine`).
_ENGINE = ("sync.config", "sync.site_config", "sync.trust", "sync.signing")

MAX_KBPS = 1_000_000
KEYS = "trusted_keys"


def warm_settings_engine() -> None:
    """Import the settings engine here, on the UI thread, never first in a worker."""
    for name in _ENGINE:
        importlib.import_module(name)


# --------------------------------------------------------------------------- engine side
# These run on the store lane (a worker thread) with a store the bridge opened there.


@dataclass(frozen=True)
class SettingsSnapshot:
    """What the dialog shows: effective settings, and the publishers trusted and by whom."""

    settings: "Settings"
    site_path: Path | None
    site_keys: tuple["PublicKey", ...]
    user_keys: tuple["PublicKey", ...]
    keys_locked: bool
    #: the course server address in use: court IT's locked one, else the signed-in
    #: account's, else the setting ('' = none yet); what the address field shows.
    server_in_use: str = ""
    #: who is signed in to it ('' = nobody): then the address is the account's, not a setting.
    signed_in_as: str = ""


class SettingRefused(Exception):
    """The engine refused one setting; carries which, so the dialog can point at it."""

    def __init__(self, name: str, error: BaseException) -> None:
        super().__init__(f"{name}: {error}")
        self.name = name
        self.error = error


def read_snapshot(store: "LearnerStore", paths: Any = None) -> SettingsSnapshot:
    """`paths` (the profile's `DataPaths`): to show the signed-in account's course server."""
    from sync.config import HUB_URL, hub_url_for, load_settings, same_hub_url
    from sync.credentials import load_credentials
    from sync.site_config import load_site_config
    from sync.trust import trusted_keys

    site = load_site_config()
    settings = load_settings(store, site)
    creds = load_credentials(paths) if paths is not None else None
    in_use = hub_url_for(settings, remembered=creds.hub_url if creds else None)
    signed_in = creds is not None and creds.token and same_hub_url(creds.hub_url, in_use)
    return SettingsSnapshot(settings, site.path, tuple(site.trusted_keys),
                            tuple(trusted_keys(store)), KEYS in site.locked, in_use,
                            creds.username if signed_in and creds is not None else "")


def write_changes(store: "LearnerStore", changes: dict[str, Any],
                  add_keys: tuple["PublicKey", ...] = (), remove_ids: tuple[str, ...] = ()) -> None:
    """Store the learner's changes; the site file is read again so a lock court IT added
    while the dialog was open is still honoured."""
    from sync.config import set_setting
    from sync.errors import ConfigError, LecternError
    from sync.site_config import load_site_config
    from sync.trust import add_trusted_key, remove_trusted_key

    site = load_site_config()
    for name, value in changes.items():
        try:
            set_setting(store, name, value, site)
        except LecternError as exc:
            raise SettingRefused(name, exc) from exc
    if (add_keys or remove_ids) and KEYS in site.locked:
        raise SettingRefused(KEYS, ConfigError(
            "The trusted publishers are set by your administrator and cannot be changed here."))
    for key in add_keys:
        add_trusted_key(store, key)
    for key_id in remove_ids:
        remove_trusted_key(store, key_id)


# --------------------------------------------------------------------------- helpers


def hours_text(start: QTime, end: QTime) -> str:
    """Two times as the engine's `HH:MM-HH:MM`."""
    return f"{start.toString('HH:mm')}-{end.toString('HH:mm')}"


def parse_hours_text(text: str) -> tuple[QTime, QTime] | None:
    """`22:00-06:00` as two times (24:00 as midnight); None for "any time" or nonsense."""
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text or "")
    if not m:
        return None
    ha, ma, hb, mb = (int(g) for g in m.groups())
    return QTime(ha % 24, ma), QTime(hb % 24, mb)


def key_label(key: "PublicKey", from_site: bool = False) -> str:
    """Two lines: the publisher's name, then its key id (and who added it)."""
    translate = QCoreApplication.translate
    name = key.comment.strip() or translate("SettingsDialog", "Unnamed publisher")
    detail = translate("SettingsDialog", "key %1").replace("%1", key.key_id)
    if from_site:
        detail = translate("SettingsDialog", "%1 · added by court IT").replace("%1", detail)
    return f"{name}\n{detail}"


def lock_pixmap(height: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """A small padlock drawn in the text colour (no icon theme is needed on court PCs)."""
    size = max(8, height)
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour)
    pen.setWidthF(max(1.2, size / 9))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    w = size * 0.44
    painter.drawArc(QRectF((size - w) / 2, size * 0.1, w, size * 0.6), 0, 180 * 16)
    painter.drawLine(QPointF((size - w) / 2, size * 0.4), QPointF((size - w) / 2, size * 0.48))
    painter.drawLine(QPointF((size + w) / 2, size * 0.4), QPointF((size + w) / 2, size * 0.48))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.45, size * 0.64, size * 0.45),
                            size * 0.08, size * 0.08)
    painter.end()
    return pixmap


def small_font(base: QFont) -> QFont:
    """A little smaller than the system font, for help lines; scales with it."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    return font


def quiet(label: QLabel) -> None:
    """Secondary text: the theme's text colour, a third of the way to the background, so
    it reads as secondary and still has enough contrast (the "disabled" grey has too little)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(round(text.red() * 0.65 + back.red() * 0.35),
                   round(text.green() * 0.65 + back.green() * 0.35),
                   round(text.blue() * 0.65 + back.blue() * 0.35))
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)


@dataclass
class _Row:
    """One setting's controls and its two notes (locked, error)."""

    controls: list[QWidget]
    locked_label: QLabel
    error_label: QLabel
    help_text: str = ""


# --------------------------------------------------------------------------- dialog


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
        self.rows: dict[str, _Row] = {}
        self._lock_icons: dict[str, QLabel] = {}

        fm = self.fontMetrics()
        self.notice_area = QVBoxLayout()
        self.notice: SiteNotice | None = None

        self.status_label = QLabel(self.tr("Loading settings…"), self)
        self.status_label.setAccessibleName(self.tr("Settings status"))
        self.status_label.setWordWrap(True)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setSpacing(fm.height())
        body.addWidget(self._server_group(content))
        body.addWidget(self._downloads_group(content))
        body.addWidget(self._publishers_group(content))
        body.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Settings"))

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
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self._set_inputs_enabled(False)
        self.resize(self._initial_size())

    def _initial_size(self) -> QSize:
        """Everything visible without scrolling when the screen allows, from the font."""
        return font_sized(self, 112, 52)

    # ------------------------------------------------------------------ building

    def _group(self, title: str, parent: QWidget) -> tuple[QWidget, QFormLayout]:
        """A section: a heading (scaled from the system font) over a form.

        A heading label rather than a QGroupBox title: a group box's font would be
        inherited by every field in it."""
        section = QWidget(parent)
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title, section)
        heading.setFont(heading_font(self.font(), 1.15))
        heading.setAccessibleName(title)
        column.addWidget(heading)
        body = QWidget(section)
        form = QFormLayout(body)
        indent = self.fontMetrics().averageCharWidth() * 2
        form.setContentsMargins(indent, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(self.fontMetrics().height() * 2 // 3)
        column.addWidget(body)
        return section, form

    def _field(self, form: QFormLayout, name: str, label_text: str, line: list[QWidget],
               controls: list[QWidget], help_text: str = "") -> None:
        """A form row: label, the control line, a help line, the locked and error notes."""
        parent = form.parentWidget()
        label = QLabel(label_text, parent)
        label.setBuddy(line[0])
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self.fontMetrics().height() // 5)
        row = QHBoxLayout()
        stretchy = (QLineEdit, QListWidget)
        for widget in line:
            row.addWidget(widget, 1 if isinstance(widget, stretchy) else 0)
        if not any(isinstance(w, stretchy) for w in line):
            row.addStretch(1)
        column.addLayout(row)
        if help_text:
            help_label = QLabel(help_text, box)
            help_label.setWordWrap(True)
            help_label.setFont(small_font(self.font()))
            quiet(help_label)
            help_label.setAccessibleName(self.tr("Help"))
            column.addWidget(help_label)
            for widget in controls:
                widget.setAccessibleDescription(help_text)
        locked = QLabel(self.tr("set by your administrator"), box)
        italic = small_font(self.font())
        italic.setItalic(True)
        locked.setFont(italic)
        locked.setAccessibleName(self.tr("Locked by court IT"))
        locked.setObjectName(f"locked-{name}")
        lock_icon = QLabel(box)
        lock_icon.setPixmap(lock_pixmap(locked.fontMetrics().height(),
                                        locked.palette().color(QPalette.ColorRole.WindowText),
                                        self.devicePixelRatioF()))
        lock_icon.setAccessibleName(self.tr("Locked"))
        locked_line = QHBoxLayout()
        locked_line.setSpacing(self.fontMetrics().averageCharWidth() // 2)
        locked_line.addWidget(lock_icon)
        locked_line.addWidget(locked)
        locked_line.addStretch(1)
        column.addLayout(locked_line)
        locked.hide()
        lock_icon.hide()
        self._lock_icons[name] = lock_icon
        error = QLabel(box)
        error.setWordWrap(True)
        error.setObjectName(f"error-{name}")
        error.setAccessibleName(self.tr("Problem with this setting"))
        error.setStyleSheet("color: palette(bright-text); background: #b3261e;"
                            " border-radius: 3px; padding: 2px 6px;")
        error.hide()
        column.addWidget(error)
        form.addRow(label, box)
        self.rows[name] = _Row(controls, locked, error, help_text)

    def _server_group(self, parent: QWidget) -> QWidget:
        group, form = self._group(self.tr("Course server"), parent)
        self.hub_url_edit = QLineEdit(group)
        self.hub_url_edit.setPlaceholderText("https://courses.example.org")
        self.hub_url_edit.setAccessibleName(self.tr("Course server address"))
        self.hub_url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self._field(form, "hub_url", self.tr("Course server &address:"), [self.hub_url_edit],
                    [self.hub_url_edit],
                    self.tr("Where your courses come from and your progress goes. Court IT or "
                            "the course provider gives you this address."))
        # Signed in, the address in use is the account's: shown, not edited here.
        self.signed_in_note = QLabel(group)
        self.signed_in_note.setWordWrap(True)
        self.signed_in_note.setTextFormat(Qt.TextFormat.PlainText)
        self.signed_in_note.setFont(small_font(self.font()))
        self.signed_in_note.setAccessibleName(self.tr("Signed in"))
        self.signed_in_note.setObjectName("signed-in-note")
        self.signed_in_note.hide()
        row = self.rows["hub_url"]
        row.error_label.parentWidget().layout().insertWidget(1, self.signed_in_note)

        self.proxy_edit = QLineEdit(group)
        self.proxy_edit.setPlaceholderText("http://proxy.court.local:3128")
        self.proxy_edit.setAccessibleName(self.tr("Proxy address"))
        self._field(form, "proxy", self.tr("&Proxy:"), [self.proxy_edit], [self.proxy_edit],
                    self.tr("Leave empty to connect the way this computer usually does."))

        self.ca_bundle_edit = QLineEdit(group)
        self.ca_bundle_edit.setAccessibleName(self.tr("Certificate file"))
        self.ca_bundle_edit.setPlaceholderText(self.tr("None (this computer's certificates)"))
        self.ca_browse_button = QPushButton(self.tr("&Browse…"), group)
        self.ca_browse_button.setAccessibleName(self.tr("Choose a certificate file"))
        self.ca_browse_button.clicked.connect(self.choose_ca_bundle)
        self._field(form, "ca_bundle", self.tr("&Certificates:"),
                    [self.ca_bundle_edit, self.ca_browse_button],
                    [self.ca_bundle_edit, self.ca_browse_button],
                    self.tr("Only needed behind a proxy that inspects secure connections: a "
                            "PEM file from court IT."))
        return group

    def _downloads_group(self, parent: QWidget) -> QWidget:
        group, form = self._group(self.tr("Downloads"), parent)
        self.no_limit_check = QCheckBox(self.tr("&No limit"), group)
        self.no_limit_check.setAccessibleName(self.tr("No download speed limit"))
        self.bandwidth_spin = QSpinBox(group)
        self.bandwidth_spin.setRange(8, MAX_KBPS)
        self.bandwidth_spin.setSingleStep(64)
        self.bandwidth_spin.setValue(256)
        self.bandwidth_spin.setSuffix(self.tr(" kbit/s"))
        self.bandwidth_spin.setAccessibleName(self.tr("Download speed limit in kilobits per "
                                                      "second"))
        self.bandwidth_spin.setGroupSeparatorShown(True)
        self.no_limit_check.toggled.connect(self._update_dependent)
        self._field(form, "bandwidth_cap_kbps", self.tr("&Speed limit:"),
                    [self.no_limit_check, self.bandwidth_spin],
                    [self.no_limit_check, self.bandwidth_spin],
                    self.tr("Keeps downloads from filling a thin court link."))

        self.any_time_check = QCheckBox(self.tr("An&y time"), group)
        self.any_time_check.setAccessibleName(self.tr("Download at any time"))
        self.from_edit = QTimeEdit(QTime(22, 0), group)
        self.from_edit.setDisplayFormat("HH:mm")
        self.from_edit.setAccessibleName(self.tr("Downloads start at"))
        self.to_label = QLabel(self.tr("to"), group)
        self.to_edit = QTimeEdit(QTime(6, 0), group)
        self.to_edit.setDisplayFormat("HH:mm")
        self.to_edit.setAccessibleName(self.tr("Downloads stop at"))
        self.to_label.setBuddy(self.to_edit)
        self.from_label = QLabel(self.tr("or only from"), group)
        self.from_label.setBuddy(self.from_edit)
        self.any_time_check.toggled.connect(self._update_dependent)
        self._field(form, "download_hours", self.tr("Download &hours:"),
                    [self.any_time_check, self.from_label, self.from_edit, self.to_label,
                     self.to_edit],
                    [self.any_time_check, self.from_edit, self.to_edit],
                    self.tr("Outside these hours downloads wait, for example 22:00 to 06:00 "
                            "for nights only."))

        self.data_saver_check = QCheckBox(self.tr("&Save data (slow or costly internet)"), group)
        self.data_saver_check.setAccessibleName(self.tr("Save data"))
        self._field(form, "data_saver", self.tr("Internet:"), [self.data_saver_check],
                    [self.data_saver_check],
                    self.tr("No video downloads; only small progress updates are sent."))
        return group

    def _publishers_group(self, parent: QWidget) -> QWidget:
        group, form = self._group(self.tr("Course publishers"), parent)
        self.unsigned_check = QCheckBox(self.tr("Allow &unsigned courses and unknown "
                                                "publishers"), group)
        self.unsigned_check.setAccessibleName(self.tr("Allow unsigned courses"))
        self._field(form, "allow_unsigned_bundles", self.tr("Safety:"), [self.unsigned_check],
                    [self.unsigned_check])
        self.unsigned_warning = QLabel(self.tr(
            "Warning: Lectern will accept courses that anyone may have made or changed. "
            "Turn this on only for courses you made yourself, and ask court IT first."), group)
        self.unsigned_warning.setWordWrap(True)
        self.unsigned_warning.setObjectName("unsigned-warning")
        self.unsigned_warning.setAccessibleName(self.tr("Warning about unsigned courses"))
        self.unsigned_warning.setStyleSheet("color: #b3261e;")
        self.unsigned_warning.setVisible(False)
        warning_font = self.unsigned_warning.font()
        warning_font.setBold(True)
        self.unsigned_warning.setFont(warning_font)
        self.unsigned_check.toggled.connect(self._update_dependent)
        row = self.rows["allow_unsigned_bundles"]
        row.error_label.parentWidget().layout().insertWidget(1, self.unsigned_warning)

        self.keys_list = QListWidget(group)
        self.keys_list.setAccessibleName(self.tr("Trusted publishers"))
        self.keys_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keys_list.setWordWrap(True)
        self.keys_list.setSpacing(max(1, self.fontMetrics().height() // 6))
        self.keys_list.setAlternatingRowColors(True)
        self.keys_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.keys_list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.keys_list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.keys_list.currentItemChanged.connect(lambda *_: self._update_dependent())
        self.add_key_button = QPushButton(self.tr("&Add publisher key…"), group)
        self.add_key_button.setAccessibleName(self.tr("Add a publisher key from a .pub file"))
        self.add_key_button.clicked.connect(self.choose_key_file)
        self.remove_key_button = QPushButton(self.tr("&Remove"), group)
        self.remove_key_button.setAccessibleName(self.tr("Remove the selected publisher"))
        self.remove_key_button.clicked.connect(self.remove_selected_key)
        buttons = QWidget(group)
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.add_key_button)
        column.addWidget(self.remove_key_button)
        column.addStretch(1)
        self._field(form, KEYS, self.tr("&Trusted:"), [self.keys_list, buttons],
                    [self.add_key_button, self.remove_key_button],
                    self.tr("Courses signed by these publishers are accepted. Keys from court IT "
                            "cannot be removed here."))
        return group

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the effective settings and the trusted keys on the store lane."""
        paths = self.bridge.paths
        self.bridge.with_store(lambda store: read_snapshot(store, paths), self._loaded,
                               context=self)

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
        self.hub_url_edit.setText(snapshot.server_in_use or settings.hub_url)
        self.proxy_edit.setText(settings.proxy)
        self.ca_bundle_edit.setText(settings.ca_bundle)
        self.no_limit_check.setChecked(settings.bandwidth_cap_kbps <= 0)
        if settings.bandwidth_cap_kbps > 0:
            self.bandwidth_spin.setValue(min(settings.bandwidth_cap_kbps, MAX_KBPS))
        hours = parse_hours_text(settings.download_hours)
        self.any_time_check.setChecked(hours is None)
        if hours is not None:
            self.from_edit.setTime(hours[0])
            self.to_edit.setTime(hours[1])
        self.data_saver_check.setChecked(settings.data_saver)
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
        locked = set(self.snapshot.settings.locked)
        if self.snapshot.keys_locked:
            locked.add(KEYS)
        where = str(self.snapshot.site_path) if self.snapshot.site_path else self.tr(
            "the site configuration")
        tip = self.tr("Court IT set this in %1. It cannot be changed here.").replace("%1", where)
        for name, row in self.rows.items():
            is_locked = name in locked
            row.locked_label.setVisible(is_locked)
            self._lock_icons[name].setVisible(is_locked)
            row.locked_label.setToolTip(tip if is_locked else "")
            for widget in row.controls:
                widget.setEnabled(not is_locked)
                widget.setToolTip(tip if is_locked else "")
            if is_locked:
                for widget in row.controls:
                    widget.setAccessibleDescription(self.tr("Set by your administrator in %1.")
                                                    .replace("%1", where))
        self._apply_signed_in()

    def _apply_signed_in(self) -> None:
        """Signed in (and not locked), the address in use is the account's: shown read-only
        with who is signed in, because changing it here would not move the sign-in."""
        assert self.snapshot is not None
        user = self.snapshot.signed_in_as
        fixed = bool(user) and not self.is_locked("hub_url")
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

    def is_locked(self, name: str) -> bool:
        if self.snapshot is None:
            return False
        return name in self.snapshot.settings.locked or (
            name == KEYS and self.snapshot.keys_locked)

    def _shown_only(self, name: str) -> bool:
        """Shown but not a setting to store: the signed-in account's address."""
        return (name == "hub_url" and self.snapshot is not None
                and bool(self.snapshot.signed_in_as))

    def _fill_keys(self) -> None:
        assert self.snapshot is not None
        self.keys_list.clear()
        site_ids = set()
        for key in self.snapshot.site_keys:
            site_ids.add(key.key_id)
            item = QListWidgetItem(key_label(key, from_site=True))
            item.setData(Qt.ItemDataRole.UserRole, ("site", key.key_id))
            item.setToolTip(self.tr("Trusted on this computer by court IT; it cannot be "
                                    "removed here."))
            self.keys_list.addItem(item)
        if not self.snapshot.keys_locked:
            for key in [*self.snapshot.user_keys, *self.pending_add]:
                if key.key_id in site_ids or key.key_id in self.pending_remove:
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

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for row in self.rows.values():
            for widget in row.controls:
                widget.setEnabled(enabled)

    def _update_dependent(self) -> None:
        """Spin box and times follow their "no limit" / "any time" boxes; the warning
        follows the unsigned box; Remove only for the learner's own keys."""
        if self.snapshot is None:
            return
        self.bandwidth_spin.setEnabled(not self.is_locked("bandwidth_cap_kbps")
                                       and not self.no_limit_check.isChecked())
        times = not self.is_locked("download_hours") and not self.any_time_check.isChecked()
        for widget in (self.from_edit, self.to_edit, self.from_label, self.to_label):
            widget.setEnabled(times)
        self.unsigned_warning.setVisible(self.unsigned_check.isChecked())
        current = self.keys_list.currentItem()
        own = current is not None and (current.data(Qt.ItemDataRole.UserRole) or ("",))[0] == "user"
        self.remove_key_button.setEnabled(own and not self.is_locked(KEYS))

    # ------------------------------------------------------------------ values

    def values(self) -> dict[str, Any]:
        """What the controls say now, as engine values."""
        return {
            "hub_url": self.hub_url_edit.text().strip(),
            "proxy": self.proxy_edit.text().strip(),
            "ca_bundle": self.ca_bundle_edit.text().strip(),
            "bandwidth_cap_kbps": 0 if self.no_limit_check.isChecked()
            else int(self.bandwidth_spin.value()),
            "download_hours": "" if self.any_time_check.isChecked()
            else hours_text(self.from_edit.time(), self.to_edit.time()),
            "data_saver": self.data_saver_check.isChecked(),
            "allow_unsigned_bundles": self.unsigned_check.isChecked(),
        }

    def changes(self) -> dict[str, Any]:
        """Only what the learner changed and may change."""
        if self.snapshot is None:
            return {}
        settings = self.snapshot.settings
        out = {}
        for name, value in self.values().items():
            if self.is_locked(name) or self._shown_only(name):
                continue
            old = getattr(settings, name)
            if name == "download_hours":  # "22:00-6:00" and "22:00-06:00" are the same hours
                old_times, new_times = parse_hours_text(old), parse_hours_text(value)
                if old_times is not None and old_times == new_times:
                    continue
            if value != old:
                out[name] = value
        return out

    def validate(self) -> dict[str, str]:
        """Plain-words problems by setting name; empty when everything can be saved."""
        problems: dict[str, str] = {}
        changed = self.changes()
        if "hub_url" in changed and changed["hub_url"]:
            problem = _url_problem(changed["hub_url"], ("https", "http"))
            if problem:
                problems["hub_url"] = self.tr(
                    "This is not a web address Lectern can use: %1 It should look like "
                    "https://courses.example.org").replace("%1", problem)
        if "proxy" in changed and changed["proxy"]:
            problem = _url_problem(changed["proxy"], ("http", "https"))
            if problem:
                problems["proxy"] = self.tr(
                    "This is not a proxy address Lectern can use: %1 It should look like "
                    "http://proxy.court.local:3128").replace("%1", problem)
        if "ca_bundle" in changed and changed["ca_bundle"]:
            problem = self._ca_problem(Path(changed["ca_bundle"]))
            if problem:
                problems["ca_bundle"] = problem
        if "download_hours" in changed and changed["download_hours"]:
            if self.from_edit.time() == self.to_edit.time():
                problems["download_hours"] = self.tr(
                    "The start and the end are the same time. Choose two different times, "
                    "or tick “Any time”.")
        return problems

    def _ca_problem(self, path: Path) -> str:
        if not path.is_absolute():
            return self.tr("Give the full path of the file, or use Browse….")
        if not path.is_file():
            return self.tr("There is no file at %1.").replace("%1", str(path))
        try:
            with path.open("rb") as f:
                head = f.read(256 * 1024)
        except OSError:
            return self.tr("Lectern cannot read %1. Ask court IT to check who may read it.") \
                .replace("%1", str(path))
        if b"-----BEGIN CERTIFICATE-----" not in head:
            return self.tr("%1 is not a certificate file: it should contain "
                           "“-----BEGIN CERTIFICATE-----”.").replace("%1", str(path))
        return ""

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
                self.scroll.ensureWidgetVisible(row.error_label)
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
        self.bridge.with_store(lambda store: write_changes(store, changes, add, remove),
                               lambda _r, e: self._saved(changes, e), writes=True, context=self)

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
        self._select_key(key.key_id)

    def _select_key(self, key_id: str) -> None:
        for i in range(self.keys_list.count()):
            item = self.keys_list.item(i)
            if (item.data(Qt.ItemDataRole.UserRole) or ("", ""))[1] == key_id:
                self.keys_list.setCurrentItem(item)
                return

    def remove_selected_key(self) -> None:
        item = self.keys_list.currentItem()
        if item is None or self.is_locked(KEYS):
            return
        source, key_id = item.data(Qt.ItemDataRole.UserRole) or ("", "")
        if source != "user":
            return
        if any(k.key_id == key_id for k in self.pending_add):
            self.pending_add = [k for k in self.pending_add if k.key_id != key_id]
        else:
            self.pending_remove.append(key_id)
        self._fill_keys()
        self._update_dependent()
        self.keys_list.setFocus(Qt.FocusReason.OtherFocusReason)


def _url_problem(text: str, schemes: tuple[str, ...]) -> str:
    """Why `text` is not an absolute URL with one of `schemes`; empty when it is fine."""
    translate = QCoreApplication.translate
    if any(ch.isspace() for ch in text):
        return translate("SettingsDialog", "it contains a space.")
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or not url.scheme():
        return translate("SettingsDialog", "it does not start with %1://.").replace(
            "%1", schemes[0])
    if url.scheme().lower() not in schemes:
        return translate("SettingsDialog", "it starts with “%1://”, which Lectern cannot "
                                           "use.").replace("%1", url.scheme())
    if not url.host():
        return translate("SettingsDialog", "the computer's name is missing after “//”.")
    return ""


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
