"""The course outline: modules, then their items in order, each row with its kind icon, the
whole title (it wraps rather than elides, so two items of the same name stay readable at any
font size), a line with the kind, the length and the status in words, and the completion
mark. What is done comes from the course screen; this widget only shows it.
"""
from __future__ import annotations

import math

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from player.icons import Mark, kind_icon, lock_icon, mark_icon
from player.sizing import breakable
from player.widgets import bold_font
from sync.clock_format import format_clock as format_duration  # one clock rule: 1:05 everywhere
from sync.manifest import Item, ItemKind, Manifest, QuizItem, ReadingItem, VideoItem

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: an outline row's status in words ("done", "63%", "optional")
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: a module row's or item row's lock (course runs, #17): "opens on …" words, or None (open)
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 3
#: an item row's spoken words before the unread count is added
_SPOKEN_ROLE = Qt.ItemDataRole.UserRole + 4




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


class CourseOutline(QTreeWidget):
    """Two columns: the item (icon, title, and a line with kind, length and status in words)
    and its completion mark; no header, the rows say what they are. Module rows span both
    columns, so a long module name wraps across the outline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manifest: Manifest | None = None
        #: each item's row, by item id
        self.rows: dict[str, QTreeWidgetItem] = {}
        #: each module's row, by module id
        self.module_rows: dict[str, QTreeWidgetItem] = {}
        #: the modules of a course run not open yet: module id -> "opens on …" words
        self.locked: dict[str, str] = {}
        #: the unread threads and posts of others per discussion (forum item id)
        self.unread: dict[str, int] = {}
        self.setAccessibleName(self.tr("Course outline"))
        self.setAccessibleDescription(self.tr(
            "Modules and their items. Press Enter to open an item."))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Item"), self.tr("Done")])
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        # Less indentation than Qt's 20 px: every pixel goes to the titles in a narrow pane.
        self.setIndentation(max(12, self.fontMetrics().averageCharWidth() * 2))
        # Titles wrap (rows grow) instead of shrinking to "Check your un…".
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAllColumnsShowFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._delegate = OutlineDelegate(self)
        self.setItemDelegate(self._delegate)
        header = self.header()
        header.setAccessibleName(self.tr("Outline columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.relayout)
        header.sectionResized.connect(lambda index, _old, _new: index == 0
                                      and self._relayout_timer.start())

    # ------------------------------------------------------------------ words

    def module_heading(self, number: int, title: str) -> str:
        return self.tr("%1. %2").replace("%1", str(number)).replace("%2", title)

    def kind_name(self, kind: ItemKind) -> str:
        return {ItemKind.VIDEO: self.tr("Video"), ItemKind.READING: self.tr("Reading"),
                ItemKind.QUIZ: self.tr("Quiz"), ItemKind.FORUM: self.tr("Discussion")}[kind]

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

    def percent(self, fraction: float) -> str:
        """"63%": whole percent, rounded down (90% is shown only once 90% is reached)."""
        return self.tr("%1%").replace("%1", QLocale().toString(int(fraction * 100 + 1e-9)))

    def outline_text(self, item: Item, status: str = "") -> str:
        """An outline row: the whole title (it wraps), and under it the kind, the length and
        the status in words ("Quiz · 3 questions · done"); the mark is the row's icon."""
        parts = [self.kind_name(item.kind), self.item_length(item), status]
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

    # ------------------------------------------------------------------ rows

    def show_manifest(self, manifest: Manifest) -> None:
        """A row for each module and, under it, for each of its items (no status yet)."""
        self.manifest = manifest
        self.clear()
        self.rows.clear()
        self.module_rows.clear()
        for number, module in enumerate(manifest.modules, start=1):
            top = QTreeWidgetItem([breakable(self.module_heading(number, module.title)), ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFont(0, bold_font(top.font(0)))
            top.setToolTip(0, top.text(0))
            self.addTopLevelItem(top)
            self.module_rows[module.id] = top
            top.setFirstColumnSpanned(True)  # a long module name wraps across the outline
            for item in module.items:
                row = QTreeWidgetItem(["", ""])
                row.setData(0, ITEM_ID_ROLE, item.id)
                row.setText(0, self.outline_text(item))
                row.setIcon(0, kind_icon(item.kind))
                top.addChild(row)
                self.rows[item.id] = row
            top.setExpanded(True)
        for module_id in self.module_rows:
            self._show_module_lock(module_id)

    # ------------------------------------------------------------------ course runs (#17)

    def opens_words(self, day: str) -> str:
        """"opens on Friday, 8 May 2026" ("opens later" without a date)."""
        return self.tr("opens on %1").replace("%1", day) if day else self.tr("opens later")

    def set_locks(self, locked: dict[str, str]) -> None:
        """Which modules are not open yet (module id -> the day they open, in words, "" when
        not known); every other module is open. Their rows and items say so."""
        self.locked = dict(locked)
        for module_id in self.module_rows:
            self._show_module_lock(module_id)
        if self.manifest is not None:
            for module in self.manifest.modules:
                for item in module.items:
                    row = self.rows.get(item.id)
                    if row is not None:
                        self._apply_lock(row, item)

    def is_locked(self, item_id: str) -> bool:
        """Whether the item's module is not open yet."""
        if self.manifest is None:
            return False
        try:
            return self.manifest.module_of(item_id).id in self.locked
        except KeyError:
            return False

    def _show_module_lock(self, module_id: str) -> None:
        if self.manifest is None:
            return
        top = self.module_rows[module_id]
        number = [m.id for m in self.manifest.modules].index(module_id) + 1
        module = self.manifest.modules[number - 1]
        heading = self.module_heading(number, module.title)
        if module_id in self.locked:
            opens = self.opens_words(self.locked[module_id])
            top.setText(0, f"{breakable(heading)}\n{opens}")
            top.setIcon(0, lock_icon())
            spoken = self.tr("%1, locked, %2").replace("%1", heading).replace("%2", opens)
            top.setData(0, LOCKED_ROLE, opens)
            top.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("Locked"))
        else:
            top.setText(0, breakable(heading))
            top.setIcon(0, QIcon())
            spoken = heading
            top.setData(0, LOCKED_ROLE, None)
            top.setData(1, Qt.ItemDataRole.AccessibleTextRole, "")
        top.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        top.setToolTip(0, spoken)

    def _apply_lock(self, row: QTreeWidgetItem, item: Item) -> None:
        """A locked module's item: a padlock for its mark, "locked" in its words."""
        assert self.manifest is not None
        module_id = self.manifest.module_of(item.id).id
        if module_id not in self.locked:
            if row.data(0, LOCKED_ROLE):
                row.setData(0, LOCKED_ROLE, None)
                row.setIcon(1, mark_icon(Mark.TODO))
            return
        opens = self.opens_words(self.locked[module_id])
        row.setData(0, LOCKED_ROLE, opens)
        row.setIcon(1, lock_icon())
        spoken = self.tr("%1: %2, locked, %3").replace("%1", self.kind_name(item.kind)) \
            .replace("%2", item.title).replace("%3", opens)
        row.setText(0, self.outline_text(item, self.tr("locked")))
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("Locked"))
        row.setToolTip(0, spoken)
        row.setToolTip(1, spoken)

    def lock_words(self, item_or_module_id: str) -> str:
        """A row's "opens on …" words ("" when open): tests, scripts."""
        row = self.rows.get(item_or_module_id) or self.module_rows.get(item_or_module_id)
        return str(row.data(0, LOCKED_ROLE) or "") if row is not None else ""

    def set_unread(self, unread: dict[str, int]) -> None:
        """New threads and posts of others per discussion: "3 new" in its row."""
        self.unread = {k: v for k, v in unread.items() if v > 0}
        if self.manifest is None:
            return
        for item in self.manifest.items():
            if item.kind is ItemKind.FORUM and item.id in self.rows:
                row = self.rows[item.id]
                words = str(row.data(0, STATUS_ROLE) or "")
                self._show_forum_row(row, item, words)

    def new_words(self, count: int) -> str:
        return self.tr("%n new", "", count)

    def _show_forum_row(self, row: QTreeWidgetItem, item: Item, words: str) -> None:
        if self.is_locked(item.id):
            return
        count = self.unread.get(item.id, 0)
        shown = self.tr(" · ").join(w for w in (words, self.new_words(count) if count else "") if w)
        row.setText(0, self.outline_text(item, shown))
        spoken = str(row.data(0, _SPOKEN_ROLE) or "")
        if spoken:
            row.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                        spoken + (self.tr(", ") + self.new_words(count) if count else ""))
        if count:
            font = bold_font(row.font(0))
        else:
            font = QFont(self.font())
        row.setFont(0, font)

    def set_status(self, item: Item, mark: Mark, fraction: float, hint: str = "") -> None:
        """The row's status (mark icon, percentage, optional), its spoken text, and its
        tooltip: the module, and `hint` (for a partly watched video, what completes it)."""
        row = self.rows.get(item.id)
        if row is None or self.manifest is None:
            return
        words = self.status_text(item, mark, fraction)
        row.setText(0, self.outline_text(item, words))
        row.setData(0, STATUS_ROLE, words)
        row.setIcon(1, mark_icon(mark))
        spoken_mark = {Mark.DONE: self.tr("done"), Mark.STARTED: self.tr("started"),
                       Mark.TODO: self.tr("not started")}[mark]
        spoken = self.tr("%1: %2, %3, %4, %5").replace("%1", self.kind_name(item.kind)) \
            .replace("%2", item.title).replace("%3", self.item_length(item)) \
            .replace("%4", spoken_mark) \
            .replace("%5", self.tr("required") if item.required else self.tr("optional"))
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, spoken_mark)
        row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, hint)
        module = self.manifest.module_of(item.id)
        number = self.manifest.modules.index(module) + 1
        tip = self.tr("%1 · %2").replace("%1", self.module_heading(number, module.title)) \
            .replace("%2", spoken)
        row.setToolTip(0, tip + ("\n" + hint if hint else ""))
        row.setToolTip(1, hint or spoken)
        row.setData(0, _SPOKEN_ROLE, spoken)
        if item.kind is ItemKind.FORUM:
            self._show_forum_row(row, item, words)
        self._apply_lock(row, item)

    def row_status(self, item_id: str) -> str:
        """The status words the outline shows for an item (tests, scripts)."""
        return str(self.rows[item_id].data(0, STATUS_ROLE) or "")

    def select(self, item_id: str) -> None:
        """Make the item's row current and scroll to it, without activating it."""
        row = self.rows.get(item_id)
        if row is not None:
            blocked = self.blockSignals(True)
            self.setCurrentItem(row)
            self.scrollToItem(row)
            self.blockSignals(blocked)

    def cut_rows(self) -> list[str]:
        """Ids of rows whose wrapped text does not fit their height (should be none:
        window tests check it at each scale)."""
        out = []
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        delegate = self._delegate
        for item_id, row in self.rows.items():
            index = self.indexFromItem(row, 0)
            rect = self.visualRect(index)
            if rect.isEmpty():
                continue
            opt = QStyleOptionViewItem()
            delegate.initStyleOption(opt, index)
            opt.rect = rect
            opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self)
            if wrapped_height(row.text(0), opt.font, text.width() - 2 * margin) > text.height():
                out.append(item_id)
        return out

    def relayout(self) -> None:
        """Row heights follow the first column's width (wrapped titles)."""
        self.itemDelegate().sizeHintChanged.emit(QModelIndex())
