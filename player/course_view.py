"""The course screen: the outline of modules and items beside the open item.

The outline (a QTreeWidget: modules, then their items in order) shows each item's kind icon,
title and length, completion mark and whether it is optional; titles wrap rather than elide,
so two items of the same name ("Check your understanding") stay readable at any font size.
Above it a small chart paints the required items done per module. Nothing on this screen can
widen the window: titles and module names wrap, and the open item sits in a scroll area that
only scrolls when the screen is too small for it (large fonts on a small laptop). The open
item is whatever `player.item_views.create_item_view` builds for it; it reports back through
its `ItemContext` callbacks, which this screen runs on the bridge's store lane, and through
its `completed`/`progressed` signals, which update the marks.
The outline and the item sit in a QSplitter, which mirrors itself in right-to-left layouts.

The pieces are in `player.course`: the outline (`outline`), the chart (`progress_chart`), the
two panes (`panes`), the progress rules (`progress`) and the store-lane callbacks an item gets
(`item_access`), opening and closing the item (`item_opener`), the marks following progress
(`marks`), the header (`header`) and the course run's schedule (`schedule`); this screen
wires them together.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.changes import ChangeKind
from player.course.header import CourseHeader
from player.course.item_opener import ItemOpener
from player.course.marks import CourseMarks
from player.course.outline import (
    ITEM_ID_ROLE,
    STATUS_ROLE,
    CourseOutline,
    OutlineDelegate,
    format_duration,
    wrapped_height,
)
from player.course.panes import ItemPane, OutlinePane, overview_completed
from player.course.parts import CompletionBanner, ItemHost, LockedNotice
from player.course.progress import SKIP_TOLERANCE, CourseData
from player.course.progress_chart import ModuleProgressChart
from player.course.requirements import RequirementsLauncher
from player.course.schedule import CourseSchedule
from player.error_messages import message_for
from player.icons import Mark
from player.widgets import tab_path
from sync.manifest import ForumItem
from sync.services import courses, runs, study

if TYPE_CHECKING:
    from player.item_views import ItemView

__all__ = ["ITEM_ID_ROLE", "STATUS_ROLE", "CompletionBanner", "CourseData", "CourseOutline",
           "CourseView", "ItemHost", "ModuleProgressChart", "OutlineDelegate", "SKIP_TOLERANCE",
           "format_duration", "overview_completed", "wrapped_height"]

log = logging.getLogger(__name__)


class CourseView(QWidget):
    """Outline + open item + previous/next; talks to the store only through the bridge."""

    #: the open item changed (course id, item id).
    item_opened = Signal(str, str)
    #: the open video asks for the standard-quality copies it lacks (course id)
    standard_quality_requested = Signal(str)
    #: the course finished loading (course id).
    course_loaded = Signal(str)
    #: the learner asked to go back to the library.
    library_requested = Signal()
    #: the title to show in the window title ("" when no course is open).
    title_changed = Signal(str)
    #: the last required item of the open course was just completed (course id).
    course_completed = Signal(str)
    #: the learner asked for a language version the catalog offers (course id, version)
    language_download_requested = Signal(str, int)
    #: the course screen switched to another language version of the open course (course id)
    language_switched = Signal(str)

    def __init__(self, bridge: TaskManager, caption_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.caption_language = caption_language
        self.data: CourseData | None = None
        self.current_item_id: str | None = None
        self.item_view: ItemView | None = None
        self._open_token = 0
        #: opens, shows and closes the item beside the outline
        self.items = ItemOpener(self, bridge)
        #: the outline's marks and the chart follow progress
        self.marks = CourseMarks(bridge, self)
        #: what stands in for an item of a module not open yet, while one is chosen
        self.locked_notice: LockedNotice | None = None
        #: how many times the schedule was applied (tests wait on it)
        self.schedule_loads = 0
        #: the course run (#17): open and locked modules, the role, the unread counts
        self.schedule = CourseSchedule(bridge, lambda: self.course_id, self)
        self.schedule.changed.connect(self._apply_schedule)
        self.schedule.unread_changed.connect(self._show_unread)
        self.setAccessibleName(self.tr("Course"))
        #: the open course's reading direction (its language's), which the outline and the
        #: item follow
        self.content_direction = self.layoutDirection()

        # ---- header: back to the library, the course's title across the whole screen, its
        # other languages
        self.header = CourseHeader(bridge, self)
        self.header.library_requested.connect(self.library_requested)
        self.library_button, self.course_title = self.header.library_button, self.header.course_title
        self.language_switch = self.header.language_switch
        self.language_switch.switch_requested.connect(self.switch_language)
        self.language_switch.download_requested.connect(self.language_download_requested)

        self.completion_banner = CompletionBanner(self)
        # what earns the certificate (#15): a button beside the title, Ctrl+R
        self.requirements = RequirementsLauncher(bridge, self, lambda: self.course_id)

        self.outline_pane = OutlinePane(self)
        self.overall_label, self.chart = self.outline_pane.overall_label, self.outline_pane.chart
        self.outline = self.outline_pane.outline
        #: each item's outline row, by item id (the outline's own table)
        self._tree_items = self.outline.rows
        self.outline.itemActivated.connect(self._tree_activated)
        self.outline.itemClicked.connect(self._tree_activated)

        pane = self.item_pane = ItemPane(self)
        self.module_label, self.item_title = pane.module_label, pane.item_title
        self.progress_hint, self.message = pane.progress_hint, pane.message
        self.refusal_notice = pane.refusal_notice
        self.refusal_notice.dismissed.connect(self._dismiss_refusal)
        self.item_scroll, self.item_host = pane.item_scroll, pane.item_host
        self.previous_button, self.next_button = pane.previous_button, pane.next_button
        self.position_label = pane.position_label
        self.previous_button.clicked.connect(self.previous_item)
        self.next_button.clicked.connect(self.next_item)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(self.tr("Outline and item"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.outline_pane)
        self.splitter.addWidget(self.item_pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)

        fm = self.fontMetrics()
        self.splitter.setSizes([fm.averageCharWidth() * 50, fm.averageCharWidth() * 100])

        self.header.add_trailing(self.requirements.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.completion_banner)
        layout.addWidget(self.splitter, 1)
        self._update_nav()

    # ------------------------------------------------------------------ course

    @property
    def course_id(self) -> str | None:
        return self.data.course.id if self.data else None

    def open_course(self, course_id: str, item_id: str | None = None, *,
                    from_start: bool = False) -> None:
        """Load a course (manifest, progress, installed files), then open `item_id`.

        Without an item id: the first item when `from_start` (reviewing a completed course),
        else the item last studied, else the first required item not done.
        """
        self.close_item()
        self.data = None
        self.header.reload_languages(None)
        self.completion_banner.setVisible(False)
        self.progress_hint.setVisible(False)
        self._open_token += 1
        token = self._open_token

        opened: list[Any] = []

        def loaded(data: Any, error: BaseException | None) -> None:
            if token != self._open_token:
                return
            if error is not None:
                self.show_message(message_for(error).full_text())
                return
            opened.append(data)

        def scheduled(outline: Any, error: BaseException | None) -> None:
            # Read right after the course, on the same lane: the outline is drawn with its
            # locks, so an item of a module not open yet is never opened first.
            if token != self._open_token or not opened:
                return
            if error is not None:
                log.warning("the course run of %s could not be read: %s", course_id, error)
            self.schedule.outline = outline if error is None else None
            self._course_loaded(opened[0], item_id, from_start)

        self._bridge.call_service(study.open_course, loaded, context=self, course_id=course_id)
        self._bridge.call_service(runs.course_outline, scheduled, context=self,
                                  course_id=course_id)

    def _course_loaded(self, data: CourseData, item_id: str | None,
                       from_start: bool = False) -> None:
        self.data = data
        self.show_message("")
        self.header.show_title(data.manifest.title)
        self._follow_content_direction(data.course.language)
        self.reload_languages()
        self.title_changed.emit(data.manifest.title)
        self.outline.locked = self.schedule.locks()
        self._build_outline()
        self._apply_schedule(reopen=False)
        self.outline_pane.show_overview(data.overview)
        self.reload_unread()
        self.course_loaded.emit(data.course.id)
        ids = [it.id for it in data.manifest.items()]
        target = item_id if item_id in ids else None
        if target is None and from_start and ids:
            target = ids[0]
        if target is None and data.course.last_item_id in ids:
            target = data.course.last_item_id
        if target is None:
            target = next((i for i in data.manifest.required_item_ids()
                           if not (data.progress.get(i) and data.progress[i].completed)),
                          ids[0] if ids else None)
        if target is not None:
            self.open_item(target)

    # ------------------------------------------------------------------ languages (#16)

    def _follow_content_direction(self, language: str) -> None:
        """The outline and the item read in the course's direction (an Arabic course right to
        left even under an English interface; the header keeps the interface's)."""
        direction = QLocale(language.replace("-", "_")).textDirection() if language \
            else self.layoutDirection()
        self.content_direction = direction
        # The content, not the screen's frame: the outline's rows, the item's titles and the
        # item itself read right to left for a right-to-left course whatever the interface;
        # otherwise they follow the interface (an Arabic interface mirrors every course, and
        # each paragraph of English text still runs left to right by its own letters). The
        # panes' order and Previous/Next always follow the interface.
        pane = self.item_pane
        for widget in (self.outline, pane.module_label, pane.item_title, pane.item_host):
            if direction == Qt.LayoutDirection.RightToLeft:
                widget.setLayoutDirection(direction)
            else:
                widget.unsetLayoutDirection()

    def reload_languages(self) -> None:
        """The open course's other language versions (the header reads them)."""
        self.header.reload_languages(self.course_id)

    @property
    def language_loads(self) -> int:
        """How many times the language switch was filled (tests wait on it)."""
        return self.header.language_loads

    def switch_language(self, course_id: str) -> None:
        """Re-open the course in another installed language version at the same item (the
        open view saves its position first; progress, quiz attempts and discussions are the
        family's, so the other version resumes where this one stopped). The choice is
        remembered for the family: the library opens it in this version next time."""
        if self.data is None or course_id == self.data.course.id:
            return
        item_id = self.current_item_id
        self._bridge.call_service(courses.remember_version, None, course_id=course_id)
        self.open_course(course_id, item_id)
        self.language_switched.emit(course_id)

    # ------------------------------------------------------------------ course runs (#17)

    @property
    def role(self) -> "runs.Role":
        """The signed-in user's role in the open course's family (learner until the hub
        says otherwise): the forum shows staff actions only to staff."""
        return self.schedule.role

    @property
    def run_outline(self) -> "runs.CourseOutline | None":
        """The course run's view of the open course; None before it is read."""
        return self.schedule.outline

    @property
    def unread(self) -> "runs.UnreadCounts | None":
        """The unread counts of the open course, as last read."""
        return self.schedule.unread

    def reload_schedule(self) -> None:
        """Read again which modules are open (by the hub-clock estimate, never the PC's
        clock); a module whose day has come unlocks, and an item waiting for it opens."""
        self.schedule.reload()

    def _apply_schedule(self, reopen: bool = True) -> None:
        self.schedule_loads += 1
        current = self.current_item_id
        was_locked = current is not None and self.outline.is_locked(current)
        self.outline.set_locks(self.schedule.locks())
        if reopen and current is not None and self.data is not None:
            now_locked = self.outline.is_locked(current)
            if now_locked != was_locked or (now_locked and self.locked_notice is None):
                self.open_item(current)
        self.schedule.arm_unlock_timer()

    def next_unlock_in(self) -> int:
        """Milliseconds until the schedule is read again (-1: no module is locked)."""
        return self.schedule.next_unlock_in()

    def reload_unread(self) -> None:
        """The unread counts: per discussion in the outline, and the new replies to the
        learner's own posts above it."""
        self.schedule.reload_unread()

    def _show_unread(self, counts: "runs.UnreadCounts") -> None:
        self.outline.set_unread(counts.discussions)
        self.outline_pane.show_replies(counts.replies_to_me)

    def _build_outline(self) -> None:
        assert self.data is not None
        self.outline.show_manifest(self.data.manifest)
        for item_id in self.outline.rows:
            self.marks.update_row(item_id)
        self.outline.relayout()

    def row_status(self, item_id: str) -> str:
        """The status words the outline shows for an item (tests, scripts)."""
        return self.outline.row_status(item_id)

    def cut_rows(self) -> list[str]:
        """Ids of outline rows whose wrapped text does not fit their height (should be none:
        window tests check it at each scale)."""
        return self.outline.cut_rows()

    def mark_of(self, item_id: str) -> Mark:
        """Done, started or not started, from the progress this screen knows."""
        return self.marks.mark_of(item_id)

    def watch_hint(self, item_id: str, fraction: float | None = None) -> str:
        """What completes a partly watched video ("" for anything else)."""
        return self.marks.watch_hint(item_id, fraction)

    # ------------------------------------------------------------------ items

    def item_ids(self) -> list[str]:
        return [it.id for it in self.data.manifest.items()] if self.data else []

    def _tree_activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = row.data(0, ITEM_ID_ROLE)
        if item_id and item_id != self.current_item_id:
            self.open_item(item_id)
        elif item_id and self.locked_notice is not None and self.isVisible():
            # Enter again on a locked item: the keyboard goes to why it does not open.
            self.locked_notice.setFocus(Qt.FocusReason.OtherFocusReason)

    def previous_item(self) -> None:
        """Open the item before the open one (Alt+Left)."""
        self._step(-1)

    def next_item(self) -> None:
        """Open the item after the open one (Alt+Right)."""
        self._step(+1)

    def _step(self, delta: int) -> None:
        ids = self.item_ids()
        if not ids or self.current_item_id not in ids:
            return
        index = ids.index(self.current_item_id) + delta
        if 0 <= index < len(ids):
            self.open_item(ids[index])

    def open_item(self, item_id: str) -> None:
        """Open one item beside the outline, its saved state read fresh (`ItemOpener`)."""
        self.items.open_item(item_id)

    def tab_path(self) -> list[QWidget]:
        """The widgets Tab visits on this screen, in order, from the Library button."""
        return tab_path(self, self.library_button)

    def show_completion(self, next_step: str) -> None:
        """The "You have completed this course" banner, with what happens next."""
        self.completion_banner.show_completion(next_step)

    def showing_forum(self) -> bool:
        """Whether the open item is a discussion (the sync controller syncs more often)."""
        if self.data is None or self.current_item_id is None:
            return False
        return isinstance(self.data.manifest.item(self.current_item_id), ForumItem)

    def remote_changed(self) -> None:
        """A sync pass brought hub data: the open item reloads what it shows of it, and its
        refusal notice follows what the server now says (shown, or gone when settled)."""
        if self.item_view is not None:
            self.item_view.remote_changed()
        self._reload_refusals()
        self.requirements.progress_changed()
        self.reload_schedule()      # a new run schedule, a role, the hub's time moved on
        self.reload_unread()
        self.reload_languages()     # a downloaded version, a new catalog

    def _reload_refusals(self) -> None:
        if self.data is None or self.current_item_id is None:
            self.refusal_notice.show_refusals([])
            return
        course_id, item_id = self.data.course.id, self.current_item_id

        def loaded(refusals: Any, error: BaseException | None) -> None:
            if error is None and self.data is not None and self.current_item_id == item_id:
                self.refusal_notice.show_refusals(refusals)

        self._bridge.call_service(study.refusals, loaded, context=self, course_id=course_id,
                                  item_id=item_id)

    def _dismiss_refusal(self, event_id: str) -> None:
        self._bridge.call_service(study.dismiss_refusal, writes=ChangeKind.NOTICES, event_id=event_id)

    def close_item(self) -> None:
        """Save the open view's state (e.g. the video position) and take it down."""
        self.items.close_item()

    def save_state(self) -> None:
        """Called when the window closes: the open view saves what it must."""
        if self.item_view is not None:
            try:
                self.item_view.save_state()
            except Exception:  # noqa: BLE001
                log.exception("saving the open item failed")

    def _update_nav(self) -> None:
        ids = self.item_ids()
        index = ids.index(self.current_item_id) if self.current_item_id in ids else -1

        def title(at: int) -> str | None:
            if self.data is None or index < 0 or not 0 <= at < len(ids):
                return None
            return self.data.manifest.item(ids[at]).title

        self.item_pane.show_neighbours(title(index - 1), title(index + 1))

    def show_message(self, text: str) -> None:
        """A plain-words message above the item (an error, or nothing)."""
        self.item_pane.show_message(text)
