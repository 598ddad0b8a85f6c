"""The Sections page: create, rename, delete (feeds move to the parent), reorder and nest.

Drag-and-drop in the tree nests and reorders; the Move buttons do the same from the keyboard.
Every change is one writer job; the tree reloads once it is committed. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from newsreader.core.errors import UsageError
from newsreader.core.types import Section
from newsreader.gui.settings.context import Prompts, SettingsContext
from newsreader.gui.settings.feed_tree import FeedTreeModel, NodeKind, TreeNode
from newsreader.gui.settings.tasks import TaskRunner
from newsreader.usecases import sections
from newsreader.usecases.ports import GuiStore


class SectionsPage(QObject):
    """Drives the Sections tab of the settings form."""

    changed = Signal()

    def __init__(
        self, ui: Any, context: SettingsContext, tasks: TaskRunner, prompts: Prompts,
        dialog: QWidget,
    ) -> None:  # fmt: skip
        super().__init__(dialog)
        self.ui = ui
        self._context = context
        self._tasks = tasks
        self._prompts = prompts
        self._dialog = dialog
        self.model = FeedTreeModel(include_feeds=False, parent=self)
        ui.sectionsView.setModel(self.model)
        ui.sectionsView.setDropIndicatorShown(True)
        ui.sectionsView.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.model.move_requested.connect(
            lambda _kind, sid, parent, pos: self._move(sid, parent, pos)
        )
        ui.newSectionButton.clicked.connect(lambda: self.create(subsection=False))
        ui.newSubsectionButton.clicked.connect(lambda: self.create(subsection=True))
        ui.renameSectionButton.clicked.connect(self.rename)
        ui.deleteSectionButton.clicked.connect(self.delete)
        ui.moveSectionUpButton.clicked.connect(lambda: self.shift(-1))
        ui.moveSectionDownButton.clicked.connect(lambda: self.shift(+1))
        ui.moveSectionOutButton.clicked.connect(self.move_out)
        ui.moveSectionInButton.clicked.connect(self.move_in)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        if select is None:
            node = self.current()
            select = node.id if node is not None else None
        library = self._context.library
        self.model.load(library.sections(), ())
        self.ui.sectionsView.expandAll()
        if select is not None:
            index = self.model.index_of(NodeKind.SECTION, select)
            if index.isValid():
                self.ui.sectionsView.setCurrentIndex(index)
        self._enable()

    def current(self) -> TreeNode | None:
        return self.model.node(self.ui.sectionsView.currentIndex())

    def select(self, section_id: int) -> None:
        self.ui.sectionsView.setCurrentIndex(self.model.index_of(NodeKind.SECTION, section_id))

    def _enable(self) -> None:
        node = self.current()
        for button in (self.ui.newSubsectionButton, self.ui.renameSectionButton,
                       self.ui.deleteSectionButton, self.ui.moveSectionUpButton,
                       self.ui.moveSectionDownButton, self.ui.moveSectionOutButton,
                       self.ui.moveSectionInButton):  # fmt: skip
            button.setEnabled(node is not None)

    def say(self, text: str) -> None:
        self.ui.sectionsMessageLabel.setText(text)

    def _write(self, job: Callable[[GuiStore], object], select: int | None, message: str) -> None:
        def done(result: object) -> None:
            self.reload(result if isinstance(result, int) else select)
            self.say(message)
            self.changed.emit()

        self._tasks.write(job, done, self.say)

    # -- actions ----------------------------------------------------------------------------------

    def create(self, subsection: bool) -> None:
        node = self.current()
        parent = node.section if subsection and node is not None else None
        label = (
            self.tr("Name of the section inside “{parent}”:").format(parent=parent.path)
            if parent is not None
            else self.tr("Name of the section:")
        )
        name = self._prompts.text(self._dialog, self.tr("New section"), label, "")
        if name is None:
            return
        parent_path = parent.path if parent is not None else ""
        try:
            path = sections.child_path(parent_path, name)
        except UsageError as exc:
            self.say(str(exc))
            return
        self._write(
            lambda store: sections.create_section(store, parent_path, name),
            None,
            self.tr("Created “{path}”.").format(path=path),
        )

    def rename(self) -> None:
        section = self._section()
        if section is None:
            return
        name = self._prompts.text(
            self._dialog, self.tr("Rename section"), self.tr("New name:"), section.name
        )
        if name is None or name.strip() == section.name:
            return
        try:
            new_name = sections.section_name(name)
        except UsageError as exc:
            self.say(str(exc))
            return
        self._write(
            lambda store: sections.rename_section(store, section.id, new_name),
            section.id,
            self.tr("Renamed “{old}” to “{new}”.").format(old=section.name, new=new_name),
        )

    def delete(self) -> None:
        section = self._section()
        if section is None:
            return
        parent = section.path.rpartition("/")[0]
        if parent:
            question = self.tr(
                "Delete the section “{path}”? Its feeds and subsections move to {parent}; "
                "no feed or article is deleted."
            ).format(path=section.path, parent=parent)
            done = self.tr("Deleted “{path}”; its feeds moved to {parent}.")
        else:
            question = self.tr(
                "Delete the section “{path}”? Its feeds and subsections move to the top level; "
                "no feed or article is deleted."
            ).format(path=section.path)
            done = self.tr("Deleted “{path}”; its feeds moved to the top level.")
        if not self._prompts.confirm(self._dialog, self.tr("Delete section"), question):
            return
        self._write(
            lambda store: sections.delete_section(store, section.id),
            section.parent_id,
            done.format(path=section.path, parent=parent),
        )

    def shift(self, step: int) -> None:
        node = self.current()
        if node is None or node.parent is None:
            return
        siblings = node.parent.sections
        position = siblings.index(node) + step
        if 0 <= position < len(siblings):
            self._move(node.id, node.parent.section_id, position)

    def move_out(self) -> None:
        node = self.current()
        if node is None or node.parent is None or node.parent.parent is None:
            return
        outer = node.parent
        assert outer.parent is not None
        self._move(node.id, outer.parent.section_id, outer.parent.sections.index(outer) + 1)

    def move_in(self) -> None:
        node = self.current()
        if node is None or node.parent is None:
            return
        siblings = node.parent.sections
        index = siblings.index(node)
        if index == 0:
            self.say(self.tr("Move in puts a section inside the one above it; this one is first."))
            return
        above = siblings[index - 1]
        self._move(node.id, above.id, len(above.sections))

    def _move(self, section_id: int, parent: object, position: int) -> None:
        target = parent if isinstance(parent, int) else None
        self._write(
            lambda store: sections.move_section(store, section_id, target, position),
            section_id,
            self.tr("Moved."),
        )

    def _section(self) -> Section | None:
        node = self.current()
        return node.section if node is not None else None
