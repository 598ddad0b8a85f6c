"""Triage from the article list and the Help menu.

`ListActions` gives the article list its context menu (open, read/unread, mark above/below as
read, star, copy link, open in the browser). A right-click shows the row it acts on as
selected but neither opens it nor marks it read: the selection is made with the selection
model's signals blocked, and the earlier one comes back when the menu closes. Writes go
through the window's writer, as every other user action does.

`BrowserOpener` hands links to the system browser and says so in the status bar when none
could be opened. `HelpMenu` runs Help ▸ Keyboard Shortcuts (read from the window's actions)
and Help ▸ About. Everything here runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

import newsreader
from newsreader.core.types import ArticleRow
from newsreader.gui.article_model import TITLE_COLUMN, ArticleListModel
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue


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
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_context_menu_requested)
        view.viewport().installEventFilter(self)

    # -- the right-click selection ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.RightButton:
                index = self._view.indexAt(event.position().toPoint())
                if index.isValid():
                    self.select_quietly(index.row())
                return True  # the view must not select (and so open) the row itself
        return super().eventFilter(watched, event)

    def select_quietly(self, row: int) -> None:
        """Show `row` as selected without telling the reader (it is not opened or read)."""
        selection = self._view.selectionModel()
        if self._saved is None:
            self._saved = (selection.selection(), selection.currentIndex())
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
        """The context menu for the list's `row` (None when there is no such row)."""
        article = self._model.row_at(row)
        if article is None:
            return None
        menu = QMenu(self._view)
        menu.setObjectName("articleListMenu")
        menu.aboutToHide.connect(self.restore_selection)
        ident = article.id

        def add(name: str, text: str, slot: Callable[[], None], enabled: bool = True) -> None:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setEnabled(enabled)
            action.triggered.connect(slot)

        add("openArticleAction", _tr("Open"), lambda: self.open_article(ident))
        menu.addSeparator()
        if article.read:
            add("markUnreadAction", _tr("Mark as Unread"), lambda: self.set_read(ident, False))
        else:
            add("markReadAction", _tr("Mark as Read"), lambda: self.set_read(ident, True))
        add("markAboveReadAction", _tr("Mark Above as Read"), lambda: self.mark_above(ident))
        add("markBelowReadAction", _tr("Mark Below as Read"), lambda: self.mark_below(ident))
        menu.addSeparator()
        if article.starred:
            add("starAction", _tr("Unstar"), lambda: self.set_starred(ident, False))
        else:
            add("starAction", _tr("Star"), lambda: self.set_starred(ident, True))
        menu.addSeparator()
        has_url = bool(article.url)
        add("copyLinkAction", _tr("Copy Link"), lambda: self.copy_link(ident), has_url)
        add("openLinkAction", _tr("Open in Browser"), lambda: self.open_link(ident), has_url)
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
        self.restore_selection()
        self._mark([ident], read)

    def mark_above(self, ident: int) -> None:
        """Mark the loaded rows above `ident` as read (not `ident` itself)."""
        self.restore_selection()
        index = self._model.index_of(ident)
        if index.isValid():
            self._mark_rows(range(index.row()))

    def mark_below(self, ident: int) -> None:
        """Mark the loaded rows below `ident` as read (not `ident` itself)."""
        self.restore_selection()
        index = self._model.index_of(ident)
        if index.isValid():
            self._mark_rows(range(index.row() + 1, self._model.rowCount()))

    def _mark_rows(self, rows: range) -> None:
        ids = []
        for number in rows:
            article = self._model.row_at(number)
            if article is not None and not article.read:
                ids.append(article.id)
        if not ids:
            self._report(_tr("Those articles are already read."))
            return
        self._mark(ids, True)
        self._report(
            _count_text(len(ids), "Marked one article as read.", "Marked {count} articles as read.")
        )

    def _mark(self, ids: Sequence[int], read: bool) -> None:
        for ident in ids:
            self._model.update_row(ident, read=read)
        chosen = list(ids)
        future = self._writer.submit(lambda store: store.mark_read(chosen, read))
        self._bridge.when_done(future, self._on_written, self._on_write_failed)

    def set_starred(self, ident: int, starred: bool) -> None:
        self.restore_selection()
        self._model.update_row(ident, starred=starred)
        future = self._writer.submit(lambda store: store.set_starred(ident, starred))
        self._bridge.when_done(future, self._on_written, self._on_write_failed)

    def _on_written(self, _result: object) -> None:
        self._counts_changed()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._report(_tr("The change could not be saved: {error}").format(error=exc))
        self._counts_changed()

    def copy_link(self, ident: int) -> None:
        self.restore_selection()
        article = self._article(ident)
        if article is None or not article.url:
            return
        QGuiApplication.clipboard().setText(article.url)
        self._report(_tr("The article's link is on the clipboard."))

    def open_link(self, ident: int) -> None:
        self.restore_selection()
        article = self._article(ident)
        if article is not None and article.url:
            self._open_url(QUrl(article.url))


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
