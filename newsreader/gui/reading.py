"""Reading articles: show the current one, mark it read, star, navigate, open in the browser.

Flags change in the list at once (optimistic) and the write goes to the writer thread; its
completion comes back through the bridge and asks the window for a (throttled) recount.

Reading signals (issue 15) are honest: an article counts as read for popularity only once it
stayed shown for the read delay (prefs.READ_DELAY_MS; 0 counts at once), and its seconds on
screen are stored in that read event when the reader moves on. Leaving before the delay
records nothing, so skimming with j/k/PgUp counts nothing. Marking read follows its own
preference (prefs.MARK_READ): after the delay (the default), on open, or only by hand.
As an option (prefs.MARK_READ_ON_SCROLL) the list's rows are marked read once they scroll
past its top edge; that is a flag, never a popularity read. Next unread (n) continues in the
next feed or section with unread articles when the window gives a way there
(`continue_elsewhere`). Runs on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView

from newsreader.core import prefs
from newsreader.core.errors import NotFoundError
from newsreader.core.ports import LibraryReader
from newsreader.core.types import ArticleRow
from newsreader.gui.article_html import ARTICLE_SCHEME
from newsreader.gui.article_model import TITLE_COLUMN, ArticleListModel
from newsreader.gui.reader_pane import ReaderPane
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue
from newsreader.usecases.ports import GuiStore

log = logging.getLogger("newsreader.gui.reading")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReadingController", text)


EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class ReadingController(QObject):
    """Connects the article list, the reader pane and the writer for everyday reading."""

    counts_changed = Signal()  # a write that changes unread/starred counts finished
    section_link_clicked = Signal(str)  # a breadcrumb link: the section path ("" = Home)
    status_message = Signal(str)
    load_images_requested = Signal(int)  # a "load image" link: the article id

    def __init__(
        self,
        *,
        library: LibraryReader,
        writer: WriteQueue,
        bridge: Bridge,
        model: ArticleListModel,
        view: QAbstractItemView,
        pane: ReaderPane,
        clock: Callable[[], datetime],
        read_delay_ms: int,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        monotonic: Callable[[], float] = time.monotonic,
        setting: prefs.Setting | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._writer = writer
        self._bridge = bridge
        self._model = model
        self._view = view
        self._pane = pane
        self._clock = clock
        self._open_url = open_url
        self._monotonic = monotonic
        # Where prefs.MARK_READ is read, on every article shown (so a change applies at once):
        # the library's own `setting` unless the window passes one.
        self._setting: prefs.Setting | None = setting or getattr(library, "setting", None)
        # The article on screen now ("a view"): since when, whether it is read, whether the
        # delay may still mark it read, and the `at` of its read event once it counted.
        self._shown: int | None = None
        self._shown_since = 0.0
        self._shown_read = False
        self._auto_mark = False
        self._counted_at: datetime | None = None
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setTimerType(Qt.TimerType.PreciseTimer)  # never early: "after" means so
        self._read_timer.setInterval(read_delay_ms)
        self._read_timer.timeout.connect(self._on_read_timer_timeout)
        # Selection, not the current index: focusing the list makes row 0 current without
        # selecting it, and that must not open (and mark read) an article.
        view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        model.modelReset.connect(self._on_model_reset)
        view.activated.connect(self._on_list_activated)
        pane.anchorClicked.connect(self._on_pane_anchor_clicked)
        pane.set_versions_source(library.article_versions)  # "Show changes" (issue 19)
        # Next unread beyond this list: the window's way to the next node with unread ones.
        self._elsewhere: Callable[[], bool] | None = None
        # Mark read on scroll past (prefs.MARK_READ_ON_SCROLL, applied by ReadingSettings):
        # the article at the list's top edge when last seen (by id: rows merged in above
        # move it down without a scroll); rows from it to the new top were scrolled past.
        self._mark_on_scroll = False
        self._top_id: int | None = None
        self._scrolled_past: list[int] = []
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(300)  # one write per burst of scrolling
        self._scroll_timer.timeout.connect(self._write_scrolled_past)
        view.verticalScrollBar().valueChanged.connect(self._on_list_scrolled)
        model.modelReset.connect(self._on_list_reset_for_scroll)
        model.rowsInserted.connect(self._on_rows_inserted)

    # -- showing ----------------------------------------------------------------------------

    def current_row(self) -> ArticleRow | None:
        rows = self._view.selectionModel().selectedRows()
        return self._model.article_row(rows[0]) if len(rows) == 1 else None

    @Slot(QItemSelection, QItemSelection)
    def _on_list_selection_changed(self, _selected: object, _deselected: object) -> None:
        row = self.current_row()
        if row is not None and (self._pane.article is None or self._pane.article.id != row.id):
            self.show_article(row.id)

    @Slot()
    def _on_model_reset(self) -> None:
        # A new list (another node) usually clears the pane right after the reset; a reset
        # that leaves the article on screen (a reload) does not end its view.
        QTimer.singleShot(0, self, self._end_view_if_hidden)

    @Slot()
    def _end_view_if_hidden(self) -> None:
        if self._shown is not None and not self._pane_shows(self._shown):
            self.flush_read_event()

    def _pane_shows(self, article_id: int) -> bool:
        return self._pane.article is not None and self._pane.article.id == article_id

    @property
    def mark_read_mode(self) -> str:
        """prefs.MARK_READ as stored now: "after-delay", "on-open" or "manual"."""
        if self._setting is None:
            return prefs.MARK_READ.default
        return prefs.MARK_READ.get(self._setting)

    def show_article(self, article_id: int) -> None:
        """Render an article in the pane; it counts as read once it stayed for the delay."""
        self.flush_read_event()
        article = self._library.article(article_id)
        if article is None:
            self._pane.show_message(tr("This article is no longer in the library."))
            return
        self._pane.show_article(article, self._library.article_images(article_id))
        mode = self.mark_read_mode
        self._shown = article_id
        self._shown_since = self._monotonic()
        self._shown_read = article.read
        self._auto_mark = mode == "after-delay"
        self._counted_at = None
        if mode == "on-open" and not article.read:
            self._set_read(article_id, True)
        if self._read_timer.interval() <= 0:
            self._count_view()  # a delay of 0: counts at once
        else:
            self._read_timer.start()

    def _count_view(self) -> None:
        """The shown article stayed for the delay: one read event, and mark it read if due."""
        article_id = self._shown
        if article_id is None or self._counted_at is not None:
            return
        if not self._pane_shows(article_id):  # the pane moved on without telling us
            self.flush_read_event()
            return
        at = self._counted_at = self._clock()
        read = self._shown_read or self._auto_mark
        if read and not self._shown_read:
            self._model.update_row(article_id, read=True)
            self._shown_read = True

        def job(store: GuiStore) -> None:
            store.record_read(article_id, at, None)  # marks read in the store…
            if not read:
                store.mark_read([article_id], False)  # …so keep it unread when it was

        self._write(job)

    def flush_read_event(self) -> None:
        """The reader leaves the shown article (another one, another list, closing): store
        the seconds it was on screen in its read event; before the delay, record nothing."""
        self._read_timer.stop()
        article_id, at = self._shown, self._counted_at
        self._shown, self._counted_at = None, None
        if article_id is None or at is None:
            return
        seconds = round(max(0.0, self._monotonic() - self._shown_since), 3)

        def job(store: GuiStore) -> None:
            # Unsubscribed or purged meanwhile: there is nothing to fill in.
            with contextlib.suppress(NotFoundError):
                store.record_read(article_id, at, seconds)  # the same event: its seconds

        self._write(job)

    @Slot()
    def _on_read_timer_timeout(self) -> None:
        self._count_view()

    def _set_read(self, article_id: int, read: bool) -> None:
        self._model.update_row(article_id, read=read)
        if article_id == self._shown:
            self._shown_read = read
        self._write(lambda store: store.mark_read([article_id], read))

    @property
    def read_delay_ms(self) -> int:
        return self._read_timer.interval()

    def set_read_delay(self, ms: int) -> None:
        """How long an article must stay shown before it counts as read (settings); the
        article shown now keeps the delay it started with."""
        self._read_timer.setInterval(max(0, ms))

    def _write(self, job: Callable[[GuiStore], object]) -> None:
        future = self._writer.submit(job)
        self._bridge.when_done(future, self._on_write_done, self._on_write_failed)

    def _on_write_done(self, _result: object) -> None:
        self.counts_changed.emit()

    def _on_write_failed(self, exc: BaseException) -> None:
        self.status_message.emit(tr("Could not save the change: {error}").format(error=exc))
        self.counts_changed.emit()

    # -- actions ----------------------------------------------------------------------------

    def toggle_read(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.id == self._shown:
            self._auto_mark = False  # the user decided: the delay must not undo "unread"
        self._set_read(row.id, not row.read)

    def toggle_star(self) -> None:
        row = self.current_row()
        if row is None:
            return
        starred = not row.starred
        self._model.update_row(row.id, starred=starred)
        self._write(lambda store: store.set_starred(row.id, starred))

    def move(self, step: int) -> None:
        """j/k: the next or previous row, loading another page at the end of the list."""
        current = self._view.currentIndex()
        if not current.isValid():
            target = 0
        elif self.current_row() is None:  # current but not selected: start from it
            target = current.row() if step > 0 else current.row() - 1
        else:
            target = current.row() + step
        if target >= self._model.rowCount() and self._model.canFetchMore(QModelIndex()):
            self._model.fetchMore(QModelIndex())
        if 0 <= target < self._model.rowCount():
            self._select_row(target)

    def continue_elsewhere(self, go: Callable[[], bool] | None) -> None:
        """`go()` shows the next feed or section with unread articles (False: none left);
        next unread calls it when this list has no unread article below the current one."""
        self._elsewhere = go

    def next_unread(self) -> bool:
        """n: the next unread row below the current one, else the first unread one of the
        next feed or section that has some; False when there is none anywhere."""
        current = self._view.currentIndex()
        start = current.row() if current.isValid() and self.current_row() is not None else -1
        target = self._model.next_unread_row(start)
        if target is None and self._elsewhere is not None and self._elsewhere():
            target = self._model.next_unread_row(-1)
        if target is None:
            self.status_message.emit(tr("There are no more unread articles."))
            return False
        self._select_row(target)
        return True

    # -- mark read on scroll past -------------------------------------------------------------

    @property
    def mark_on_scroll(self) -> bool:
        return self._mark_on_scroll

    def set_mark_on_scroll(self, on: bool) -> None:
        """prefs.MARK_READ_ON_SCROLL: rows that scroll up past the list's top are read."""
        self._mark_on_scroll = on
        self._top_id = self._list_top()[1]

    def _list_top(self) -> tuple[int, int | None]:
        """The row at the list's top edge and its article id (0, None for an empty list)."""
        index = self._view.indexAt(QPoint(1, 1))
        row = self._model.article_row(index)
        return (index.row(), row.id) if row is not None else (0, None)

    @Slot(int)
    def _on_list_scrolled(self, _value: int) -> None:
        top, top_id = self._list_top()
        before = self._model.index_of(self._top_id) if self._top_id is not None else None
        self._top_id = top_id
        if not self._mark_on_scroll or before is None or not before.isValid():
            return
        # A jump (End, dragging the scroll bar's handle) skips rows nobody saw: only a scroll
        # of up to two screens at a time marks the rows that went past.
        height = max(1, self._view.visualRect(before).height())
        screen = max(1, self._view.viewport().height() // height)
        if not before.row() < top <= before.row() + 2 * screen:
            return
        for number in range(before.row(), top):
            row = self._model.row_at(number)
            if row is not None and not row.read:
                self._scrolled_past.append(row.id)
        if self._scrolled_past:
            self._scroll_timer.start()

    @Slot()
    def _on_list_reset_for_scroll(self) -> None:
        self._write_scrolled_past()
        self._top_id = None
        QTimer.singleShot(0, self, self._note_top)

    @Slot(QModelIndex, int, int)
    def _on_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self._top_id is None:  # the list was empty: its first rows arrived
            QTimer.singleShot(0, self, self._note_top)

    @Slot()
    def _note_top(self) -> None:
        if self._top_id is None:
            self._top_id = self._list_top()[1]

    @Slot()
    def _write_scrolled_past(self) -> None:
        self._scroll_timer.stop()
        ids, self._scrolled_past = self._scrolled_past, []
        self.mark_many(ids, True)

    def mark_many(self, article_ids: Sequence[int], read: bool) -> list[int]:
        """Set the read flag of many articles (list and store); returns the shown ones that
        changed in the list."""
        chosen = list(dict.fromkeys(article_ids))
        if not chosen:
            return []
        changed = self._model.set_read_many(chosen, read)
        if self._shown in chosen:
            self._shown_read = read
            self._auto_mark = False
        self._write(lambda store: store.mark_read(chosen, read))
        return changed

    def page_or_next_unread(self) -> None:
        """Space: page down in the article, and at its end go to the next unread one."""
        bar = self._pane.verticalScrollBar()
        if self._pane.article is not None and bar.value() < bar.maximum():
            bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
            return
        self.next_unread()

    def open_in_browser(self) -> None:
        row = self.current_row()
        url = row.url if row is not None else None
        if url:
            self.open_external(QUrl(url))

    def open_external(self, url: QUrl) -> bool:
        """Hand a link to the system browser: http, https and mailto only."""
        if url.scheme().lower() not in EXTERNAL_SCHEMES or not url.isValid():
            log.info("ignored a link with scheme %r", url.scheme())
            return False
        self._open_url(url)
        return True

    def _select_row(self, row: int) -> None:
        self._view.setCurrentIndex(self._model.index(row, TITLE_COLUMN))

    @Slot(QModelIndex)
    def _on_list_activated(self, _index: QModelIndex) -> None:
        self.open_in_browser()

    @Slot(QUrl)
    def _on_pane_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == ARTICLE_SCHEME:
            self._follow_internal(url)
            return
        self.open_external(url)

    def _follow_internal(self, url: QUrl) -> None:
        kind = url.host()
        rest = url.path().strip("/")
        if kind == "article" and rest.isdigit():
            index = self._model.index_of(int(rest))
            if index.isValid():
                self._view.setCurrentIndex(index)
            else:
                self.show_article(int(rest))
        elif kind == "load-images" and rest.isdigit():
            self.load_images_requested.emit(int(rest))
        elif kind == "body":
            ident, _, source = rest.partition("/")
            if ident.isdigit():
                self._pane.show_body(int(ident), source)
        elif kind == "section":
            self.section_link_clicked.emit(QUrl.fromPercentEncoding(rest.encode()))
