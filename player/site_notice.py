"""The notice shown when court IT's site configuration file has a problem.

A broken `lectern.toml` must never stop a judge from studying: the engine reports each
problem with the file and line, and what it does meanwhile (the default for a bad value;
every setting locked when the file cannot be read at all), and the player says so in a banner at
the top of the window (and at the top of Settings) instead of a blocking dialog. The
problems themselves are the engine's sentences, which already name the file and line; they
are for court IT, so they are shown as they are, selectable for copying into a ticket.
"""
from __future__ import annotations

import logging
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

from player.widgets.banner import Banner, BannerTone

log = logging.getLogger(__name__)


class SiteNotice(Banner):
    """A warning bar: what happened, the engine's problems (file, line), what to do."""

    dismissed = Signal()

    def __init__(self, problems: Sequence[str], dismissable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__("site-config-notice", self.tr("Settings file problem"),
                         self.tr("Problems in the settings file"), tone=BannerTone.WARNING,
                         selectable=True, parent=parent)
        self.problems = tuple(problems)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.title_label = self.add_heading(self.tr("Court IT's settings file has a problem."),
                                            self.tr("Settings file problem"))
        self.problems_label = self.text
        self.problems_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.hint_label = QLabel(self.tr(
            "Each line says what Lectern does until it is fixed; everything else works as "
            "usual. Please tell court IT so they can correct the file."), self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("What to do"))
        self._texts.addWidget(self.hint_label)
        self._texts.addStretch(1)  # a tool bar may give more height than asked: keep lines together
        if dismissable:
            self.add_dismiss_button(self.tr("&Hide"), self.tr(
                "Hide this notice until Lectern is started again. Settings shows it too."))
        self.set_message("\n".join(self.problems))
        self.setAccessibleDescription(self.full_text())

    def full_text(self) -> str:
        """Everything the notice says, as one text (screen readers, tests, logs)."""
        return "\n".join([self.title_label.text(), *self.problems, self.hint_label.text()])

    def dismiss(self) -> None:
        super().dismiss()
        self.dismissed.emit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the wrapped text needs at the width the tool bar gave (its own hint is
        for a narrow width, which left a band of empty amber under the text)."""
        hint = super().sizeHint()
        layout = self.layout()
        if self.width() > hint.width() // 2 and layout is not None and layout.hasHeightForWidth():
            return QSize(hint.width(), layout.totalHeightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height for the new width


def show_site_notice(window: QMainWindow, problems: Sequence[str]) -> SiteNotice | None:
    """Put the notice at the top of the main window, above whatever screen is shown.

    It lives in a fixed tool bar area so the window's own layout (owned by the main window)
    stays untouched; it does not block anything and can be hidden.
    """
    if not problems:
        return None
    for problem in problems:
        log.warning("site configuration: %s", problem)
    existing = window.findChild(QToolBar, "site-config-notice-bar")
    if existing is not None:
        existing.deleteLater()
    bar = QToolBar(QCoreApplication.translate("SiteNotice", "Settings file problem"), window)
    bar.setObjectName("site-config-notice-bar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    bar.setAccessibleName(QCoreApplication.translate("SiteNotice", "Settings file problem"))
    notice = SiteNotice(problems, parent=bar)
    bar.addWidget(notice)
    notice.dismissed.connect(bar.hide)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.show()  # the window is already on screen: a new child is not shown by itself
    window.site_notice = notice  # type: ignore[attr-defined]
    return notice
