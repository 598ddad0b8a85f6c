"""The reader pane's tag chips and note field (issue 16).

A strip at the top of the pane, in its viewport margin (so the pane's layout and the other
engineers' boxes inside the document are untouched): one chip per tag of the shown article
(its name opens the tag's list, ✕ takes it off), "Add Tag…", and a one-line private note that
is saved through the writer a moment after typing stops, on Return, and when the article
changes. Tag and note text are the person's: shown as plain text. GUI thread; the reads are
bounded (one article's tags and note).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from newsreader.core.ports import LibraryReader
from newsreader.core.tags import MAX_NOTE, Tag
from newsreader.core.types import Article
from newsreader.gui.resources import icon

NOTE_SAVE_MS = 800


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticleTags", text)


class TagChip(QFrame):
    """One tag: its name (opens the tag's articles) and a ✕ that removes it."""

    def __init__(
        self,
        tag: Tag,
        on_open: Callable[[Tag], object],
        on_remove: Callable[[Tag], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.tag = tag
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(0)
        self.name_button = QToolButton(self)
        self.name_button.setObjectName("tagChipName")
        self.name_button.setAutoRaise(True)
        self.name_button.setText(tag.name.replace("&", "&&"))  # no mnemonic from user text
        self.name_button.setIcon(icon("tag"))
        self.name_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.name_button.setToolTip(_tr("Show the articles with this tag"))
        self.name_button.setAccessibleName(tag.name)
        self.name_button.clicked.connect(lambda: on_open(tag))
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("tagChipRemove")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setText("✕")
        remove = _tr("Remove the tag “{name}”").format(name=tag.name)
        self.remove_button.setToolTip(remove.replace("<", "&lt;"))
        self.remove_button.setAccessibleName(remove)
        self.remove_button.clicked.connect(lambda: on_remove(tag))
        layout.addWidget(self.name_button)
        layout.addWidget(self.remove_button)


class ArticleTagsBar(QWidget):
    """The strip itself; `ArticleTagsPane` places it in the pane and feeds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleTagsBar")
        self.setAutoFillBackground(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(6)
        self.chips: list[TagChip] = []
        self._chips_end = QWidget(self)  # chips go before this marker
        self._chips_end.setFixedWidth(0)
        self._layout.addWidget(self._chips_end)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addTagButton")
        self.add_button.setText(_tr("Add Tag…"))
        self.add_button.setToolTip(_tr("Give this article a tag (T)"))
        self._layout.addWidget(self.add_button)
        label = QLabel(_tr("Note:"), self)
        self._layout.addWidget(label)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("articleNoteEdit")
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText(_tr("A private note on this article"))
        self.note_edit.setAccessibleName(_tr("Private note"))
        self.note_edit.setClearButtonEnabled(True)
        label.setBuddy(self.note_edit)
        self._layout.addWidget(self.note_edit, 1)

    def set_tags(
        self,
        tags: list[Tag],
        on_open: Callable[[Tag], object],
        on_remove: Callable[[Tag], None],
    ) -> None:
        for chip in self.chips:
            chip.hide()
            chip.deleteLater()
        self.chips = []
        at = self._layout.indexOf(self._chips_end)
        for offset, tag in enumerate(tags):
            chip = TagChip(tag, on_open, on_remove, self)
            self._layout.insertWidget(at + offset, chip)
            self.chips.append(chip)

    @property
    def tag_names(self) -> list[str]:
        return [chip.tag.name for chip in self.chips]


class ArticleTagsPane(QObject):
    """Shows the bar above the pane's article and saves what is done with it.

    `add_tag(ids)` asks for a tag (the window's "Add Tag…"); `remove_tag(ids, tag)`,
    `save_note(id, text)` and `open_tag(tag)` are the window's writes and navigation.
    """

    def __init__(
        self,
        *,
        pane: QTextBrowser,
        library: LibraryReader,
        add_tag: Callable[[list[int]], None],
        remove_tag: Callable[[list[int], Tag], None],
        save_note: Callable[[int, str], None],
        open_tag: Callable[[Tag], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._library = library
        self._remove_tag = remove_tag
        self._save_note = save_note
        self._open_tag = open_tag
        self.article_id: int | None = None
        self._saved_note = ""
        self.bar = ArticleTagsBar(pane)
        self.bar.hide()
        self.bar.add_button.clicked.connect(
            lambda: add_tag([self.article_id]) if self.article_id is not None else None
        )
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.bar.note_edit.textEdited.connect(lambda _t: self._note_timer.start())
        self.bar.note_edit.editingFinished.connect(self.flush_note)
        pane.installEventFilter(self)
        # The text area is laid out after the pane's own resize event (and moves when the
        # enclosure strip or the scroll bar changes it): the bar follows the text area.
        self._viewport = pane.viewport()
        self._viewport.installEventFilter(self)
        article_shown = getattr(pane, "article_shown", None)
        if article_shown is not None:
            article_shown.connect(self.on_pane_article_shown)
        pane.textChanged.connect(self._on_pane_text_changed)

    # -- what the pane shows ----------------------------------------------------------------

    def on_pane_article_shown(self, article: Article) -> None:
        if article.id != self.article_id:
            self.flush_note()
            self.article_id = article.id
            note = self._library.article_note(article.id)
            self._saved_note = note.text if note is not None else ""
            self.bar.note_edit.setText(self._saved_note)
        self.reload_tags()
        if self.bar.isHidden():
            self.bar.show()
            self._place()

    def _on_pane_text_changed(self) -> None:
        if getattr(self._pane, "article", None) is None and self.article_id is not None:
            self.flush_note()
            self.article_id = None
            self.bar.hide()
            self._place()

    def reload_tags(self) -> None:
        """Read the shown article's tags again (after a write that changed them)."""
        if self.article_id is None:
            return
        tags = list(self._library.article_tags(self.article_id))
        self.bar.set_tags(tags, self._open_tag, self._on_chip_remove)
        self._place()

    def _on_chip_remove(self, tag: Tag) -> None:
        if self.article_id is not None:
            self._remove_tag([self.article_id], tag)

    def flush_note(self) -> None:
        """Save the note now if it changed (typing paused, Return, another article)."""
        self._note_timer.stop()
        if self.article_id is None:
            return
        text = self.bar.note_edit.text().strip()
        if text != self._saved_note:
            self._saved_note = text
            self._save_note(self.article_id, text)

    # -- placing the bar in the pane's viewport margin ----------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self._pane and kind == QEvent.Type.Show) or (
            watched is self._viewport and kind in (QEvent.Type.Resize, QEvent.Type.Move)
        ):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        pane = self._pane
        height = 0 if self.bar.isHidden() else self.bar.sizeHint().height()
        current = pane.viewportMargins()
        # Only the top is ours: the enclosure strip (gui.enclosures_view) uses the bottom.
        if current.top() != height:
            pane.setViewportMargins(current.left(), height, current.right(), current.bottom())
        if height:
            # Just above the text and as wide as it: the vertical scroll bar runs the pane's
            # whole height and would cover the note field's end.
            shown = pane.viewport().geometry()
            self.bar.setGeometry(shown.x(), shown.y() - height, shown.width(), height)
