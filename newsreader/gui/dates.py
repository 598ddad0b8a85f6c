"""Dates and times as the window shows them: the user's locale, or ISO-like under C/POSIX.

With no locale set (LANG=C, C.UTF-8, POSIX) Qt's formats read "3 12 2026 18:13", which a
person cannot tell apart from the third of December or the twelfth of March. Under that
locale every date the window shows (list, reader pane, tooltips, settings) falls back to
"2026-12-03 18:13" instead (issue 15). Every other locale keeps its own formats. GUI thread
(QLocale() is the application's default locale).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

ISO_DATE = "yyyy-MM-dd"
ISO_TIME = "HH:mm"
ISO_DATE_TIME = f"{ISO_DATE} {ISO_TIME}"


def is_c_locale(locale: QLocale) -> bool:
    """True for the C/POSIX locale, whose numeric dates are ambiguous."""
    return locale.language() == QLocale.Language.C


def to_qdatetime(when: datetime) -> QDateTime:
    """A stored (aware) time as a QDateTime in the local time zone."""
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


def short_date(date: QDate, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if is_c_locale(locale):
        return date.toString(ISO_DATE)
    return locale.toString(date, QLocale.FormatType.ShortFormat)


def short_time(time: QTime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if is_c_locale(locale):
        return time.toString(ISO_TIME)
    return locale.toString(time, QLocale.FormatType.ShortFormat)


def short_date_time(moment: QDateTime, locale: QLocale | None = None) -> str:
    """ "12/2/26 4:56 PM" (en_US), or "2026-12-02 16:56" under C."""
    locale = locale or QLocale()
    if is_c_locale(locale):
        return moment.toString(ISO_DATE_TIME)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def long_date_time(moment: QDateTime, locale: QLocale | None = None) -> str:
    """A tooltip's full date and time, or "2026-12-02 16:56" under C."""
    locale = locale or QLocale()
    if is_c_locale(locale):
        return moment.toString(ISO_DATE_TIME)
    return locale.toString(moment, QLocale.FormatType.LongFormat)


def date_line_text(moment: QDateTime, locale: QLocale | None = None) -> str:
    """The reader pane's "Thursday, October 3, 2024, 6:15 AM", or "2024-10-03 06:15" under C."""
    locale = locale or QLocale()
    if is_c_locale(locale):
        return moment.toString(ISO_DATE_TIME)
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


def relative_time(seconds: float) -> str:
    """ "2 hours ago" ("vor 2 Stunden"): how long ago, in the largest whole unit, translated."""
    minutes = int(max(0.0, seconds) // 60)
    if minutes < 1:
        return QCoreApplication.translate("Dates", "just now")
    if minutes >= 60 * 24 * 7:
        return QCoreApplication.translate("Dates", "%n week(s) ago", None, minutes // (60 * 24 * 7))
    if minutes >= 60 * 24:
        return QCoreApplication.translate("Dates", "%n day(s) ago", None, minutes // (60 * 24))
    if minutes >= 60:
        return QCoreApplication.translate("Dates", "%n hour(s) ago", None, minutes // 60)
    return QCoreApplication.translate("Dates", "%n minute(s) ago", None, minutes)
