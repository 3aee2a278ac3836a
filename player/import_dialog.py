"""The import dialog: one `.lectern` file, a progress bar, Cancel, and the outcome in words.

The import itself runs on the bridge's import lane (`sync.importer.import_bundle`); this dialog
only shows what the bridge reports. It stays open after the import to say what happened (a
success, a plain-words error such as a damaged file, or a cancel that changed nothing), so a
judge never has to guess.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from player.bridge import Task, TaskManager
from player.error_messages import import_message
from sync.errors import CancelledError

if TYPE_CHECKING:
    from sync.bundle import TrustPolicy
    from sync.importer import ImportResult

log = logging.getLogger(__name__)

#: The bar works in thousandths: byte totals overflow QProgressBar's 32-bit range.
SCALE = 1000

_ZIP_STARTS = (b"PK\x03\x04", b"PK\x05\x06")  # a zip's first entry, or an empty zip


def is_plainly_not_a_course(path: Path) -> bool:
    """Whether `path` is no course file at all: empty, not a zip, or a zip without a course
    description. A course cut short (a copy or download that stopped) still starts like a
    zip, so it stays "damaged". Reads a few bytes and, for a zip, its table of contents."""
    import zipfile

    try:
        with open(path, "rb") as fh:
            start = fh.read(4)
    except OSError:
        return False  # gone or unreadable: the engine's words say so
    if start not in _ZIP_STARTS:
        return True
    try:
        with zipfile.ZipFile(path) as zf:
            return "manifest.json" not in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


class ImportDialog(QDialog):
    """Imports one course file and shows progress, then the outcome."""

    #: the course was imported (ImportResult).
    imported = Signal(object)
    #: the learner chose "Open course" after a successful import (course id).
    open_course_requested = Signal(str)
    #: the import ended, however (for tests and the window).
    finished_import = Signal()

    def __init__(self, bridge: TaskManager, bundle_path: Path,
                 policy: "TrustPolicy | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.bundle_path = Path(bundle_path)
        self._policy = policy
        self.task: Task[Any] | None = None
        self.result_value: ImportResult | None = None
        self.error: BaseException | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Import course"))
        self.setAccessibleName(self.tr("Import course"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

        self.heading = QLabel(self.tr("Importing “%1”…").replace("%1", self.bundle_path.name), self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("File being imported"))

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # busy until the first report gives a total
        self.progress_bar.setAccessibleName(self.tr("Import progress"))

        self.detail = QLabel(self.tr("Checking the file…"), self)
        self.detail.setAccessibleName(self.tr("Import status"))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button = QPushButton(self.tr("&Open course"), self)
        self.open_button.setAccessibleName(self.tr("Open the imported course"))
        self.open_button.clicked.connect(self._open_course)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Only Cancel while the import runs (addButton shows buttons, so hide them after).
        self.open_button.setVisible(False)
        self.close_button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.finished

    def start(self) -> None:
        """Begin the import on the bridge's import lane."""
        self.task = self._bridge.import_bundle(self.bundle_path, self._done,
                                               on_progress=self._progressed,
                                               policy=self._policy, context=self)

    def cancel(self) -> None:
        """Ask the import to stop; the outcome (rolled back) is shown when it has."""
        if self.running and self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.detail.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _progressed(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.progress_bar.setRange(0, SCALE)
        self.progress_bar.setValue(min(int(done * SCALE // total), SCALE))
        if not (self.task and self.task.cancelled):
            from player.widgets.text import format_size  # one unit convention (SI, as the CLI)

            self.detail.setText(self.tr("%1 of %2 copied")
                                .replace("%1", format_size(int(done)))
                                .replace("%2", format_size(int(total))))

    def _done(self, result: Any, error: BaseException | None) -> None:
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.cancel_button.setVisible(False)
        # Nothing is in progress any more: no bar (an empty one reads as "stuck at 0%").
        self.progress_bar.setRange(0, SCALE)
        self.progress_bar.setValue(SCALE if error is None else 0)
        self.progress_bar.setVisible(False)
        if error is None:
            self.result_value = result
            self.heading.setText(self.tr("Imported “%1”.").replace("%1", result.title))
            self.detail.setText(
                (self.tr("Updated to version %1. Your progress was kept.") if result.updated
                 else self.tr("The course is ready to study, offline."))
                .replace("%1", str(result.version)))
            self.open_button.setVisible(True)
            self.open_button.setDefault(True)
            self.open_button.setFocus()
            self.imported.emit(result)
        else:
            self.error = error
            if isinstance(error, CancelledError):
                self.heading.setText(self.tr("Import cancelled."))
                self.detail.setText(self.tr("Nothing was changed on this computer."))
            else:
                self.heading.setText(self.tr("“%1” could not be imported.")
                                     .replace("%1", self.bundle_path.name))
                self.detail.setText(import_message(
                    error, not_a_course=is_plainly_not_a_course(self.bundle_path)).full_text())
            self.close_button.setFocus()
        self.detail.setAccessibleDescription(self.detail.text())
        self._fit_text()
        self.finished_import.emit()
        if self._close_when_done:
            self.done(QDialog.DialogCode.Rejected)

    def _fit_text(self) -> None:
        """Grow the dialog to show every wrapped line of the outcome: a window keeps the
        height it had for "Checking the file…", and would cut a longer message short."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(width, needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Narrower means more lines: never shorter than the wrapped text needs."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._fit_text)

    def _open_course(self) -> None:
        if self.result_value is not None:
            self.open_course_requested.emit(self.result_value.course_id)
        self.accept()

    def reject(self) -> None:
        """Escape or the window's close button: cancel first, close when rolled back."""
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
