"""Tagging, notes and saved searches in the window (issue 16).

`OrganiseActions` adds Article ▸ Add Tag… (T; it tags the selected rows of the list, or the
article in the pane), "Add Tag…" and "Remove Tag" to the list's context menu, "Delete" for
tags and saved searches to the tree's context menu, and "Save this search…" to the search box.
It owns the pane's tag strip (`article_tags`). Every write goes through the window's writer;
when one lands the tree's counts and nodes update through `counts_changed`. The questions
(`ask_tag`, `ask_save`, `confirm`) are attributes so tests can answer them. GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.ports import LibraryReader
from newsreader.core.tags import MAX_NAME, InvalidNameError, Tag, clean_name
from newsreader.gui.article_model import ArticleListModel
from newsreader.gui.article_tags import ArticleTagsPane
from newsreader.gui.resources import icon
from newsreader.gui.section_model import Node, NodeKind
from newsreader.services.bridge import Bridge
from newsreader.services.writes import WriteQueue
from newsreader.usecases.ports import GuiStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganiseActions", text)


def name_problem(exc: InvalidNameError) -> str:
    if exc.reason == "empty":
        return _tr("A name cannot be empty.")
    return _tr("A name can have at most {count} characters.").format(count=MAX_NAME)


def ask_tag(parent: QWidget, names: Sequence[str]) -> str | None:
    """A tag name: one of the existing ones or a new one; None when cancelled."""
    text, ok = QInputDialog.getItem(parent, _tr("Add Tag"), _tr("Tag:"), list(names), -1, True)
    return text if ok else None


@dataclass(frozen=True, slots=True)
class SaveChoice:
    name: str
    unread_only: bool
    section_id: int | None


class SaveSearchDialog(QDialog):
    """Name the search; optionally only unread articles, optionally only the section shown."""

    def __init__(self, parent: QWidget | None, text: str, section: Node | None) -> None:
        super().__init__(parent)
        self.setObjectName("saveSearchDialog")
        self.setWindowTitle(_tr("Save Search"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("The search appears under Saved searches in the tree."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(text, self)
        self.name_edit.setObjectName("savedSearchName")
        self.name_edit.setMaxLength(MAX_NAME)
        form.addRow(_tr("&Name:"), self.name_edit)
        self.query_label = QLabel(text, self)
        self.query_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(_tr("Searches for:"), self.query_label)
        layout.addLayout(form)
        self.unread_box = QCheckBox(_tr("Only &unread articles"), self)
        self.unread_box.setObjectName("savedSearchUnread")
        layout.addWidget(self.unread_box)
        if section is not None and section.kind is not NodeKind.SECTION:
            section = None  # only a section is a scope
        self._section_id = section.ident if section is not None else None
        self.setMinimumWidth(380)
        self.section_box = QCheckBox(self)
        self.section_box.setObjectName("savedSearchSection")
        if section is not None:
            self.section_box.setText(_tr("Only in “{section}”").format(section=section.name))
        else:
            self.section_box.hide()
        layout.addWidget(self.section_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.selectAll()

    def choice(self) -> SaveChoice:
        section = self._section_id if self.section_box.isChecked() else None
        return SaveChoice(self.name_edit.text(), self.unread_box.isChecked(), section)


def ask_save(parent: QWidget, text: str, section: Node | None) -> SaveChoice | None:
    dialog = SaveSearchDialog(parent, text, section)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def confirm(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, "Newsreader", question)
    return answer == QMessageBox.StandardButton.Yes


class OrganiseActions(QObject):
    """What issue 16 adds to the window; built once by `MainWindow`."""

    def __init__(
        self,
        *,
        window: QMainWindow,
        library: LibraryReader,
        writer: WriteQueue,
        bridge: Bridge,
        list_view: QTreeView,
        articles: ArticleListModel,
        pane: object,
        search_box: QLineEdit,
        article_menu: QMenu,
        current_node: Callable[[], Node | None],
        select_node: Callable[[str], bool],
        counts_changed: Callable[[], None],
        report: Callable[[str], None],
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._writer = writer
        self._bridge = bridge
        self._view = list_view
        self._articles = articles
        self._search_box = search_box
        self._current_node = current_node
        self._select_node = select_node
        self._counts_changed = counts_changed
        self._report = report
        self._clock = clock
        self.ask_tag: Callable[[QWidget, Sequence[str]], str | None] = ask_tag
        self.ask_save: Callable[[QWidget, str, Node | None], SaveChoice | None] = ask_save
        self.confirm: Callable[[QWidget, str], bool] = confirm
        assert isinstance(pane, QTextBrowser)
        self._pane = pane
        self.tags_pane = ArticleTagsPane(
            pane=pane,
            library=library,
            add_tag=self.add_tag,
            remove_tag=self.remove_tag,
            save_note=self.save_note,
            open_tag=lambda tag: self._select_node(f"tag:{tag.id}"),
            parent=self,
        )
        self.add_tag_action = QAction(_tr("Add &Tag…"), window)
        self.add_tag_action.setObjectName("addTagAction")
        self.add_tag_action.setShortcut(QKeySequence("T"))
        self.add_tag_action.setToolTip(_tr("Give the selected articles a tag (T)"))
        self.add_tag_action.triggered.connect(lambda: self.add_tag(self.target_ids()))
        article_menu.addSeparator()
        article_menu.addAction(self.add_tag_action)
        window.addAction(self.add_tag_action)
        self.save_search_action = QAction(_tr("Save This Search…"), search_box)
        self.save_search_action.setObjectName("saveSearchAction")
        self.save_search_action.setToolTip(_tr("Keep this search as a node of the tree"))
        self.save_search_action.setIcon(icon("saved-search"))
        self.save_search_action.setVisible(False)
        self.save_search_action.triggered.connect(self.save_search)
        search_box.addAction(self.save_search_action, QLineEdit.ActionPosition.TrailingPosition)
        search_box.textChanged.connect(
            lambda text: self.save_search_action.setVisible(bool(text.strip()))
        )

    # -- targets --------------------------------------------------------------------------

    def target_ids(self) -> list[int]:
        """The list's selected rows, or else the article the pane shows."""
        rows = sorted(i.row() for i in self._view.selectionModel().selectedRows())
        ids = [r.id for r in (self._articles.row_at(n) for n in rows) if r is not None]
        if ids:
            return ids
        article = getattr(self._pane, "article", None)
        return [article.id] if article is not None else []

    # -- menus ----------------------------------------------------------------------------

    def extend_list_menu(self, menu: QMenu, ids: Sequence[int]) -> None:
        """The list's context menu: Add Tag…, and Remove Tag ▸ for the tags they carry."""
        chosen = list(ids)
        menu.addSeparator()
        add = menu.addAction(_tr("Add Tag…"))
        add.setObjectName("addTagMenuAction")
        add.triggered.connect(lambda: self.add_tag(chosen))
        carried: dict[int, Tag] = {}
        for ident in chosen[:200]:  # bounded: one small query per selected row
            for tag in self._library.article_tags(ident):
                carried[tag.id] = tag
        if carried:
            sub = menu.addMenu(_tr("Remove Tag"))
            sub.setObjectName("removeTagMenu")
            for tag in sorted(carried.values(), key=lambda t: t.name.casefold()):
                action = sub.addAction(tag.name.replace("&", "&&"))
                action.setObjectName(f"removeTag:{tag.id}")
                action.triggered.connect(lambda _c=False, t=tag: self.remove_tag(chosen, t))

    def extend_tree_menu(self, menu: QMenu, node: Node | None) -> None:
        """The tree's context menu: Delete for a tag or a saved search."""
        if node is None or node.ident is None:
            return
        if node.kind is NodeKind.TAG:
            menu.addSeparator()
            action = menu.addAction(_tr("Delete Tag…"))
            action.setObjectName("deleteTagMenuAction")
            action.triggered.connect(lambda: self.delete_tag(node))
        elif node.kind is NodeKind.SAVED:
            menu.addSeparator()
            action = menu.addAction(_tr("Delete Saved Search…"))
            action.setObjectName("deleteSavedSearchMenuAction")
            action.triggered.connect(lambda: self.delete_saved_search(node))

    # -- tags and notes ---------------------------------------------------------------------

    def add_tag(self, ids: Sequence[int]) -> None:
        chosen = [i for i in ids if i is not None]
        if not chosen:
            self._report(_tr("Select an article to tag it."))
            return
        text = self.ask_tag(self._window, self._library.tag_names())
        if text is None:
            return
        try:
            name = clean_name(text)
        except InvalidNameError as exc:
            self._report(name_problem(exc))
            return

        def done(result: tuple[Tag, int]) -> None:
            tag, added = result
            count = len(chosen)
            if added:
                self._report(
                    QCoreApplication.translate(
                        "OrganiseActions", "Tagged %n article(s) “{name}”.", None, count
                    ).format(name=tag.name)
                )
            else:
                self._report(_tr("They already had the tag “{name}”.").format(name=tag.name))
            self._written()

        self._write(lambda store: store.add_tag(chosen, name), done)

    def remove_tag(self, ids: Sequence[int], tag: Tag) -> None:
        chosen = list(ids)

        def done(count: int) -> None:
            self._report(
                QCoreApplication.translate(
                    "OrganiseActions", "Removed the tag “{name}” from %n article(s).", None, count
                ).format(name=tag.name)
            )
            self._written()

        self._write(lambda store: store.remove_tag(chosen, tag.id), done)

    def save_note(self, article_id: int, text: str) -> None:
        now = self._clock()

        def done(kept: bool) -> None:
            self._report(_tr("Note saved.") if kept else _tr("Note removed."))

        self._write(lambda store: store.set_note(article_id, text, now), done)

    def delete_tag(self, node: Node) -> None:
        tag_id = node.ident
        if tag_id is None:
            return
        question = _tr("Delete the tag “{name}”? Its articles stay; only the tag goes.").format(
            name=node.name
        )
        if not self.confirm(self._window, question):
            return
        name = node.name

        def done(_count: int) -> None:
            self._report(_tr("Deleted the tag “{name}”.").format(name=name))
            self._written()

        self._write(lambda store: store.delete_tag(tag_id), done)

    # -- saved searches ---------------------------------------------------------------------

    def save_search(self) -> None:
        text = self._search_box.text().strip()
        if not text:
            return
        node = self._current_node()
        section = node if node is not None and node.kind is NodeKind.SECTION else None
        choice = self.ask_save(self._window, text, section)
        if choice is None:
            return
        try:
            name = clean_name(choice.name)
        except InvalidNameError as exc:
            self._report(name_problem(exc))
            return
        now = self._clock()

        def done(result: tuple[object, bool]) -> None:
            _saved, replaced = result
            if replaced:
                self._report(_tr("Saved the search as “{name}”, in place of the earlier one.")
                             .format(name=name))  # fmt: skip
            else:
                self._report(_tr("Saved the search as “{name}”.").format(name=name))
            self._written()

        self._write(
            lambda store: store.save_search(name, text, choice.unread_only, choice.section_id, now),
            done,
        )

    def delete_saved_search(self, node: Node) -> None:
        saved_id = node.ident
        if saved_id is None:
            return
        question = _tr("Delete the saved search “{name}”? No article is deleted.").format(
            name=node.name
        )
        if not self.confirm(self._window, question):
            return
        name = node.name

        def done(_result: None) -> None:
            self._report(_tr("Deleted the saved search “{name}”.").format(name=name))
            self._written()

        self._write(lambda store: store.delete_saved_search(saved_id), done)

    # -- writing ----------------------------------------------------------------------------

    def _write(self, job: Callable[[GuiStore], object], done: Callable[..., None]) -> None:
        future = self._writer.submit(job)
        self._bridge.when_done(future, done, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidNameError):
            self._report(name_problem(exc))
        else:
            self._report(_tr("The change could not be saved: {error}").format(error=exc))
        self._written()

    def _written(self) -> None:
        self.tags_pane.reload_tags()
        self._counts_changed()


def group_message(node: Node) -> str | None:
    """What the pane says when a group node (Saved searches, Tags) is selected."""
    if node.kind is NodeKind.TAG_GROUP:
        return _tr("Choose a tag to see its articles.")
    if node.kind is NodeKind.SAVED_GROUP:
        return _tr("Choose a saved search to see its articles.")
    return None
