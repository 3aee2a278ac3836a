"""The catalog: the courses the course server offers this learner, what each download choice
holds and weighs, and what is already on this computer.

Cards, like the library (a handful of courses, each with real buttons and a combo box that get
focus, accessible names, right-to-left mirroring and the system font for free). Each card says
whether the course is installed, has an update, or is downloading, and offers the three
download choices with what they contain and their sizes in SI units ("standard" needs the
course's manifest, which the network lane fetches once and the saved catalog remembers). A
course installed with a smaller choice offers the bigger ones ("Get standard quality"),
fetching only the missing videos. Offline, the last catalog the server sent is shown, saying
so; nothing here is invented, and the connectivity watch is told (one source of truth).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from player.bridge import Lane, TaskManager
from player.dates import format_timestamp
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
    from sync.services.account import Account
    from sync.services.catalog import CatalogEntry, CatalogSnapshot, LocalCourses
    from sync.services.connection import NetworkTimings

log = logging.getLogger(__name__)

#: download choices, smallest first (`sync.download_queue.DownloadChoice` values).
CHOICES = ("low", "standard", "all")
#: job states in which a course counts as "being downloaded".
ACTIVE_JOB_STATES = ("queued", "downloading")


class CatalogCard(Card):
    """One course on the course server: title, language, what each choice holds and weighs,
    state badge, Download (or, for a course installed with a smaller choice, "Get standard
    quality", which fetches only the missing videos)."""

    download_requested = Signal(str, int, str)  # course id, version, choice

    def __init__(self, entry: "CatalogEntry", parent: QWidget | None = None) -> None:
        course = entry.course
        super().__init__(f"catalog-card-{course.id}", self.tr(
            "Course on the course server: %1").replace("%1", course.title), parent)
        self.entry = entry
        self.title_label = self.make_title(course.title, self.tr("Course title"), 1.2)
        parts = [language_name(course.language),
                 self.tr("version %1").replace("%1", str(course.version))]
        if course.publisher:
            parts.append(course.publisher)
        self.meta_label = self.make_facts(parts, self.tr("Language, version and publisher"))
        self.summary_label = make_label(self, course.summary, self.tr("Summary"), plain=True,
                                        visible=bool(course.summary))
        self.badge = make_label(self, "", self.tr("State on this computer"), plain=True,
                                font=bold_font(self.font()))
        self.sizes_label = make_label(self, self._sizes_text(),
                                      self.tr("Download choices and sizes"), plain=True)

        self.choice_box = QComboBox(self)
        self.choice_box.setAccessibleName(self.tr("Download choice for %1")
                                          .replace("%1", course.title))
        for choice in CHOICES:
            self.choice_box.addItem(self.choice_text(choice), choice)
            self.choice_box.setItemData(self.choice_box.count() - 1, self.choice_help(choice),
                                        Qt.ItemDataRole.ToolTipRole)
        self.choice_box.setCurrentIndex(CHOICES.index("standard"))
        self.choice_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice_box.currentIndexChanged.connect(lambda _i: self._render_action())
        choice_label = QLabel(self.tr("&Choice:"), self)
        choice_label.setBuddy(self.choice_box)

        self.action_button = QPushButton(self.tr("Download"), self)
        self.action_button.clicked.connect(self._clicked)

        actions = QHBoxLayout()
        actions.addWidget(self.badge, 1)
        actions.addWidget(choice_label)
        actions.addWidget(self.choice_box)
        actions.addWidget(self.action_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.sizes_label)
        layout.addLayout(actions)
        #: the state shown, as a word tests and scripts can check: "available",
        #: "installed", "update", "queued", "downloading", "paused", "failed".
        self.state = "available"
        #: for an installed course: the biggest choice it has every file of ("" unknown), and
        #: the bytes each choice still lacks (what "Get standard quality" would fetch).
        self.covered = ""
        self.missing: dict[str, int] = {}
        self.set_local(None, None)

    # ------------------------------------------------------------------ texts

    def _name(self, choice: str) -> str:
        return {"low": self.tr("Low bandwidth"), "standard": self.tr("Standard"),
                "all": self.tr("Everything")}[choice]

    def _same_as(self, choice: str) -> str | None:
        """The smaller choice that weighs exactly as much (nothing more to fetch), if any."""
        sizes = self.entry.sizes
        index = CHOICES.index(choice)
        for smaller in CHOICES[:index]:
            if smaller in sizes and choice in sizes and sizes[smaller] == sizes[choice]:
                return smaller
        return None

    def choice_text(self, choice: str) -> str:
        """A combo line: name, the video picture it brings, size, and "same as" when so."""
        name = self._name(choice)
        height = self.entry.heights.get(choice)
        if height:
            name = (self.tr("%1 (%2p)") if choice == "low" else self.tr("%1 (up to %2p)")) \
                .replace("%1", name).replace("%2", str(height))
        size = self.entry.sizes.get(choice)
        if size is None:
            return self.tr("%1 — size not known yet").replace("%1", name)
        text = self.tr("%1 — %2").replace("%1", name).replace("%2", format_size(int(size)))
        same = self._same_as(choice)
        if same is not None:
            text = self.tr("%1, the same as %2").replace("%1", text).replace(
                "%2", self._name(same))
        return text

    def choice_help(self, choice: str) -> str:
        """What a choice holds, in a judge's words (the combo's tooltip, the sizes line)."""
        height = self.entry.heights.get(choice)
        if choice == "low":
            text = (self.tr("The smallest video of each lecture (%1p), captions and readings: "
                            "for slow or costly internet.").replace("%1", str(height))
                    if height else
                    self.tr("The smallest video of each lecture, captions and readings: for "
                            "slow or costly internet."))
        elif choice == "standard":
            text = (self.tr("Videos up to %1p, captions and readings.").replace("%1", str(height))
                    if height else self.tr("Videos up to 480p, captions and readings."))
        else:
            text = (self.tr("Every video quality (up to %1p), captions and readings.")
                    .replace("%1", str(height)) if height
                    else self.tr("Every video quality, captions and readings."))
        same = self._same_as(choice)
        if same is not None:
            why = (self.tr("This course has no videos.")
                   if self.entry.heights and not any(self.entry.heights.values())
                   else self.tr("This course has no larger videos, so it is the same download "
                                "as %1.").replace("%1", self._name(same)))
            text = f"{text} {why}"
        return text

    def _sizes_text(self) -> str:
        """One line per choice: what it holds and what it weighs."""
        sizes = self.entry.sizes
        lines = []
        for choice in CHOICES:
            size = sizes.get(choice)
            weight = format_size(int(size)) if size is not None else self.tr("size not known yet")
            lines.append(self.tr("%1 (%2): %3").replace("%1", self._name(choice))
                         .replace("%2", weight).replace("%3", self.choice_help(choice)))
        return "\n".join(lines)

    # ------------------------------------------------------------------ state

    def set_local(self, installed_version: int | None, job: Any, covered: str = "",
                  missing: dict[str, int] | None = None) -> None:
        """Badge and button from what this computer has (`job`: a DownloadJob or None;
        `covered`/`missing`: see `sync.services.catalog.LocalCourses`)."""
        course = self.entry.course
        job_state = job.state.value if job is not None else None
        job_current = job is not None and job.version == course.version
        self.covered = covered if installed_version == course.version else ""
        self.missing = dict(missing or {}) if installed_version == course.version else {}
        if job_current and job_state in ACTIVE_JOB_STATES:
            self.state = "downloading" if job_state == "downloading" else "queued"
            badge = (self.tr("Downloading…") if job_state == "downloading"
                     else self.tr("Waiting to download"))
        elif job_current and job_state == "paused":
            self.state, badge = "paused", self.tr("Download paused")
        elif job_current and job_state == "failed":
            self.state, badge = "failed", self.tr("Download stopped: see Downloads")
        elif installed_version is not None and installed_version >= course.version:
            self.state = "installed"
            if self.covered in ("low", "standard") and self.upgrades():
                badge = self.tr("Installed: %1").replace("%1", self._name(self.covered).lower()
                                                         if self.covered == "low"
                                                         else self.tr("standard quality"))
            else:
                badge = self.tr("Installed")
        elif installed_version is not None:
            self.state = "update"
            badge = self.tr("Update available: version %1 (you have %2)").replace(
                "%1", str(course.version)).replace("%2", str(installed_version))
        else:
            self.state, badge = "available", self.tr("Not on this computer")
        self.badge.setText(badge)
        self.badge.setAccessibleDescription(badge)
        if job is not None and job_current and self.state != "installed":
            index = self.choice_box.findData(job.choice.value)
            if index >= 0:
                self.choice_box.setCurrentIndex(index)
        elif self.state == "installed" and self.upgrades():
            index = self.choice_box.findData(self.upgrades()[0])
            if CHOICES[self.choice_box.currentIndex()] not in self.upgrades():
                self.choice_box.setCurrentIndex(index)
        self._render_action()

    def upgrades(self) -> list[str]:
        """The bigger choices an installed course can still get (each fetches > 0 bytes)."""
        if self.state != "installed" or not self.covered:
            return []
        have = CHOICES.index(self.covered)
        return [c for c in CHOICES[have + 1:] if self.missing.get(c, 0) > 0]

    def _render_action(self) -> None:
        title = self.entry.course.title
        choice = str(self.choice_box.currentData())
        busy = self.state in ("downloading", "queued", "paused", "failed")
        upgrades = self.upgrades()
        self.action_button.setToolTip("")
        if self.state == "installed" and upgrades:
            if choice in upgrades:
                more = format_size(self.missing[choice])
                if choice == "standard":
                    self.action_button.setText(self.tr("Get &standard quality"))
                    name = self.tr("Get standard quality for %1: %2 more")
                else:
                    self.action_button.setText(self.tr("Get &every quality"))
                    name = self.tr("Get every video quality for %1: %2 more")
                name = name.replace("%1", title).replace("%2", more)
                self.action_button.setToolTip(self.tr(
                    "Downloads only the videos this computer does not have yet (%1); the "
                    "course stays usable meanwhile.").replace("%1", more))
            else:
                self.action_button.setText(self.tr("Installed"))
                name = self.tr("%1 is installed with this choice").replace("%1", title)
            enabled = choice in upgrades
        elif self.state == "installed":
            self.action_button.setText(self.tr("Installed"))
            name = self.tr("%1 is installed").replace("%1", title)
            enabled = False
        elif self.state == "update":
            self.action_button.setText(self.tr("&Update"))
            name = self.tr("Update %1").replace("%1", title)
            enabled = True
        elif busy:
            self.action_button.setText(self.tr("In Downloads"))
            name = self.tr("%1 is in Downloads").replace("%1", title)
            enabled = False
        else:
            self.action_button.setText(self.tr("&Download"))
            name = self.tr("Download %1").replace("%1", title)
            enabled = True
        self.action_button.setAccessibleName(name)
        self.action_button.setEnabled(enabled)
        self.choice_box.setEnabled(self.state in ("available", "update") or bool(upgrades))

    def _clicked(self) -> None:
        self.download_requested.emit(self.entry.course.id, self.entry.course.version,
                                     str(self.choice_box.currentData()))


class CatalogView(CardScreen):
    """The course server's courses for this learner; downloads go to the download manager."""

    sign_in_requested = Signal()
    downloads_requested = Signal()
    #: emitted after each catalog load (from the hub or the saved copy), with the course count.
    loaded = Signal(int)

    def __init__(self, bridge: TaskManager, downloads: "DownloadManager",
                 timings: "NetworkTimings | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Course catalog"), self.tr("Course catalog"), parent)
        self._bridge = bridge
        self._downloads = downloads
        self._timings = timings
        self.account: Account | None = None
        self.snapshot: CatalogSnapshot | None = None
        self.local: LocalCourses | None = None
        self.cards: dict[str, CatalogCard] = {}
        self.error: BaseException | None = None
        self.loading = False
        self.refresh_button = self.header.add_button(
            self.tr("&Refresh"), self.tr("Refresh the catalog"), self.refresh,
            self.tr("Ask the course server for its list again"))
        self.downloads_button = self.header.add_button(
            self.tr("Do&wnloads…"), self.tr("Show downloads"), self.downloads_requested,
            self.tr("Progress of your downloads (Ctrl+J)"))

        self.notice = NoticeLabel(self.tr("Catalog status"), self)
        self.sign_in_button = make_button(self, self.tr("&Sign in…"),
                                          self.tr("Sign in to the course server"),
                                          self.sign_in_requested)
        self.sign_in_button.setVisible(False)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignTop)
        self.lay_out([notice_row], make_label(self, "", self.tr("No courses"), visible=False),
                     CardList(self.tr("Courses on the course server"), self))

        self._local_timer = QTimer(self)
        self._local_timer.setSingleShot(True)
        self._local_timer.setInterval(150)
        self._local_timer.timeout.connect(self.reload_local)
        downloads.jobs_changed.connect(self._local_timer.start)
        self._show_notice(self.tr("Sign in to the course server to see the courses it offers "
                                  "you."))

    # ------------------------------------------------------------------ account

    def set_account(self, account: "Account | None") -> None:
        """Follow the sign-in; signed out, say how to sign in (and show the saved list)."""
        changed = (account is None) != (self.account is None) or (
            account is not None and self.account is not None
            and (account.signed_in, account.hub_url) != (self.account.signed_in,
                                                         self.account.hub_url))
        self.account = account
        signed_in = account is not None and account.signed_in
        self.sign_in_button.setVisible(not signed_in)
        self.refresh_button.setEnabled(signed_in)
        if changed and self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Ask the course server (network lane) and re-read what is installed (store lane)."""
        self.reload_local()
        if self.account is None or not self.account.signed_in:
            self._load_saved()
            return
        if self.loading:
            return
        from sync.services.catalog import fetch_catalog
        from sync.services.connection import NetworkTimings

        paths = self._bridge.paths
        timings = self._timings or NetworkTimings()
        self.loading = True
        self.refresh_button.setEnabled(False)
        self._show_notice(self.tr("Asking the course server for its courses…"))
        self._bridge.submit(lambda: fetch_catalog(paths, timings), self._catalog_loaded,
                            lane=Lane.NETWORK, context=self)

    def _load_saved(self) -> None:
        from sync.services.catalog import cached_catalog

        def loaded(snapshot: Any, error: BaseException | None) -> None:
            if error is None and snapshot is not None:
                self.snapshot = snapshot
                self._render()
            if snapshot is None:
                self._show_notice(self.tr("Sign in to the course server to see the courses it "
                                          "offers you and download them."))
            else:
                self._show_notice(self.tr(
                    "You are not signed in. This is the list the course server sent on %1; "
                    "sign in to see today's and to download.").replace(
                    "%1", format_timestamp(snapshot.fetched_at)))
            self.load_count += 1
            self.loaded.emit(len(self.cards))

        self._bridge.with_store(cached_catalog, loaded, context=self)

    def reload_local(self) -> None:
        """What is installed or downloading here (after every queue change)."""
        from sync.services.catalog import local_courses

        self._bridge.with_store(local_courses, self._local_loaded, context=self)

    def _local_loaded(self, local: Any, error: BaseException | None) -> None:
        if error is not None:
            self._show_notice(message_for(error).full_text())
            return
        self.local = local
        self._apply_local()

    def _catalog_loaded(self, snapshot: Any, error: BaseException | None) -> None:
        self.loading = False
        self.refresh_button.setEnabled(self.account is not None and self.account.signed_in)
        self.error = error
        self.load_count += 1
        from sync.errors import HubError, HubErrorKind

        if error is not None:
            self._show_notice(message_for(error).full_text())
            if isinstance(error, HubError) and error.kind is HubErrorKind.AUTH:
                self.sign_in_button.setVisible(True)
            if isinstance(error, HubError) and error.transient:
                self._downloads.report_reachability(False)
            self.loaded.emit(len(self.cards))
            return
        self.snapshot = snapshot
        self._render()
        when = format_timestamp(snapshot.fetched_at)
        if snapshot.offline_error is not None:
            # The watch hears it too: the status bar must not say "Online" beside this.
            self._downloads.report_reachability(False)
            self._show_notice(self.tr(
                "You are offline: the course server cannot be reached. This is the list it "
                "sent on %1; downloads start when the connection returns.").replace("%1", when))
            self.loaded.emit(len(self.cards))
            return
        self._downloads.report_reachability(True)
        if not snapshot.entries:
            self._show_notice(self.tr("The course server at %1 offers you no courses yet. Ask "
                                      "your court's administrator to enrol you.")
                              .replace("%1", snapshot.hub_url))
        else:
            self._show_notice(self.tr("%n course(s) offered to you by %1.", "",
                                      len(snapshot.entries)).replace("%1", snapshot.hub_url))
        self.loaded.emit(len(self.cards))

    # ------------------------------------------------------------------ rendering

    def _render(self) -> None:
        assert self.snapshot is not None
        CardList.drop(self.cards.values())
        self.cards.clear()
        for entry in self.snapshot.entries:
            card = CatalogCard(entry, self.scroll.host)
            card.download_requested.connect(self.download)
            self.scroll.add(card)
            self.cards[entry.course.id] = card
        self.empty_label.setVisible(False)
        self._apply_local()
        # Rebuilding the cards took focus away from a deleted button (it fell to the status
        # bar): a keyboard user stays in the catalog.
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            self.focus_first()

    def _apply_local(self) -> None:
        local = self.local
        for course_id, card in self.cards.items():
            installed = local.installed.get(course_id) if local else None
            job = local.jobs.get(course_id) if local else None
            card.set_local(installed, job, local.covered.get(course_id, "") if local else "",
                           local.missing.get(course_id) if local else None)

    def _show_notice(self, text: str) -> None:
        self.notice.say(text)

    # ------------------------------------------------------------------ actions

    def download(self, course_id: str, version: int, choice: str) -> None:
        """Queue the course with the chosen choice (for an installed course, a bigger one:
        only the missing files are fetched); the Downloads view shows its progress."""
        card = self.cards.get(course_id)
        title = card.entry.course.title if card else course_id
        upgrade = card is not None and choice in card.upgrades()
        more = format_size(card.missing.get(choice, 0)) if upgrade and card is not None else ""

        def done(_job: Any, error: BaseException | None) -> None:
            if error is not None:
                self._show_notice(message_for(error).full_text())
                self._apply_local()
                return
            if upgrade:
                self._show_notice(self.tr("The better videos of “%1” (%2) were added to your "
                                          "downloads (Ctrl+J shows them); the course stays "
                                          "usable meanwhile.").replace("%1", title)
                                  .replace("%2", more))
            else:
                self._show_notice(self.tr("“%1” was added to your downloads (Ctrl+J shows "
                                          "them).").replace("%1", title))
            self.reload_local()

        if card is not None:
            card.action_button.setEnabled(False)
        self._downloads.enqueue(course_id, version, choice, done)

    def focus_first(self) -> None:
        """Keyboard users land on the first card's button, else on Refresh or Sign in."""
        for card in self.cards.values():
            if card.action_button.isEnabled():
                card.action_button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        target = self.sign_in_button if self.sign_in_button.isVisible() else self.refresh_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
