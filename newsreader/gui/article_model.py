"""The article list: keyset pages of `ArticleRow` loaded as the view scrolls.

Only list rows are held (no bodies), one page at a time via canFetchMore/fetchMore, so a
100,000-article library opens as fast as a small one. Sorting is by date in SQL. New articles
are merged in with beginInsertRows, so the selection and the rows on screen stay put. Every
query is one bounded page: safe on the GUI thread.
"""

from __future__ import annotations

import bisect
import dataclasses
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont

from newsreader.core.ports import LibraryReader
from newsreader.core.types import ArticleQuery, ArticleRow, PageCursor
from newsreader.gui.accessibility import article_name, article_state, star_header
from newsreader.gui.dates import long_date_time, short_date, short_time
from newsreader.gui.direction import is_rtl
from newsreader.gui.story_sources import story_feed_text, story_feed_tooltip
from newsreader.gui.tooltips import plain_tooltip

STAR_COLUMN, TITLE_COLUMN, FEED_COLUMN, DATE_COLUMN = range(4)
HEADERS = (
    "★",
    str(QT_TRANSLATE_NOOP("ArticleListModel", "Title")),
    str(QT_TRANSLATE_NOOP("ArticleListModel", "Feed")),
    str(QT_TRANSLATE_NOOP("ArticleListModel", "Date")),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RTL_ALIGNMENT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)
AnyIndex = QModelIndex | QPersistentModelIndex
STAR_COLOR = QColor("#e0a100")
PageRows = Sequence[tuple[ArticleRow, PageCursor]]


def format_list_date(when: datetime | None, now: datetime, locale: QLocale) -> str:
    """Time of day for today's articles, the short date otherwise, in the user's locale."""
    if when is None:
        return ""
    local = when.astimezone()
    today = now.astimezone().date()
    if local.date() == today:
        return short_time(QTime(local.hour, local.minute), locale)
    # Under LANG=C Qt's short date is "27 11 2026": gui.dates says "2026-11-27" instead.
    return short_date(QDate(local.year, local.month, local.day), locale)


def to_qdatetime(when: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


class ArticleListModel(QAbstractTableModel):
    """Rows of one query (a node, a search or a fixed list), loaded page by page."""

    def __init__(
        self,
        library: LibraryReader,
        clock: Callable[[], datetime],
        *,
        page_size: int = 100,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._clock = clock
        self._page_size = page_size
        self._query: ArticleQuery | None = None
        self._rows: list[ArticleRow] = []
        # Sort keys in ascending list order (negated when newest first), for merging new rows.
        self._keys: list[tuple[float, int]] = []
        self._ids: dict[int, tuple[float, int]] = {}  # id → its key in `_keys`
        self._cursor: PageCursor | None = None
        self._more = False
        # Rows read ahead by `prefetch` and not shown yet (End on a long list), and whether
        # that read-ahead reached the end of the query.
        self._pending: list[tuple[ArticleRow, PageCursor]] = []
        self._pending_end = False
        self._strings: dict[str, str] = {}  # feed titles and paths repeat on every row
        self._bold = QFont()
        self._bold.setBold(True)
        self._locale = QLocale()

    # -- what is shown ----------------------------------------------------------------------

    @property
    def query(self) -> ArticleQuery | None:
        return self._query

    def set_query(self, query: ArticleQuery) -> None:
        """Show a query's first page; more pages load as the view asks for them."""
        self.beginResetModel()
        self._clear()
        self._query = query
        self._more = True
        self._load_page()
        self.endResetModel()

    def set_rows(self, rows: Sequence[ArticleRow]) -> None:
        """Show a fixed, already-bounded list (Most popular, search results)."""
        self.beginResetModel()
        self._clear()
        self._query = None
        for i, row in enumerate(rows):
            if row.id not in self._ids:
                self._append(self._compact(row), (float(i), row.id))
        self.endResetModel()

    def reload(self) -> None:
        """Re-run the current query from the top (e.g. after mark all read with unread only)."""
        if self._query is not None:
            self.set_query(self._query)

    def _clear(self) -> None:
        self._rows, self._keys, self._ids = [], [], {}
        self._cursor, self._more = None, False
        self._pending, self._pending_end = [], False

    def _compact(self, row: ArticleRow) -> ArticleRow:
        feed = self._strings.setdefault(row.feed_title, sys.intern(row.feed_title))
        path = self._strings.setdefault(row.section_path, sys.intern(row.section_path))
        if feed is row.feed_title and path is row.section_path:
            return row
        return dataclasses.replace(row, feed_title=feed, section_path=path)

    def _list_key(self, cursor: PageCursor) -> tuple[float, int]:
        newest = self._query is None or self._query.newest_first
        # A search's sort_key is its rank position, growing down the list whatever the order
        # (issue 16: a saved search's rows were looked up at the wrong place).
        if newest and not (self._query is not None and self._query.search):
            return (-cursor.sort_key, -cursor.article_id)
        return (cursor.sort_key, cursor.article_id)

    def _append(self, row: ArticleRow, key: tuple[float, int]) -> None:
        self._rows.append(row)
        self._keys.append(key)
        self._ids[row.id] = key

    def _load_page(self) -> int:
        assert self._query is not None
        page = self._library.article_page(self._query, self._cursor, self._page_size)
        added = 0
        for row, cursor in page:
            self._cursor = cursor
            if row.id not in self._ids:
                self._append(self._compact(row), self._list_key(cursor))
                added += 1
        self._more = len(page) >= self._page_size
        return added

    # -- live updates -----------------------------------------------------------------------

    def first_page(self, query: ArticleQuery, limit: int = 100) -> PageRows:
        """The top of a query, for `merge_new` (may run on a worker thread)."""
        return self._library.article_page(query, None, limit)

    def merge_new(self, query: ArticleQuery | None = None, page: PageRows | None = None) -> int:
        """Insert rows of the first page that are not shown yet, in order; returns how many.

        `page` was read off the GUI thread for `query`; it is dropped if the list moved on.
        """
        if self._query is None or (query is not None and query != self._query):
            return 0
        if page is None:
            page = self.first_page(self._query)
        # Fresh rows grouped by where they go in the current list: one beginInsertRows per
        # contiguous block (each insert notification costs the views a layout pass).
        runs: dict[int, list[tuple[ArticleRow, tuple[float, int], PageCursor]]] = {}
        seen: set[int] = set()
        for row, cursor in page:
            if row.id in self._ids or row.id in seen:
                continue
            key = self._list_key(cursor)
            pos = bisect.bisect_left(self._keys, key)
            if pos >= len(self._rows) and self._more:
                continue  # beyond what is loaded: fetchMore will bring it in order
            seen.add(row.id)
            runs.setdefault(pos, []).append((row, key, cursor))
        shift = 0
        for pos in sorted(runs):
            block = sorted(runs[pos], key=lambda item: item[1])
            first = pos + shift
            self.beginInsertRows(QModelIndex(), first, first + len(block) - 1)
            self._rows[first:first] = [self._compact(row) for row, _k, _c in block]
            self._keys[first:first] = [key for _r, key, _c in block]
            for row, key, _c in block:
                self._ids[row.id] = key
            if first + len(block) == len(self._rows):
                # Appended at the end: the list goes on from the last merged row, and a full
                # page means more may follow (a list that was empty, then a first refresh).
                self._cursor = block[-1][2]
                if len(page) >= self._page_size:
                    self._more = True
            self.endInsertRows()
            shift += len(block)
        return shift

    def update_row(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Reflect a flag change on a shown row (the write itself goes through the writer)."""
        row = self._position(article_id)
        if row is None:
            return
        old = self._rows[row]
        new = dataclasses.replace(
            old,
            read=old.read if read is None else read,
            starred=old.starred if starred is None else starred,
        )
        if new == old:
            return
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def mark_all_shown_read(self) -> list[int]:
        """After "mark all read": every loaded row is read now; returns the ids that were not."""
        return self.set_read_many([row.id for row in self._rows if not row.read], True)

    def set_read_many(self, article_ids: Sequence[int], read: bool) -> list[int]:
        """Set the read flag of the shown rows among `article_ids` with one dataChanged (a
        mark-below or an undo may touch tens of thousands); returns the ids that changed."""
        first, last = len(self._rows), -1
        changed = []
        for article_id in article_ids:
            row = self._position(article_id)
            if row is None or self._rows[row].read == read:
                continue
            self._rows[row] = dataclasses.replace(self._rows[row], read=read)
            changed.append(article_id)
            first, last = min(first, row), max(last, row)
        if last >= 0:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))
        return changed

    # -- lookups ----------------------------------------------------------------------------

    def row_at(self, row: int) -> ArticleRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def article_row(self, index: AnyIndex) -> ArticleRow | None:
        return self.row_at(index.row()) if index.isValid() else None

    def _position(self, article_id: int) -> int | None:
        key = self._ids.get(article_id)
        return None if key is None else bisect.bisect_left(self._keys, key)

    def index_of(self, article_id: int) -> QModelIndex:
        row = self._position(article_id)
        return QModelIndex() if row is None else self.index(row, TITLE_COLUMN)

    def next_unread_row(self, after: int) -> int | None:
        """The first unread row below `after`, loading more pages if needed (bounded)."""
        row = after + 1
        while True:
            while row < len(self._rows):
                if not self._rows[row].read:
                    return row
                row += 1
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more and self._query is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        if self._pending:
            self.show_prefetched()
        elif self.canFetchMore(parent):
            self.fetch_more(self._page_size)

    def prefetch(self, limit: int) -> bool:
        """Read the next `limit` rows after those loaded (and read ahead) without showing
        them: the view lays out every row again after each insert, so End on 100,000 rows
        reads the rest page by page and shows it in one insert. False once at the end."""
        if not self.canFetchMore(QModelIndex()) or self._pending_end:
            return False
        assert self._query is not None
        cursor = self._pending[-1][1] if self._pending else self._cursor
        page = self._library.article_page(self._query, cursor, max(1, limit))
        self._pending.extend(page)
        self._pending_end = len(page) < max(1, limit)
        return not self._pending_end

    def show_prefetched(self) -> int:
        """Insert the rows `prefetch` read, in one beginInsertRows; returns how many."""
        pending, self._pending = self._pending, []
        end, self._pending_end = self._pending_end, False
        if not pending:
            return 0
        self._cursor = pending[-1][1]
        self._more = not end
        fresh, seen = [], set()
        for row, cursor in pending:
            if row.id not in self._ids and row.id not in seen:
                seen.add(row.id)
                fresh.append((row, cursor))
        if not fresh:
            return 0
        before = len(self._rows)
        self.beginInsertRows(QModelIndex(), before, before + len(fresh) - 1)
        for row, cursor in fresh:
            self._append(self._compact(row), self._list_key(cursor))
        self.endInsertRows()
        return len(fresh)

    def fetch_more(self, limit: int) -> int:
        """Load the next `limit` rows in one query (End loads the list in larger pages);
        returns how many rows were added."""
        if not self.canFetchMore(QModelIndex()):
            return 0
        before = len(self._rows)
        assert self._query is not None
        limit = max(1, limit)
        page = self._library.article_page(self._query, self._cursor, limit)
        fresh = [(row, cursor) for row, cursor in page if row.id not in self._ids]
        self._more = len(page) >= limit
        if page:
            self._cursor = page[-1][1]
        if not fresh:
            return 0
        self.beginInsertRows(QModelIndex(), before, before + len(fresh) - 1)
        for row, cursor in fresh:
            self._append(self._compact(row), self._list_key(cursor))
        self.endInsertRows()
        return len(fresh)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Every column sorts by date (the only order SQL keeps an index for)."""
        if self._query is None:
            return
        newest = order == Qt.SortOrder.DescendingOrder
        if newest != self._query.newest_first:
            self.set_query(dataclasses.replace(self._query, newest_first=newest))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == STAR_COLUMN:
            return self.tr("Starred")
        if role == Qt.ItemDataRole.AccessibleTextRole and section == STAR_COLUMN:
            return star_header()  # a screen reader would say "black star"
        return None

    # flags() is not overridden: QAbstractTableModel's (enabled, selectable, never has
    # children) is what rows need, and it answers in C++, not with a GIL wait per cell.

    def multiData(self, index: AnyIndex, span: Any) -> None:  # a QModelRoleDataSpan
        """Every role of a cell in one call: the delegate asks for ~10 roles per cell, and each
        separate data() call is a trip back into Python that waits for the GIL while a refresh
        keeps other threads busy."""
        for role_data in span:
            role_data.setData(self.data(index, role_data.role()))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.article_row(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STAR_COLUMN:
                return "★" if row.starred else ""
            if column == TITLE_COLUMN:
                return row.title
            if column == FEED_COLUMN:
                return story_feed_text(row) if row.sources > 1 else row.feed_title
            return format_list_date(row.published, self._clock(), self._locale)
        if role == Qt.ItemDataRole.FontRole and not row.read:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == STAR_COLUMN and row.starred:
            return STAR_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STAR_COLUMN, DATE_COLUMN):
            horizontal = (
                Qt.AlignmentFlag.AlignHCenter
                if column == STAR_COLUMN
                else Qt.AlignmentFlag.AlignRight
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TITLE_COLUMN, FEED_COLUMN):
            # Issue 17: a Hebrew or Arabic title sits on the right, in any window direction.
            text = row.title if column == TITLE_COLUMN else row.feed_title
            if is_rtl(text):
                return int(RTL_ALIGNMENT)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DATE_COLUMN and row.published is not None:
                return long_date_time(to_qdatetime(row.published), self._locale)
            if column == STAR_COLUMN:
                return (
                    self.tr("Starred") if row.starred else self.tr("Not starred (press S to star)")
                )
            if column == FEED_COLUMN and row.sources > 1:
                return plain_tooltip(story_feed_tooltip(row))
            return plain_tooltip(row.title if column == TITLE_COLUMN else row.feed_title)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The view selects whole rows: every cell says the row, wherever a screen
            # reader lands ("title, feed, date"); its state is the description (issue 17).
            date = format_list_date(row.published, self._clock(), self._locale)
            feed = story_feed_text(row) if row.sources > 1 else row.feed_title
            return article_name(row.title, feed, date)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return article_state(row.read, row.starred)
        if role == ID_ROLE:
            return row.id
        return None
