"""The course screen: the outline of modules and items beside the open item.

The outline (a QTreeWidget: modules, then their items in order) shows each item's kind icon,
title and length, completion mark and whether it is optional; titles wrap rather than elide,
so two items of the same name ("Check your understanding") stay readable at any font size.
Above it a small chart paints the required items done per module. Nothing on this screen can
widen the window: titles and module names wrap, and the open item sits in a scroll area that
only scrolls when the screen is too small for it (large fonts on a small laptop). The open item is whatever `player.item_views.create_item_view` builds
for it; it reports back through its `ItemContext` callbacks, which this screen runs on the
bridge's store lane, and through its `completed`/`progressed` signals, which update the marks.
The outline and the item sit in a QSplitter, which mirrors itself in right-to-left layouts.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, \
    Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPaintEvent, \
    QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from player.bridge import TaskManager
from player.error_messages import message_for
from player.icons import Mark, kind_icon, mark_icon
from player.library_view import heading_font
from player.sizing import FillHost, breakable
from player.status_bar import ElidedLabel
from sync.manifest import ForumItem, Item, ItemKind, Manifest, QuizItem, ReadingItem, VideoItem

if TYPE_CHECKING:
    from player.item_views import ItemView
    from sync.store import CourseProgress, InstalledCourse, ItemProgress, QuizAttempt

log = logging.getLogger(__name__)

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: an outline row's status in words ("done", "63%", "optional")
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: a video saved this many seconds past what was watched from the start was skipped through
SKIP_TOLERANCE = 3.0


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
            numbered = self.tr("%1. %2").replace("%1", str(index + 1)).replace("%2", title)
            elided = fm.elidedText(numbered, Qt.TextElideMode.ElideRight, label_rect.width())
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


def overview_completed(overview: "CourseProgress") -> bool:
    """Every required item done (a course with no required item never completes)."""
    return overview.required_total > 0 and overview.required_done >= overview.required_total


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height of `text` word-wrapped at `width`, laid out the way Qt's styles draw item
    view text (a QTextLayout with word wrap, newlines as line separators)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return math.ceil(height)


class OutlineDelegate(QStyledItemDelegate):
    """Row heights for wrapped titles, from the width the first column really has.

    QTreeView asks a delegate for a row's height without the column's width, so wrapped
    text would be cut; this measures the title (and the length line under it) against the
    first column minus indentation, icon and margins.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != 0:
            return size
        tree = self._tree
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        if tree.isFirstColumnSpanned(index.row(), index.parent()):
            width = tree.viewport().width()
        else:
            width = tree.header().sectionSize(0)
        fm = QFontMetrics(opt.font)
        # Where the style will put the text in a cell that wide (icon and margins off), and
        # the text margins it takes off again when drawing (QCommonStyle's viewItemDrawText).
        opt.rect = QRect(0, 0, max(width - indent, fm.averageCharWidth() * 8), 1 << 16)
        style = tree.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, tree)
        text_margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, tree) + 1
        width = max(text_rect.width() - 2 * text_margin, fm.averageCharWidth() * 4)
        height = wrapped_height(opt.text or "", opt.font, width)
        margin = opt.rect.height() - text_rect.height()  # the style's padding above and below
        return QSize(size.width(), max(size.height(), height + max(margin, 0) + fm.descent()))


class ItemHost(FillHost):
    """Holds the open item view inside the item scroll area (see `FillHost`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item-host")

    @property
    def view(self) -> QWidget | None:
        return self.content

    def set_view(self, view: QWidget | None) -> None:
        self.set_content(view)


class CompletionBanner(QFrame):
    """"You have completed this course", and what happens next (issue #12 item 14)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completion-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(self.tr("Course completed"))
        self.heading = QLabel(self.tr("You have completed this course."), self)
        self.heading.setFont(heading_font(self.font(), 1.1))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Course completed"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("What happens next"))
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setAccessibleName(self.tr("Hide this notice"))
        self.ok_button.clicked.connect(self._dismiss)
        texts = QVBoxLayout()
        texts.addWidget(self.heading)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_completion(self, next_step: str) -> None:
        self.text.setText(next_step)
        self.setAccessibleDescription(self.heading.text() + " " + next_step)
        self.setVisible(True)

    def _dismiss(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()


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
    #: the last required item of the open course was just completed (course id).
    course_completed = Signal(str)

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

        # ---- header: back to the library, the course's title across the whole screen (it
        # wraps there in one or two lines instead of five in the outline's column)
        self.library_button = QPushButton(self.tr("&Library"), self)
        self.library_button.setAccessibleName(self.tr("Back to the library"))
        self.library_button.setToolTip(self.tr("Back to your courses (Ctrl+L)"))
        self.library_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack))
        self.library_button.clicked.connect(self.library_requested)

        # One line, "…" when narrow (the whole title is in its tooltip and the window's
        # title): on a small screen with large fonts every line counts.
        self.course_title = ElidedLabel(self, Qt.TextElideMode.ElideRight, chars=200)
        self.course_title.setFont(heading_font(self.font(), 1.25))
        self.course_title.setAccessibleName(self.tr("Course title"))

        self.completion_banner = CompletionBanner(self)

        # ---- outline pane
        self.overall_label = QLabel(self)
        self.overall_label.setWordWrap(True)
        self.overall_label.setAccessibleName(self.tr("Course progress"))

        self.chart = ModuleProgressChart(self)

        self.outline = QTreeWidget(self)
        self.outline.setAccessibleName(self.tr("Course outline"))
        self.outline.setAccessibleDescription(self.tr(
            "Modules and their items. Press Enter to open an item."))
        # Two columns: the item (icon, title, and a line with kind, length and status in
        # words) and its completion mark; no header, the rows say what they are.
        self.outline.setColumnCount(2)
        self.outline.setHeaderLabels([self.tr("Item"), self.tr("Done")])
        self.outline.setHeaderHidden(True)
        self.outline.setRootIsDecorated(True)
        # Less indentation than Qt's 20 px: every pixel goes to the titles in a narrow pane.
        self.outline.setIndentation(max(12, self.fontMetrics().averageCharWidth() * 2))
        # Titles wrap (rows grow) instead of shrinking to "Check your un…".
        self.outline.setUniformRowHeights(False)
        self.outline.setWordWrap(True)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setAllColumnsShowFocus(True)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.setItemDelegate(OutlineDelegate(self.outline))
        header = self.outline.header()
        header.setAccessibleName(self.tr("Outline columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._relayout_outline)
        header.sectionResized.connect(lambda index, _old, _new: index == 0
                                      and self._relayout_timer.start())
        self.outline.itemActivated.connect(self._tree_activated)
        self.outline.itemClicked.connect(self._tree_activated)

        outline_pane = QWidget(self)
        outline_pane.setObjectName("outline-pane")
        outline_layout = QVBoxLayout(outline_pane)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        outline_layout.addWidget(self.overall_label)
        outline_layout.addWidget(self.chart)
        outline_layout.addWidget(self.outline, 1)
        self.outline_pane = outline_pane

        # ---- item pane
        self.module_label = QLabel(self)
        self.module_label.setWordWrap(True)
        self.module_label.setAccessibleName(self.tr("Module"))
        self.item_title = QLabel(self)
        self.item_title.setFont(heading_font(self.font(), 1.2))
        self.item_title.setWordWrap(True)
        self.item_title.setAccessibleName(self.tr("Item title"))

        # How far a partly watched video is, and what completes it (issue #12 item 12).
        self.progress_hint = QLabel(self)
        self.progress_hint.setWordWrap(True)
        self.progress_hint.setAccessibleName(self.tr("How to complete this item"))
        self.progress_hint.setVisible(False)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        from player.refusal_notice import RefusalNotice
        self.refusal_notice = RefusalNotice(self)
        self.refusal_notice.dismissed.connect(self._dismiss_refusal)

        # The open item: in a scroll area that scrolls only when the item cannot shrink to
        # the room there is (large fonts on a small screen), so the window never has to grow.
        self.item_scroll = QScrollArea(self)
        self.item_scroll.setObjectName("item-scroll")
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.item_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.item_scroll.setAccessibleName(self.tr("Open item"))
        self.item_host = ItemHost()
        self.item_scroll.setWidget(self.item_host)

        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.previous_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.clicked.connect(self.previous_item)
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Position in the course"))
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position_label.setWordWrap(True)
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
        item_layout.addWidget(self.progress_hint)
        item_layout.addWidget(self.message)
        item_layout.addWidget(self.refusal_notice)
        item_layout.addWidget(self.item_scroll, 1)
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
        self.splitter.setSizes([fm.averageCharWidth() * 50, fm.averageCharWidth() * 100])

        top_row = QHBoxLayout()
        top_row.addWidget(self.library_button, 0, Qt.AlignmentFlag.AlignTop)
        top_row.addWidget(self.course_title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top_row)
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
        self.completion_banner.setVisible(False)
        self.progress_hint.setVisible(False)
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
            self._course_loaded(data, item_id, from_start)

        self._bridge.with_store(load, loaded, context=self)

    def _course_loaded(self, data: CourseData, item_id: str | None,
                       from_start: bool = False) -> None:
        self.data = data
        self.show_message("")
        self.course_title.setText(data.manifest.title)
        self.course_title.setToolTip(data.manifest.title)
        self.title_changed.emit(data.manifest.title)
        self._build_outline()
        self._apply_overview(data.overview)
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

    def _build_outline(self) -> None:
        assert self.data is not None
        self.outline.clear()
        self._tree_items.clear()
        for number, module in enumerate(self.data.manifest.modules, start=1):
            top = QTreeWidgetItem([breakable(self.module_heading(number, module.title)), ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setToolTip(0, top.text(0))
            self.outline.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # a long module name wraps across the outline
            for item in module.items:
                row = QTreeWidgetItem(["", ""])
                row.setData(0, ITEM_ID_ROLE, item.id)
                row.setText(0, self.outline_text(item))
                row.setIcon(0, kind_icon(item.kind))
                top.addChild(row)
                self._tree_items[item.id] = row
                self._update_row(item.id)
            top.setExpanded(True)
        self._relayout_outline()

    def module_heading(self, number: int, title: str) -> str:
        return self.tr("%1. %2").replace("%1", str(number)).replace("%2", title)

    def outline_text(self, item: Item, status: str = "") -> str:
        """An outline row: the whole title (it wraps), and under it the kind, the length and
        the status in words ("Quiz · 3 questions · done"); the mark is the row's icon."""
        parts = [self._kind_name(item.kind), self.item_length(item), status]
        second = self.tr(" · ").join(p for p in parts if p)
        return f"{breakable(item.title)}\n{second}"

    def status_text(self, item: Item, mark: Mark, fraction: float) -> str:
        """"done", "63%", "optional", "done · optional" or "" (required, not started)."""
        words = {Mark.DONE: self.tr("done"), Mark.STARTED: self.percent(fraction),
                 Mark.TODO: ""}[mark]
        if not item.required:
            words = (self.tr("%1 · optional").replace("%1", words) if words
                     else self.tr("optional"))
        return words

    def row_status(self, item_id: str) -> str:
        """The status words the outline shows for an item (tests, scripts)."""
        return str(self._tree_items[item_id].data(0, STATUS_ROLE) or "")

    def cut_rows(self) -> list[str]:
        """Ids of outline rows whose wrapped text does not fit their height (should be none:
        window tests check it at each scale)."""
        out = []
        style = self.outline.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        delegate = self.outline.itemDelegate()
        for item_id, row in self._tree_items.items():
            index = self.outline.indexFromItem(row, 0)
            rect = self.outline.visualRect(index)
            if rect.isEmpty():
                continue
            opt = QStyleOptionViewItem()
            delegate.initStyleOption(opt, index)
            opt.rect = rect
            opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt,
                                        self.outline)
            if wrapped_height(row.text(0), opt.font, text.width() - 2 * margin) > text.height():
                out.append(item_id)
        return out

    def _relayout_outline(self) -> None:
        """Row heights follow the first column's width (wrapped titles)."""
        self.outline.itemDelegate().sizeHintChanged.emit(QModelIndex())

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
        self._set_status(row, item, mark, p.fraction if p else 0.0)
        if item_id == self.current_item_id:
            self._update_hint()

    def _set_status(self, row: QTreeWidgetItem, item: Item, mark: Mark,
                    fraction: float) -> None:
        """The row's status (mark icon, percentage, optional), its spoken text, and its
        tooltip: the module, and for a partly watched video what completes it."""
        words = self.status_text(item, mark, fraction)
        row.setText(0, self.outline_text(item, words))
        row.setData(0, STATUS_ROLE, words)
        row.setIcon(1, mark_icon(mark))
        spoken_mark = {Mark.DONE: self.tr("done"), Mark.STARTED: self.tr("started"),
                       Mark.TODO: self.tr("not started")}[mark]
        spoken = self.tr("%1: %2, %3, %4, %5").replace("%1", self._kind_name(item.kind)) \
            .replace("%2", item.title).replace("%3", self.item_length(item)) \
            .replace("%4", spoken_mark) \
            .replace("%5", self.tr("required") if item.required else self.tr("optional"))
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, spoken_mark)
        hint = self.watch_hint(item.id, fraction) if mark is Mark.STARTED else ""
        row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, hint)
        assert self.data is not None
        module = self.data.manifest.module_of(item.id)
        number = self.data.manifest.modules.index(module) + 1
        tip = self.tr("%1 · %2").replace("%1", self.module_heading(number, module.title)) \
            .replace("%2", spoken)
        row.setToolTip(0, tip + ("\n" + hint if hint else ""))
        row.setToolTip(1, hint or spoken)

    def percent(self, fraction: float) -> str:
        """"63%": whole percent, rounded down (90% is shown only once 90% is reached)."""
        return self.tr("%1%").replace("%1", QLocale().toString(int(fraction * 100 + 1e-9)))

    def watch_hint(self, item_id: str, fraction: float | None = None) -> str:
        """For a video started but not complete: how much was watched and what completes
        it, in plain words ("" for anything else). A lecture reached by skipping stays
        short of complete, and says to watch the parts skipped (issue #12 item 12)."""
        if self.data is None:
            return ""
        item = self.data.manifest.item(item_id)
        p = self.data.progress.get(item_id)
        if not isinstance(item, VideoItem) or (p is not None and p.completed):
            return ""
        fraction = max(fraction or 0.0, p.fraction if p else 0.0)
        if fraction <= 0:
            return ""
        position = (p.position or 0.0) if p else 0.0
        skipped = position > fraction * item.duration + SKIP_TOLERANCE
        if skipped:
            text = self.tr("%1 watched. Watch the parts you skipped to complete it.")
        else:
            text = self.tr("%1 watched. Keep watching to complete it.")
        return text.replace("%1", self.percent(fraction))

    def _update_hint(self, fraction: float | None = None) -> None:
        hint = self.watch_hint(self.current_item_id, fraction) if self.current_item_id else ""
        self.progress_hint.setText(hint)
        self.progress_hint.setAccessibleDescription(hint)
        self.progress_hint.setVisible(bool(hint))

    def _apply_overview(self, overview: "CourseProgress") -> None:
        self.chart.set_rows([(m.title, m.done, m.total) for m in overview.modules])
        text = self.tr("%1 of %2 required items done") \
            .replace("%1", str(overview.required_done)) \
            .replace("%2", str(overview.required_total))
        if overview_completed(overview):
            text = self.tr("✓ Completed: %1").replace("%1", text)
        self.overall_label.setText(text)

    def _refresh_overview(self) -> None:
        if self.data is None:
            return
        course_id = self.data.course.id

        def loaded(overview: Any, error: BaseException | None) -> None:
            if error is None and self.data is not None and self.data.course.id == course_id:
                finished = overview_completed(overview) and not overview_completed(
                    self.data.overview)
                self.data.overview = overview
                self._apply_overview(overview)
                if finished:
                    self.course_completed.emit(course_id)

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
        self.item_host.set_view(view)
        self.item_view = view
        self._order_tabs(view)
        self._update_hint()
        self.show_message("")
        if self.isVisible() and not self.outline.hasFocus():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.item_opened.emit(course_id, item.id)

    def _order_tabs(self, view: QWidget) -> None:
        """Tab goes outline → the item's own controls → Previous → Next: the view is built
        after the buttons, so Qt would visit Previous/Next before the video's controls."""
        last: QWidget = view
        widget = view.nextInFocusChain()
        for _ in range(10_000):
            if widget is view or not view.isAncestorOf(widget):
                break
            last = widget
            widget = widget.nextInFocusChain()
        QWidget.setTabOrder(last, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)

    def tab_path(self) -> list[QWidget]:
        """The widgets Tab visits on this screen, in order, from the Library button."""
        path = [self.library_button]
        widget = self.library_button.nextInFocusChain()
        while widget is not self.library_button and len(path) < 10_000:
            if (self.isAncestorOf(widget) and widget.isVisibleTo(self) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                path.append(widget)
            widget = widget.nextInFocusChain()
        return path

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
        self.item_host.set_view(None)
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
        self.module_label.setText(breakable(
            self.tr("%1 · %2").replace("%1", module.title).replace("%2", self._kind_name(item.kind))
            + ("" if item.required else self.tr(" · optional"))))
        self.item_title.setText(breakable(item.title))
        self.progress_hint.setVisible(False)  # until the item's saved state is read
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
        self.message.setText(breakable(text))
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
        self._set_status(row, self.data.manifest.item(item_id), Mark.DONE, 1.0)
        if item_id == self.current_item_id:
            self.progress_hint.setVisible(False)

    def _view_progressed(self, item_id: str, fraction: float) -> None:
        if self.data is None:
            return
        current = self.data.progress.get(item_id)
        if current is None or fraction > current.fraction:
            row = self._tree_items.get(item_id)
            if row is not None and self.mark_of(item_id) is not Mark.DONE:
                self._set_status(row, self.data.manifest.item(item_id), Mark.STARTED, fraction)
                if item_id == self.current_item_id:
                    self._update_hint(fraction)
