"""A forum item: the discussion prompt, and a plain word on when the discussion arrives.

The forum itself (threads, offline compose) comes with sync; until then this view shows only
what is really on this computer. Forum items are optional and never complete by themselves.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sync.manifest import ForumItem

from . import ItemView
from ..item_context import ItemContext
from ._common import scaled_font


class ForumItemView(ItemView):
    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, ForumItem)
        self.setAccessibleName(self.tr("Discussion"))

        heading = QLabel(self.tr("Discussion prompt"), self)
        font = scaled_font(heading.font(), 1.15)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.tr("Discussion prompt"))

        self.prompt_label = QLabel(item.prompt, self)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.prompt_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        self.prompt_label.setAccessibleDescription(item.prompt)
        self.prompt_label.setFrameShape(QFrame.Shape.StyledPanel)
        margin = self.fontMetrics().height() // 2
        self.prompt_label.setContentsMargins(margin, margin, margin, margin)

        self.sync_note = QLabel(self.tr(
            "The discussion for this item is not on this computer yet. Other learners' posts "
            "arrive when this computer syncs with the course server; you can think about the "
            "prompt now and join the discussion then. This item is optional."), self)
        self.sync_note.setWordWrap(True)
        self.sync_note.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_note.setAccessibleName(self.tr("About the discussion"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.sync_note)
        layout.addStretch(1)
        self.setFocusProxy(self.prompt_label)
