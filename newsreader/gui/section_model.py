"""The section tree: fixed nodes, nested sections with their feeds, unread counts, errors.

A hand-written QAbstractItemModel over `LibraryReader.sections()/feeds()/unread_counts()` — all
bounded by the number of subscriptions, so rebuilding runs on the GUI thread. Counts change far
more often than structure: `refresh()` updates counts and feed errors in place (dataChanged)
and resets the model only when sections or feeds were added, moved or removed. A feed shows
its site's icon once one is cached, decoded off the GUI thread with the tree's data (see
`tree_plan`); a failing feed shows the error icon instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from newsreader.core.ports import LibraryReader
from newsreader.core.tags import SavedSearch
from newsreader.core.types import ArticleQuery, Feed, FeedStatus, Section
from newsreader.gui.accessibility import node_name, tree_header
from newsreader.gui.dates import short_date_time, short_time, to_qdatetime
from newsreader.gui.feed_icons import FeedIconCache, IconImages
from newsreader.gui.resources import icon
from newsreader.gui.tooltips import plain_tooltip
from newsreader.gui.translations import core_text
from newsreader.gui.tree_organise import OrganiseData
from newsreader.gui.tree_plan import (
    TreeData,
    TreePlan,
    TreeState,
    load_tree_data,
    plan_tree_update,
    tree_state,
)

__all__ = ["TreeData", "TreePlan", "load_tree_data", "plan_tree_update"]

NAME_COLUMN, COUNT_COLUMN = 0, 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
# A feed the server said is gone (410), in the tree's tooltip and the settings health label.
# Marked here, translated where shown (gone_text()).
GONE_TEXT = QT_TRANSLATE_NOOP(
    "SectionTree", "The server says this feed is gone (HTTP 410); it is no longer refreshed."
)


class NodeKind(StrEnum):
    ALL = "all"
    UNREAD = "unread"
    STARRED = "starred"
    POPULAR = "popular"
    TRENDING = "trending"  # issue 19: stories by independent sources (gui.trending_view)
    SECTION = "section"
    FEED = "feed"
    SAVED_GROUP = "saved-searches"  # issue 16: saved searches (smart folders) and tags
    SAVED = "saved"
    TAG_GROUP = "tags"
    TAG = "tag"


FIXED_NODES = (
    (NodeKind.ALL, QT_TRANSLATE_NOOP("SectionTree", "All articles"), "all"),
    (NodeKind.UNREAD, QT_TRANSLATE_NOOP("SectionTree", "Unread"), "unread"),
    (NodeKind.STARRED, QT_TRANSLATE_NOOP("SectionTree", "Starred"), "starred"),
    (NodeKind.POPULAR, QT_TRANSLATE_NOOP("SectionTree", "Most popular"), "popular"),
    (NodeKind.TRENDING, QT_TRANSLATE_NOOP("SectionTree", "Trending"), "trending"),
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
    saved: SavedSearch | None = None  # a saved search's node: what it searches

    @property
    def key(self) -> str:
        return self.kind.value if self.ident is None else f"{self.kind.value}:{self.ident}"

    @property
    def failing(self) -> bool:
        feed = self.feed
        return feed is not None and (feed.status != FeedStatus.ACTIVE or bool(feed.last_error))

    def failing_feeds(self) -> int:
        """How many feeds at or under this node fail: a section rolls its feeds' error badges
        up (issue 16), so a failing feed inside a collapsed section is still seen."""
        if self.feed is not None:
            return int(self.failing)
        return sum(child.failing_feeds() for child in self.children)

    def add(self, child: Node) -> None:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)


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
        case NodeKind.TAG:
            return ArticleQuery(tag_id=node.ident)
        case NodeKind.SAVED:
            return node.saved.article_query() if node.saved is not None else None
    return None


class SectionTreeModel(QAbstractItemModel):
    """Fixed nodes, then sections (nested) and feeds, each with its unread count."""

    def __init__(self, library: LibraryReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._root = Node(NodeKind.SECTION, None, "")
        self._by_key: dict[str, Node] = {}
        self._state: TreeState | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons = FeedIconCache()
        self.reload()

    # -- building ---------------------------------------------------------------------------

    @property
    def state(self) -> TreeState | None:
        """What the tree shows now: the base for `plan_tree_update` on a worker thread."""
        return self._state

    def reload(self, data: TreeData | None = None) -> None:
        """Rebuild the whole tree (structure changed); views keep nothing but node keys."""
        if data is None:
            data = self._with_known_icons(load_tree_data(self._library))
        self._reset_to(tree_state(data, self._known_images()))

    def _reset_to(self, state: TreeState) -> None:
        data = state.data
        self.beginResetModel()
        self._root = self._build(list(data.sections), list(data.feeds), data.organise)
        self._by_key = {node.key: node for node in self.walk()}
        for key, node in self._by_key.items():
            node.count = state.counts.get(key)
        self._state = state
        self._icons.forget_except(state.images)
        self.endResetModel()

    def _known_images(self) -> dict[Path, IconImages] | None:
        return self._state.images if self._state is not None else None

    def _with_known_icons(self, data: TreeData) -> TreeData:
        """Data read on the GUI thread lists no icons: keep showing the ones already decoded
        (the next background update brings any change)."""
        if self._state is None or data.icons:
            return data
        return dataclasses.replace(data, icons=self._state.data.icons)

    def apply(self, plan: TreePlan) -> None:
        """Show a plan's state, touching only the nodes it says changed (GUI thread)."""
        if plan.base is not self._state:  # the tree changed since the plan was made
            plan = plan_tree_update(self._state, plan.state.data)
        if plan.reset:
            self._reset_to(plan.state)
            return
        renamed: list[Node] = []
        for feed, looks_different in plan.feeds:
            node = self._by_key.get(f"feed:{feed.id}")
            if node is not None:
                was_failing = node.failing
                node.feed = feed
                node.name = feed.title or feed.url
                if looks_different:
                    renamed.append(node)
                if node.failing != was_failing:  # the sections above change their badge
                    renamed.extend(_sections_above(node, renamed))
        counted: list[Node] = []
        for key, _old, new in plan.counts:
            node = self._by_key.get(key)
            if node is not None:
                if _bold(node.kind, node.count) != _bold(node.kind, new):
                    renamed.append(node)  # its name turns bold or plain: repaint the name
                else:
                    counted.append(node)
                node.count = new
        self._state = plan.state
        self._icons.forget_except(plan.state.images)
        self._emit_changed(renamed, NAME_COLUMN)
        self._emit_changed(counted, COUNT_COLUMN)

    def _build(self, sections: list[Section], feeds: list[Feed], organise: OrganiseData) -> Node:
        root = Node(NodeKind.SECTION, None, "")
        for kind, name, _icon in FIXED_NODES:
            root.add(Node(kind, None, QCoreApplication.translate("SectionTree", str(name))))
        section_nodes: dict[int, Node] = {}
        for section in sections:  # parents come before their children
            node = Node(NodeKind.SECTION, section.id, section.name, section=section)
            parent = section_nodes.get(section.parent_id) if section.parent_id else None
            (parent or root).add(node)
            section_nodes[section.id] = node
        for feed in feeds:
            owner = section_nodes.get(feed.section_id) if feed.section_id else None
            (owner or root).add(Node(NodeKind.FEED, feed.id, feed.title or feed.url, feed=feed))
        _add_organise_nodes(root, organise)
        return root

    def _emit_changed(self, nodes: list[Node], first_column: int) -> None:
        """One dataChanged per parent: every emit costs the views (and the GIL) a round trip.

        Count changes start at the count column: for a range starting at column 0, QTreeView
        re-asks every row in it whether it has children (rowCount() in Python, a GIL wait each
        during a refresh; a cold refresh turning 1,000 feeds bold stalled ~130 ms). The view
        repaints only the columns of the range, so a name whose font changes (its unread count
        crossed zero) comes in the `NAME_COLUMN` list; otherwise the name kept its old weight
        on screen (issue 15). A single changed row is sent from column 0 as it is cheap.
        """
        spans: dict[int, tuple[Node, int, int]] = {}
        for node in nodes:
            parent = node.parent or self._root
            _p, low, high = spans.get(id(parent), (parent, node.row, node.row))
            spans[id(parent)] = (parent, min(low, node.row), max(high, node.row))
        for parent, low, high in spans.values():
            first, last = parent.children[low], parent.children[high]
            column = NAME_COLUMN if low == high else first_column
            self.dataChanged.emit(
                self.createIndex(low, column, first),
                self.createIndex(high, COUNT_COLUMN, last),
            )

    def _feed_icon(self, node: Node) -> QIcon | None:
        return self.feed_icon(node.ident) if node.ident is not None else None

    def feed_icon(self, feed_id: int) -> QIcon | None:
        """The feed's cached site icon, or None (a dict lookup; the QIcon is made once per
        file). The settings dialog's feed list shows the same icons through this."""
        state = self._state
        if state is None:
            return None
        path = state.data.icons.get(feed_id)
        images = state.images.get(path) if path is not None else None
        return self._icons.icon(path, images) if path is not None and images else None

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

    # flags() is not overridden: the base class's (enabled, selectable) answers in C++.

    def multiData(self, index: AnyIndex, span: Any) -> None:  # a QModelRoleDataSpan
        """Every role of a cell in one call: the delegate asks for ~10 roles per cell, and each
        separate data() call is a trip back into Python that waits for the GIL while a refresh
        keeps other threads busy."""
        for role_data in span:
            role_data.setData(self.data(index, role_data.role()))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The (hidden) header's names, which assistive technology still lists: without
        them a screen reader announces the columns as "1" and "2" (issue 17)."""
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
        ):  # fmt: skip
            return None
        return tree_header(section == COUNT_COLUMN)

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
            if node.kind is NodeKind.FEED and not node.failing:
                site_icon = self._feed_icon(node)
                if site_icon is not None:
                    return site_icon
            return icon(_icon_name(node))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(_tooltip(node))
        if role == Qt.ItemDataRole.FontRole and _bold(node.kind, node.count):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Every cell of the row says the whole row ("World, 12 unread"), whichever
            # column a screen reader lands on (issue 17).
            return node_name(node.name, node.count, node.kind is NodeKind.STARRED)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and node.failing:
            # The error badge is an icon: its text goes to assistive technology too.
            # Plain text: assistive technology reads the characters, no markup.
            return " ".join(_tooltip(node).splitlines()[2:])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and node.kind is NodeKind.SECTION:
            failing = node.failing_feeds()
            return section_problem(failing) if failing else None
        if role == KEY_ROLE:
            return node.key
        return None


def gone_text() -> str:
    """GONE_TEXT in the user's language."""
    return QCoreApplication.translate("SectionTree", str(GONE_TEXT))


def _sections_above(node: Node, known: list[Node]) -> list[Node]:
    """The section nodes holding `node` that `known` does not list yet."""
    out: list[Node] = []
    parent = node.parent
    while parent is not None and parent.kind is NodeKind.SECTION and parent.ident is not None:
        if parent not in known and parent not in out:
            out.append(parent)
        parent = parent.parent
    return out


def section_problem(failing: int) -> str:
    """A section's error badge in words (its tooltip, and for assistive technology)."""
    return QCoreApplication.translate(
        "SectionTree", "%n feed(s) in this section cannot be refreshed.", None, failing
    )


_ORGANISE_ICONS = {
    NodeKind.SAVED_GROUP: "saved-search",
    NodeKind.SAVED: "saved-search",
    NodeKind.TAG_GROUP: "tag",
    NodeKind.TAG: "tag",
}


def _add_organise_nodes(root: Node, organise: OrganiseData) -> None:
    """Issue 16: "Saved searches" and "Tags" after the sections, each only when it has nodes.

    Their names are the person's text, shown as plain text (the tree draws no markup).
    """
    if organise.saved:
        group = Node(
            NodeKind.SAVED_GROUP, None, QCoreApplication.translate("SectionTree", "Saved searches")
        )
        root.add(group)
        for saved in organise.saved:
            group.add(Node(NodeKind.SAVED, saved.id, saved.name, saved=saved))
    if organise.tags:
        group = Node(NodeKind.TAG_GROUP, None, QCoreApplication.translate("SectionTree", "Tags"))
        root.add(group)
        for tag in organise.tags:
            group.add(Node(NodeKind.TAG, tag.id, tag.name))


def _bold(kind: NodeKind, count: int | None) -> bool:
    """A name is bold exactly when its node has unread articles (Starred counts stars)."""
    return bool(count) and kind is not NodeKind.STARRED


def _icon_name(node: Node) -> str:
    for kind, _name, icon_name in FIXED_NODES:
        if node.kind is kind:
            return icon_name
    if node.kind in _ORGANISE_ICONS:
        return _ORGANISE_ICONS[node.kind]
    if node.kind is NodeKind.SECTION:
        return "section-error" if node.failing_feeds() else "section"
    return "feed-error" if node.failing else "feed"


def _tooltip(node: Node) -> str:
    feed = node.feed
    if feed is None:
        failing = node.failing_feeds() if node.kind is NodeKind.SECTION else 0
        return f"{node.name}\n{section_problem(failing)}" if failing else node.name
    lines = [feed.title or feed.url, feed.url]
    if feed.status == FeedStatus.GONE:
        lines.append(gone_text())  # the last error says the same: it is not repeated
    elif feed.status == FeedStatus.AUTH:
        lines.append(
            QCoreApplication.translate(
                "SectionTree", "The server asks for a login; polling is paused."
            )
        )
    elif feed.last_error:
        lines.append(
            QCoreApplication.translate("SectionTree", "Last error: {error}").format(
                error=core_text(feed.last_error)
            )
        )
        later = feed.next_update
        if later is not None and later > datetime.now(UTC):  # Retry-After, or the backoff
            lines.append(_next_try(later))
    return "\n".join(lines)


def _next_try(when: datetime, now: datetime | None = None) -> str:
    """ "It will be tried again at 16:15." today, or on a later date, in the user's locale."""
    moment = to_qdatetime(when)
    today = (now or datetime.now(UTC)).astimezone().date()
    if when.astimezone().date() == today:
        return QCoreApplication.translate(
            "SectionTree", "It will be tried again at {time}."
        ).format(time=short_time(moment.time()))
    return QCoreApplication.translate("SectionTree", "It will be tried again on {date}.").format(
        date=short_date_time(moment)
    )
