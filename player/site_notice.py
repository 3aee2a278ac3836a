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
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from player.widgets import bold_font

log = logging.getLogger(__name__)

#: Warm amber, light and dark (the same hues as common "warning" message bars).
_LIGHT = ("#fff4ce", "#c8a400", "#3b3000")
_DARK = ("#433519", "#b08a2e", "#fbeec5")


class SiteNotice(QFrame):
    """A warning bar: what happened, the engine's problems (file, line), what to do."""

    dismissed = Signal()

    def __init__(self, problems: Sequence[str], dismissable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = tuple(problems)
        self.setObjectName("site-config-notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._apply_colours()

        fm = self.fontMetrics()
        icon_size = fm.height() * 2
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(QSize(icon_size, icon_size)))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon_label.setAccessibleName(self.tr("Warning"))

        self.title_label = QLabel(self.tr(
            "Court IT's settings file has a problem."), self)
        self.title_label.setFont(bold_font(self.title_label.font()))
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(self.tr("Settings file problem"))

        self.problems_label = QLabel("\n".join(self.problems), self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problems_label.setAccessibleName(self.tr("Problems in the settings file"))

        self.hint_label = QLabel(self.tr(
            "Each line says what Lectern does until it is fixed; everything else works as "
            "usual. Please tell court IT so they can correct the file."), self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("What to do"))

        text = QVBoxLayout()
        text.setSpacing(fm.height() // 4)
        text.addWidget(self.title_label)
        text.addWidget(self.problems_label)
        text.addWidget(self.hint_label)
        text.addStretch(1)  # a tool bar may give more height than asked: keep lines together

        row = QHBoxLayout(self)
        margin = fm.height() // 2
        row.setContentsMargins(margin, margin, margin, margin)
        row.setSpacing(margin)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

        self.dismiss_button: QPushButton | None = None
        if dismissable:
            self.dismiss_button = QPushButton(self.tr("&Hide"), self)
            self.dismiss_button.setAccessibleName(self.tr("Hide this notice"))
            self.dismiss_button.setToolTip(self.tr(
                "Hide this notice until Lectern is started again. Settings shows it too."))
            self.dismiss_button.clicked.connect(self._dismiss)
            row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

        self.setAccessibleName(self.tr("Settings file problem"))
        self.setAccessibleDescription(self.text())

    def text(self) -> str:
        """Everything the notice says, as one text (screen readers, tests, logs)."""
        return "\n".join([self.title_label.text(), *self.problems, self.hint_label.text()])

    def _apply_colours(self) -> None:
        """Amber that stays readable in light and dark themes (picked from the palette)."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        background, border, text = _DARK if dark else _LIGHT
        self.setStyleSheet(
            f"QFrame#site-config-notice {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }}"
            f" QFrame#site-config-notice QLabel {{ color: {text}; background: transparent; }}")

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


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
