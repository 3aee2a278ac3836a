"""The course screen's two panes, side by side in its splitter: the outline pane (overall
progress, the chart per module, the outline) and the item pane (where the open item is in
the course, a hint or message, the refusal notice, the item itself, Previous and Next)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QStyle, QVBoxLayout, QWidget

from player.course.outline import CourseOutline
from player.course.parts import ItemHost
from player.course.progress_chart import ModuleProgressChart
from player.refusal_notice import RefusalNotice
from player.sizing import breakable
from player.widgets import bold_font, heading_font, make_button, make_label

if TYPE_CHECKING:
    from sync.store import CourseProgress


def overview_completed(overview: "CourseProgress") -> bool:
    """Every required item done (a course with no required item never completes)."""
    return overview.required_total > 0 and overview.required_done >= overview.required_total


class OutlinePane(QWidget):
    """"3 of 7 required items done", the chart of modules, and the outline under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline-pane")
        self.overall_label = make_label(self, "", self.tr("Course progress"))
        # "2 new replies to your posts" (course runs, #17): shown while there are some.
        self.replies_label = make_label(self, "", self.tr("New replies to your posts"),
                                        visible=False)
        self.replies_label.setFont(bold_font(self.replies_label.font()))
        self.chart = ModuleProgressChart(self)
        self.outline = CourseOutline(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overall_label)
        layout.addWidget(self.replies_label)
        layout.addWidget(self.chart)
        layout.addWidget(self.outline, 1)

    def show_replies(self, count: int) -> None:
        """How many posts of others answer the learner's own and are not read yet; the
        discussions with them say "new" in the outline."""
        text = self.tr("%n new reply(ies) to your posts", "", count) if count > 0 else ""
        self.replies_label.setText(text)
        self.replies_label.setAccessibleDescription(text)
        self.replies_label.setVisible(bool(text))

    def show_overview(self, overview: "CourseProgress") -> None:
        """The course's progress: the overall line and the chart."""
        self.chart.set_rows([(m.title, m.done, m.total) for m in overview.modules])
        text = self.tr("%1 of %2 required items done") \
            .replace("%1", str(overview.required_done)) \
            .replace("%2", str(overview.required_total))
        if overview_completed(overview):
            text = self.tr("✓ Completed: %1").replace("%1", text)
        self.overall_label.setText(text)


class ItemPane(QWidget):
    """The open item under its module and title, with Previous and Next below it.

    The item sits in a scroll area that scrolls only when it cannot shrink to the room there
    is (large fonts on a small screen), so the window never has to grow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item-pane")
        self.module_label = make_label(self, "", self.tr("Module"))
        self.item_title = make_label(self, "", self.tr("Item title"),
                                     font=heading_font(self.font(), 1.2))
        # How far a partly watched video is, and what completes it (issue #12 item 12).
        self.progress_hint = make_label(self, "", self.tr("How to complete this item"),
                                        visible=False)
        self.message = make_label(self, "", self.tr("Message"), selectable=True, visible=False)
        self.refusal_notice = RefusalNotice(self)

        self.item_scroll = QScrollArea(self)
        self.item_scroll.setObjectName("item-scroll")
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.item_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.item_scroll.setAccessibleName(self.tr("Open item"))
        self.item_host = ItemHost()
        self.item_scroll.setWidget(self.item_host)

        self.previous_button = make_button(self, self.tr("Previous"), self.tr("Previous item"))
        self.previous_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack))
        self.position_label = make_label(self, "", self.tr("Position in the course"))
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = make_button(self, self.tr("Next"), self.tr("Next item"))
        self.next_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(  # the icon after the text, on the trailing side
            Qt.LayoutDirection.RightToLeft
            if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else Qt.LayoutDirection.LeftToRight)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.module_label, self.item_title, self.progress_hint, self.message,
                       self.refusal_notice):
            layout.addWidget(widget)
        layout.addWidget(self.item_scroll, 1)
        layout.addLayout(nav)

    def show_header(self, module: str, kind: str, required: bool, title: str, number: int,
                    count: int) -> None:
        """Where the item is: its module and kind, its title, "Item 3 of 12"."""
        self.module_label.setText(breakable(
            self.tr("%1 · %2").replace("%1", module).replace("%2", kind)
            + ("" if required else self.tr(" · optional"))))
        self.item_title.setText(breakable(title))
        self.progress_hint.setVisible(False)  # until the item's saved state is read
        self.position_label.setText(self.tr("Item %1 of %2").replace(
            "%1", str(number)).replace("%2", str(count)))

    def show_neighbours(self, previous: str | None, following: str | None) -> None:
        """Previous and Next, enabled when there is such an item (its title in the tip)."""
        self.previous_button.setEnabled(previous is not None)
        self.next_button.setEnabled(following is not None)
        if previous is not None:
            self.previous_button.setToolTip(
                self.tr("Previous: %1 (Alt+Left)").replace("%1", previous))
        if following is not None:
            self.next_button.setToolTip(self.tr("Next: %1 (Alt+Right)").replace("%1", following))

    def show_hint(self, hint: str) -> None:
        self.progress_hint.setText(hint)
        self.progress_hint.setAccessibleDescription(hint)
        self.progress_hint.setVisible(bool(hint))

    def show_message(self, text: str) -> None:
        """A plain-words message above the item (an error, or nothing)."""
        self.message.setText(breakable(text))
        self.message.setVisible(bool(text))

    def order_tabs(self, view: QWidget) -> None:
        """Tab goes outline → the item's own controls → Previous → Next: the view is built
        after the buttons, so Qt would visit Previous/Next before the video's controls."""
        last: QWidget = view
        widget: QWidget | None = view.nextInFocusChain()
        for _ in range(10_000):
            if widget is None or widget is view or not view.isAncestorOf(widget):
                break
            last = widget
            widget = widget.nextInFocusChain()
        QWidget.setTabOrder(last, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
