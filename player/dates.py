"""Dates and times as the learner reads them: the locale's own format, never the "C" locale's.

Court PCs often run with LANG=C (or C.UTF-8), whose Qt date format is "29 11 2026": a number
soup that a judge has to decode. There, a clear English form with the month's name is used
("29 Nov 2026, 14:05"); any real locale gets its own short format. Court PCs also often have
wrong clocks, so these strings are only ever displayed, never compared.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt

if TYPE_CHECKING:
    from datetime import datetime

_C_LOCALE_FORMAT = "d MMM yyyy, HH:mm"


def display_locale() -> QLocale:
    """The learner's locale, or English when the system says only "C"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def format_datetime(when: QDateTime) -> str:
    """A date and time in the learner's local time and locale."""
    local = when.toLocalTime()
    if QLocale().language() == QLocale.Language.C:
        return display_locale().toString(local, _C_LOCALE_FORMAT)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def parse_iso(value: str | None) -> QDateTime | None:
    """An ISO 8601 timestamp from the store or the hub, or None when it is not one."""
    if not value:
        return None
    when = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    return when if when.isValid() else None


def format_timestamp(value: str | None) -> str:
    """An ISO timestamp shown in the learner's locale; empty when there is none."""
    when = parse_iso(value)
    if when is None:
        return value or ""
    return format_datetime(when)


def format_day(moment: "datetime") -> str:
    """The day a moment falls on, in this PC's time zone, in the interface language's long
    date format ("Friday, 8 May 2026"): when a module of a course run opens. Only the PC's
    zone is used (it is usually right when its clock is not); the moment is the hub's."""
    from PySide6.QtCore import QDate

    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    if QLocale().language() == QLocale.Language.C:
        return display_locale().toString(day, "d MMMM yyyy")
    return QLocale().toString(day, QLocale.FormatType.LongFormat)
