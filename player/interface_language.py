"""The interface language: which one the window speaks (the learner's choice, court IT's, or
the computer's; issue #16), where its compiled translations are, and installing them with the
language's locale, layout direction and script fonts. Split out of `player.app`, which
re-exports these names.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from sync.paths import DataPaths

log = logging.getLogger(__name__)


def translation_dirs() -> list[Path]:
    """Where `lectern_<lang>.qm` files may be, first match wins: `LECTERN_TRANSLATIONS` (the
    tests' build dir), an installed package (`player/translations`, compiled by setup.py's
    build), `LECTERN_RESOURCES`, a PyInstaller bundle, or a checkout's `resources/translations`
    (`dev.py` setup and editable installs compile them there). They are built, not committed."""
    dirs: list[Path] = []
    if os.environ.get("LECTERN_TRANSLATIONS"):
        dirs.append(Path(os.environ["LECTERN_TRANSLATIONS"]))
    dirs.append(Path(__file__).resolve().parent / "translations")
    if os.environ.get("LECTERN_RESOURCES"):
        dirs.append(Path(os.environ["LECTERN_RESOURCES"]) / "translations")
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "resources" / "translations")
    dirs.append(Path(__file__).resolve().parent.parent / "resources" / "translations")
    return [d for d in dirs if d.is_dir()]


def ui_language() -> str:
    """The UI language (two or three letters), also the preferred captions language."""
    return QLocale().name().split("_")[0] or "en"


def interface_locale(code: str) -> QLocale:
    """The locale the window speaks for an interface language code ("" = the computer's).

    A computer whose language Lectern has no interface for gets English (in its country
    where Qt knows such a locale), so that Qt's own dialogs, dates and month names never
    mix a second language into the window (issue #16). Arabic is Modern Standard Arabic
    (`ar_001`): Western digits, as UN Arabic documents write them, so a number Lectern formats and one a
    sentence carries never differ in their digits."""
    from sync.languages import interface_language

    if code:
        locale = QLocale(code)
        system = QLocale.system()
        if system.language() == locale.language() and "_" not in code:
            locale = system  # the chosen language in the computer's own country: its dates
    else:
        system = QLocale.system()
        try:
            ours = interface_language(system.name())
        except ValueError:
            return QLocale(QLocale.Language.English, system.territory())
        locale = system if QLocale(ours).language() == system.language() else QLocale(ours)
    if locale.language() == QLocale.Language.Arabic:
        return QLocale("ar_001")
    return locale


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Lectern's `.qm` for the locale (English, the source language, if there is none: it
    carries the plural forms) and Qt's own for its standard dialogs; the ones installed
    before are taken out. Also sets the default QLocale (numbers and dates) and the layout
    direction the language writes in (Arabic: right to left)."""
    locale = locale or QLocale.system()
    for old in app.findChildren(QTranslator, "lectern-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    dirs = translation_dirs()
    for wanted in (locale, QLocale(QLocale.Language.English)):
        translator = QTranslator(app)
        if any(translator.load(wanted, "lectern", "_", str(d)) for d in dirs):
            translator.setObjectName("lectern-translator")
            app.installTranslator(translator)
            installed.append(translator)
            log.info("translation %s loaded", translator.filePath())
            break
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships Brazilian Portuguese only: closer to a Portuguese window than English buttons.
    for qt_locale in (locale, QLocale("pt_BR") if locale.language() == QLocale.Language.Portuguese
                      else None):
        if qt_locale is None:
            continue
        qt_translator = QTranslator(app)
        if qt_translator.load(qt_locale, "qtbase", "_", qt_dir):
            qt_translator.setObjectName("lectern-translator")
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
            break
    if os.environ.get("LECTERN_PSEUDO_LOCALE") == "1":
        from player.pseudo_locale import PseudoTranslator  # test hook: 40% longer words

        pseudo = PseudoTranslator(app)
        pseudo.setObjectName("lectern-translator")
        app.installTranslator(pseudo)
        installed.append(pseudo)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
        from player.widgets.fonts import with_script_fonts

        base = app.property("lectern-base-font")
        if base is None:  # the system font, before any language's fonts were put first
            app.setProperty("lectern-base-font", QGuiApplication.font())
            base = QGuiApplication.font()
        QGuiApplication.setFont(with_script_fonts(base, locale.name().split("_")[0]))
    return installed


def apply_language(app: QCoreApplication, paths: "DataPaths | None" = None) -> QLocale:
    """The interface language for the profile `paths` (None: before one is chosen): the
    learner's choice, else court IT's, else the computer's (`sync.services.settings.
    language_choice`), installed with its layout direction. Applied at start: changing it
    in Settings takes effect when the window opens again (Settings offers a restart)."""
    from sync.services.settings import language_choice

    try:
        code = language_choice(paths).code
    except Exception:  # a broken choice must not stop the window from opening
        log.exception("could not read the interface language; using the computer's")
        code = ""
    locale = interface_locale(code)
    if app.property("lectern-language") != locale.name():
        app.setProperty("lectern-language", locale.name())
        install_translators(app, locale)
    return locale
