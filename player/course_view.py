"""The course screen: the outline of modules and items beside the open item.

The outline (a QTreeWidget: modules, then their items in order) shows each item's kind icon,
length, completion mark and whether it is optional; above it a small chart paints the required
items done per module. The open item is whatever `player.item_views.create_item_view` builds
for it; it reports back through its `ItemContext` callbacks, which this screen runs on the
bridge's store lane, and through its `completed`/`progressed` signals, which update the marks.
The outline and the item sit in a QSplitter, which mirrors itself in right-to-left layouts.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.error_messages import message_for
from player.icons import Mark, kind_icon, mark_icon
from player.library_view import heading_font
from sync.manifest import ForumItem, Item, ItemKind, Manifest, QuizItem, ReadingItem, VideoItem

if TYPE_CHECKING:
    from player.item_views import ItemView
    from sync.store import CourseProgress, InstalledCourse, ItemProgress, QuizAttempt

log = logging.getLogger(__name__)

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def format_duration(seconds: float) -> str:
    """m:ss, or h:mm:ss for an hour or more (digits in the user's locale)."""
    total = max(int(round(seconds)), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


@dataclass
class CourseData:
    """Everything the course screen reads from the store when a course opens."""

    course: "InstalledCourse"
    manifest: Manifest
    progress: dict[str, "ItemProgress"]
    present: frozenset[str]
    overview: "CourseProgress"


class ModuleProgressChart(QWidget):
    """Required items done per module as horizontal bars, painted with QPainter.

    Rows are sized from the font, so the chart grows with the system font; in a right-to-left
    layout the bars fill from the right, like every other progress bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []
        self.setAccessibleName(self.tr("Progress per module"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int, int]]) -> None:
        """(module title, required done, required total) for each module, in order."""
        self.rows = rows
        lines = [self.tr("%1: %2 of %3 done").replace("%1", t).replace("%2", str(d))
                 .replace("%3", str(n)) for t, d, n in rows]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.5)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 40, self._row_height() * max(len(self.rows), 1) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.fontMetrics().averageCharWidth() * 20, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        row_h = self._row_height()
        width = self.width()
        label_w = min(max(width * 2 // 5, fm.averageCharWidth() * 8), width - 8)
        count_w = fm.horizontalAdvance("888/888") + fm.averageCharWidth()
        bar_h = max(fm.height() // 2, 6)
        direction = self.layoutDirection()
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        fill = palette.color(QPalette.ColorRole.Highlight)
        done_fill = QColor("#2e7d32")
        for index, (title, done, total) in enumerate(self.rows):
            top = 2 + index * row_h
            label_rect = QRect(0, top, label_w, row_h)
            bar_x = label_w + fm.averageCharWidth()
            bar_rect = QRect(bar_x, top + (row_h - bar_h) // 2,
                             max(width - bar_x - count_w, 4), bar_h)
            count_rect = QRect(width - count_w, top, count_w, row_h)
            # Mirror every rect in right-to-left layouts.
            label_rect = QStyle.visualRect(direction, self.rect(), label_rect)
            bar_rect = QStyle.visualRect(direction, self.rect(), bar_rect)
            count_rect = QStyle.visualRect(direction, self.rect(), count_rect)

            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            elided = fm.elidedText(title, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignVCenter
                                             | Qt.AlignmentFlag.AlignLeading), elided)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            radius = bar_h / 2
            painter.drawRoundedRect(bar_rect, radius, radius)
            if total > 0 and done > 0:
                filled = QRect(bar_rect)
                filled.setWidth(max(round(bar_rect.width() * min(done / total, 1.0)), bar_h))
                if direction == Qt.LayoutDirection.RightToLeft:
                    filled.moveRight(bar_rect.right())
                painter.setBrush(done_fill if done >= total else fill)
                painter.drawRoundedRect(filled, radius, radius)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(count_rect, int(Qt.AlignmentFlag.AlignVCenter
                                             | Qt.AlignmentFlag.AlignTrailing),
                             f"{done}/{total}")
        painter.end()


class CourseView(QWidget):
    """Outline + open item + previous/next; talks to the store only through the bridge."""

    #: the open item changed (course id, item id).
    item_opened = Signal(str, str)
    #: the course finished loading (course id).
    course_loaded = Signal(str)
    #: the learner asked to go back to the library.
    library_requested = Signal()
    #: the title to show in the window title ("" when no course is open).
    title_changed = Signal(str)

    def __init__(self, bridge: TaskManager, caption_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.caption_language = caption_language
        self.data: CourseData | None = None
        self.current_item_id: str | None = None
        self.item_view: ItemView | None = None
        self._open_token = 0
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self.setAccessibleName(self.tr("Course"))

        # ---- outline pane
        self.course_title = QLabel(self)
        self.course_title.setFont(heading_font(self.font(), 1.25))
        self.course_title.setWordWrap(True)
        self.course_title.setAccessibleName(self.tr("Course title"))

        self.overall_label = QLabel(self)
        self.overall_label.setAccessibleName(self.tr("Course progress"))

        self.chart = ModuleProgressChart(self)

        self.outline = QTreeWidget(self)
        self.outline.setAccessibleName(self.tr("Course outline"))
        self.outline.setAccessibleDescription(self.tr(
            "Modules and their items. Press Enter to open an item."))
        self.outline.setColumnCount(3)
        self.outline.setHeaderLabels([self.tr("Item"), self.tr("Length"), self.tr("Status")])
        self.outline.setRootIsDecorated(True)
        self.outline.setUniformRowHeights(True)
        self.outline.setAllColumnsShowFocus(True)
        header = self.outline.header()
        header.setAccessibleName(self.tr("Outline columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.itemActivated.connect(self._tree_activated)
        self.outline.itemClicked.connect(self._tree_activated)

        self.library_button = QPushButton(self.tr("&Library"), self)
        self.library_button.setAccessibleName(self.tr("Back to the library"))
        self.library_button.setToolTip(self.tr("Back to your courses (Ctrl+L)"))
        self.library_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack))
        self.library_button.clicked.connect(self.library_requested)

        outline_pane = QWidget(self)
        outline_pane.setObjectName("outline-pane")
        outline_layout = QVBoxLayout(outline_pane)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        top_row = QHBoxLayout()
        top_row.addWidget(self.library_button)
        top_row.addStretch(1)
        outline_layout.addLayout(top_row)
        outline_layout.addWidget(self.course_title)
        outline_layout.addWidget(self.overall_label)
        outline_layout.addWidget(self.chart)
        outline_layout.addWidget(self.outline, 1)
        self.outline_pane = outline_pane

        # ---- item pane
        self.module_label = QLabel(self)
        self.module_label.setAccessibleName(self.tr("Module"))
        self.item_title = QLabel(self)
        self.item_title.setFont(heading_font(self.font(), 1.2))
        self.item_title.setWordWrap(True)
        self.item_title.setAccessibleName(self.tr("Item title"))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        from player.refusal_notice import RefusalNotice
        self.refusal_notice = RefusalNotice(self)
        self.refusal_notice.dismissed.connect(self._dismiss_refusal)

        self.item_host = QFrame(self)
        self.item_host.setObjectName("item-host")
        self.item_host.setFrameShape(QFrame.Shape.NoFrame)
        self._host_layout = QVBoxLayout(self.item_host)
        self._host_layout.setContentsMargins(0, 0, 0, 0)

        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.previous_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.clicked.connect(self.previous_item)
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Position in the course"))
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else Qt.LayoutDirection.LeftToRight)  # icon after the text, on the trailing side
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.next_button.clicked.connect(self.next_item)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        item_pane = QWidget(self)
        item_pane.setObjectName("item-pane")
        item_layout = QVBoxLayout(item_pane)
        item_layout.setContentsMargins(0, 0, 0, 0)
        item_layout.addWidget(self.module_label)
        item_layout.addWidget(self.item_title)
        item_layout.addWidget(self.message)
        item_layout.addWidget(self.refusal_notice)
        item_layout.addWidget(self.item_host, 1)
        item_layout.addLayout(nav)
        self.item_pane = item_pane

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(self.tr("Outline and item"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(outline_pane)
        self.splitter.addWidget(item_pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)

        fm = self.fontMetrics()
        self.splitter.setSizes([fm.averageCharWidth() * 58, fm.averageCharWidth() * 100])

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_nav()

    # ------------------------------------------------------------------ course

    @property
    def course_id(self) -> str | None:
        return self.data.course.id if self.data else None

    def open_course(self, course_id: str, item_id: str | None = None) -> None:
        """Load a course (manifest, progress, installed files), then open `item_id`.

        Without an item id: the item last studied, else the first required item not done.
        """
        self.close_item()
        self.data = None
        self._open_token += 1
        token = self._open_token

        def load(store: Any) -> CourseData:
            return CourseData(course=store.get_course(course_id),
                              manifest=store.manifest(course_id),
                              progress=store.progress(course_id),
                              present=store.present_files(course_id),
                              overview=store.course_progress(course_id))

        def loaded(data: Any, error: BaseException | None) -> None:
            if token != self._open_token:
                return
            if error is not None:
                self.show_message(message_for(error).full_text())
                return
            self._course_loaded(data, item_id)

        self._bridge.with_store(load, loaded, context=self)

    def _course_loaded(self, data: CourseData, item_id: str | None) -> None:
        self.data = data
        self.show_message("")
        self.course_title.setText(data.manifest.title)
        self.title_changed.emit(data.manifest.title)
        self._build_outline()
        self._apply_overview(data.overview)
        self.course_loaded.emit(data.course.id)
        ids = [it.id for it in data.manifest.items()]
        target = item_id if item_id in ids else None
        if target is None and data.course.last_item_id in ids:
            target = data.course.last_item_id
        if target is None:
            target = next((i for i in data.manifest.required_item_ids()
                           if not (data.progress.get(i) and data.progress[i].completed)),
                          ids[0] if ids else None)
        if target is not None:
            self.open_item(target)

    def _build_outline(self) -> None:
        assert self.data is not None
        self.outline.clear()
        self._tree_items.clear()
        for number, module in enumerate(self.data.manifest.modules, start=1):
            top = QTreeWidgetItem([self.tr("%1. %2").replace("%1", str(number))
                                   .replace("%2", module.title), "", ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFirstColumnSpanned(False)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.outline.addTopLevelItem(top)
            for item in module.items:
                row = QTreeWidgetItem(["", "", ""])
                row.setData(0, ITEM_ID_ROLE, item.id)
                row.setText(0, item.title)
                row.setIcon(0, kind_icon(item.kind))
                row.setText(1, self.item_length(item))
                row.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing
                                     | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(row)
                self._tree_items[item.id] = row
                self._update_row(item.id)
            top.setExpanded(True)

    def item_length(self, item: Item) -> str:
        """What the outline shows as an item's length."""
        if isinstance(item, VideoItem):
            return format_duration(item.duration)
        if isinstance(item, ReadingItem):
            if item.minutes:
                return self.tr("%n min", "", item.minutes)
            return self.tr("PDF") if item.format.value == "pdf" else self.tr("Text")
        if isinstance(item, QuizItem):
            return self.tr("%n question(s)", "", len(item.questions))
        return ""  # a forum prompt has no length

    def _kind_name(self, kind: ItemKind) -> str:
        return {ItemKind.VIDEO: self.tr("Video"), ItemKind.READING: self.tr("Reading"),
                ItemKind.QUIZ: self.tr("Quiz"), ItemKind.FORUM: self.tr("Discussion")}[kind]

    def mark_of(self, item_id: str) -> Mark:
        """Done, started or not started, from the progress this screen knows."""
        assert self.data is not None
        p = self.data.progress.get(item_id)
        if p is not None and p.completed:
            return Mark.DONE
        if p is not None and (p.fraction > 0 or (p.position or 0) > 0):
            return Mark.STARTED
        return Mark.TODO

    def _update_row(self, item_id: str) -> None:
        assert self.data is not None
        row = self._tree_items.get(item_id)
        if row is None:
            return
        item = self.data.manifest.item(item_id)
        mark = self.mark_of(item_id)
        p = self.data.progress.get(item_id)
        status = {Mark.DONE: self.tr("Done"),
                  Mark.STARTED: self.tr("%1%").replace(
                      "%1", QLocale().toString(int(round((p.fraction if p else 0) * 100)))),
                  Mark.TODO: ""}[mark]
        if not item.required:
            status = (self.tr("%1 · optional").replace("%1", status) if status
                      else self.tr("Optional"))
        row.setText(2, status)
        row.setIcon(2, mark_icon(mark))
        spoken_mark = {Mark.DONE: self.tr("done"), Mark.STARTED: self.tr("started"),
                       Mark.TODO: self.tr("not started")}[mark]
        spoken = self.tr("%1: %2, %3, %4, %5").replace("%1", self._kind_name(item.kind)) \
            .replace("%2", item.title).replace("%3", self.item_length(item)) \
            .replace("%4", spoken_mark) \
            .replace("%5", self.tr("required") if item.required else self.tr("optional"))
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        row.setToolTip(0, spoken)

    def _apply_overview(self, overview: "CourseProgress") -> None:
        self.chart.set_rows([(m.title, m.done, m.total) for m in overview.modules])
        self.overall_label.setText(
            self.tr("%1 of %2 required items done")
            .replace("%1", str(overview.required_done))
            .replace("%2", str(overview.required_total)))

    def _refresh_overview(self) -> None:
        if self.data is None:
            return
        course_id = self.data.course.id

        def loaded(overview: Any, error: BaseException | None) -> None:
            if error is None and self.data is not None and self.data.course.id == course_id:
                self.data.overview = overview
                self._apply_overview(overview)

        self._bridge.with_store(lambda store: store.course_progress(course_id), loaded,
                                context=self)

    # ------------------------------------------------------------------ items

    def item_ids(self) -> list[str]:
        return [it.id for it in self.data.manifest.items()] if self.data else []

    def _tree_activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = row.data(0, ITEM_ID_ROLE)
        if item_id and item_id != self.current_item_id:
            self.open_item(item_id)

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
        """Open one item beside the outline, with its saved state read fresh from the store.

        The read runs on the store lane after any save the previous view just queued, so
        reopening an item always resumes from the latest saved position.
        """
        if self.data is None:
            return
        data = self.data
        item = data.manifest.item(item_id)
        self.close_item()
        self.current_item_id = item_id
        self._open_token += 1
        token = self._open_token
        course_id = data.course.id
        self._select_row(item_id)
        self._update_header(item)
        self._update_nav()

        def load(store: Any) -> tuple[Any, list[Any], list[Any]]:
            progress = store.progress(course_id).get(item_id)
            attempts = store.quiz_attempts(course_id, item_id) if isinstance(item, QuizItem) else []
            return progress, attempts, store.refusals(course_id, item_id)

        def loaded(result: Any, error: BaseException | None) -> None:
            if token != self._open_token or self.data is not data:
                return
            if error is not None:
                self.show_message(message_for(error).full_text())
                return
            progress, attempts, refusals = result
            if progress is not None:
                data.progress[item_id] = progress
            self.refusal_notice.show_refusals(refusals)
            self._show_item(item, progress, attempts)

        self._bridge.with_store(load, loaded, context=self)

    def _show_item(self, item: Item, progress: "ItemProgress | None",
                   attempts: list["QuizAttempt"]) -> None:
        from player.item_context import ItemContext
        from player.item_views import create_item_view

        assert self.data is not None
        data = self.data
        course_id = data.course.id
        present = data.present
        ctx = ItemContext(
            course_id=course_id,
            manifest=data.manifest,
            item=item,
            progress=progress,
            quiz_attempts=list(attempts),
            blob_path=lambda sha: self._bridge.content_path(sha) if sha in present else None,
            save_progress=self._saver(course_id, item.id),
            submit_quiz=self._quiz_submitter(course_id, item.id),
            caption_language=self.caption_language,
            forum=self._forum_access(course_id, item.id) if isinstance(item, ForumItem) else None,
        )
        try:
            view = create_item_view(ctx, self.item_host)
        except Exception as exc:  # noqa: BLE001 - a broken item must not take the course down
            log.exception("cannot show item %s", item.id)
            self.show_message(message_for(exc).full_text())
            return
        view.setAccessibleName(self.tr("%1: %2").replace("%1", self._kind_name(item.kind))
                               .replace("%2", item.title))
        view.completed.connect(self._view_completed)
        view.progressed.connect(self._view_progressed)
        self._host_layout.addWidget(view)
        view.show()
        self.item_view = view
        self.show_message("")
        if self.isVisible() and not self.outline.hasFocus():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.item_opened.emit(course_id, item.id)

    def remote_changed(self) -> None:
        """A sync pass brought hub data: the open item reloads what it shows of it, and its
        refusal notice follows what the server now says (shown, or gone when settled)."""
        if self.item_view is not None:
            self.item_view.remote_changed()
        self._reload_refusals()

    def _reload_refusals(self) -> None:
        if self.data is None or self.current_item_id is None:
            self.refusal_notice.show_refusals([])
            return
        course_id, item_id = self.data.course.id, self.current_item_id

        def loaded(refusals: Any, error: BaseException | None) -> None:
            if error is None and self.data is not None and self.current_item_id == item_id:
                self.refusal_notice.show_refusals(refusals)

        self._bridge.with_store(lambda store: store.refusals(course_id, item_id), loaded,
                                context=self)

    def _dismiss_refusal(self, event_id: str) -> None:
        self._bridge.with_store(lambda store: store.dismiss_refusal(event_id), writes=True)

    def close_item(self) -> None:
        """Save the open view's state (e.g. the video position) and take it down."""
        view = self.item_view
        self.item_view = None
        if view is None:
            return
        try:
            view.save_state()
        except Exception:  # noqa: BLE001 - closing must go on; the error is logged
            log.exception("saving the state of %s failed", view.item_id)
        self._host_layout.removeWidget(view)
        view.hide()
        view.setParent(None)
        view.deleteLater()

    def save_state(self) -> None:
        """Called when the window closes: the open view saves what it must."""
        if self.item_view is not None:
            try:
                self.item_view.save_state()
            except Exception:  # noqa: BLE001
                log.exception("saving the open item failed")

    def _select_row(self, item_id: str) -> None:
        row = self._tree_items.get(item_id)
        if row is not None:
            blocked = self.outline.blockSignals(True)
            self.outline.setCurrentItem(row)
            self.outline.scrollToItem(row)
            self.outline.blockSignals(blocked)

    def _update_header(self, item: Item) -> None:
        assert self.data is not None
        module = self.data.manifest.module_of(item.id)
        ids = self.item_ids()
        self.module_label.setText(
            self.tr("%1 · %2").replace("%1", module.title).replace("%2", self._kind_name(item.kind))
            + ("" if item.required else self.tr(" · optional")))
        self.item_title.setText(item.title)
        self.position_label.setText(self.tr("Item %1 of %2").replace(
            "%1", str(ids.index(item.id) + 1)).replace("%2", str(len(ids))))

    def _update_nav(self) -> None:
        ids = self.item_ids()
        index = ids.index(self.current_item_id) if self.current_item_id in ids else -1
        has_prev = index > 0
        has_next = 0 <= index < len(ids) - 1
        self.previous_button.setEnabled(has_prev)
        self.next_button.setEnabled(has_next)
        if self.data is not None and has_prev:
            title = self.data.manifest.item(ids[index - 1]).title
            self.previous_button.setToolTip(self.tr("Previous: %1 (Alt+Left)").replace("%1", title))
        if self.data is not None and has_next:
            title = self.data.manifest.item(ids[index + 1]).title
            self.next_button.setToolTip(self.tr("Next: %1 (Alt+Right)").replace("%1", title))

    def show_message(self, text: str) -> None:
        """A plain-words message above the item (an error, or nothing)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ writes from views

    def _saver(self, course_id: str, item_id: str) -> Callable[..., None]:
        """ctx.save_progress for one item: fire-and-forget on the store lane."""

        def save_progress(position: float | None = None, fraction: float | None = None,
                          completed: bool = False) -> None:
            def write(store: Any) -> Any:
                return store.record_progress(course_id, item_id, position=position,
                                             fraction=fraction, completed=completed)

            self._bridge.with_store(write, lambda result, error: self._saved(
                course_id, item_id, result, error), writes=True, context=self)

        return save_progress

    def _saved(self, course_id: str, item_id: str, result: Any,
               error: BaseException | None) -> None:
        if error is not None:
            self.show_message(message_for(error).full_text())
            return
        if self.data is None or self.data.course.id != course_id:
            return
        was_done = self.mark_of(item_id) is Mark.DONE
        self.data.progress[item_id] = result
        self._update_row(item_id)
        if result.completed and not was_done:
            self._refresh_overview()

    def _forum_access(self, course_id: str, item_id: str) -> Any:
        """ctx.forum for one forum item: the local discussion, read and written on the store
        lane (writes announce themselves, so the pending count and the sync debounce follow)."""
        from player.item_context import ForumAccess

        paths = self._bridge.paths

        def forum(store: Any) -> tuple[Any, str]:
            from sync.credentials import load_credentials
            from sync.forum import Forum

            creds = load_credentials(paths)
            f = Forum(store, creds.username if creds else "")
            return f, f.author  # the name own posts carry (the engine's "me" when signed out)

        def threads(done: Callable[[Any, BaseException | None], None]) -> None:
            def read(store: Any) -> tuple[list[Any], str]:
                f, me = forum(store)
                return f.threads(course_id, item_id), me

            self._bridge.with_store(read, done)

        def thread(thread_id: str, done: Callable[[Any, BaseException | None], None]) -> None:
            def read(store: Any) -> tuple[Any, list[Any], str]:
                f, me = forum(store)
                return f.thread(thread_id), f.posts(thread_id), me

            self._bridge.with_store(read, done)

        def new_thread(title: str, body: str,
                       done: Callable[[Any, BaseException | None], None]) -> None:
            self._bridge.with_store(
                lambda store: forum(store)[0].create_thread(course_id, item_id, title, body),
                done, writes=True)

        def reply(thread_id: str, body: str, parent_id: str | None,
                  done: Callable[[Any, BaseException | None], None]) -> None:
            self._bridge.with_store(
                lambda store: forum(store)[0].create_post(thread_id, body, parent_id),
                done, writes=True)

        return ForumAccess(threads=threads, thread=thread, new_thread=new_thread, reply=reply)

    def _quiz_submitter(self, course_id: str, item_id: str
                        ) -> Callable[[dict[str, list[str]], Callable[[Any], None]], None]:
        """ctx.submit_quiz for one quiz: graded and saved on the store lane."""

        def submit(answers: dict[str, list[str]], on_result: Callable[[Any], None]) -> None:
            def write(store: Any) -> tuple[Any, Any]:
                attempt = store.record_quiz_attempt(course_id, item_id, answers)
                return attempt, store.progress(course_id).get(item_id)

            def done(result: Any, error: BaseException | None) -> None:
                if error is not None:
                    self.show_message(message_for(error).full_text())
                    on_result(None)  # the view lets the learner try again
                    return
                attempt, progress = result
                if self.data is not None and self.data.course.id == course_id:
                    was_done = self.mark_of(item_id) is Mark.DONE
                    if progress is not None:
                        self.data.progress[item_id] = progress
                    self._update_row(item_id)
                    if progress is not None and progress.completed and not was_done:
                        self._refresh_overview()
                on_result(attempt)

            self._bridge.with_store(write, done, writes=True, context=self)

        return submit

    def _view_completed(self, item_id: str) -> None:
        """A view says its item is complete: show the mark now; the write is already queued
        (and its result refreshes the chart)."""
        row = self._tree_items.get(item_id)
        if self.data is None or row is None:
            return
        row.setIcon(2, mark_icon(Mark.DONE))
        item = self.data.manifest.item(item_id)
        row.setText(2, self.tr("Done") if item.required
                    else self.tr("%1 · optional").replace("%1", self.tr("Done")))

    def _view_progressed(self, item_id: str, fraction: float) -> None:
        if self.data is None:
            return
        current = self.data.progress.get(item_id)
        if current is None or fraction > current.fraction:
            row = self._tree_items.get(item_id)
            if row is not None and self.mark_of(item_id) is not Mark.DONE:
                row.setIcon(2, mark_icon(Mark.STARTED))
                label = self.tr("%1%").replace("%1", QLocale().toString(int(round(fraction * 100))))
                item = self.data.manifest.item(item_id)
                row.setText(2, label if item.required
                            else self.tr("%1 · optional").replace("%1", label))
