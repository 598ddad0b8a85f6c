"""The feed health table (issues 16, 19): one row per feed, its status and its reading ledger.

A QAbstractTableModel over `core.health.FeedHealth` rows computed on the window's background
reader; the GUI thread only formats them. Every cell has a plain sort value under `SORT_ROLE`
(a number or lower-cased text, never None) so a QSortFilterProxyModel sorts by the raw figure,
not by its locale text. Dates, numbers and durations are in the user's locale
(`gui.dates`, QLocale); tooltips are plain text (feed text is escaped by `plain_tooltip`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from newsreader.core import rhythm
from newsreader.core.health import PRUNE_DAYS, RECENT_DAYS, FeedHealth
from newsreader.core.types import FeedStatus
from newsreader.gui.dates import short_date_time, short_time, to_qdatetime
from newsreader.gui.tooltips import plain_tooltip

CONTEXT = "FeedHealth"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FEED_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex

# (header, what the header's tooltip explains)
COLUMNS = (
    (QT_TRANSLATE_NOOP("FeedHealth", "Feed"), QT_TRANSLATE_NOOP("FeedHealth", "The feed's name")),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Section"),
        QT_TRANSLATE_NOOP("FeedHealth", "The section the feed is in"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Status"),
        QT_TRANSLATE_NOOP("FeedHealth", "Whether the last refresh of the feed worked"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Last success"),
        QT_TRANSLATE_NOOP("FeedHealth", "When the feed was last fetched without an error"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Last error"),
        QT_TRANSLATE_NOOP("FeedHealth", "What went wrong the last time the feed failed"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Next poll"),
        QT_TRANSLATE_NOOP("FeedHealth", "When the feed will be fetched next"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Per week"),
        QT_TRANSLATE_NOOP(
            "FeedHealth", "Average number of new articles a week over the last twelve weeks"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Not updated for"),
        QT_TRANSLATE_NOOP("FeedHealth", "Days since the feed's newest article"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Read"),
        QT_TRANSLATE_NOOP("FeedHealth", "Share of the feed's stored articles you have read"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Time reading"),
        QT_TRANSLATE_NOOP(
            "FeedHealth", "Time the feed's articles were on screen while you read them"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Last read"),
        QT_TRANSLATE_NOOP("FeedHealth", "When you last read an article of the feed"),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Rhythm"),
        QT_TRANSLATE_NOOP(
            "FeedHealth", "When the feed usually posts, learned from its recent articles"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FeedHealth", "Suggestion"),
        QT_TRANSLATE_NOOP(
            "FeedHealth", "Feeds you have not read for 60 days: you may want to unsubscribe"
        ),
    ),
)


class Col(IntEnum):
    """The columns, in COLUMNS' order."""

    FEED = 0
    SECTION = 1
    STATUS = 2
    LAST_SUCCESS = 3
    LAST_ERROR = 4
    NEXT_POLL = 5
    PER_WEEK = 6
    SILENT = 7
    SHARE_READ = 8
    TIME_READING = 9
    LAST_READ = 10
    RHYTHM = 11
    SUGGESTION = 12


NUMERIC = frozenset({Col.PER_WEEK, Col.SILENT, Col.SHARE_READ, Col.TIME_READING})


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def when(moment: datetime | None) -> str:
    return "—" if moment is None else short_date_time(to_qdatetime(moment))


def reading_time(seconds: float) -> str:
    """ "45 seconds", "12 minutes", "3 h 05 min" (numbers in the user's locale)."""
    whole = round(seconds)
    if whole < 60:
        return _tr("%n second(s)", whole)
    minutes = whole // 60
    if minutes < 60:
        return _tr("%n minute(s)", minutes)
    return _tr("{hours} h {minutes} min").format(
        hours=QLocale().toString(minutes // 60), minutes=f"{minutes % 60:02d}"
    )


def percent(share: float) -> str:
    return _tr("{number} %").format(number=QLocale().toString(round(share * 100)))


def rhythm_text(description: rhythm.Description | None) -> str:
    """The learned posting rhythm as a sentence in the user's language, times in their locale."""
    if description is None:
        return ""
    kind = description.kind
    start, end = description.start_hour, description.end_hour
    if start is not None and end is not None:
        first, last = short_time(QTime(start % 24, 0)), short_time(QTime(end % 24, 0))
        if kind is rhythm.Kind.WEEKDAYS_WINDOW:
            return _tr("Usually posts on weekdays between {start} and {end}").format(
                start=first, end=last
            )
        if kind is rhythm.Kind.DAILY_WINDOW:
            if (end - start) % 24 == 1:
                return _tr("Usually posts every day around {start}").format(start=first)
            return _tr("Usually posts every day between {start} and {end}").format(
                start=first, end=last
            )
    if kind is rhythm.Kind.HOURLY:
        return _tr("Posts about every hour")
    if kind is rhythm.Kind.SEVERAL_A_DAY:
        return _tr("Posts about %n times a day", max(2, round(description.per_day)))
    if kind is rhythm.Kind.FEW_A_WEEK:
        if round(description.per_day * 7) <= 1:
            return _tr("Posts about once a week")
        return _tr("Posts a few times a week")
    if kind is rhythm.Kind.NEW:
        return _tr("Not enough posts yet to learn when this feed posts")
    return _tr("Posts irregularly")


def status_text(row: FeedHealth) -> str:
    feed = row.feed
    if feed.status is FeedStatus.AUTH:
        return _tr("Login refused")
    if feed.status is FeedStatus.GONE:
        return _tr("Gone")
    if feed.status is FeedStatus.ERROR or feed.last_error:
        return _tr("Failing (%n time(s))", max(1, feed.error_count))
    return _tr("OK")


def status_tooltip(row: FeedHealth) -> str:
    feed = row.feed
    if feed.status is FeedStatus.AUTH:
        return _tr("The server refused the user name or password; polling is paused. Edit the "
                   "feed to fix them.")  # fmt: skip
    if feed.status is FeedStatus.GONE:
        return _tr("The server says this feed is gone (HTTP 410); it is no longer refreshed.")
    if feed.status is FeedStatus.ERROR or feed.last_error:
        return _tr(
            "The last %n refresh(es) did not work; it is tried again, less often each time.",
            max(1, feed.error_count),
        )
    return _tr("The last refresh worked.")


def _severity(row: FeedHealth) -> float:
    order = {FeedStatus.ACTIVE: 0, FeedStatus.ERROR: 1, FeedStatus.AUTH: 2, FeedStatus.GONE: 3}
    base = order.get(row.feed.status, 0)
    if base == 0 and row.feed.last_error:
        base = 1
    return base * 10000 + row.feed.error_count


def failing(row: FeedHealth) -> bool:
    return row.feed.status is not FeedStatus.ACTIVE or bool(row.feed.last_error)


def _next_poll(row: FeedHealth, now: datetime) -> datetime | None:
    if row.feed.status in (FeedStatus.AUTH, FeedStatus.GONE):
        return None
    nxt = row.feed.next_update
    return nxt if nxt is not None and nxt > now else now


def _stamp(moment: datetime | None, missing: float) -> float:
    return missing if moment is None else moment.timestamp()


class FeedHealthModel(QAbstractTableModel):
    """The health rows, as computed off the GUI thread; GUI thread only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FeedHealth] = []
        self._now = datetime.now().astimezone()

    def set_rows(self, rows: Sequence[FeedHealth], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    @property
    def rows(self) -> list[FeedHealth]:
        return list(self._rows)

    def row_of(self, feed_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.feed.id == feed_id), -1)

    # -- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        header, explanation = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(header))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = _tr(str(explanation))
            if section == Col.SUGGESTION:
                text = _tr(
                    "Feeds you have not read for %n day(s): you may want to unsubscribe",
                    PRUNE_DAYS,
                )
            elif section == Col.PER_WEEK:
                text = _tr(
                    "Average number of new articles a week over the last %n week(s)",
                    RECENT_DAYS // 7,
                )
            return plain_tooltip(text)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == FEED_ID_ROLE:
            return row.feed.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: FeedHealth, column: int) -> str:
        a = row.activity
        locale = QLocale()
        match column:
            case Col.FEED:
                return row.feed.title or row.feed.url
            case Col.SECTION:
                return row.feed.section_path.replace("/", " › ")
            case Col.STATUS:
                return status_text(row)
            case Col.LAST_SUCCESS:
                return when(row.feed.last_success)
            case Col.LAST_ERROR:
                return (row.feed.last_error or "").splitlines()[0] if row.feed.last_error else ""
            case Col.NEXT_POLL:
                nxt = _next_poll(row, self._now)
                return _tr("paused") if nxt is None else when(nxt)
            case Col.PER_WEEK:
                return locale.toString(row.per_week, "f", 1)
            case Col.SILENT:
                if row.silent_days is None:
                    return "—"
                if row.silent_days == 0:
                    return _tr("Posted today")
                return _tr("%n day(s)", row.silent_days)
            case Col.SHARE_READ:
                return "—" if row.share_read is None else percent(row.share_read)
            case Col.TIME_READING:
                return reading_time(a.seconds) if a.seconds > 0 else "—"
            case Col.LAST_READ:
                return when(a.last_read) if a.last_read is not None else _tr("never")
            case Col.RHYTHM:
                return rhythm_text(row.rhythm)
            case Col.SUGGESTION:
                return self._suggestion(row)
        return ""

    def _suggestion(self, row: FeedHealth) -> str:
        prune = row.prune
        if prune is None:
            return ""
        if prune.days is None:
            return _tr("Never read")
        return _tr("Not read for %n day(s)", prune.days)

    def _tooltip(self, row: FeedHealth, column: int) -> str:
        feed = row.feed
        a = row.activity
        match column:
            case Col.FEED:
                return f"{feed.title}\n{feed.url}"
            case Col.STATUS:
                return status_tooltip(row)
            case Col.LAST_ERROR:
                return feed.last_error or _tr("No error")
            case Col.PER_WEEK:
                return _tr("%n article(s) in the last twelve weeks", a.recent)
            case Col.SILENT:
                if row.silent_days is None:
                    return ""
                return _tr("The newest article is %n day(s) old", row.silent_days)
            case Col.SHARE_READ:
                return _tr("{read} of {stored} stored articles read").format(
                    read=QLocale().toString(a.read_articles),
                    stored=QLocale().toString(a.articles),
                )
            case Col.TIME_READING:
                return _tr("%n reading(s) counted", a.reads)
            case Col.RHYTHM:
                return _tr("Learned from the publish times of the feed's recent articles")
            case Col.SUGGESTION:
                prune = row.prune
                if prune is None:
                    return ""
                if prune.days is None:
                    return _tr(
                        "You have not read this feed since you subscribed %n day(s) ago; "
                        "unsubscribe if you no longer want it.",
                        max(0, int((self._now - prune.since).total_seconds() // 86400)),
                    )
                return _tr(
                    "You have not read this feed in %n day(s); unsubscribe if you no longer "
                    "want it.",
                    prune.days,
                )
        return self._text(row, column)

    def _sort_value(self, row: FeedHealth, column: int) -> float | str:
        a = row.activity
        match column:
            case Col.FEED:
                return (row.feed.title or row.feed.url).casefold()
            case Col.SECTION:
                return row.feed.section_path.casefold()
            case Col.STATUS:
                return _severity(row)
            case Col.LAST_SUCCESS:
                return _stamp(row.feed.last_success, 0.0)
            case Col.LAST_ERROR:
                return (row.feed.last_error or "").casefold()
            case Col.NEXT_POLL:
                return _stamp(_next_poll(row, self._now), math.inf)
            case Col.PER_WEEK:
                return row.per_week
            case Col.SILENT:
                return -1.0 if row.silent_days is None else float(row.silent_days)
            case Col.SHARE_READ:
                return -1.0 if row.share_read is None else row.share_read
            case Col.TIME_READING:
                return a.seconds
            case Col.LAST_READ:
                return _stamp(a.last_read, 0.0)
            case Col.RHYTHM:
                return rhythm_text(row.rhythm).casefold()
            case Col.SUGGESTION:
                prune = row.prune
                if prune is None:
                    return -1.0
                return math.inf if prune.days is None else float(prune.days)
        return ""
