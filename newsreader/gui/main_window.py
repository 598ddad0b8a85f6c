"""The main window: section tree, article list and reader pane, fed live by the poller.

Composes the Designer form (`ui/main_window.ui`) and wires the models, the reading controller,
the poller and the bridge. The services (bridge, poller, reads, offline gate, image sources)
arrive built in one `WindowServices` from the composition root (`app.window`); features the
app adds later (the settings dialog, File ▸ Check Library) attach through named methods
(`enable_settings`, `add_file_action`, `add_close_hook`), never as attributes or through `ui`.
Everything here runs on the GUI thread; refresh progress arrives as queued signals and the
tree/list updates it causes are throttled to a few per second.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from newsreader.core import prefs
from newsreader.core.ports import LibraryReader
from newsreader.core.types import ArticleQuery
from newsreader.gui import accessibility
from newsreader.gui.article_model import (
    DATE_COLUMN,
    ID_ROLE,
    ArticleListModel,
    PageRows,
)
from newsreader.gui.direction import first_strong
from newsreader.gui.empty_state import EmptyState, Subscribing
from newsreader.gui.forms.ui_main_window import Ui_MainWindow
from newsreader.gui.layout import ElideMiddleDelegate, ListLayout, set_up_list_header
from newsreader.gui.list_actions import BrowserOpener, HelpMenu, ListActions
from newsreader.gui.offline_mode import NetworkGate, OfflineMode
from newsreader.gui.organise_actions import OrganiseActions, group_message
from newsreader.gui.popular_view import PopularList
from newsreader.gui.reader_boxes import CacheImages, ReaderBoxes
from newsreader.gui.reader_pane import ImageStates, ReaderPane
from newsreader.gui.reading import ReadingController
from newsreader.gui.reading_settings import ReadingSettings
from newsreader.gui.refresh_status import RefreshStatus
from newsreader.gui.section_actions import SectionActions
from newsreader.gui.section_model import (
    COUNT_COLUMN,
    Node,
    NodeKind,
    SectionTreeModel,
    TreePlan,
    load_tree_data,
    node_query,
    plan_tree_update,
)
from newsreader.gui.trending_view import TrendingList
from newsreader.services.bridge import Bridge
from newsreader.services.poller import Poller, RefreshRunner
from newsreader.services.reads import BackgroundReads
from newsreader.services.throttle import Throttle
from newsreader.services.writes import WriteQueue

log = logging.getLogger("newsreader.gui.window")


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the style's minimum, for easier reading and clicking.

    (A style sheet would do it too, but widgets with one stop following palette changes,
    so the views would stay light when the system switches to dark.)
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Issue 17: each title is drawn in its own text's direction (gui/direction.py)."""
        super().initStyleOption(option, index)
        direction = first_strong(option.text)
        if direction is not None:
            option.direction = direction


@dataclasses.dataclass(frozen=True)
class WindowServices:
    """What the composition root builds for one window and passes in.

    The window adopts the QObjects (they become its children) and closes them when it closes.
    `gate` adds offline mode (banner, View ▸ Work offline); `image_states` gives the pane its
    image placeholders; `cache_images` is "load image" (None: the pane offers no such link).
    """

    bridge: Bridge
    poller: Poller
    reads: BackgroundReads
    gate: NetworkGate | None = None
    image_states: ImageStates | None = None
    cache_images: CacheImages | None = None

    @classmethod
    def standard(cls, refresher: RefreshRunner, clock: Callable[[], datetime]) -> WindowServices:
        """A bare window's: the bridge, a poller running `refresher`, and the reads thread."""
        bridge = Bridge()
        poller = Poller(refresher, bridge, clock)
        return cls(bridge=bridge, poller=poller, reads=BackgroundReads(bridge))


def _set_up_tree(tree: QTreeView, model: SectionTreeModel) -> None:
    # Issue 15: names show whole where they fit and lose their middle otherwise.
    tree.setItemDelegate(ElideMiddleDelegate(tree))
    tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    tree.setModel(model)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # Fixed, not ResizeToContents: that re-measures every row (a Python data() call each,
    # each waiting for the GIL while a refresh runs) on every count change.
    header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
    # Room for a four-digit count (issue 15: names get the rest), from the tree's font.
    header.resizeSection(COUNT_COLUMN, tree.fontMetrics().horizontalAdvance("0000") + 16)
    tree.expandAll()


def _set_up_list(view: QTreeView, model: ArticleListModel) -> None:
    view.setItemDelegate(RoomyDelegate(view))
    view.setModel(model)
    set_up_list_header(view)  # issue 15: Title takes the room, Feed and Date fit their text
    header = view.header()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(DATE_COLUMN, Qt.SortOrder.DescendingOrder)


class MainWindow(QMainWindow):
    """The reader's window for one profile; closing it stops the poller and runs close hooks."""

    def __init__(
        self,
        *,
        library: LibraryReader,
        writer: WriteQueue,
        images_dir: Path,
        settings_path: Path,
        clock: Callable[[], datetime],
        services: WindowServices | None = None,
        refresher: RefreshRunner | None = None,
        read_delay_ms: int = 1500,
        poll: bool = True,
        open_url: Callable[[QUrl], object] | None = None,
        list_layout: str = prefs.LIST_LAYOUT.default,
    ) -> None:
        """`services` as the app built them; or, for a bare window, only a `refresher`.

        `list_layout` is the profile's View ▸ Layout choice (core.prefs.LIST_LAYOUT)."""
        if services is None:
            if refresher is None:
                raise TypeError("MainWindow needs services or a refresher")
            services = WindowServices.standard(refresher, clock)
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.reader_pane: ReaderPane = self.ui.readerPane  # the form's promoted widget
        self.library = library
        self._writer = writer
        self._clock = clock
        self._images_dir = images_dir
        self._settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        self._close_hooks: list[Callable[[], None]] = []
        self._node_key = "all"
        self._restoring = False
        self._closing = False
        self._list_layout = list_layout
        self.subscribing: Subscribing | None = None  # Add feed, Import OPML, starter feeds

        self.services = services
        self.bridge = services.bridge
        self.bridge.setParent(self)
        self.poller = services.poller
        self.poller.setParent(self)
        self.views_throttle = Throttle(self._update_views, 250, self)
        self.reads = services.reads
        self._reading = False  # a view update's queries are running on the reader thread
        self._reread = False  # and another update was asked for meanwhile
        self.sections = SectionTreeModel(library, self)
        self.articles = ArticleListModel(library, clock, parent=self)
        self._setup_views()
        self.reader_pane.set_image_source(lambda sha: images_dir / sha)
        if services.image_states is not None:
            self.reader_pane.set_image_states_source(services.image_states)

        # Links go to the browser through one opener that says so when none could be opened.
        self.browser = BrowserOpener(self.show_status, open_url)
        kwargs: dict[str, Any] = {"open_url": self.browser}
        self.reading = ReadingController(
            library=library,
            writer=writer,
            bridge=self.bridge,
            model=self.articles,
            view=self.ui.articleList,
            pane=self.reader_pane,
            clock=clock,
            read_delay_ms=read_delay_ms,
            parent=self,
            **kwargs,
        )
        # Issue 5/6: ranking views, the pane's boxes and "load image".
        self.popular = PopularList(
            library=library,
            model=self.articles,
            view=self.ui.articleList,
            menu=self.ui.viewMenu,
            clock=clock,
            parent=self,
        )
        self.trending = TrendingList(  # issue 19: the Trending node
            library=library,
            reads=self.reads,
            model=self.articles,
            view=self.ui.articleList,
            clock=clock,
            pane=self.reader_pane,
            parent=self,
        )
        self.boxes = ReaderBoxes(
            library=library,
            reads=self.reads,
            bridge=self.bridge,
            pane=self.reader_pane,
            clock=clock,
            cache_images=services.cache_images,
            parent=self,
        )
        self.reading.load_images_requested.connect(self.boxes.load_images)
        self.boxes.images_loaded.connect(lambda _id, text: self.show_status(text))
        self.popular.rank_action.toggled.connect(self._on_unread_only_toggled)
        # Issue 16: articles a rule hid stay stored; this lists them again.
        self.show_hidden_action = QAction(self.tr("Show &Hidden Articles"), self)
        self.show_hidden_action.setObjectName("showHiddenAction")
        self.show_hidden_action.setCheckable(True)
        self.ui.viewMenu.addAction(self.show_hidden_action)
        self.show_hidden_action.toggled.connect(self._on_unread_only_toggled)
        self.section_actions = SectionActions(
            tree=self.ui.sectionTree,
            model=self.sections,
            writer=writer,
            bridge=self.bridge,
            refresh_feeds=self._refresh_feeds,
            mark_all_read=self.mark_all_read,
            structure_changed=self.reload_sections,
            report=self.show_status,
        )
        self.list_actions = ListActions(
            view=self.ui.articleList,
            model=self.articles,
            writer=writer,
            bridge=self.bridge,
            open_url=self.browser,
            counts_changed=self.views_throttle.poke,
            report=self.show_status,
            parent=self,
        )
        self.list_actions.attach(  # issue 15: Edit ▸ Undo, Show in feed, next unread onwards
            window=self,
            before_menu=self.ui.viewMenu.menuAction(),
            tree=self.ui.sectionTree,
            sections=self.sections,
            select_node=self.select_node,
            reading=self.reading,
        )
        self.help_menu = HelpMenu(
            window=self,
            shortcuts_action=self.ui.shortcutsAction,
            about_action=self.ui.aboutAction,
        )
        self.organise = OrganiseActions(  # issue 16: tags, notes, saved searches
            window=self, library=library, writer=writer, bridge=self.bridge,
            list_view=self.ui.articleList, articles=self.articles, pane=self.reader_pane,
            search_box=self.ui.searchBox, article_menu=self.ui.articleMenu,
            current_node=self.current_node, select_node=self.select_node,
            counts_changed=self.views_throttle.poke, report=self.show_status, clock=clock,
        )  # fmt: skip
        self.list_actions.menu_extensions.append(self.organise.extend_list_menu)
        self.section_actions.menu_extensions.append(self.organise.extend_tree_menu)
        self._connect()
        # Reading preferences (theme, font, images policy) as the settings dialog changes them.
        self.reading_settings = ReadingSettings(self.reader_pane, self.reading)
        # After _connect: its "Offline" message replaces the window's "0 new, N failed".
        self.offline_mode: OfflineMode | None = None
        if services.gate is not None:
            self.offline_mode = OfflineMode(
                window=self,
                gate=services.gate,
                poller=self.poller,
                bridge=self.bridge,
                menu=self.ui.viewMenu,
                layout=self.ui.centralLayout,
                report=self.show_status,
                parent=self,
            )
        self._restore_settings()
        self.polling = poll  # False: refresh only on demand (tests, self-test)
        if poll:
            self.poller.start()
        self.views_throttle.poke()  # feed icons are decoded off the GUI thread: show them now

    # -- setup ------------------------------------------------------------------------------

    def _setup_views(self) -> None:
        ui = self.ui
        self.statusBar().addPermanentWidget(ui.statusProgress)
        ui.unreadOnlyButton.setDefaultAction(ui.unreadOnlyAction)
        _set_up_tree(ui.sectionTree, self.sections)
        _set_up_list(ui.articleList, self.articles)
        # Issue 15: list and pane in a splitter of their own (beside or above each other),
        # in a stack with the empty state shown while the profile has no feeds.
        self.empty_state = EmptyState(self)
        self.layout_choice = ListLayout(
            window=self,
            main_splitter=ui.mainSplitter,
            list_panel=ui.listPanel,
            pane=self.reader_pane,
            list_view=ui.articleList,
            empty_state=self.empty_state,
            menu=ui.viewMenu,
            mode=self._list_layout,
            store_mode=self._store_list_layout,
        )
        self._build_subscribe_actions()
        self._update_empty_state()
        self._set_up_keyboard()

    def _set_up_keyboard(self) -> None:
        """Issue 17: Tab goes tree → list → pane (then the search box and the Unread only
        button); the Menu key and Shift+F10 open the tree's and the list's context menus; a
        frame shows which of the two has the focus, in light and dark."""
        ui = self.ui
        chain = [ui.sectionTree, ui.articleList, self.reader_pane, ui.searchBox]
        chain.append(ui.unreadOnlyButton)
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        ui.unreadOnlyButton.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessibility.keyboard_context_menu(ui.sectionTree)
        accessibility.keyboard_context_menu(ui.articleList)
        self.focus_rings = [accessibility.FocusRing(v) for v in (ui.sectionTree, ui.articleList)]

    def _store_list_layout(self, mode: str) -> None:
        key = prefs.LIST_LAYOUT.key
        future = self._writer.submit(lambda store: store.set_setting(key, mode))
        self.bridge.when_done(
            future,
            lambda _result: None,
            lambda exc: self.show_status(
                self.tr("Could not keep the layout choice: {error}").format(error=exc)
            ),
        )

    def _build_subscribe_actions(self) -> None:
        """File ▸ Add Feed… (Ctrl+N, also on the toolbar) and File ▸ Import OPML…."""
        ui = self.ui
        self.add_feed_action = QAction(self.tr("&Add Feed…"), self)
        self.add_feed_action.setObjectName("addFeedAction")
        self.add_feed_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_feed_action.setToolTip(self.tr("Subscribe to a feed or a web page (Ctrl+N)"))
        self.add_feed_action.setEnabled(False)  # until enable_subscribing
        self.import_opml_action = QAction(self.tr("&Import OPML…"), self)
        self.import_opml_action.setObjectName("importOpmlAction")
        self.import_opml_action.setEnabled(False)
        first = ui.fileMenu.actions()[0] if ui.fileMenu.actions() else None
        ui.fileMenu.insertActions(first, [self.add_feed_action, self.import_opml_action])
        ui.fileMenu.insertSeparator(first)
        tool_first = ui.mainToolBar.actions()[0] if ui.mainToolBar.actions() else None
        ui.mainToolBar.insertAction(tool_first, self.add_feed_action)
        self.addAction(self.add_feed_action)  # Ctrl+N works with the menu bar hidden too

    def _update_empty_state(self) -> None:
        """The empty state while there is no feed; list and pane as soon as there is one."""
        empty = not any(node.kind is NodeKind.FEED for node in self.sections.walk())
        if empty != self.layout_choice.showing_empty:
            self.layout_choice.show_empty(empty)

    def _connect(self) -> None:
        ui = self.ui
        reading = self.reading
        ui.sectionTree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        ui.articleList.header().sectionClicked.connect(self._on_list_header_clicked)
        ui.refreshAction.triggered.connect(lambda: self._refresh_feeds(None))
        ui.markAllReadAction.triggered.connect(self._on_mark_all_read_triggered)
        ui.quitAction.triggered.connect(self.close)
        ui.unreadOnlyAction.toggled.connect(self._on_unread_only_toggled)
        ui.findAction.triggered.connect(self._on_find_triggered)
        ui.zoomInAction.triggered.connect(lambda: self._set_zoom(self.reader_pane.zoom + 1))
        ui.zoomOutAction.triggered.connect(lambda: self._set_zoom(self.reader_pane.zoom - 1))
        ui.zoomResetAction.triggered.connect(lambda: self._set_zoom(0))
        ui.zoomInAction.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        ui.nextAction.triggered.connect(lambda: reading.move(1))
        ui.previousAction.triggered.connect(lambda: reading.move(-1))
        ui.nextUnreadAction.triggered.connect(reading.next_unread)
        ui.toggleReadAction.triggered.connect(reading.toggle_read)
        ui.toggleStarAction.triggered.connect(reading.toggle_star)
        ui.openInBrowserAction.triggered.connect(reading.open_in_browser)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.activated.connect(reading.page_or_next_unread)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.searchBox)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._run_search)
        ui.searchBox.textEdited.connect(lambda _text: self._search_timer.start())
        ui.searchBox.returnPressed.connect(self._run_search)
        reading.counts_changed.connect(self.views_throttle.poke)
        reading.status_message.connect(self.show_status)
        reading.section_link_clicked.connect(self._on_section_link_clicked)
        self.sections.modelAboutToBeReset.connect(self._on_sections_about_to_reset)
        self.sections.modelReset.connect(self._on_sections_reset)
        self.bridge.refresh_progressed.connect(self._on_refresh_progressed)
        self.bridge.refresh_finished.connect(self._on_refresh_finished)
        self.refresh_status = RefreshStatus(  # after the views' handler: the views update first
            bar=ui.statusProgress,
            action=ui.refreshAction,
            poller=self.poller,
            bridge=self.bridge,
            report=self.show_status,
            parent=self,
        )

    # -- what the app's features attach to ---------------------------------------------------

    def enable_settings(
        self, open_settings: Callable[[], object], unsubscribe: Callable[[int], None] | None
    ) -> None:
        """Settings… (Ctrl+,) opens the dialog; the tree's "Unsubscribe…" goes through it."""
        action = self.ui.settingsAction
        action.setEnabled(True)
        # Registered on the window itself: a shortcut only reachable through the File menu
        # does not fire while the menu bar is native or hidden.
        self.addAction(action)
        action.triggered.connect(open_settings)
        self.section_actions.unsubscribe = unsubscribe

    def enable_subscribing(self, subscribing: Subscribing) -> None:
        """Add Feed… (toolbar, File, Ctrl+N, the tree's menu), Import OPML… and the empty
        state's three actions, carried out by `subscribing`."""
        self.subscribing = subscribing
        self.add_feed_action.setEnabled(True)
        self.import_opml_action.setEnabled(True)
        self.add_feed_action.triggered.connect(lambda: subscribing.add_feed(self._section_path()))
        self.import_opml_action.triggered.connect(subscribing.import_opml)
        self.empty_state.add_feed_requested.connect(self.add_feed_action.trigger)
        self.empty_state.import_requested.connect(subscribing.import_opml)
        self.empty_state.starter_requested.connect(subscribing.subscribe_starter)
        self.section_actions.add_feed = subscribing.add_feed
        self.add_close_hook(subscribing.close)

    def _section_path(self) -> str:
        """The selected section's path (or the selected feed's), for a new feed's section."""
        node = self.current_node()
        if node is not None and node.section is not None:
            return node.section.path
        if node is not None and node.feed is not None:
            return node.feed.section_path
        return ""

    def add_file_action(self, action: QAction) -> None:
        """Put `action` in the File menu, above Settings…."""
        self.ui.fileMenu.insertAction(self.ui.settingsAction, action)

    # -- the section tree -------------------------------------------------------------------

    def current_node(self) -> Node | None:
        return self.sections.node(self.ui.sectionTree.currentIndex())

    def select_node(self, key: str) -> bool:
        index = self.sections.index_for_key(key)
        if not index.isValid():
            return False
        self.ui.sectionTree.setCurrentIndex(index)
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        if self._restoring:
            return
        node = self.current_node()
        if node is None:
            return
        self._node_key = node.key
        self.ui.searchBox.clear()
        self.ui.markAllReadAction.setEnabled(node.kind not in (NodeKind.POPULAR, NodeKind.TRENDING))
        self._show_node(node)

    def _show_node(self, node: Node) -> None:
        group = group_message(node)  # issue 16: Saved searches and Tags list nothing themselves
        if group is not None:
            self.articles.set_rows([])
            self.reader_pane.show_message(group)
            return
        query = node_query(node)
        if self.trending.show_ranking(node) or self.popular.show_ranking(node) or query is None:
            pass  # a ranking (Most popular, or a section with Rank by popularity checked)
        else:
            if self.ui.unreadOnlyAction.isChecked():
                query = dataclasses.replace(query, unread_only=True)
            if self.show_hidden_action.isChecked():
                query = dataclasses.replace(query, show_hidden=True)
            order = self.ui.articleList.header().sortIndicatorOrder()
            newest = order == Qt.SortOrder.DescendingOrder
            self.articles.set_query(dataclasses.replace(query, newest_first=newest))
        self.reader_pane.show_message(
            self.tr("{name}: select an article to read it.").format(name=node.name)
        )

    def reload_sections(self) -> None:
        """Show a structural change (import, section edits): the next update rebuilds the tree."""
        self.views_throttle.poke()

    @Slot()
    def _on_sections_about_to_reset(self) -> None:
        self._restoring = True

    @Slot()
    def _on_sections_reset(self) -> None:
        self.ui.sectionTree.expandAll()
        self._update_empty_state()
        found = self.select_node(self._node_key)
        self._restoring = False
        if not found:
            self.select_node("all")

    @Slot(str)
    def _on_section_link_clicked(self, path: str) -> None:
        node = self.sections.section_by_path(path) if path else None
        self.select_node(node.key if node is not None else "all")

    # -- list options, search ---------------------------------------------------------------

    @Slot(bool)
    def _on_unread_only_toggled(self, _checked: bool) -> None:
        node = self.current_node()
        if node is not None and not self.ui.searchBox.text():
            self._show_node(node)

    @Slot(int)
    def _on_list_header_clicked(self, _section: int) -> None:
        # Only the date order is kept by an index; every column header flips it.
        header = self.ui.articleList.header()
        query = self.articles.query
        newest = not (query.newest_first if query is not None else True)
        order = Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(DATE_COLUMN, order)
        self.articles.sort(DATE_COLUMN, order)

    @Slot()
    def _on_find_triggered(self) -> None:
        self.ui.searchBox.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchBox.selectAll()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.ui.searchBox.text().strip()
        if not text:
            node = self.current_node()
            if node is not None:
                self._show_node(node)
            return
        self.articles.set_query(ArticleQuery(search=text))
        self.show_status(
            self.tr("%n article(s) found for “{query}”", "", self.articles.rowCount()).format(
                query=text
            )
            if self.articles.rowCount()
            else self.tr("Nothing found for “{query}”").format(query=text)
        )

    def clear_search(self) -> None:
        """Esc in the search box: back to the selected node, focus on the list."""
        self.ui.searchBox.clear()
        self._run_search()
        self.ui.articleList.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- mark all read ----------------------------------------------------------------------

    @Slot()
    def _on_mark_all_read_triggered(self) -> None:
        node = self.current_node()
        if node is not None:
            self.mark_all_read(node)

    def mark_all_read(self, node: Node) -> None:
        query = node_query(node)
        if query is None:
            return
        selected = self.current_node()
        if selected is not None and selected.key == node.key:
            self.articles.mark_all_shown_read()
        self.list_actions.mark_all_read(query, node.name)  # undoable (Ctrl+Z)

    # -- refresh ----------------------------------------------------------------------------

    def _refresh_feeds(self, feed_ids: list[int] | None) -> None:
        self.poller.refresh_now(feed_ids)

    @Slot(object)
    def _on_refresh_progressed(self, _progress: object) -> None:
        self.views_throttle.poke()

    @Slot(object)
    def _on_refresh_finished(self, _summary: object) -> None:
        self.views_throttle.cancel()
        self._update_views()

    def _update_views(self) -> None:
        """Throttled: re-read counts and the list's top off the GUI thread, then apply them."""
        if self._closing:
            return
        if self._reading:
            self._reread = True
            return
        library = self.library
        images_dir = self._images_dir  # feed icons are read and decoded with the tree's data
        query = self.articles.query
        base = self.sections.state  # the tree's changes are worked out off the GUI thread

        def job() -> tuple[TreePlan, ArticleQuery | None, PageRows | None]:
            page = library.article_page(query, None, 100) if query is not None else None
            return plan_tree_update(base, load_tree_data(library, images_dir)), query, page

        self._reading = self.reads.submit(job, self._apply_view_update, self._on_reads_failed)

    @property
    def views_settled(self) -> bool:
        """No view update is pending or running (tests wait for this, never for time)."""
        return not self._reading and not self._reread and not self.views_throttle.pending

    def _on_reads_failed(self, exc: BaseException) -> None:
        self._reading = False
        self.show_status(self.tr("Could not read the library: {error}").format(error=exc))

    def _apply_view_update(
        self, result: tuple[TreePlan, ArticleQuery | None, PageRows | None]
    ) -> None:
        self._reading = False
        plan, query, page = result
        self.sections.apply(plan)
        self._update_empty_state()
        view = self.ui.articleList
        bar = view.verticalScrollBar()
        top = view.indexAt(QPoint(1, 1))
        top_id = top.data(ID_ROLE) if top.isValid() and bar.value() > 0 else None
        if page is not None and self.articles.merge_new(query, page) and top_id is not None:
            hint = QAbstractItemView.ScrollHint.PositionAtTop
            view.scrollTo(self.articles.index_of(top_id), hint)
        if self._reread:
            self._reread = False
            self.views_throttle.poke()

    # -- zoom, status, persistence ----------------------------------------------------------

    def _set_zoom(self, step: int) -> None:
        self.reader_pane.set_zoom(step)
        self._settings.setValue("reader/zoom", self.reader_pane.zoom)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def add_close_hook(self, hook: Callable[[], None]) -> None:
        """Run `hook` once the window has closed and its workers have stopped."""
        self._close_hooks.append(hook)

    def _restore_settings(self) -> None:
        s = self._settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.layout_choice.apply()  # the orientation for the restored width, before the split
        layout = self.layout()
        if layout is not None:  # lay out at that width now: a split restored later keeps it
            layout.activate()
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        # Issue 15: "window/panes" (tree | list and pane) replaces the 3-pane "window/splitter";
        # the list/pane split is kept per orientation.
        panes = s.value("window/panes")  # kept only once the person dragged a splitter
        if panes is not None:
            self.ui.mainSplitter.restoreState(panes)
            self.layout_choice.user_sized = True
        content = s.value(self._content_key())
        if content is not None:
            self.layout_choice.content.restoreState(content)
        self.reader_pane.set_zoom(int(str(s.value("reader/zoom", 0))))
        self.ui.unreadOnlyAction.setChecked(str(s.value("list/unread_only", "false")) == "true")
        if not self.select_node(str(s.value("tree/node", "all"))):
            self.select_node("all")

    def _save_settings(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        if self.layout_choice.user_sized:
            s.setValue("window/panes", self.ui.mainSplitter.saveState())
            s.setValue(self._content_key(), self.layout_choice.content.saveState())
        s.setValue("reader/zoom", self.reader_pane.zoom)
        s.setValue("list/unread_only", self.ui.unreadOnlyAction.isChecked())
        s.setValue("tree/node", self._node_key)
        s.sync()

    def _content_key(self) -> str:
        return "window/content_stacked" if self.layout_choice.stacked else "window/content_side"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self._save_settings()
            self.views_throttle.cancel()
            self.reading.flush_read_event()
            self.poller.shutdown(timeout=2.0)
            self.reads.close()
            self.boxes.close()
            self.bridge.close()
            # Hiding lays the views out, and a list that lays out may fetch more rows: that
            # must happen before the hooks close the engine under it (issue 12: SIGSEGV).
            self.hide()
            for hook in self._close_hooks:
                try:
                    hook()
                except Exception:
                    log.exception("close hook failed")
        super().closeEvent(event)
