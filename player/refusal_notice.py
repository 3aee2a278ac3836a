"""The notice above an item when the course server refused a change to it.

A refusal matters to the learner only where they can act on it: above the quiz the server did
not count, with its reason in the server's own words and what to do. It goes away by itself
when a later change to the item is accepted, or when the learner puts it away ("OK").
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from player.sizing import breakable
from player.widgets.banner import Banner


class RefusalNotice(Banner):
    """Shows the newest unsettled refusal of the open item; "OK" dismisses it."""

    #: the outbox event id of the refusal the learner dismissed
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("refusal-notice", self.tr("Not accepted by the course server"),
                         self.tr("Why the course server did not accept it"), selectable=True,
                         parent=parent)
        self.refusals: list[Any] = []
        self.ok_button = self.add_dismiss_button(self.tr("OK"))

    def show_refusals(self, refusals: list[Any]) -> None:
        """`refusals`: `sync.store.Refusal` records of the open item, newest first."""
        self.refusals = list(refusals)
        if not self.refusals:
            self.clear_message()
            return
        newest = self.refusals[0]
        text = self.tr("The course server did not accept your last change here: %1").replace(
            "%1", newest.message)
        self.set_message(text, breakable(text))

    def dismiss(self) -> None:
        for refusal in self.refusals:
            self.dismissed.emit(refusal.event_id)
        self.show_refusals([])
