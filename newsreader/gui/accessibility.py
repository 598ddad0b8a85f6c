"""What assistive technology hears from the window (issue 17).

Qt's accessibility bridge reads a view's rows from the model: the name of a cell is its
`Qt.AccessibleTextRole` (else its text) and the description its `Qt.AccessibleDescriptionRole`.
The sentences for the article list and the section tree are built here, once, so the list, the
tree and the tests agree on them. `FocusRing` draws a frame round a view while it has the
keyboard focus (the styles' own focus rectangle on the current row is faint, and invisible on
a dark palette). `keyboard_context_menu` gives a view's custom context menu
the Menu key and Shift+F10, opened at the current row rather than wherever the pointer is.
GUI thread only; no I/O.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import (
    QAccessible,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

CONTEXT = "Accessibility"


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def article_name(title: str, feed: str, date: str) -> str:
    """One article row as a sentence: "title, feed, date"."""
    title = title.strip() or _tr("Untitled article")
    if not date:
        return _tr("{title}, {feed}").format(title=title, feed=feed)
    return _tr("{title}, {feed}, {date}").format(title=title, feed=feed, date=date)


def article_state(read: bool, starred: bool) -> str:
    """An article row's state: "Unread, starred", "Read, not starred"…"""
    if read:
        return _tr("Read, starred") if starred else _tr("Read, not starred")
    return _tr("Unread, starred") if starred else _tr("Unread, not starred")


def star_header() -> str:
    """The name of the article list's ★ column."""
    return _tr("Starred")


def tree_header(count: bool) -> str:
    """The names of the section tree's two columns."""
    return _tr("Unread articles") if count else _tr("Section or feed")


def node_name(name: str, count: int | None, counts_stars: bool) -> str:
    """A tree row: "World, 12 unread" ("Starred, 3 articles"; the name alone at zero)."""
    if not count:
        return name
    if counts_stars:
        return _tr("{name}, %n articles", None, count).format(name=name)
    return _tr("{name}, %n unread", None, count).format(name=name)


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Give `widget` an accessible name (and description); an editable combo's line edit,
    which Qt exposes as a child of its own, is named after the combo."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else None
    if edit is not None:
        edit.setAccessibleName(text)
        if description:
            edit.setAccessibleDescription(description)


def keyboard_context_menu(view: QAbstractItemView) -> None:
    """The Menu key and Shift+F10 open `view`'s custom context menu at its current row.

    The view must use Qt.CustomContextMenu; its customContextMenuRequested handler gets a
    point in viewport coordinates, as it does for a right click."""

    def request() -> None:
        index = view.currentIndex()
        rect = view.visualRect(index) if index.isValid() else view.viewport().rect()
        point = rect.center() if index.isValid() else QPoint(4, 4)
        if index.isValid() and not view.viewport().rect().contains(point):
            view.scrollTo(index)
            point = view.visualRect(index).center()
        view.customContextMenuRequested.emit(point)

    for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
        shortcut = QShortcut(keys, view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(request)


def name_combo_edits(root: QWidget) -> None:
    """Every editable combo box under `root` lends its accessible name (its label's, through
    the buddy) to its line edit, which Qt exposes as a focusable child of its own."""
    for combo in root.findChildren(QComboBox):
        edit = combo.lineEdit()
        if edit is None or edit.accessibleName():
            continue
        interface = QAccessible.queryAccessibleInterface(combo)
        text = interface.text(QAccessible.Text.Name) if interface is not None else ""
        edit.setAccessibleName(text or combo.accessibleName())


class FocusRing(QWidget):
    """A frame in the palette's highlight colour round `view` while the focus is in it.

    A child laid over the view that lets the mouse through and paints only its border;
    it shows and hides on the application's focusChanged, so it costs nothing per row
    painted. The highlight colour is the one the theme (light, dark, high contrast) picks
    to stand out from the base colour."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self.setObjectName(f"{view.objectName()}FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(view.rect())
        self.hide()
        view.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.rect())
        return False

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        inside = now is not None and (now is self._view or self._view.isAncestorOf(now))
        if inside:
            self.raise_()
        self.setVisible(inside)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()
