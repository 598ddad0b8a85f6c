"""The settings dialog's tree of sections and feeds, with drag-and-drop moves.

A drop never edits the model itself: it emits `move_requested` with the target section and
position, the page sends the move to the writer thread, and the model is rebuilt from the
library once the write is committed — so what the tree shows is always what is stored.
GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from newsreader.core.types import Feed, FeedStatus, Section
from newsreader.gui.resources import icon
from newsreader.gui.tooltips import plain_tooltip

MIME_TYPE = "application/x-newsreader-settings-node"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class NodeKind(StrEnum):
    SECTION = "section"
    FEED = "feed"


@dataclass(eq=False)
class TreeNode:
    """One row: a section (with children) or a feed (a leaf)."""

    kind: NodeKind
    id: int
    name: str
    parent: TreeNode | None
    section: Section | None = None
    feed: Feed | None = None
    sections: list[TreeNode] = field(default_factory=list)
    feeds: list[TreeNode] = field(default_factory=list)

    @property
    def children(self) -> list[TreeNode]:
        return self.sections + self.feeds

    @property
    def section_id(self) -> int | None:
        """The section this node is, or holds it (None: the top level)."""
        return self.id if self.kind is NodeKind.SECTION and self.id else None


def _marker(feed: Feed) -> str:
    if feed.status is FeedStatus.AUTH:
        return "  " + QCoreApplication.translate("FeedTree", "[password needed]")
    if feed.status is FeedStatus.GONE:
        return "  " + QCoreApplication.translate("FeedTree", "[gone]")
    if feed.last_error:
        return "  " + QCoreApplication.translate("FeedTree", "[failing]")
    return ""


class FeedTreeModel(QAbstractItemModel):
    """Sections and (optionally) feeds, in stored order; one column."""

    # (kind, id, target section id or None for the top level, position among its kind)
    move_requested = Signal(str, int, object, int)

    def __init__(
        self,
        include_feeds: bool = True,
        parent: QObject | None = None,
        feed_icon: Callable[[int], QIcon | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._include_feeds = include_feeds
        self._feed_icon = feed_icon
        self._root = TreeNode(NodeKind.SECTION, 0, "", None)
        self._by_key: dict[tuple[NodeKind, int], TreeNode] = {}

    # -- loading ------------------------------------------------------------------------------

    def load(self, sections: Sequence[Section], feeds: Sequence[Feed]) -> None:
        """Rebuild from the library's rows (sections in tree order, feeds by position)."""
        self.beginResetModel()
        self._root = TreeNode(NodeKind.SECTION, 0, "", None)
        self._by_key = {}
        for section in sections:
            parent = self._by_key.get((NodeKind.SECTION, section.parent_id or -1), self._root)
            node = TreeNode(NodeKind.SECTION, section.id, section.name, parent, section=section)
            parent.sections.append(node)
            self._by_key[(NodeKind.SECTION, section.id)] = node
        for kids in [self._root.sections] + [n.sections for n in list(self._by_key.values())]:
            kids.sort(key=lambda n: (n.section.position if n.section else 0, n.name.lower()))
        if self._include_feeds:
            for feed in feeds:
                key = (NodeKind.SECTION, feed.section_id or -1)
                parent = self._by_key.get(key, self._root)
                node = TreeNode(NodeKind.FEED, feed.id, feed.title, parent, feed=feed)
                parent.feeds.append(node)
                self._by_key[(NodeKind.FEED, feed.id)] = node
        self.endResetModel()

    # -- lookups ------------------------------------------------------------------------------

    def node(self, index: Index) -> TreeNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, TreeNode) else None

    def index_of(self, kind: NodeKind, node_id: int) -> QModelIndex:
        node = self._by_key.get((kind, node_id))
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), 0, node)

    def find_section(self, section_id: int) -> TreeNode | None:
        return self._by_key.get((NodeKind.SECTION, section_id))

    # -- the model interface ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        holder = self.node(parent) if parent.isValid() else self._root
        if holder is None or column != 0 or not 0 <= row < len(holder.children):
            return QModelIndex()
        return self.createIndex(row, 0, holder.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        up = node.parent
        assert up.parent is not None
        return self.createIndex(up.parent.children.index(up), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        holder = self.node(parent) if parent.isValid() else self._root
        return len(holder.children) if holder is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.name + (_marker(node.feed) if node.feed is not None else "")
        if role == Qt.ItemDataRole.ToolTipRole and node.feed is not None:
            tip = node.feed.url
            return plain_tooltip(f"{tip}\n{node.feed.last_error}" if node.feed.last_error else tip)
        if role == Qt.ItemDataRole.DecorationRole:
            # The window's section tree's icons: the site's own, or ours (error when failing).
            feed = node.feed
            if feed is None:
                return icon("section")
            if _marker(feed):
                return icon("feed-error")
            site_icon = self._feed_icon(feed.id) if self._feed_icon is not None else None
            return site_icon if site_icon is not None else icon("feed")
        if role == KIND_ROLE:
            return str(node.kind)
        if role == ID_ROLE:
            return node.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind is NodeKind.SECTION:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        else:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # -- drag and drop --------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        node = next((n for n in map(self.node, indexes) if n is not None), None)
        if node is not None:
            data.setData(MIME_TYPE, QByteArray(f"{node.kind}:{node.id}".encode()))
        return data

    def _dragged(self, data: QMimeData) -> TreeNode | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        raw = bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace")
        kind, _, ident = raw.partition(":")
        try:
            return self._by_key.get((NodeKind(kind), int(ident)))
        except ValueError:
            return None

    def _target(self, parent: Index) -> TreeNode | None:
        target = self.node(parent) if parent.isValid() else self._root
        if target is not None and target.kind is NodeKind.FEED:
            return None
        return target

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        dragged, target = self._dragged(data), self._target(parent)
        if dragged is None or target is None or action != Qt.DropAction.MoveAction:
            return False
        if dragged.kind is NodeKind.SECTION:
            walk: TreeNode | None = target
            while walk is not None:  # never into itself or its own subsection
                if walk is dragged:
                    return False
                walk = walk.parent
        return True

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged, target = self._dragged(data), self._target(parent)
        assert dragged is not None and target is not None
        position = self.drop_position(dragged, target, row)
        self.move_requested.emit(str(dragged.kind), dragged.id, target.section_id, position)
        # False: the view must not remove the source row; the reload after the write does.
        return False

    @staticmethod
    def drop_position(dragged: TreeNode, target: TreeNode, row: int) -> int:
        """Where among its own kind in `target` the dragged node lands for a drop before `row`.

        Sections list before feeds, so a feed's position discounts the subsections; the store
        removes the node before inserting it, so moving down within a parent counts one less.
        """
        siblings = target.sections if dragged.kind is NodeKind.SECTION else target.feeds
        offset = 0 if dragged.kind is NodeKind.SECTION else len(target.sections)
        position = len(siblings) if row < 0 else max(0, min(row - offset, len(siblings)))
        if dragged in siblings and siblings.index(dragged) < position:
            position -= 1
        return position
