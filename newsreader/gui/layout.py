"""The window's layout at every size (issue 15): list beside or above the article, column widths.

Three parts, all on the GUI thread:

- `ListLayout` puts the article list and the reader pane in a splitter of their own, inside a
  stack whose other page is the empty state; it turns that splitter vertical (list above the
  article) below `NARROW_WIDTH` when the choice is "auto", and offers the choice in View ▸
  Layout (stored as the profile's `list_layout` preference).
- `fit_list_columns` gives the Title column the room: Feed and Date are sized to what they
  show (Date from the locale's formats, Feed from the visible names), Feed gives way first so
  that the title keeps at least `MIN_TITLE_CHARS` characters whenever the list allows it.
- `ElideMiddleDelegate` draws the tree's names whole where they fit and cuts the middle
  otherwise ("BBC News … Asia" stays tellable from "BBC News … Europe").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QActionGroup, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from newsreader.core import prefs
from newsreader.gui.article_model import (
    DATE_COLUMN,
    FEED_COLUMN,
    STAR_COLUMN,
    TITLE_COLUMN,
    format_list_date,
)

NARROW_WIDTH = 1200  # below this window width, "auto" puts the list above the article
WIDE_WIDTH = 1600  # from this width on, the tree may take a quarter for whole names
MIN_TITLE_CHARS = 40
TITLE_ROOM_CHARS = MIN_TITLE_CHARS + 5  # aimed for, so that wide letters still leave 40
FEED_MIN_CHARS = 8  # the Feed column never shrinks below this many average characters
FEED_MAX_CHARS = 24
CELL_PADDING = 22  # the style's margins around a cell's text, with room to spare
STAR_WIDTH = 28
PANE_COMFORT = 760  # the reader pane's centred column of about 70 characters, with margins


class ElideMiddleDelegate(QStyledItemDelegate):
    """Rows a little taller than the style's minimum; names that do not fit lose their middle.

    (A style sheet could make rows taller too, but widgets with one stop following palette
    changes, so the views would stay light when the system switches to dark.)
    """

    def __init__(self, parent: QObject | None = None, elide: bool = True) -> None:
        super().__init__(parent)
        self._elide = elide

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self._elide:
            option.textElideMode = Qt.TextElideMode.ElideMiddle

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


# Text of the kind the list shows, to measure a typical character (averageCharWidth is the
# font's own figure, narrower than headline text in most faces).
SAMPLE_TEXT = "Alexander Lukashenko pays working visit to China; World News, 14 December"


def text_char_width(metrics: QFontMetrics) -> float:
    """The width of an average character of headline text in this font."""
    return max(1.0, metrics.horizontalAdvance(SAMPLE_TEXT) / len(SAMPLE_TEXT))


def date_column_width(metrics: QFontMetrics, locale: QLocale | None = None) -> int:
    """Room for the widest text the Date column shows: a time today, or a short date."""
    locale = locale or QLocale()
    now = datetime(2026, 12, 30, 12, 0).astimezone()
    samples = [
        format_list_date(now.replace(hour=23, minute=58), now, locale),
        format_list_date(now - timedelta(days=40), now, locale),
        format_list_date(now.replace(month=9, day=28) - timedelta(days=400), now, locale),
    ]
    return max(metrics.horizontalAdvance(text) for text in samples) + CELL_PADDING


def title_chars(view: QTreeView) -> float:
    """How many average characters of the view's font the Title column shows now."""
    width = view.header().sectionSize(TITLE_COLUMN) - CELL_PADDING
    return max(0.0, width / text_char_width(view.fontMetrics()))


def fit_list_columns(view: QTreeView) -> None:
    """Size Star, Feed and Date to their content; Title (stretched) takes the rest."""
    header = view.header()
    metrics = view.fontMetrics()
    char = text_char_width(metrics)
    date = date_column_width(metrics)
    feed_least = round(FEED_MIN_CHARS * char) + CELL_PADDING
    feed_wanted = min(
        max(view.sizeHintForColumn(FEED_COLUMN), feed_least),
        round(FEED_MAX_CHARS * char) + CELL_PADDING,
    )
    room = view.viewport().width() - STAR_WIDTH - date
    title_wanted = round(TITLE_ROOM_CHARS * char) + CELL_PADDING
    feed = max(feed_least, min(feed_wanted, room - title_wanted))
    header.resizeSection(STAR_COLUMN, STAR_WIDTH)
    header.resizeSection(DATE_COLUMN, date)
    header.resizeSection(FEED_COLUMN, feed)


def set_up_list_header(view: QTreeView) -> None:
    """Title stretches; the others are sized by `fit_list_columns` (and may be dragged)."""
    header = view.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(STAR_WIDTH)
    header.setSectionResizeMode(STAR_COLUMN, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(FEED_COLUMN, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.Interactive)
    # Measure only the rows on screen: a refresh inserts rows a few times a second.
    header.setResizeContentsPrecision(0)
    fit_list_columns(view)


LAYOUT_LABELS = {
    "auto": ("layoutAutoAction", str(QT_TRANSLATE_NOOP("ListLayout", "&Automatic"))),
    "side": ("layoutSideAction", str(QT_TRANSLATE_NOOP("ListLayout", "&Side by Side"))),
    "stacked": (
        "layoutStackedAction",
        str(QT_TRANSLATE_NOOP("ListLayout", "List &Above the Article")),
    ),
}


class ListLayout(QObject):
    """The list and the pane in their own splitter, beside or above each other.

    Built once by the window from the form's `mainSplitter` ([tree, list panel, pane]): the
    list panel and the pane move into `contentSplitter`, which sits with the empty state in
    `contentStack` as the splitter's second widget.
    """

    def __init__(
        self,
        *,
        window: QWidget,
        main_splitter: QSplitter,
        list_panel: QWidget,
        pane: QWidget,
        list_view: QTreeView,
        empty_state: QWidget,
        menu: QMenu,
        mode: str,
        store_mode: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._main = main_splitter
        self._list = list_view
        self._store_mode = store_mode
        self.mode = mode if mode in prefs.LIST_LAYOUTS else prefs.LIST_LAYOUTS[0]
        # Until the person drags a splitter, the room is shared out again on every resize.
        self.user_sized = False
        self.stack = QStackedWidget(main_splitter)
        self.stack.setObjectName("contentStack")
        self.content = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.content.setObjectName("contentSplitter")
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(list_panel)
        self.content.addWidget(pane)
        self.content.setStretchFactor(0, 1)
        self.content.setStretchFactor(1, 1)
        self.stack.addWidget(self.content)
        self.stack.addWidget(empty_state)
        self._empty = empty_state
        main_splitter.insertWidget(1, self.stack)
        main_splitter.setStretchFactor(0, 0)
        main_splitter.setStretchFactor(1, 1)
        main_splitter.splitterMoved.connect(self._on_splitter_moved)
        self.content.splitterMoved.connect(self._on_splitter_moved)
        self.actions = self._build_menu(menu)
        self._fit = QTimer(self)  # columns are fitted once the layout has settled
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(lambda: fit_list_columns(self._list))
        list_view.viewport().installEventFilter(self)
        model = list_view.model()
        model.modelReset.connect(self._fit.start)
        model.rowsInserted.connect(self._fit.start)
        window.installEventFilter(self)
        self.apply()
        self.share_room()

    def _build_menu(self, menu: QMenu) -> dict[str, QAction]:
        sub = QMenu(QCoreApplication.translate("ListLayout", "&Layout"), menu)
        sub.setObjectName("layoutMenu")
        group = QActionGroup(sub)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for mode, (name, text) in LAYOUT_LABELS.items():
            action = QAction(QCoreApplication.translate("ListLayout", text), sub)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setChecked(mode == self.mode)
            action.triggered.connect(lambda _checked=False, m=mode: self.choose(m))
            group.addAction(action)
            sub.addAction(action)
            actions[mode] = action
        menu.addSeparator()
        menu.addMenu(sub)
        return actions

    def choose(self, mode: str) -> None:
        """The person's choice from View ▸ Layout: applied now, kept in the profile."""
        if mode not in prefs.LIST_LAYOUTS:
            return
        self.mode = mode
        self.actions[mode].setChecked(True)
        self.apply()
        self._store_mode(mode)

    @property
    def stacked(self) -> bool:
        """The list is above the article (chosen, or "auto" in a narrow window)."""
        return self.content.orientation() == Qt.Orientation.Vertical

    def wants_stacked(self, width: int) -> bool:
        if self.mode == "auto":
            return width < NARROW_WIDTH
        return self.mode == "stacked"

    def apply(self) -> None:
        """Orient the content splitter for the window's width and share out the room."""
        width = self._window.width()
        vertical = self.wants_stacked(width)
        orientation = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
        if orientation != self.content.orientation():
            self.content.setOrientation(orientation)
            self.share_room(tree=not self.user_sized)
        elif not self.user_sized:
            self.share_room()
        self._fit.start()

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.user_sized = True

    def share_room(self, tree: bool = True) -> None:
        """Default sizes: the tree as wide as its names (within limits), list and pane halves.

        Side by side the pane keeps `PANE_COMFORT` pixels and the list takes the rest, within
        what a 40-character title with its Feed and Date columns needs and three fifths of the
        room; above the article the list gets two fifths of the height. `tree=False` keeps
        the tree as the person sized it."""
        width = max(self._window.width(), 640)
        if tree:
            tree_width = self._tree_width(width)
            self._main.setSizes([tree_width, width - tree_width])
        else:
            tree_width = self._main.sizes()[0]
        rest = max(1, width - tree_width)
        if self.stacked:
            height = max(self.stack.height(), 400)
            self.content.setSizes([height * 2 // 5, height - height * 2 // 5])
        else:
            metrics = self._list.fontMetrics()
            char = text_char_width(metrics)
            need = (
                STAR_WIDTH
                + date_column_width(metrics)
                + round((FEED_MIN_CHARS + TITLE_ROOM_CHARS) * char)
                + 3 * CELL_PADDING
                + 32  # the list's frame and its scroll bar
            )
            # The pane reads best at about 70 characters (its centred column): what is left
            # beyond that goes to the list, up to three fifths.
            first = min(max(rest - PANE_COMFORT, need), rest * 3 // 5)
            self.content.setSizes([first, rest - first])

    def _tree_width(self, width: int) -> int:
        tree = self._main.widget(0)
        wanted = 230
        if isinstance(tree, QTreeView) and tree.model() is not None:
            # The names, the count column, frame, margins and a scroll bar.
            wanted = tree.sizeHintForColumn(0) + tree.header().sectionSize(1) + 48
        # Side by side in a mid-size window, the list needs the room more than the names.
        share = 20 if width < WIDE_WIDTH and not self.stacked else 24
        return max(180, min(wanted, width * share // 100))

    def show_empty(self, empty: bool) -> None:
        """The empty state in place of list and pane (a profile without feeds), or not."""
        self.stack.setCurrentWidget(self._empty if empty else self.content)

    @property
    def showing_empty(self) -> bool:
        return self.stack.currentWidget() is self._empty

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self._window:
                self.apply()
            else:
                self._fit.start()
        return False
