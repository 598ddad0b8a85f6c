"""Triage from the article list and the Help menu.

`ListActions` gives the article list its context menu (open, read/unread, mark above/below as
read, star, show in feed, copy link, open in the browser). The list selects several rows
(Ctrl/Shift+click); the menu's actions then apply to every selected row. A right-click shows
the row it acts on as selected but neither opens it nor marks it read: the selection is made
with the selection model's signals blocked, and the earlier one comes back when the menu
closes. Writes go through the window's writer, as every other user action does.

Mark all read and mark above/below can be undone (Edit ▸ Undo, Ctrl+Z, or the Undo button
beside the status message): undo puts back to unread exactly the articles that were unread
before. End goes to the real end of a list that loads lazily (`ToTheEnd` loads the remaining
pages a slice per event-loop turn, so the window never freezes); next unread continues in the
next feed or section with unread articles (`next_node_with_unread`).

`BrowserOpener` hands links to the system browser and says so in the status bar when none
could be opened. `HelpMenu` runs Help ▸ Keyboard Shortcuts (read from the window's actions)
and Help ▸ About. Everything here runs on the GUI thread.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSignalBlocker,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import newsreader
from newsreader.core.types import ArticleQuery, ArticleRow
from newsreader.gui.article_model import TITLE_COLUMN, ArticleListModel
from newsreader.gui.reading import ReadingController
from newsreader.gui.section_model import Node, NodeKind, SectionTreeModel
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue
from newsreader.usecases.ports import GuiStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListActions", text)


def _count_text(count: int, one: str, many: str) -> str:
    """`one` for a single item, else `many` with {count} in the user's number format."""
    if count == 1:
        return _tr(one)
    return _tr(many).format(count=QLocale().toString(count))


def plain_text(action: QAction) -> str:
    """An action's menu text as a person reads it: no mnemonic ampersands, no ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


class BrowserOpener:
    """Opens http/https/mailto links in the system browser; reports when that fails.

    QDesktopServices.openUrl returns False when no browser (or handler) could be started.
    """

    def __init__(
        self,
        report: Callable[[str], None],
        open_url: Callable[[QUrl], object] | None = None,
    ) -> None:
        self._report = report
        self._open = open_url if open_url is not None else QDesktopServices.openUrl

    def __call__(self, url: QUrl) -> bool:
        if self._open(url) is False:
            self._report(
                _tr(
                    "No web browser could be opened for {url}. Use Copy Link in the article"
                    " list's menu and paste it into your browser."
                ).format(url=url.toDisplayString())
            )
            return False
        return True


@dataclasses.dataclass(frozen=True)
class Undo:
    """One change that can be undone: `article_ids` were unread before it and are put back."""

    text: str  # the Edit menu's "Undo …" wording
    article_ids: tuple[int, ...]


class UndoNotice(QWidget):
    """A status bar message with an Undo button, shown after a change that can be undone.

    Any later status message replaces it (Edit ▸ Undo still works then); it goes away by
    itself after a minute.
    """

    def __init__(self, bar: QStatusBar, undo: Callable[[], None]) -> None:
        super().__init__(bar)
        self.setObjectName("undoNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel(self)
        self.label.setObjectName("undoNoticeLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names of feeds: never markup
        self.button = QPushButton(_tr("Undo"), self)
        self.button.setObjectName("undoButton")
        self.button.setToolTip(_tr("Put these articles back to unread (Ctrl+Z)"))
        self.button.clicked.connect(undo)
        layout.setSpacing(10)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._bar = bar
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.hide)
        bar.addWidget(self)  # its own width: the button right after the text
        bar.messageChanged.connect(self._on_message_changed)
        self.hide()

    def offer(self, text: str) -> None:
        self._bar.clearMessage()
        self.label.setText(text)
        self.show()
        self._timer.start()

    def _on_message_changed(self, text: str) -> None:
        if text:
            self.hide()


class ToTheEnd(QObject):
    """Loads the rest of a lazily loaded list, a slice per event-loop turn, then calls back.

    Each turn fetches rows until about `budget_ms` have passed, so the GUI keeps answering
    while a 100,000-row list loads; the slice grows while pages stay fast. A new list (model
    reset) cancels it.
    """

    def __init__(
        self, model: ArticleListModel, report: Callable[[str], None], budget_ms: float = 8.0
    ) -> None:
        super().__init__(model)
        self._model = model
        self._report = report
        self._budget = budget_ms / 1000
        self._then: list[Callable[[], None]] = []
        self._batch = 200
        self._started = 0.0
        self._reported = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        model.modelReset.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, then: Callable[[], None]) -> None:
        if not self._model.canFetchMore(QModelIndex()):
            then()
            return
        self._then.append(then)
        if not self._timer.isActive():
            self._started = self._reported = time.monotonic()
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._then = []

    def _step(self) -> None:
        model = self._model
        start = time.monotonic()
        more = True
        while more and time.monotonic() - start < self._budget:
            before = time.monotonic()
            more = model.prefetch(self._batch)
            took = time.monotonic() - before
            # Aim a read at a quarter of the budget: pages near the end cost as much.
            if took < self._budget / 4:
                self._batch = min(self._batch * 2, 5000)
            elif took > self._budget / 2:
                self._batch = max(100, self._batch // 2)
        if more:
            now = time.monotonic()
            if now - self._reported > 0.5:
                self._reported = now
                self._report(_tr("Going to the end of the list…"))
            return
        model.show_prefetched()  # one insert: the view lays the rows out once
        self._timer.stop()
        then, self._then = self._then, []
        for callback in then:
            callback()


def next_node_with_unread(model: SectionTreeModel, current: Node | None) -> Iterator[Node]:
    """Feeds and sections with unread articles after `current` in tree order, then from the
    top (wrapping), leaving out `current`, its ancestors and what it contains."""
    nodes = [n for n in model.walk() if n.kind in (NodeKind.FEED, NodeKind.SECTION)]
    skip: set[int] = set()
    start = 0
    if current is not None:
        skip = {id(n) for n in model.walk(current)} | {id(current)}
        parent = current.parent
        while parent is not None:
            skip.add(id(parent))
            parent = parent.parent
        for i, node in enumerate(nodes):
            if node is current:
                start = i + 1
    for node in nodes[start:] + nodes[:start]:
        if id(node) not in skip and (node.count or 0) > 0:
            yield node


class ListActions(QObject):
    """The article list's context menu and what its actions do."""

    def __init__(
        self,
        *,
        view: QTreeView,
        model: ArticleListModel,
        writer: WriteQueue,
        bridge: Bridge,
        open_url: Callable[[QUrl], object],
        counts_changed: Callable[[], None],
        report: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self._writer = writer
        self._bridge = bridge
        self._open_url = open_url
        self._counts_changed = counts_changed
        self._report = report
        self._saved: tuple[QItemSelection, QModelIndex] | None = None
        self.menu: QMenu | None = None  # the menu being shown (tests and screenshots)
        # More actions for the selected articles' menu: (menu, their ids) -> adds to it.
        self.menu_extensions: list[Callable[[QMenu, list[int]], None]] = []
        self._undo: list[Undo] = []
        self.undo_action = QAction(_tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.notice: UndoNotice | None = None
        self.to_the_end = ToTheEnd(model, report)
        self._tree: QTreeView | None = None
        self._sections: SectionTreeModel | None = None
        self._select_node: Callable[[str], bool] | None = None
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Every row has the same height (one delegate): without this the view measures every
        # row again after each page it loads, and End on 100,000 rows would crawl.
        view.setUniformRowHeights(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_context_menu_requested)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # End: to the real end of the list

    def attach(
        self,
        *,
        window: QMainWindow,
        before_menu: QAction,
        tree: QTreeView,
        sections: SectionTreeModel,
        select_node: Callable[[str], bool],
        reading: ReadingController,
    ) -> None:
        """The window's parts these actions reach: an Edit menu (before `before_menu`) with
        Undo, the status bar's Undo notice, the tree for Show in Feed and for next unread."""
        edit = QMenu(_tr("&Edit"), window)
        edit.setObjectName("editMenu")
        edit.addAction(self.undo_action)
        window.menuBar().insertMenu(before_menu, edit)
        window.addAction(self.undo_action)  # Ctrl+Z with the menu bar hidden too
        self.notice = UndoNotice(window.statusBar(), self.undo)
        self._tree, self._sections, self._select_node = tree, sections, select_node
        reading.continue_elsewhere(self.go_to_next_node_with_unread)

    # -- the right-click selection ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_End and self._model.canFetchMore(QModelIndex()):
                self.go_to_end(event)
                return True
            return False
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.RightButton:
                index = self._view.indexAt(event.position().toPoint())
                if index.isValid():
                    self.select_quietly(index.row())
                return True  # the view must not select (and so open) the row itself
        return super().eventFilter(watched, event)

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self._view.selectionModel().selectedRows())

    def select_quietly(self, row: int) -> None:
        """Show `row` as selected without telling the reader (it is not opened or read).

        A row that is part of a multiple selection keeps that selection: the menu acts on
        all of its rows."""
        selection = self._view.selectionModel()
        if self._saved is None:
            self._saved = (selection.selection(), selection.currentIndex())
        rows = self._selected_rows()
        if len(rows) > 1 and row in rows:
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        with QSignalBlocker(selection):
            selection.setCurrentIndex(self._model.index(row, TITLE_COLUMN), flags)
        self._view.viewport().update()

    def restore_selection(self) -> None:
        """Back to the selection from before the right-click (the article the pane shows)."""
        if self._saved is None:
            return
        saved, current = self._saved
        self._saved = None
        selection = self._view.selectionModel()
        with QSignalBlocker(selection):
            selection.select(saved, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._view.viewport().update()

    # -- the menu ---------------------------------------------------------------------------

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        index = self._view.indexAt(pos)
        if not index.isValid():
            self.restore_selection()
            return
        self.select_quietly(index.row())
        menu = self.menu_for(index.row())
        if menu is None:
            self.restore_selection()
            return
        menu.exec(self._view.viewport().mapToGlobal(pos))
        self.restore_selection()
        menu.deleteLater()
        self.menu = None

    def menu_for(self, row: int) -> QMenu | None:
        """The context menu for the list's `row` (None when there is no such row); with
        several rows selected, including `row`, its actions apply to all of them."""
        article = self._model.row_at(row)
        if article is None:
            return None
        rows = self._selected_rows()
        chosen = [self._model.row_at(r) for r in rows] if len(rows) > 1 and row in rows else []
        targets = [a for a in chosen if a is not None] or [article]
        ids = [a.id for a in targets]
        many = len(targets) > 1
        menu = QMenu(self._view)
        menu.setObjectName("articleListMenu")
        menu.aboutToHide.connect(self.restore_selection)
        ident = article.id

        def add(name: str, text: str, slot: Callable[[], None], enabled: bool = True) -> None:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setEnabled(enabled)
            action.triggered.connect(slot)

        if many:
            count = QLocale().toString(len(targets))
            heading = menu.addAction(_tr("{count} articles selected").format(count=count))
            heading.setObjectName("selectionHeading")
            heading.setEnabled(False)
        else:
            add("openArticleAction", _tr("Open"), lambda: self.open_article(ident))
        menu.addSeparator()
        if any(not a.read for a in targets):
            add("markReadAction", _tr("Mark as Read"), lambda: self.set_read_many(ids, True))
        if any(a.read for a in targets):
            add("markUnreadAction", _tr("Mark as Unread"), lambda: self.set_read_many(ids, False))
        if not many:
            add("markAboveReadAction", _tr("Mark Above as Read"), lambda: self.mark_above(ident))
            add("markBelowReadAction", _tr("Mark Below as Read"), lambda: self.mark_below(ident))
        menu.addSeparator()
        if all(a.starred for a in targets):
            add("starAction", _tr("Unstar"), lambda: self.set_starred_many(ids, False))
        else:
            add("starAction", _tr("Star"), lambda: self.set_starred_many(ids, True))
        if not many:
            add(
                "showInFeedAction",
                _tr("Show in {feed}").format(feed=_menu_text(article.feed_title)),
                lambda: self.show_in_feed(ident),
                self._select_node is not None,
            )
        menu.addSeparator()
        links = [a.url for a in targets if a.url]
        copy = _tr("Copy Links") if many else _tr("Copy Link")
        add("copyLinkAction", copy, lambda: self.copy_links(ids), bool(links))
        if not many:
            add(
                "openLinkAction", _tr("Open in Browser"), lambda: self.open_link(ident), bool(links)
            )
        for extend in self.menu_extensions:  # issue 16: tags (gui/organise_actions.py)
            extend(menu, ids)
        self.menu = menu
        return menu

    # -- what the actions do ----------------------------------------------------------------

    def _article(self, ident: int) -> ArticleRow | None:
        index = self._model.index_of(ident)
        return self._model.article_row(index)

    def open_article(self, ident: int) -> None:
        self.restore_selection()
        index = self._model.index_of(ident)
        if index.isValid():
            self._view.setCurrentIndex(index)  # the reader opens it, as a click does

    def set_read(self, ident: int, read: bool) -> None:
        self.set_read_many([ident], read)

    def set_read_many(self, ids: Sequence[int], read: bool) -> None:
        self.restore_selection()
        self._mark(ids, read)
        if len(ids) > 1:
            one, many = (
                ("Marked one article as read.", "Marked {count} articles as read.")
                if read
                else ("Marked one article as unread.", "Marked {count} articles as unread.")
            )
            self._report(_count_text(len(ids), one, many))

    def mark_above(self, ident: int) -> None:
        """Mark the rows above `ident` as read (not `ident` itself); undoable."""
        self.restore_selection()
        index = self._model.index_of(ident)
        if index.isValid():
            self._mark_rows(range(index.row()), _tr("Undo Mark Above as Read"))

    def mark_below(self, ident: int) -> None:
        """Mark every row below `ident` as read, loading the rest of the list first (not
        `ident` itself); undoable."""
        self.restore_selection()

        def mark() -> None:
            index = self._model.index_of(ident)
            if index.isValid():
                rows = range(index.row() + 1, self._model.rowCount())
                self._mark_rows(rows, _tr("Undo Mark Below as Read"))

        self.to_the_end.start(mark)

    def _mark_rows(self, rows: range, undo_text: str) -> None:
        ids = []
        for number in rows:
            article = self._model.row_at(number)
            if article is not None and not article.read:
                ids.append(article.id)
        if not ids:
            self._report(_tr("Those articles are already read."))
            return
        self._mark(ids, True)
        self.offer_undo(
            Undo(undo_text, tuple(ids)),
            _count_text(
                len(ids), "Marked one article as read.", "Marked {count} articles as read."
            ),
        )

    def mark_all_read(self, query: ArticleQuery, name: str) -> None:
        """Mark everything `query` selects as read, in the store; undoable (the ids the store
        changed are the ones undo puts back)."""
        changed: list[int] = []
        future = self._writer.submit(lambda store: store.mark_all_read(query, changed))

        def done(_count: object) -> None:
            self._counts_changed()
            if not changed:
                self._report(_tr("Every article in {name} was already read.").format(name=name))
                return
            count = len(changed)
            template = (
                "Marked one article in {name} as read."
                if count == 1
                else "Marked {count} articles in {name} as read."
            )
            text = _tr(template).format(name=name, count=QLocale().toString(count))
            self.offer_undo(Undo(_tr("Undo Mark All as Read"), tuple(changed)), text)

        self._bridge.when_done(future, done, self._on_write_failed)

    def offer_undo(self, undo: Undo, text: str) -> None:
        self._undo = [*self._undo[-19:], undo]
        self.undo_action.setText(undo.text)
        self.undo_action.setEnabled(True)
        if self.notice is not None:
            self.notice.offer(text)
        else:
            self._report(text)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        """Edit ▸ Undo: the articles the last undoable change marked read are unread again."""
        if not self._undo:
            return
        last = self._undo.pop()
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_action.setText(self._undo[-1].text if self._undo else _tr("&Undo"))
        if self.notice is not None:
            self.notice.hide()
        self._mark(last.article_ids, False)
        self._report(
            _count_text(
                len(last.article_ids),
                "One article is unread again.",
                "{count} articles are unread again.",
            )
        )

    def _mark(self, ids: Sequence[int], read: bool) -> None:
        self._model.set_read_many(ids, read)
        chosen = list(ids)
        future = self._writer.submit(lambda store: store.mark_read(chosen, read))
        self._bridge.when_done(future, self._on_written, self._on_write_failed)

    def set_starred(self, ident: int, starred: bool) -> None:
        self.set_starred_many([ident], starred)

    def set_starred_many(self, ids: Sequence[int], starred: bool) -> None:
        self.restore_selection()
        chosen = list(ids)
        for ident in chosen:
            self._model.update_row(ident, starred=starred)

        def job(store: GuiStore) -> None:
            for ident in chosen:
                store.set_starred(ident, starred)

        future = self._writer.submit(job)
        self._bridge.when_done(future, self._on_written, self._on_write_failed)

    def _on_written(self, _result: object) -> None:
        self._counts_changed()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._report(_tr("The change could not be saved: {error}").format(error=exc))
        self._counts_changed()

    def copy_link(self, ident: int) -> None:
        self.copy_links([ident])

    def copy_links(self, ids: Sequence[int]) -> None:
        """The articles' links on the clipboard, one a line."""
        self.restore_selection()
        urls = [a.url for a in (self._article(i) for i in ids) if a is not None and a.url]
        if not urls:
            return
        QGuiApplication.clipboard().setText("\n".join(urls))
        if len(urls) == 1:
            self._report(_tr("The article's link is on the clipboard."))
        else:
            self._report(_count_text(len(urls), "", "{count} links are on the clipboard."))

    def open_link(self, ident: int) -> None:
        self.restore_selection()
        article = self._article(ident)
        if article is not None and article.url:
            self._open_url(QUrl(article.url))

    def show_in_feed(self, ident: int) -> None:
        """Select the article's feed in the tree and the article in its list."""
        self.restore_selection()
        article = self._article(ident)
        if article is None or self._select_node is None:
            return
        if not self._select_node(f"feed:{article.feed_id}"):
            self._report(_tr("The article's feed is no longer in the list of feeds."))
            return
        index = self._model.index_of(ident)
        pages = 0
        while not index.isValid() and self._model.canFetchMore(QModelIndex()) and pages < 50:
            self._model.fetchMore(QModelIndex())  # bounded: at most 50 pages
            index = self._model.index_of(ident)
            pages += 1
        if index.isValid():
            self._view.setCurrentIndex(index)
            self._view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self._report(_tr("The article is not in its feed's list (Unread only may hide it)."))

    # -- navigation ---------------------------------------------------------------------------

    def go_to_end(self, event: QKeyEvent | None = None) -> None:
        """End: load the rest of the list without freezing, then go to its last row (the
        key itself is handed back to the view, so Shift+End still extends the selection)."""
        copy = (
            QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            if event is not None
            else None
        )

        def arrive() -> None:
            if copy is not None:
                QCoreApplication.sendEvent(self._view, copy)
            else:
                last = self._model.rowCount() - 1
                if last >= 0:
                    self._view.setCurrentIndex(self._model.index(last, TITLE_COLUMN))
            self._view.scrollToBottom()

        self.to_the_end.start(arrive)

    def go_to_next_node_with_unread(self) -> bool:
        """Next unread's way on: the next feed or section with unread articles (by the tree's
        counts; a node whose count was stale is passed over). False when none is left."""
        if self._tree is None or self._sections is None or self._select_node is None:
            return False
        current = self._sections.node(self._tree.currentIndex())
        if current is not None and current.kind not in (NodeKind.FEED, NodeKind.SECTION):
            return False  # All articles, Unread…: there is nowhere further to go
        for tries, node in enumerate(next_node_with_unread(self._sections, current)):
            if tries >= 5 or not self._select_node(node.key):
                return False
            if self._model.next_unread_row(-1) is not None:
                self._report(_tr("Unread articles in {name}").format(name=node.name))
                return True
        return False


def _menu_text(text: str) -> str:
    """Feed text in a menu: ampersands shown as such, long titles shortened."""
    text = text if len(text) <= 40 else text[:39] + "…"
    return text.replace("&", "&&")


class ShortcutsDialog(QDialog):
    """Every action of the window with a shortcut, menu by menu, read from the actions."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Press these keys in the main window to run the commands without the menus.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(window)
        self.resize(460, 520)

    def _fill(self, window: QMainWindow) -> None:
        seen: set[int] = set()
        bold = self.font()
        bold.setBold(True)
        for top in window.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            rows = self._rows(menu.actions(), seen)
            if rows:
                heading = QTreeWidgetItem(self.table, [plain_text(top), ""])
                heading.setFont(0, bold)
                heading.setFirstColumnSpanned(True)
                self.table.addTopLevelItems(rows)
        other = self._rows(window.findChildren(QAction), seen)
        if other:
            heading = QTreeWidgetItem(self.table, [self.tr("Other"), ""])
            heading.setFont(0, bold)
            self.table.addTopLevelItems(other)

    @staticmethod
    def _rows(actions: Sequence[QAction], seen: set[int]) -> list[QTreeWidgetItem]:
        rows = []
        for action in actions:
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            if action.isSeparator() or not keys or id(action) in seen:
                continue
            seen.add(id(action))
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            item = QTreeWidgetItem([plain_text(action), text])
            item.setData(0, Qt.ItemDataRole.UserRole, action.objectName())
            rows.append(item)
        return rows

    def shortcut_for(self, text: str) -> str | None:
        """The shortcut column of the row named `text` (tests)."""
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None and item.text(0) == text:
                return item.text(1)
        return None


class HelpMenu(QObject):
    """Help ▸ Keyboard Shortcuts and Help ▸ About Newsreader."""

    def __init__(
        self, *, window: QMainWindow, shortcuts_action: QAction, about_action: QAction
    ) -> None:
        super().__init__(window)
        self._window = window
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_box: QMessageBox | None = None
        window.addAction(shortcuts_action)  # F1 works with the menu bar hidden too
        shortcuts_action.triggered.connect(self.show_shortcuts)
        about_action.triggered.connect(self.show_about)

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        dialog = ShortcutsDialog(self._window)  # built now: it lists the actions as they are
        self.shortcuts_dialog = dialog
        dialog.show()
        return dialog

    def show_about(self) -> QMessageBox:
        box = self.about_box
        if box is None:
            box = QMessageBox(self._window)
            box.setObjectName("aboutBox")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(_tr("About Newsreader"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(_tr("Newsreader {version}").format(version=newsreader.__version__))
            box.setInformativeText(
                _tr(
                    "Newsreader follows your news feeds and keeps every article on this"
                    " computer, so you can read them offline. Its Most popular lists come from"
                    " what you yourself read."
                )
            )
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            self.about_box = box
        box.open()
        return box
