"""The article list's context menu and the Help menu, in the real window (issue 15, triage)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

import newsreader
from newsreader.gui.main_window import MainWindow
from tests.gui.conftest import FEEDS, Opened

TOTAL = sum(count for _s, _t, count in FEEDS.values())
SHOTS = Path(os.environ.get("NEWSREADER_SHOTS", "/tmp/newsreader-shots"))


def row_center(window: MainWindow, row: int) -> QPoint:
    view = window.ui.articleList
    return view.visualRect(window.articles.index(row, 1)).center()


def menu_action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, name
    return action


def stored_read(window: MainWindow, ident: int) -> bool:
    article = window.library.article(ident)
    assert article is not None
    return article.read


def test_right_click_selects_but_does_not_open_or_mark_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.ui.articleList
    target = window.articles.row_at(2)
    assert target is not None and not target.read
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=row_center(window, 2))
    selected = view.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [2]  # the row is shown as the one acted on
    qtbot.wait(50)
    assert window.reader_pane.article is None  # not opened
    assert not window.articles.row_at(2).read  # type: ignore[union-attr]
    assert not stored_read(window, target.id)
    assert window.sections.count_for_key("unread") == TOTAL
    menu = window.list_actions.menu_for(2)
    assert menu is not None
    menu_action(menu, "openArticleAction").trigger()
    qtbot.waitUntil(lambda: window.reader_pane.article is not None)
    assert window.reader_pane.article.id == target.id  # type: ignore[union-attr]


def test_mark_above_and_below_mark_exactly_those_rows(qtbot: QtBot, window: MainWindow) -> None:
    model = window.articles
    ids = [model.row_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    pivot = 4
    menu = window.list_actions.menu_for(pivot)
    assert menu is not None
    menu_action(menu, "markAboveReadAction").trigger()
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == TOTAL - pivot)
    assert [stored_read(window, i) for i in ids] == [r < pivot for r in range(len(ids))]
    # Issue 15: the message sits beside an Undo button (tests/gui/test_issue15_triage.py).
    assert window.list_actions.notice is not None
    assert window.list_actions.notice.label.text() == "Marked 4 articles as read."

    menu = window.list_actions.menu_for(pivot)
    assert menu is not None
    menu_action(menu, "markBelowReadAction").trigger()
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == 1)
    assert [stored_read(window, i) for i in ids] == [r != pivot for r in range(len(ids))]
    assert [model.row_at(r).read for r in range(len(ids))] == [  # type: ignore[union-attr]
        r != pivot for r in range(len(ids))
    ]
    assert window.reader_pane.article is None  # nothing was opened on the way


def test_mark_read_unread_and_star_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    ident = window.articles.row_at(0).id  # type: ignore[union-attr]
    menu = window.list_actions.menu_for(0)
    assert menu is not None
    menu_action(menu, "markReadAction").trigger()
    qtbot.waitUntil(lambda: stored_read(window, ident))
    menu = window.list_actions.menu_for(0)
    assert menu is not None
    assert menu.findChild(QAction, "markReadAction") is None
    menu_action(menu, "markUnreadAction").trigger()
    menu_action(menu, "starAction").trigger()
    qtbot.waitUntil(lambda: window.library.article(ident).starred)  # type: ignore[union-attr]
    assert not stored_read(window, ident)
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == TOTAL)


def test_copy_link_puts_the_url_on_the_clipboard(window: MainWindow) -> None:
    row = window.articles.row_at(1)
    assert row is not None and row.url
    QGuiApplication.clipboard().clear()
    menu = window.list_actions.menu_for(1)
    assert menu is not None
    menu_action(menu, "copyLinkAction").trigger()
    assert QGuiApplication.clipboard().text() == row.url
    assert window.statusBar().currentMessage() == "The article's link is on the clipboard."


def test_open_in_browser_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    opened = Opened()
    QDesktopServices.setUrlHandler("https", opened, "open")
    try:
        row = window.articles.row_at(0)
        assert row is not None
        menu = window.list_actions.menu_for(0)
        assert menu is not None
        menu_action(menu, "openLinkAction").trigger()
        assert opened.urls == [row.url]
        assert "browser" not in window.statusBar().currentMessage()
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_open_in_browser_without_a_browser_says_so(
    qtbot: QtBot, qtlog: _QtMessageCapture, window: MainWindow
) -> None:
    # A handler whose slot does not exist: QDesktopServices.openUrl returns False, as it does
    # when no browser can be started.
    opened = Opened()
    QDesktopServices.setUrlHandler("https", opened, "noSuchSlot")
    try:
        with qtlog.disabled():  # Qt warns of the missing slot, on purpose
            window.statusBar().clearMessage()
            assert QDesktopServices.openUrl(QUrl("https://example.org/probe")) is False
            row = window.articles.row_at(0)
            assert row is not None and row.url
            window.ui.articleList.setCurrentIndex(window.articles.index(0, 1))
            qtbot.waitUntil(lambda: window.reader_pane.article is not None)
            window.ui.openInBrowserAction.trigger()
            message = window.statusBar().currentMessage()
            assert message.startswith("No web browser could be opened for https://example.org/")
            window.statusBar().clearMessage()
            menu = window.list_actions.menu_for(0)
            assert menu is not None
            menu_action(menu, "openLinkAction").trigger()
            assert "No web browser could be opened" in window.statusBar().currentMessage()
            assert opened.urls == []
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_shortcuts_dialog_lists_every_action_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.shortcutsAction.trigger()
    dialog = window.help_menu.shortcuts_dialog
    assert dialog is not None and dialog.objectName() == "shortcutsDialog"
    qtbot.waitExposed(dialog)
    assert dialog.shortcut_for("Refresh") == "F5"
    assert dialog.shortcut_for("Keyboard Shortcuts") == "F1"
    assert dialog.shortcut_for("Search") == "Ctrl+F"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "shortcuts-dialog.png"))
    # Read from the actions: a changed shortcut shows in the next sheet.
    window.ui.refreshAction.setShortcut("Ctrl+R")
    window.ui.shortcutsAction.trigger()
    dialog = window.help_menu.shortcuts_dialog
    assert dialog is not None
    assert dialog.shortcut_for("Refresh") == "Ctrl+R"


def test_about_box_shows_the_version(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.aboutAction.trigger()
    box = window.help_menu.about_box
    assert box is not None and box.objectName() == "aboutBox"
    qtbot.waitUntil(box.isVisible)
    assert newsreader.__version__ in box.text()
    assert "offline" in box.informativeText()
    box.close()


def test_context_menu_screenshot(
    qtbot: QtBot, qtlog: _QtMessageCapture, window: MainWindow
) -> None:
    view = window.ui.articleList
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=row_center(window, 1))
    menu = window.list_actions.menu_for(1)
    assert menu is not None
    with qtlog.disabled():  # offscreen cannot grab the keyboard for a popup
        menu.popup(view.viewport().mapToGlobal(row_center(window, 1)))
    qtbot.waitExposed(menu)
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "Open",
        "Mark as Read",
        "Mark Above as Read",
        "Mark Below as Read",
        "Star",
        f"Show in {window.articles.row_at(1).feed_title}",  # type: ignore[union-attr]
        "Copy Link",
        "Open in Browser",
        "Add Tag…",  # issue 16 (tests/gui/test_tags_window.py)
    ]
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert menu.grab().save(str(SHOTS / "article-list-menu.png"))
    window.grab().save(str(SHOTS / "window-with-right-clicked-row.png"))
    menu.close()
    assert window.reader_pane.article is None


def test_context_menu_event_shows_the_menu_and_restores_the_selection(
    qtbot: QtBot, qtlog: _QtMessageCapture, window: MainWindow
) -> None:
    view = window.ui.articleList
    view.setCurrentIndex(window.articles.index(0, 1))  # the article being read
    qtbot.waitUntil(lambda: window.reader_pane.article is not None)
    shown = window.reader_pane.article.id  # type: ignore[union-attr]
    pos = row_center(window, 3)
    seen: list[list[int]] = []

    def look_and_close() -> None:
        menu = window.list_actions.menu
        assert menu is not None and menu.isVisible()
        seen.append([i.row() for i in view.selectionModel().selectedRows()])
        menu.close()

    QTimer.singleShot(200, look_and_close)
    with qtlog.disabled():  # offscreen cannot grab the keyboard for a popup
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.mapToGlobal(pos))
        QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [[3]]  # shown as selected while the menu is open
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]  # and back after
    assert window.reader_pane.article.id == shown  # type: ignore[union-attr]
    assert not window.articles.row_at(3).read  # type: ignore[union-attr]
