"""The status bar: connection state, changes waiting to sync, and where the data lives.

Sync with a course server is not built yet, so the connection label says "Offline" and its
tooltip says why; nothing here pretends to be online. The pending count is real: it is the
number of outbox events in the learner's store, re-read after every write.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from player.bridge import TaskManager

log = logging.getLogger(__name__)


class StatusBar(QStatusBar):
    """Shows offline state, pending changes and the data folder; refreshes after writes."""

    def __init__(self, bridge: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.setAccessibleName(self.tr("Status"))
        self.setSizeGripEnabled(False)

        self.connection_label = QLabel(self.tr("Offline"), self)
        self.connection_label.setAccessibleName(self.tr("Connection"))
        self.connection_label.setToolTip(self.tr(
            "Lectern works fully offline. Sending your progress to the course server "
            "arrives in a later version; until then everything is kept on this computer."))

        self.pending_label = QLabel(self)
        self.pending_label.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.pending_label.setToolTip(self.tr(
            "Progress and quiz results recorded on this computer that the course server has "
            "not received yet. They are kept safely until then."))

        root = str(bridge.paths.root)
        self.data_label = QLabel(self)
        self.data_label.setAccessibleName(self.tr("Data folder"))
        self.data_label.setText(self.tr("Data: %1").replace("%1", root))
        self.data_label.setToolTip(self.tr("Your courses and progress are stored in %1")
                                   .replace("%1", root))
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.addWidget(self.connection_label)
        self.addWidget(self.pending_label)
        self.addPermanentWidget(self.data_label, 1)

        self.pending: int | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        bridge.store_written.connect(self._refresh_timer.start)

    def refresh(self) -> None:
        """Re-read the pending changes count (on the store lane, after queued writes)."""
        self._bridge.with_store(lambda store: store.pending_count(), self._pending_loaded,
                                context=self)

    def _pending_loaded(self, count: Any, error: BaseException | None) -> None:
        if error is not None:
            self.pending_label.setText(self.tr("Changes waiting: unknown"))
            return
        self.pending = int(count)
        if self.pending == 0:
            text = self.tr("No changes waiting to be sent")
        else:
            text = self.tr("%n change(s) waiting to be sent", "", self.pending)
        self.pending_label.setText(text)
