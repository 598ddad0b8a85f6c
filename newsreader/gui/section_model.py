"""The section tree: fixed nodes, nested sections with their feeds, unread counts, errors.

A hand-written QAbstractItemModel over `LibraryReader.sections()/feeds()/unread_counts()` — all
bounded by the number of subscriptions, so rebuilding runs on the GUI thread. Counts change far
more often than structure: `refresh()` updates counts and feed errors in place (dataChanged)
and resets the model only when sections or feeds were added, moved or removed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from newsreader.core.ports import LibraryReader
from newsreader.core.types import ArticleQuery, Feed, FeedStatus, Section
from newsreader.gui.resources import icon

NAME_COLUMN, COUNT_COLUMN = 0, 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class NodeKind(StrEnum):
    ALL = "all"
    UNREAD = "unread"
    STARRED = "starred"
    POPULAR = "popular"
    SECTION = "section"
    FEED = "feed"


FIXED_NODES = (
    (NodeKind.ALL, "All articles", "all"),
    (NodeKind.UNREAD, "Unread", "unread"),
    (NodeKind.STARRED, "Starred", "starred"),
    (NodeKind.POPULAR, "Most popular", "popular"),
)


@dataclass(eq=False, slots=True)
class Node:
    """One row of the tree; `key` survives reloads so selection can be restored."""

    kind: NodeKind
    ident: int | None
    name: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0
    count: int | None = None  # unread (starred for the Starred node); None shows nothing
    feed: Feed | None = None
    section: Section | None = None

    @property
    def key(self) -> str:
        return self.kind.value if self.ident is None else f"{self.kind.value}:{self.ident}"

    @property
    def failing(self) -> bool:
        feed = self.feed
        return feed is not None and (feed.status != FeedStatus.ACTIVE or bool(feed.last_error))

    def add(self, child: Node) -> None:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)


@dataclass(frozen=True, slots=True)
class TreeData:
    """Everything the tree shows, read in one go (on a worker thread during refreshes)."""

    sections: tuple[Section, ...]
    feeds: tuple[Feed, ...]
    unread: dict[int, int]
    special: tuple[int, int, int]


def load_tree_data(library: LibraryReader) -> TreeData:
    """Read the tree's data; returns many rows, so refreshes call it off the GUI thread."""
    return TreeData(
        tuple(library.sections()),
        tuple(library.feeds()),
        library.unread_counts(),
        library.special_counts(),
    )


def node_query(node: Node) -> ArticleQuery | None:
    """The article-list query a node selects (None: Most popular is a ranking, not a query)."""
    match node.kind:
        case NodeKind.ALL:
            return ArticleQuery()
        case NodeKind.UNREAD:
            return ArticleQuery(unread_only=True)
        case NodeKind.STARRED:
            return ArticleQuery(starred_only=True)
        case NodeKind.SECTION:
            return ArticleQuery(section_id=node.ident)
        case NodeKind.FEED:
            return ArticleQuery(feed_id=node.ident)
    return None


class SectionTreeModel(QAbstractItemModel):
    """Fixed nodes, then sections (nested) and feeds, each with its unread count."""

    def __init__(self, library: LibraryReader, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._root = Node(NodeKind.SECTION, None, "")
        self._by_key: dict[str, Node] = {}
        self._shape: tuple[object, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def reload(self, data: TreeData | None = None) -> None:
        """Rebuild the whole tree (structure changed); views keep nothing but node keys."""
        data = data or load_tree_data(self._library)
        self.beginResetModel()
        self._root = self._build(list(data.sections), list(data.feeds))
        self._by_key = {node.key: node for node in self.walk()}
        self._shape = _shape(data.sections, data.feeds)
        self._apply_counts(data)
        self.endResetModel()

    def refresh(self, data: TreeData | None = None) -> None:
        """Apply fresh counts and feed health; reset only when the structure itself changed.

        `data` comes from `load_tree_data` on a worker thread during refreshes; without it
        the (bounded, but per-feed) queries run here.
        """
        data = data or load_tree_data(self._library)
        if _shape(data.sections, data.feeds) != self._shape:
            self.reload(data)
            return
        renamed: list[Node] = []
        for feed in data.feeds:
            node = self._by_key.get(f"feed:{feed.id}")
            if node is None or node.feed == feed:
                continue
            shown = _shown(node.feed)
            node.feed = feed
            node.name = feed.title or feed.url
            if _shown(feed) != shown:  # every fetch changes a feed's times: not shown
                renamed.append(node)
        counted: list[Node] = []
        for node, old in self._apply_counts(data):
            # The name turns bold or plain only when the count crosses zero.
            (renamed if bool(old) != bool(node.count) else counted).append(node)
        self._emit_changed(renamed, NAME_COLUMN)
        self._emit_changed(counted, COUNT_COLUMN)

    def _build(self, sections: list[Section], feeds: list[Feed]) -> Node:
        root = Node(NodeKind.SECTION, None, "")
        for kind, name, _icon in FIXED_NODES:
            root.add(Node(kind, None, name))
        section_nodes: dict[int, Node] = {}
        for section in sections:  # parents come before their children
            node = Node(NodeKind.SECTION, section.id, section.name, section=section)
            parent = section_nodes.get(section.parent_id) if section.parent_id else None
            (parent or root).add(node)
            section_nodes[section.id] = node
        for feed in feeds:
            owner = section_nodes.get(feed.section_id) if feed.section_id else None
            (owner or root).add(Node(NodeKind.FEED, feed.id, feed.title or feed.url, feed=feed))
        return root

    def _apply_counts(self, data: TreeData) -> list[tuple[Node, int | None]]:
        """Store fresh counts on every node; returns the changed nodes with their old count."""
        per_feed = data.unread
        _all, unread, starred = data.special
        changed: list[tuple[Node, int | None]] = []

        def assign(node: Node, value: int | None) -> None:
            if node.count != value:
                changed.append((node, node.count))
                node.count = value

        def total(node: Node) -> int:
            if node.kind is NodeKind.FEED:
                value = per_feed.get(node.ident or 0, 0)
            else:
                value = sum(total(child) for child in node.children)
            assign(node, value)
            return value

        for node in self._root.children:
            match node.kind:
                case NodeKind.ALL | NodeKind.UNREAD:
                    assign(node, unread)
                case NodeKind.STARRED:
                    assign(node, starred)
                case NodeKind.POPULAR:
                    assign(node, None)
                case _:
                    total(node)
        return changed

    def _emit_changed(self, nodes: list[Node], first_column: int) -> None:
        """One dataChanged per parent: every emit costs the views (and the GIL) a round trip.

        Count-only changes start at the count column: for a range starting at column 0,
        QTreeView re-asks every row in it whether it has children (flags() and rowCount()
        in Python, each waiting for the GIL during a refresh), invisible rows included.
        """
        spans: dict[int, tuple[Node, int, int]] = {}
        for node in nodes:
            parent = node.parent or self._root
            _p, low, high = spans.get(id(parent), (parent, node.row, node.row))
            spans[id(parent)] = (parent, min(low, node.row), max(high, node.row))
        for parent, low, high in spans.values():
            first, last = parent.children[low], parent.children[high]
            self.dataChanged.emit(
                self.createIndex(low, first_column, first),
                self.createIndex(high, COUNT_COLUMN, last),
            )

    # -- lookups used by the window -----------------------------------------------------------

    def walk(self, node: Node | None = None) -> Iterator[Node]:
        for child in (node or self._root).children:
            yield child
            yield from self.walk(child)

    def node(self, index: AnyIndex) -> Node | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def index_for_key(self, key: str) -> QModelIndex:
        node = self._by_key.get(key)
        return QModelIndex() if node is None else self.createIndex(node.row, 0, node)

    def section_by_path(self, path: str) -> Node | None:
        for node in self.walk():
            if node.section is not None and node.section.path == path:
                return node
        return None

    def feed_ids_under(self, node: Node) -> list[int]:
        if node.kind is NodeKind.FEED:
            return [node.ident] if node.ident is not None else []
        return [n.ident for n in self.walk(node) if n.kind is NodeKind.FEED and n.ident]

    def count_for_key(self, key: str) -> int | None:
        node = self._by_key.get(key)
        return None if node is None else node.count

    # -- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        owner = self.node(parent) if parent.isValid() else self._root
        if owner is None or not (0 <= row < len(owner.children)) or not (0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, owner.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        owner = self.node(parent) if parent.isValid() else self._root
        return 0 if owner is None else len(owner.children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def multiData(self, index: AnyIndex, span: Any) -> None:  # a QModelRoleDataSpan
        """Every role of a cell in one call: the delegate asks for ~10 roles per cell, and each
        separate data() call is a trip back into Python that waits for the GIL while a refresh
        keeps other threads busy."""
        for role_data in span:
            role_data.setData(self.data(index, role_data.role()))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return node.name
            return str(node.count) if node.count else ""
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            return icon(_icon_name(node))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(node)
        if role == Qt.ItemDataRole.FontRole and node.count and node.kind is not NodeKind.STARRED:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return node.key
        return None


def _icon_name(node: Node) -> str:
    for kind, _name, icon_name in FIXED_NODES:
        if node.kind is kind:
            return icon_name
    if node.kind is NodeKind.SECTION:
        return "section"
    return "feed-error" if node.failing else "feed"


def _tooltip(node: Node) -> str:
    feed = node.feed
    if feed is None:
        return node.name
    lines = [feed.title or feed.url, feed.url]
    if feed.status == FeedStatus.GONE:
        lines.append("The feed is gone (HTTP 410); it is no longer polled.")
    elif feed.status == FeedStatus.AUTH:
        lines.append("The server asks for a login; polling is paused.")
    if feed.last_error:
        lines.append(f"Last error: {feed.last_error}")
    return "\n".join(lines)


def _shown(feed: Feed | None) -> tuple[object, ...]:
    """What of a feed its row shows (name, icon, tooltip)."""
    if feed is None:
        return ()
    return (feed.title, feed.url, feed.status, feed.last_error)


def _shape(sections: Sequence[Section], feeds: Sequence[Feed]) -> tuple[object, ...]:
    """What, when it changes, needs a model reset rather than a count update."""
    return (
        tuple((s.id, s.parent_id, s.name, s.position) for s in sections),
        tuple((f.id, f.section_id) for f in feeds),
    )
