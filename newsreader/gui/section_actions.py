"""The section tree's context menu: refresh, mark all read, add feed, new section, rename, delete.

Edits are writer jobs; when one finishes the tree reloads (through the callbacks the window
passes). Dialogs are small and modal. Unsubscribing is not done here: it goes through
`unsubscribe` (the settings dialog's removal, which offers to keep starred articles and forgets
the feed's password), and is not offered until the composition root sets it. GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QTreeView, QWidget

from newsreader.core.errors import UsageError
from newsreader.gui.section_model import Node, NodeKind, SectionTreeModel
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue
from newsreader.usecases import sections
from newsreader.usecases.ports import GuiStore


class NotifyChoice(Protocol):
    """Whether a feed or section ("feed"/"section", id) notifies its new articles."""

    def notifies(self, kind: str, ident: int) -> bool: ...

    def set_notifies(self, kind: str, ident: int, on: bool) -> None: ...


def _section_path(node: Node | None) -> str:
    """The section a node is or sits in ("" for the top level and the fixed nodes)."""
    if node is not None and node.section is not None:
        return node.section.path
    if node is not None and node.feed is not None:
        return node.feed.section_path
    return ""


def ask_name(parent: QWidget, title: str, label: str, value: str) -> str | None:
    """A section name from a small modal input box; None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, text=value)
    return text if ok else None


class SectionActions:
    """Builds and runs the tree's context menu for the node under the mouse."""

    def __init__(
        self,
        *,
        tree: QTreeView,
        model: SectionTreeModel,
        writer: WriteQueue,
        bridge: Bridge,
        refresh_feeds: Callable[[list[int] | None], None],
        mark_all_read: Callable[[Node], None],
        structure_changed: Callable[[], None],
        report: Callable[[str], None],
    ) -> None:
        self._tree = tree
        self._model = model
        self._writer = writer
        self._bridge = bridge
        self._refresh_feeds = refresh_feeds
        self._mark_all_read = mark_all_read
        self._structure_changed = structure_changed
        self._report = report
        # Set by the composition root (app/settings_wiring.py): feed id -> ask and remove.
        self.unsubscribe: Callable[[int], None] | None = None
        # Set by the window once it can subscribe (issue 15): section path -> Add feed dialog.
        self.add_feed: Callable[[str], object] | None = None
        # The name question (parent, title, label, current name -> name or None); tests answer.
        self.ask_name: Callable[[QWidget, str, str, str], str | None] = ask_name
        # Set by the tray's install (issue 16): which feeds and sections notify new articles.
        self.muting: NotifyChoice | None = None
        # More actions for a node's menu: (menu, node) -> adds to it.
        self.menu_extensions: list[Callable[[QMenu, Node | None], None]] = []
        tree.customContextMenuRequested.connect(self.on_tree_context_menu_requested)

    def on_tree_context_menu_requested(self, pos: QPoint) -> None:
        node = self._model.node(self._tree.indexAt(pos))
        menu = self.build_menu(node, self._tree)
        menu.exec(self._tree.viewport().mapToGlobal(pos))

    def build_menu(self, node: Node | None, parent: QWidget) -> QMenu:
        """The menu for `node` (None: the empty area below the tree)."""
        menu = QMenu(parent)
        menu.setObjectName("sectionMenu")
        if node is not None and node.kind in (NodeKind.SECTION, NodeKind.FEED, NodeKind.ALL):
            ids = None if node.kind is NodeKind.ALL else self._model.feed_ids_under(node)
            menu.addAction(
                QCoreApplication.translate("SectionActions", "Refresh"),
                lambda: self._refresh_feeds(ids),
            )
        if node is not None and node.kind is not NodeKind.POPULAR:
            menu.addAction(
                QCoreApplication.translate("SectionActions", "Mark all read"),
                lambda: self._mark_all_read(node),
            )
        menu.addSeparator()
        add_feed = self.add_feed
        if add_feed is not None:
            path = _section_path(node)
            menu.addAction(
                QCoreApplication.translate("SectionActions", "Add Feed…"), lambda: add_feed(path)
            ).setObjectName("addFeedMenuAction")
        menu.addAction(
            QCoreApplication.translate("SectionActions", "New section…"),
            lambda: self.new_section(node),
        )
        if node is not None and node.kind is NodeKind.SECTION:
            menu.addAction(
                QCoreApplication.translate("SectionActions", "Rename…"), lambda: self.rename(node)
            )
            menu.addAction(
                QCoreApplication.translate("SectionActions", "Delete"), lambda: self.delete(node)
            )
        muting = self.muting
        if (
            node is not None
            and node.kind in (NodeKind.SECTION, NodeKind.FEED)
            and muting is not None
        ):
            kind, ident = node.kind.value, node.ident
            if ident is not None:
                menu.addSeparator()
                notify = menu.addAction(
                    QCoreApplication.translate("SectionActions", "Notify about new articles")
                )
                notify.setObjectName("notifyMenuAction")
                notify.setCheckable(True)
                notify.setChecked(muting.notifies(kind, ident))
                notify.toggled.connect(lambda on: muting.set_notifies(kind, ident, on))
        unsubscribe = self.unsubscribe
        if node is not None and node.kind is NodeKind.FEED and unsubscribe is not None:
            feed_id = node.ident
            if feed_id is not None:
                menu.addAction(
                    QCoreApplication.translate("SectionActions", "Unsubscribe…"),
                    lambda: unsubscribe(feed_id),
                )
        for extend in self.menu_extensions:  # issue 16: tags, saved searches
            extend(menu, node)
        return menu

    def new_section(self, under: Node | None) -> None:
        """Ask for a name; the settings dialog's rule applies (no "/", said, not rewritten)."""
        parent_path = _section_path(under)
        name = self.ask_name(
            self._tree,
            QCoreApplication.translate("SectionActions", "New section"),
            QCoreApplication.translate("SectionActions", "Name of the new section:"),
            "",
        )
        if name is None or not name.strip():
            return
        try:
            sections.child_path(parent_path, name)
        except UsageError as exc:
            self._report(
                QCoreApplication.translate(
                    "SectionActions", "Could not change the sections: {error}"
                ).format(error=exc)
            )
            return
        self._run(lambda store: sections.create_section(store, parent_path, name))

    def rename(self, node: Node) -> None:
        if node.ident is None:
            return
        section_id = node.ident
        name = self.ask_name(
            self._tree,
            QCoreApplication.translate("SectionActions", "Rename section"),
            QCoreApplication.translate("SectionActions", "New name:"),
            node.name,
        )
        if name is None or not name.strip() or name.strip() == node.name:
            return
        try:
            new_name = sections.section_name(name)
        except UsageError as exc:
            self._report(
                QCoreApplication.translate(
                    "SectionActions", "Could not change the sections: {error}"
                ).format(error=exc)
            )
            return
        self._run(lambda store: sections.rename_section(store, section_id, new_name))

    def delete(self, node: Node) -> None:
        """Delete a section (its feeds move up one level) after a confirmation."""
        if node.ident is None or node.kind is not NodeKind.SECTION:
            return
        ident = node.ident
        question = QCoreApplication.translate(
            "SectionActions", "Delete the section “{name}”? Its feeds move up one level."
        ).format(name=node.name)
        answer = QMessageBox.question(self._tree, "Newsreader", question)
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda store: sections.delete_section(store, ident))

    def _run(self, job: Callable[[GuiStore], object]) -> None:
        future = self._writer.submit(job)
        self._bridge.when_done(
            future,
            lambda _result: self._structure_changed(),
            lambda exc: self._report(
                QCoreApplication.translate(
                    "SectionActions", "Could not change the sections: {error}"
                ).format(error=exc)
            ),
        )
