"""The status bar: connection to the course server, changes waiting to sync, the last sync,
the last error in plain words, and "Sync now". Where the data lives is in Help ▸ About (it is
for court IT, and a long path took the room the sync state needs).

Everything shown is real: the connection state comes from the sync controller's watch (a
probe of the course server, not a guess), the pending count is the number of outbox events in the
learner's store, re-read after every write that may queue one (`StoreChange.outbox`) and
every pass.
"""
from __future__ import annotations

import logging
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStatusBar, QStyle, QWidget

from player.bridge import TaskManager
from player.changes import StoreChange
from player.dates import format_timestamp
from player.error_messages import message_for
from player.widgets import bold_font

if TYPE_CHECKING:
    from player.sync_controller import SyncController

log = logging.getLogger(__name__)


def first_sentence(text: str) -> str:
    """The first sentence of a message, for a one-line place; the rest goes in a tooltip."""
    text = text.strip().splitlines()[0] if text.strip() else ""
    for stop in (". ", "; "):
        if stop in text:
            return text.split(stop, 1)[0] + "."
    return text


class ElidedLabel(QLabel):
    """A one-line label that shows "…" when too narrow (in the middle for a long data path,
    at the end for a message), so no text can ever widen the window or push the sync state
    out of the status bar; `text()` stays the whole text, the tooltip shows it in full."""

    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, chars: int = 45) -> None:
        super().__init__(parent)
        self._mode = mode
        self._chars = chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 12, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = self.fontMetrics()
        return QSize(min(super().sizeHint().width(), fm.averageCharWidth() * self._chars),
                     super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        # On the layout's leading side, in the text's own direction (as QLabel does): an
        # English course title in a right-to-left UI keeps its word order.
        option = QTextOption(QStyle.visualAlignment(
            self.layoutDirection(), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading))
        option.setTextDirection(text_direction(text, self.layoutDirection()))
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(QRectF(rect), text, option)


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of the text's first strong character (Unicode bidi), else `default`."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


class StatusBar(QStatusBar):
    """Course server connection, pending changes, last sync and error, and Sync now.

    Every label elides (the whole text stays in its tooltip), so no text widens the window."""

    #: the learner asked for the announcements (the unread count was clicked)
    announcements_requested = Signal()

    def __init__(self, bridge: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._controller: SyncController | None = None
        self.setAccessibleName(self.tr("Status"))
        self.setSizeGripEnabled(False)

        # Widths in average characters, with room for languages 40% longer than English (#16).
        self.connection_label = ElidedLabel(self, Qt.TextElideMode.ElideRight, chars=42)
        self.connection_label.setAccessibleName(self.tr("Connection"))
        self._show_not_signed_in()

        self.pending_label = ElidedLabel(self, Qt.TextElideMode.ElideRight, chars=56)
        self.pending_label.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.pending_label.setToolTip(self.tr(
            "Progress, quiz results and forum posts recorded on this computer that the course "
            "server has not received yet. They are kept safely until then."))

        self.last_sync_label = ElidedLabel(self, Qt.TextElideMode.ElideRight, chars=56)
        self.last_sync_label.setAccessibleName(self.tr("Last successful sync"))
        self.last_sync_label.setVisible(False)

        self.error_label = ElidedLabel(self, Qt.TextElideMode.ElideRight, chars=60)
        self.error_label.setAccessibleName(self.tr("Last sync problem"))
        self.error_label.setVisible(False)

        # Passing notices ("Signed in…") get a place of their own in the layout: Qt's
        # temporary message is painted over the other labels, which then overlap it.
        self.notice_label = ElidedLabel(self, Qt.TextElideMode.ElideRight, chars=60)
        self.notice_label.setAccessibleName(self.tr("Notice"))
        self.notice_label.setVisible(False)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.clearMessage)

        # Unread announcements of the learner's course runs (#17): opens the inbox.
        self.announcements_button = QPushButton(self)
        self.announcements_button.setFlat(True)
        self.announcements_button.setAccessibleName(self.tr("Open the announcements"))
        self.announcements_button.setVisible(False)
        self.announcements_button.clicked.connect(self.announcements_requested.emit)

        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send your changes and fetch others' posts now (F5)"))
        self.sync_button.setFlat(True)
        self.sync_button.setEnabled(False)

        for label in (self.connection_label, self.pending_label, self.last_sync_label):
            # Their whole text while there is room, "…" only when the window is narrow.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        pad = self.fontMetrics().averageCharWidth()
        for label in (self.connection_label, self.pending_label, self.last_sync_label,
                      self.error_label, self.notice_label):
            label.setContentsMargins(pad, 0, pad, 0)
        self.connection_label.setFont(bold_font(self.connection_label.font()))
        self.addWidget(self.connection_label)
        self.addWidget(self.pending_label)
        self.addWidget(self.last_sync_label)
        self.addWidget(self.error_label, 1)
        self.addWidget(self.notice_label, 1)
        self.addPermanentWidget(self.announcements_button)
        self.addPermanentWidget(self.sync_button)

        self.pending: int | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        bridge.changed.connect(self._store_changed)

    # ------------------------------------------------------------------ notices

    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # noqa: N802 - Qt API
        """A passing notice, in its own label (never drawn over the others); it replaces
        the previous one and goes after `timeout` ms (0 or None: until cleared)."""
        self.notice_label.setText(text)
        self.notice_label.setToolTip(text)
        self.notice_label.setAccessibleDescription(text)
        self.notice_label.setVisible(bool(text))
        self.error_label.setVisible(False)  # one message at a time; it comes back after
        if timeout and timeout > 0 and text:
            self._notice_timer.start(timeout)
        else:
            self._notice_timer.stop()

    def show_announcements(self, unread: int) -> None:
        """"2 new announcements", a button to the inbox; hidden when all are read."""
        text = self.tr("%n new announcement(s)", "", unread) if unread > 0 else ""
        self.announcements_button.setText(text)
        self.announcements_button.setAccessibleName(
            self.tr("%n new announcement(s): open the announcements", "", unread) if unread
            else self.tr("Open the announcements"))
        self.announcements_button.setToolTip(self.tr("Open the announcements (Ctrl+Shift+A)"))
        self.announcements_button.setVisible(unread > 0)

    def clearMessage(self) -> None:  # noqa: N802 - Qt API
        self._notice_timer.stop()
        self.notice_label.clear()
        self.notice_label.setVisible(False)
        self._render_error()

    def currentMessage(self) -> str:  # noqa: N802 - Qt API
        return self.notice_label.text()

    # ------------------------------------------------------------------ wiring

    def attach(self, controller: "SyncController") -> None:
        """Follow a sync controller: its state, its overview, and "Sync now" goes to it."""
        self._controller = controller
        controller.changed.connect(self._render_connection)
        controller.overview_changed.connect(self._render_overview)
        self.sync_button.clicked.connect(controller.sync_now)
        self.sync_button.setEnabled(True)
        self._render_connection()

    def _store_changed(self, change: StoreChange) -> None:
        """A write that may have queued (or dropped) events for the hub: count them again
        (debounced: a video saves its position every few seconds)."""
        if change.outbox:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Re-read the pending changes count (on the store lane, after queued writes)."""
        from sync.services.sync import pending_count

        self._bridge.call_service(pending_count, self._pending_loaded, context=self)

    def _pending_loaded(self, count: Any, error: BaseException | None) -> None:
        if error is not None:
            self.pending_label.setText(self.tr("Changes waiting: unknown"))
            return
        self._set_pending(int(count))

    def _set_pending(self, count: int) -> None:
        self.pending = count
        if self.pending == 0:
            text = self.tr("No changes waiting to be sent")
        else:
            text = self.tr("%n change(s) waiting to be sent", "", self.pending)
        self.pending_label.setText(text)

    # ------------------------------------------------------------------ rendering

    def _show_not_signed_in(self) -> None:
        self.connection_label.setText(self.tr("Not signed in"))
        self.connection_label.setToolTip(self.tr(
            "Lectern works fully offline and keeps everything on this computer. Sign in to "
            "the course server (Course server ▸ Sign in…) to send your progress and forum "
            "posts and to download courses."))
        self.connection_label.setAccessibleDescription(self.connection_label.toolTip())

    def _render_connection(self) -> None:
        from player.sync_controller import Connection

        c = self._controller
        if c is None:
            return
        url = c.account.hub_url if c.account is not None else ""
        user = c.account.username if c.account is not None else ""
        state = c.connection
        if state is Connection.NOT_SIGNED_IN:
            self._show_not_signed_in()
        elif c.syncing:
            if c.progress and c.progress[1]:
                self.connection_label.setText(self.tr("Syncing… %1 of %2 sent")
                                              .replace("%1", str(c.progress[0]))
                                              .replace("%2", str(c.progress[1])))
            else:
                self.connection_label.setText(self.tr("Syncing…"))
            self.connection_label.setToolTip(self.tr("Sending your changes to %1 and fetching "
                                                     "new posts.").replace("%1", url))
        elif state is Connection.CHECKING:
            self.connection_label.setText(self.tr("Looking for the course server…"))
            self.connection_label.setToolTip(self.tr("Checking whether %1 can be reached.")
                                             .replace("%1", url))
        elif state is Connection.ONLINE:
            self.connection_label.setText(self.tr("Online"))
            self.connection_label.setToolTip(self.tr("Connected to %1 as %2. Lectern syncs by "
                                                     "itself every few minutes and after your "
                                                     "changes.").replace("%1", url)
                                             .replace("%2", user))
        elif state is Connection.OFFLINE:
            self.connection_label.setText(self.tr("Offline"))
            self.connection_label.setToolTip(self.tr(
                "The course server at %1 cannot be reached. Everything you do is kept on this "
                "computer and sent when the connection returns; Lectern checks by itself.")
                .replace("%1", url))
        else:
            self.connection_label.setText(self.tr("Sign-in needed"))
            self.connection_label.setToolTip(self.tr(
                "The course server asks you to sign in again (Course server ▸ Sign in…). Your "
                "changes are kept and sent afterwards."))
        self.connection_label.setAccessibleDescription(self.connection_label.toolTip())
        if state in (Connection.NOT_SIGNED_IN, Connection.SIGN_IN_NEEDED):
            self.sync_button.setText(self.tr("Sign in…"))
            self.sync_button.setAccessibleName(self.tr("Sign in to the course server"))
        else:
            self.sync_button.setText(self.tr("Sync now"))
            self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setEnabled(not c.syncing)
        self._render_error()

    def _render_overview(self, overview: Any) -> None:
        st = overview.status
        self._set_pending(int(st.pending))
        when = format_timestamp(st.last_success)
        self.last_sync_label.setText(self.tr("Last sync: %1").replace("%1", when) if when
                                     else self.tr("Never synced"))
        self.last_sync_label.setToolTip(self.tr(
            "The last time everything waiting was sent to the course server (by this "
            "computer's clock)."))
        self.last_sync_label.setVisible(self._controller is not None
                                        and self._controller.account is not None
                                        and bool(self._controller.account.hub_url or when))
        self._render_error()

    def _render_error(self) -> None:
        """The last problem in plain words: the live one, else the one the store kept."""
        from player.sync_controller import Connection

        c = self._controller
        text = ""
        if c is not None and c.last_error is not None:
            text = message_for(c.last_error).full_text()
        elif c is not None and c.overview is not None and c.overview.status.last_error:
            text = c.overview.status.last_error
        if c is not None and c.connection is Connection.ONLINE and c.last_error is None:
            text = ""  # the pass after it worked: old news
        rejected = c.overview.status.rejected if c is not None and c.overview else []
        if rejected and not text:
            text = self.tr("The course server refused %n change(s): %1", "",
                           len(rejected)).replace("%1", rejected[0][1])
        self.error_label.setText(first_sentence(text))
        self.error_label.setToolTip(text)
        self.error_label.setAccessibleDescription(text)
        self.error_label.setVisible(bool(text) and not self.notice_label.text())

    def refresh_all(self) -> None:
        """Pending count now, and the controller's overview if there is one."""
        self.refresh()
        if self._controller is not None:
            self._controller.refresh_overview()
