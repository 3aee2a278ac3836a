"""Restarting Lectern, so a new interface language takes effect (issue #16).

The window is not retranslated in place: every screen builds its words once. After the
learner picks another language in Settings, `offer_restart` says it applies at the next
start and offers "Restart now": the window closes as with Ctrl+Q (the open item saves its
state) and `run_app`, once the one-window-per-profile lock is released, starts the same
command again on the same profile (`restart_command`).
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

#: the application property `run_app` looks at after the window closed
RESTART_PROPERTY = "lectern-restart"


def restart_command() -> list[str]:
    """This process's own command line: the frozen app, or Python with its `-m` and script."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def offer_restart(window: QWidget) -> QMessageBox:
    """Say that the language applies at the next start; "Restart now" closes the window and
    starts Lectern again, "Later" leaves it."""
    translate = QCoreApplication.translate  # with its context literal, so lupdate files it there
    box = QMessageBox(QMessageBox.Icon.Information, translate("SettingsDialog", "Language — Lectern"),
                      translate("SettingsDialog", "The new interface language is used from the "
                                "next time Lectern starts."),
                      QMessageBox.StandardButton.NoButton, window)
    now = box.addButton(translate("SettingsDialog", "&Restart now"), QMessageBox.ButtonRole.AcceptRole)
    now.setAccessibleName(translate("SettingsDialog", "Restart Lectern now"))
    later = box.addButton(translate("SettingsDialog", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.setObjectName("lectern-restart-offer")

    def chosen() -> None:
        if box.clickedButton() is now:
            app = QApplication.instance()
            if app is not None:
                app.setProperty(RESTART_PROPERTY, True)
            window.close()

    box.finished.connect(lambda _r: chosen())
    box.open()
    return box


def restart_if_asked(profile: str) -> None:
    """After the window closed and its profile lock is released: start Lectern again when
    the learner asked for it, on the same profile (its PIN is asked again)."""
    app = QApplication.instance()
    if app is None or not app.property(RESTART_PROPERTY):
        return
    env = dict(os.environ, LECTERN_PROFILE=profile)
    command = restart_command()
    log.info("restarting: %s", " ".join(command))
    subprocess.Popen(command, env=env, start_new_session=True)
