"""The real main window against a real profile and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QTextCursor
from pytestqt.qtbot import QtBot

from newsreader.gui.article_model import TITLE_COLUMN
from newsreader.gui.main_window import MainWindow
from tests.gui.conftest import FEEDS, Opened, refresh
from tests.support.httpserver import TestServer

TOTAL = sum(count for _s, _t, count in FEEDS.values())


def select_node(window: MainWindow, key: str) -> None:
    assert window.select_node(key), key


def select_title(qtbot: QtBot, window: MainWindow, title: str) -> None:
    model = window.articles
    for row in range(model.rowCount()):
        if model.row_at(row).title == title:  # type: ignore[union-attr]
            window.ui.articleList.setCurrentIndex(model.index(row, TITLE_COLUMN))
            qtbot.waitUntil(lambda: window.ui.readerPane.article is not None)
            return
    raise AssertionError(f"{title!r} is not in the list")


def test_refresh_fills_tree_counts_and_list(window: MainWindow) -> None:
    sections = window.sections
    assert sections.count_for_key("all") == TOTAL
    assert sections.count_for_key("unread") == TOTAL
    assert window.articles.rowCount() == TOTAL
    asia = sections.section_by_path("World/Asia")
    world = sections.section_by_path("World")
    assert asia is not None and world is not None
    assert asia.count == 4 and world.count == 7  # a section sums its children
    message = window.statusBar().currentMessage()
    assert message.startswith(f"3 feeds refreshed, 1 could not be refreshed, {TOTAL} new articles")
    assert not window.ui.statusProgress.isVisible()


def test_failing_feed_shows_error_badge_and_tooltip(window: MainWindow) -> None:
    (broken,) = [n for n in window.sections.walk() if n.name == "Broken Feed"]
    assert broken.failing
    index = window.sections.index_for_key(broken.key)
    tooltip = window.sections.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Last error" in tooltip and "500" in tooltip


def test_section_lists_only_its_articles(window: MainWindow) -> None:
    node = window.sections.section_by_path("World")
    assert node is not None
    select_node(window, node.key)
    titles = {window.articles.row_at(r).title for r in range(window.articles.rowCount())}  # type: ignore[union-attr]
    assert len(titles) == 7
    assert all(t.startswith(("Asia Daily", "Europe Today")) for t in titles)


def test_selecting_an_article_renders_it_and_lowers_unread(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_title(qtbot, window, "Europe Today story 1")
    text = window.ui.readerPane.toPlainText()
    assert "Europe Today story 1" in text
    assert "HOME" in text.upper() and "World" in text and "Europe" in text  # breadcrumb
    assert "Europe Today" in text.split("Europe Today story 1", 1)[1]  # date line: feed
    assert "harbour reopened" in text
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == TOTAL - 1)
    europe = window.sections.section_by_path("World/Europe")
    assert europe is not None and europe.count == 2


def test_keyboard_navigation(qtbot: QtBot, window: MainWindow) -> None:
    view = window.ui.articleList
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert view.currentIndex().row() == 0
    first = window.ui.readerPane.article
    assert first is not None
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert view.currentIndex().row() == 0
    # m toggles read: the shown (read) article becomes unread again.
    assert window.articles.row_at(0).read  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not window.articles.row_at(0).read  # type: ignore[union-attr]
    # s stars, and the star survives in the database.
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert window.articles.row_at(0).starred  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.sections.count_for_key("starred") == 1)
    # n skips read rows: rows 0 (unread again) is current, row 1 was read by j.
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.currentIndex().row() == 2


def test_pane_makes_no_request_for_remote_images(
    qtbot: QtBot, window: MainWindow, news_server: TestServer
) -> None:
    before = len(news_server.requests_to("/img/photo.jpg"))
    select_title(qtbot, window, "Asia Daily story 0")
    window.ui.readerPane.grab()  # lays out and paints the document
    qtbot.wait(200)
    assert len(news_server.requests_to("/img/photo.jpg")) == before
    assert "photo.jpg" not in window.ui.readerPane.toHtml()


def _click_link(qtbot: QtBot, window: MainWindow, text: str) -> str:
    """Click on `text` in the pane; returns the link target under the pointer ("" if none)."""
    pane = window.ui.readerPane
    cursor = pane.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    point = pane.cursorRect(cursor).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return pane.anchorAt(point)


def test_only_web_links_open_and_only_on_click(qtbot: QtBot, window: MainWindow) -> None:
    opened = Opened()
    schemes = ("http", "https", "mailto", "javascript", "file", "data")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, opened, "open")
    try:
        select_title(qtbot, window, "Asia Daily story 0")
        shown = window.ui.readerPane.article
        # Refused targets leave plain text, not a link that does nothing.
        assert _click_link(qtbot, window, "evil script link") == ""
        assert _click_link(qtbot, window, "evil file link") == ""
        assert opened.urls == []
        assert window.ui.readerPane.article is shown  # the pane did not navigate
        assert _click_link(qtbot, window, "good web link") == "https://example.org/more"
        assert opened.urls == ["https://example.org/more"]
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)


def test_search_fills_the_list_and_escape_clears(qtbot: QtBot, window: MainWindow) -> None:
    box = window.ui.searchBox
    window.ui.findAction.trigger()
    assert box.hasFocus()
    qtbot.keyClicks(box, "Tech Wire story 3")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    titles = [window.articles.row_at(r).title for r in range(window.articles.rowCount())]  # type: ignore[union-attr]
    assert titles and titles[0] == "Tech Wire story 3"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert window.articles.rowCount() == TOTAL


def test_mark_all_read_for_the_selected_section(qtbot: QtBot, window: MainWindow) -> None:
    node = window.sections.section_by_path("Technology")
    assert node is not None
    select_node(window, node.key)
    window.ui.markAllReadAction.trigger()
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == TOTAL - 5)
    assert all(window.articles.row_at(r).read for r in range(window.articles.rowCount()))  # type: ignore[union-attr]


def test_unread_only_toggle(qtbot: QtBot, window: MainWindow) -> None:
    select_title(qtbot, window, "Tech Wire story 0")
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == TOTAL - 1)  # stored
    window.ui.unreadOnlyAction.setChecked(True)
    qtbot.waitUntil(lambda: window.articles.rowCount() == TOTAL - 1)


def test_new_articles_are_inserted_keeping_the_selection(
    qtbot: QtBot, window: MainWindow, news_server: TestServer
) -> None:
    from tests.gui.conftest import RSS, items_for
    from tests.support.feeds import rss
    from tests.support.httpserver import Reply

    select_title(qtbot, window, "Europe Today story 2")
    items = items_for(news_server, "/europe.xml", 5)  # two more, newer than... same clock
    items[3].title, items[4].title = "Late extra A", "Late extra B"
    news_server.routes["/europe.xml"] = Reply(200, rss("Europe Today", items), RSS)
    inserted: list[int] = []
    window.articles.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
    refresh(qtbot, window)
    qtbot.waitUntil(lambda: sum(inserted) == 2)
    assert window.articles.rowCount() == TOTAL + 2
    current = window.articles.article_row(window.ui.articleList.currentIndex())
    assert current is not None and current.title == "Europe Today story 2"


def test_state_persists_per_profile(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    first = make_window(profile)
    node = first.sections.section_by_path("World/Asia")
    assert node is not None
    select_node(first, node.key)
    first.ui.zoomInAction.trigger()
    first.ui.zoomInAction.trigger()
    # Tree | (list and pane) since issue 15; a drag is what makes sizes worth keeping.
    first.ui.mainSplitter.setSizes([300, 1100])
    first.ui.mainSplitter.splitterMoved.emit(300, 1)
    sizes = first.ui.mainSplitter.sizes()
    first.close()
    second = make_window(profile)
    assert second.ui.readerPane.zoom == 2
    assert second.current_node() is not None and second.current_node().key == node.key  # type: ignore[union-attr]
    assert second.ui.mainSplitter.sizes() == sizes


def test_quitting_during_a_refresh_is_clean(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path, news_server: TestServer
) -> None:
    from tests.support.httpserver import Reply

    news_server.routes["/tech.xml"] = Reply(200, iter([b"<rss>"] * 50), chunk_delay=0.2)
    win = make_window(profile)
    with qtbot.waitSignal(win.poller.refresh_started):
        win.ui.refreshAction.trigger()
    win.close()
    assert win.bridge.closed
    assert not win.poller.running or win.poller.shutdown(timeout=5.0)
