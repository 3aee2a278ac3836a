"""Downloads: each course in the queue with its progress, the file being fetched, speed, time
left, and Pause / Resume / Cancel; errors in plain words.

A card shows the stored state of its job (`sync.download_queue`'s machine): a running
download the learner paused or cancelled reads "Pausing…" / "Cancelling…" until the run has
honoured the request, also after a restart; each state offers only the buttons whose moves
exist from it.

The list is read from the learner's store (the queue survives restarts), and the running
download's progress records arrive from the download manager a few times a second. Byte counts
of a course can pass 2**31, so the bars count in thousandths.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from player.bridge import TaskManager
from player.error_messages import message_for
from player.widgets import (
    Card,
    CardList,
    CardScreen,
    NoticeLabel,
    bold_font,
    format_size,
    language_name,
    make_button,
    make_label,
)

if TYPE_CHECKING:
    from player.download_manager import DownloadManager
    from sync.services.downloads import DownloadRow

log = logging.getLogger(__name__)

SCALE = 1000
#: the stored states of a job some run is working on (its files are being written)
RUNNING = ("downloading", "pause_requested", "cancel_requested")
#: the learner asked a running download to stop; the run has not honoured it yet
REQUESTED = ("pause_requested", "cancel_requested")


def _permille(done: int, total: int) -> int:
    return 0 if total <= 0 else max(0, min(SCALE, int(done * SCALE // total)))


def format_eta(seconds: float | None) -> str:
    """"about 3 min left" in the UI language; empty when unknown."""
    # Literal contexts: lupdate files them under "DownloadsView", where they are looked up.
    translate = QCoreApplication.translate
    if seconds is None or seconds < 0:
        return ""
    if seconds < 60:
        return translate("DownloadsView", "less than a minute left")
    minutes = int(round(seconds / 60))
    if minutes < 60:
        return translate("DownloadsView", "about %1 min left").replace("%1", QLocale().toString(minutes))
    hours, minutes = divmod(minutes, 60)
    return translate("DownloadsView", "about %1 h %2 min left").replace("%1", QLocale().toString(hours)).replace(
        "%2", QLocale().toString(minutes))


class DownloadCard(Card):
    """One course's download: bars, file, speed, time left, state, and its buttons."""

    pause_requested = Signal(str)
    resume_requested = Signal(str)
    cancel_requested = Signal(str)
    open_requested = Signal(str)
    upgrade_requested = Signal(str, str)  # course id, the bigger choice ("standard", "all")

    def __init__(self, row: "DownloadRow", parent: QWidget | None = None) -> None:
        super().__init__(f"download-card-{row.job.course_id}",
                         self.tr("Download of %1").replace("%1", row.title), parent)
        self.course_id = row.job.course_id
        self.title = row.title
        #: the job's stored state ("queued", "downloading", "pause_requested", "paused",
        #: "cancel_requested", "cancelled", "failed", "complete"), and the running download's
        #: ("waiting", "verifying", ...), for tests.
        self.state = row.job.state.value
        self.live_state = ""
        self.error_text = ""
        self.upgrades: dict[str, int] = dict(row.upgrades)

        self.title_label = self.make_title(row.title, self.tr("Course"), 1.15)
        choice = {"low": self.tr("low bandwidth"), "standard": self.tr("standard"),
                  "all": self.tr("everything")}.get(row.job.choice.value, row.job.choice.value)
        parts = [self.tr("version %1").replace("%1", str(row.job.version)), choice]
        if row.language:
            parts.insert(0, language_name(row.language))
        self.meta_label = self.make_facts(parts, self.tr("Language, version and choice"), wrap=False,
                                     plain=False)
        self.state_label = make_label(self, "", self.tr("Download state"), wrap=False,
                                      font=bold_font(self.font()))

        self.bar = QProgressBar(self)
        self.bar.setRange(0, SCALE)
        self.bar.setAccessibleName(self.tr("Progress of %1").replace("%1", row.title))

        self.file_label = make_label(self, "", self.tr("File being downloaded"), plain=True)
        self.file_bar = QProgressBar(self)
        self.file_bar.setRange(0, SCALE)
        self.file_bar.setAccessibleName(self.tr("Progress of the current file"))
        self.file_bar.setTextVisible(False)
        self.file_bar.setMaximumHeight(max(self.fontMetrics().height() // 2, 6))

        self.speed_label = make_label(self, "", self.tr("Speed and time left"), wrap=False)
        self.message_label = make_label(self, "", self.tr("Download message"), plain=True,
                                        selectable=True)

        def emit(signal: Any) -> Any:
            return lambda: signal.emit(self.course_id)

        self.pause_button = make_button(self, self.tr("&Pause"), self.tr("Pause %1").replace(
            "%1", row.title), emit(self.pause_requested))
        self.resume_button = make_button(self, self.tr("&Resume"), self.tr("Resume %1").replace(
            "%1", row.title), emit(self.resume_requested))
        self.cancel_button = make_button(
            self, self.tr("&Cancel download"),
            self.tr("Cancel the download of %1").replace("%1", row.title),
            emit(self.cancel_requested))
        self.open_button = make_button(self, self.tr("&Open course"), self.tr("Open %1").replace(
            "%1", row.title), emit(self.open_requested))
        self.upgrade_button = make_button(
            self, self.tr("Get &standard quality"),
            self.tr("Get standard quality for %1").replace("%1", row.title),
            self._upgrade_clicked,
            self.tr("Downloads only the better videos this computer does not have yet; the "
                    "course stays usable meanwhile."))

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.speed_label, 1)
        for button in (self.pause_button, self.resume_button, self.cancel_button,
                       self.upgrade_button, self.open_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.file_label)
        layout.addWidget(self.file_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        self._set_totals(row.job.done_bytes, row.job.total_bytes)
        if row.job.error:
            self.error_text = row.job.error
        self._render()

    # ------------------------------------------------------------------ updates

    def upgrade_choice(self) -> str | None:
        """The next bigger choice a complete download can still get (None: nothing more)."""
        for choice in ("standard", "all"):
            if self.upgrades.get(choice, 0) > 0:
                return choice
        return None

    def _upgrade_clicked(self) -> None:
        choice = self.upgrade_choice()
        if choice is not None:
            self.upgrade_requested.emit(self.course_id, choice)

    def _set_totals(self, done: int, total: int) -> None:
        fmt = format_size
        self.bar.setValue(_permille(done, total))
        if total > 0:
            text = self.tr("%1 of %2 (%3%)").replace("%1", fmt(int(done))).replace(
                "%2", fmt(int(total))).replace("%3", QLocale().toString(
                    _permille(done, total) // 10))
        else:
            text = self.tr("Size not known yet")
        self.bar.setFormat(text)
        self.bar.setAccessibleDescription(text)
        self.done_bytes, self.total_bytes = int(done), int(total)

    def show_progress(self, p: Any) -> None:
        """A `DownloadProgress` from the running download."""
        fmt = format_size
        if self.state not in REQUESTED:
            self.state = "downloading"
        self.live_state = p.state
        self._set_totals(p.done, p.total)
        if p.file_name and p.file_total:
            self.file_label.setText(self.tr("Now: %1 — %2 of %3").replace("%1", p.file_name)
                                    .replace("%2", fmt(int(p.file_done)))
                                    .replace("%3", fmt(int(p.file_total))))
            self.file_bar.setValue(_permille(p.file_done, p.file_total))
        if p.state == "downloading" and p.bytes_per_second > 0:
            speed = self.tr("%1/s").replace("%1", fmt(int(p.bytes_per_second)))
            eta = format_eta(p.eta_seconds)
            self.speed_label.setText(f"{speed} · {eta}" if eta else speed)
        elif p.state != "downloading":
            self.speed_label.setText("")
        self.error_text = ""
        self._render()

    def set_ended(self, state: str, error: BaseException | None) -> None:
        """The run ended (complete, paused, cancelled, failed with `error`)."""
        self.state = state
        self.live_state = ""
        self.speed_label.setText("")
        if error is not None:
            self.error_text = message_for(error).full_text()
        if state == "complete":
            self._set_totals(self.total_bytes, self.total_bytes)
        self._render()

    def set_job(self, row: "DownloadRow") -> None:
        """The stored job (after a reload); keeps live progress of a running download."""
        self.title = row.title
        self.title_label.setText(row.title)
        self.upgrades = dict(row.upgrades)
        if self.state == "downloading" and row.job.state.value == "downloading" and self.live_state:
            return
        self.state = row.job.state.value
        if self.state not in RUNNING:
            self.live_state = ""
        if row.job.total_bytes:
            self._set_totals(max(row.job.done_bytes, self.done_bytes
                                 if self.state in RUNNING or self.state == "paused" else 0),
                             row.job.total_bytes)
        if self.state != "failed":
            self.error_text = ""
        elif row.job.error and not self.error_text:
            self.error_text = row.job.error
        self._render()

    def _render(self) -> None:
        state, live = self.state, self.live_state
        message = ""
        if state == "downloading" and live == "waiting":
            text = self.tr("Waiting for the course server")
            message = self.tr("The course server cannot be reached right now; Lectern will "
                              "retry by itself and resume where it stopped.")
        elif state == "downloading" and live == "outside-hours":
            text = self.tr("Waiting for download hours")
            message = self.tr("Court IT allows downloads only at certain hours on this "
                              "computer; the download starts by itself then.")
        elif state == "downloading" and live == "verifying":
            text = self.tr("Checking the files…")
        elif state == "downloading":
            text = self.tr("Downloading")
        elif state == "pause_requested":
            text = self.tr("Pausing…")
            message = self.tr("What was downloaded is kept; Resume goes on from there.")
        elif state == "cancel_requested":
            text = self.tr("Cancelling…")
            message = self.tr("The downloaded parts of this course are being deleted.")
        elif state == "queued":
            text = self.tr("Waiting to start")
            message = self.tr("It starts when the download before it has finished and the "
                              "course server can be reached.")
        elif state == "paused":
            text = self.tr("Paused")
            message = self.tr("What was downloaded is kept; Resume goes on from there.")
        elif state == "failed":
            text = self.tr("Stopped")
            message = self.error_text or self.tr("The download stopped.")
        elif state == "complete":
            text = self.tr("Installed")
            message = self.tr("The course is in your library.")
            if self.upgrade_choice() == "standard":
                message = self.tr("The course is in your library with the smallest videos. "
                                  "Get standard quality downloads only the better videos "
                                  "(%1).").replace("%1", format_size(self.upgrades["standard"]))
            elif self.upgrade_choice() == "all":
                message = self.tr("The course is in your library. Get every quality "
                                  "downloads only the videos it does not have yet (%1).") \
                    .replace("%1", format_size(self.upgrades["all"]))
        else:
            text = self.tr("Cancelled")
        self.state_label.setText(text)
        self.state_label.setAccessibleDescription(text)
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        running = state in RUNNING
        focused = next((b for b in self.buttons() if b.hasFocus()), None)
        self.file_label.setVisible(running and bool(self.file_label.text()))
        self.file_bar.setVisible(running and bool(self.file_label.text()))
        self.speed_label.setVisible(state == "downloading")
        # Each button only where its move exists (sync.download_queue: PAUSE, RESUME, CANCEL).
        self.pause_button.setVisible(state in ("queued", "downloading"))
        self.resume_button.setVisible(state in ("pause_requested", "paused", "failed",
                                                "cancelled"))
        self.resume_button.setText(self.tr("Try &again") if state == "failed"
                                   else self.tr("&Download again") if state == "cancelled"
                                   else self.tr("&Resume"))
        self.cancel_button.setVisible(state in ("queued", "downloading", "pause_requested",
                                                "paused", "failed"))
        self.open_button.setVisible(state == "complete")
        upgrade = self.upgrade_choice() if state == "complete" else None
        self.upgrade_button.setVisible(upgrade is not None)
        if upgrade is not None:
            more = format_size(self.upgrades[upgrade])
            if upgrade == "standard":
                self.upgrade_button.setText(self.tr("Get &standard quality"))
                name = self.tr("Get standard quality for %1: %2 more")
            else:
                self.upgrade_button.setText(self.tr("Get &every quality"))
                name = self.tr("Get every video quality for %1: %2 more")
            self.upgrade_button.setAccessibleName(name.replace("%1", self.title)
                                                  .replace("%2", more))
        if focused is not None and focused.isHidden():
            # The pressed button went away with the state (Pause -> Resume): keep the
            # keyboard on this card.
            shown = [b for b in self.buttons() if not b.isHidden()]
            (shown[0] if shown else self).setFocus(Qt.FocusReason.OtherFocusReason)

    def buttons(self) -> list[QAbstractButton]:
        """The card's buttons in their Tab order."""
        return [self.pause_button, self.resume_button, self.cancel_button, self.upgrade_button,
                self.open_button]


class DownloadsView(CardScreen):
    """The download queue, restored from the store, with live progress."""

    open_course_requested = Signal(str)
    catalog_requested = Signal()
    #: after each reload of the list, with the number of downloads shown.
    loaded = Signal(int)

    def __init__(self, bridge: TaskManager, downloads: "DownloadManager",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Downloads"), self.tr("Downloads"), parent)
        self._bridge = bridge
        self._downloads = downloads
        self.cards: dict[str, DownloadCard] = {}
        self.catalog_button = self.header.add_button(
            self.tr("Course &catalog…"), self.tr("Show the course catalog"),
            lambda: self.catalog_requested.emit(), self.tr("Choose courses to download (Ctrl+K)"))
        self.notice = NoticeLabel(self.tr("Downloads status"), self, selectable=False)
        self.card_list = CardList(self.tr("Download list"), self)
        self.lay_out([self.notice], make_label(self, self.tr(
            "Nothing to download. Open the course catalog (Ctrl+K) to choose a course; its "
            "download continues by itself, even after Lectern is closed and opened again."),
            self.tr("No downloads"), visible=False), self.card_list)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(100)
        self._reload_timer.timeout.connect(self.refresh)
        downloads.jobs_changed.connect(self._reload_timer.start)
        downloads.progressed.connect(self._progressed)
        downloads.job_ended.connect(self._ended)
        downloads.runner_failed.connect(
            lambda error: self.show_notice(message_for(error).full_text()))

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Re-read the queue from the store (store lane)."""
        from sync.services.downloads import download_rows

        self._bridge.call_service(download_rows, self._loaded, context=self,
                                  paths=self._bridge.paths)

    def _loaded(self, rows: Any, error: BaseException | None) -> None:
        self.load_count += 1
        if error is not None:
            self.show_notice(message_for(error).full_text())
            self.loaded.emit(len(self.cards))
            return
        seen = set()
        for index, row in enumerate(rows):
            seen.add(row.job.course_id)
            card = self.cards.get(row.job.course_id)
            if card is None:
                card = DownloadCard(row, self.card_list.host)
                card.pause_requested.connect(lambda cid: self._downloads.pause(cid, self._acted))
                card.resume_requested.connect(lambda cid: self._downloads.resume(cid, self._acted))
                card.cancel_requested.connect(lambda cid: self._downloads.cancel(cid, self._acted))
                card.open_requested.connect(self.open_course_requested)
                card.upgrade_requested.connect(
                    lambda cid, choice: self._downloads.upgrade(cid, choice, self._acted))
                self.card_list.add(card, index)
                self.cards[row.job.course_id] = card
                live = self._downloads.latest.get(row.job.course_id)
                if live is not None and row.job.state.value in RUNNING:
                    card.show_progress(live)
            else:
                card.set_job(row)
        CardList.drop([self.cards.pop(c) for c in list(self.cards) if c not in seen])
        self.show_listed(bool(self.cards))
        self.loaded.emit(len(self.cards))

    def show_notice(self, text: str) -> None:
        self.notice.say(text)

    # ------------------------------------------------------------------ live updates

    def _progressed(self, p: Any) -> None:
        card = self.cards.get(p.course_id)
        if card is None:
            self._reload_timer.start()
            return
        card.show_progress(p)

    def _ended(self, ended: Any) -> None:
        card = self.cards.get(ended.course_id)
        if card is not None:
            card.set_ended(ended.state.value, ended.error)
        self._reload_timer.start()

    def _acted(self, _job: Any, error: BaseException | None) -> None:
        if error is not None:
            self.show_notice(message_for(error).full_text())
        else:
            self.show_notice("")

    def focus_first(self) -> None:
        """Keyboard users land on the first download's first visible button."""
        for card in self.cards.values():
            for button in (card.pause_button, card.resume_button, card.open_button,
                           card.upgrade_button):
                if button.isVisible():
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        self.catalog_button.setFocus(Qt.FocusReason.OtherFocusReason)
