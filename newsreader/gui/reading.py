"""Reading articles: show the current one, mark it read, star, navigate, open in the browser.

Flags change in the list at once (optimistic) and the write goes to the writer thread; its
completion comes back through the bridge and asks the window for a (throttled) recount. The
read event for popularity is recorded after a short delay, so skimming with j/k does not count
every article passed over. Runs on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView

from newsreader.core.ports import LibraryReader
from newsreader.core.types import ArticleRow
from newsreader.gui.article_html import ARTICLE_SCHEME
from newsreader.gui.article_model import TITLE_COLUMN, ArticleListModel
from newsreader.gui.reader_pane import ReaderPane
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue
from newsreader.usecases.ports import GuiStore

log = logging.getLogger("newsreader.gui.reading")
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
        self._pending_read: int | None = None  # article whose read event is not recorded yet
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(read_delay_ms)
        self._read_timer.timeout.connect(self._on_read_timer_timeout)
        # Selection, not the current index: focusing the list makes row 0 current without
        # selecting it, and that must not open (and mark read) an article.
        view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        model.modelReset.connect(self._on_model_reset)
        view.activated.connect(self._on_list_activated)
        pane.anchorClicked.connect(self._on_pane_anchor_clicked)

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
        self.flush_read_event()

    def show_article(self, article_id: int) -> None:
        """Render an article in the pane and mark it read (the list row too, if shown)."""
        self.flush_read_event()
        article = self._library.article(article_id)
        if article is None:
            self._pane.show_message("This article is no longer in the library.")
            return
        self._pane.show_article(article, self._library.article_images(article_id))
        if not article.read:
            self._model.update_row(article_id, read=True)
            self._write(lambda store: store.mark_read([article_id], True))
        self._pending_read = article_id
        self._read_timer.start()

    def flush_read_event(self) -> None:
        """Record the pending read event now (leaving the article, toggling it, closing)."""
        if self._pending_read is None:
            return
        article_id, self._pending_read = self._pending_read, None
        self._read_timer.stop()
        at = self._clock()
        self._write(lambda store: store.record_read(article_id, at, None))

    @Slot()
    def _on_read_timer_timeout(self) -> None:
        self.flush_read_event()

    @property
    def read_delay_ms(self) -> int:
        return self._read_timer.interval()

    def set_read_delay(self, ms: int) -> None:
        """How long an article must stay shown before it counts as read (settings)."""
        self._read_timer.setInterval(max(0, ms))

    def _write(self, job: Callable[[GuiStore], object]) -> None:
        future = self._writer.submit(job)
        self._bridge.when_done(future, self._on_write_done, self._on_write_failed)

    def _on_write_done(self, _result: object) -> None:
        self.counts_changed.emit()

    def _on_write_failed(self, exc: BaseException) -> None:
        self.status_message.emit(f"Could not save the change: {exc}")
        self.counts_changed.emit()

    # -- actions ----------------------------------------------------------------------------

    def toggle_read(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.flush_read_event()  # record before the flag flips, so "unread" wins
        read = not row.read
        self._model.update_row(row.id, read=read)
        self._write(lambda store: store.mark_read([row.id], read))

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

    def next_unread(self) -> bool:
        """n: the next unread row below the current one; False when there is none."""
        current = self._view.currentIndex()
        start = current.row() if current.isValid() and self.current_row() is not None else -1
        target = self._model.next_unread_row(start)
        if target is None:
            self.status_message.emit("No more unread articles here.")
            return False
        self._select_row(target)
        return True

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
