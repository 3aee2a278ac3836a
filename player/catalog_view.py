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
    QHBoxLayout,
    QWidget,
)

from player.bridge import Lane, TaskManager
from player.catalog_card import CatalogCard
from player.dates import format_timestamp
from player.error_messages import message_for
from player.widgets import (
    CardList,
    CardScreen,
    NoticeLabel,
    format_size,
    make_button,
    make_label,
)

if TYPE_CHECKING:
    from player.download_manager import DownloadManager
    from sync.services.account import Account
    from sync.services.catalog import CatalogSnapshot, LocalCourses
    from sync.services.connection import NetworkTimings

log = logging.getLogger(__name__)

__all__ = ["CatalogCard", "CatalogView"]  # the card is player.catalog_card's


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
        #: one card per course family (its language versions), by family...
        self.family_cards: dict[str, CatalogCard] = {}
        #: ...and the card of every version, by course id (a family's versions share one)
        self.cards: dict[str, CatalogCard] = {}
        self.error: BaseException | None = None
        self.loading = False
        self.refresh_button = self.header.add_button(
            self.tr("&Refresh"), self.tr("Refresh the catalog"), self.refresh,
            self.tr("Ask the course server for its list again"))
        self.downloads_button = self.header.add_button(
            self.tr("Do&wnloads…"), self.tr("Show downloads"), lambda: self.downloads_requested.emit(),
            self.tr("Progress of your downloads (Ctrl+J)"))

        self.notice = NoticeLabel(self.tr("Catalog status"), self)
        self.sign_in_button = make_button(self, self.tr("&Sign in…"),
                                          self.tr("Sign in to the course server"),
                                          lambda: self.sign_in_requested.emit())
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

        self._bridge.call_service(cached_catalog, loaded, context=self)

    def reload_local(self) -> None:
        """What is installed or downloading here (after every queue change)."""
        from sync.services.catalog import local_courses

        self._bridge.call_service(local_courses, self._local_loaded, context=self)

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
        CardList.drop(self.family_cards.values())
        self.cards.clear()
        self.family_cards.clear()
        for family, entries in self.snapshot.families().items():
            card = CatalogCard(entries, self.card_list.host)
            card.download_requested.connect(self.download)
            self.card_list.add(card)
            self.family_cards[family] = card
            for entry in entries:
                self.cards[entry.id] = card
        self.empty_label.setVisible(False)
        self._apply_local()
        # Rebuilding the cards took focus away from a deleted button (it fell to the status
        # bar): a keyboard user stays in the catalog.
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            self.focus_first()

    def _apply_local(self) -> None:
        for card in self.family_cards.values():
            card.apply_local(self.local)

    def _show_notice(self, text: str) -> None:
        self.notice.say(text)

    # ------------------------------------------------------------------ actions

    def download(self, course_id: str, version: int, choice: str) -> None:
        """Queue the course with the chosen choice (for an installed course, a bigger one:
        only the missing files are fetched); the Downloads view shows its progress."""
        card = self.cards.get(course_id)
        title = card.entry.title if card else course_id
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
        for card in self.family_cards.values():
            if card.action_button.isEnabled():
                card.action_button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        target = self.sign_in_button if self.sign_in_button.isVisible() else self.refresh_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
