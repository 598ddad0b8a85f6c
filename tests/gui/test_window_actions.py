"""More of the window against the real profile: context menu, open in browser, Most popular,
space to page through, and the offscreen self-test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from newsreader.app.window import self_test
from newsreader.gui.main_window import MainWindow
from tests.gui.conftest import Opened
from tests.gui.test_main_window import TOTAL, select_node, select_title


def test_context_menu_marks_a_feed_read(qtbot: QtBot, window: MainWindow) -> None:
    (tech,) = [n for n in window.sections.walk() if n.name == "Tech Wire"]
    menu = window.section_actions.build_menu(tech, window)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "Refresh",
        "Mark all read",
        "Add Feed…",
        "New section…",
        "Notify about new articles",  # issue 16
        "Unsubscribe…",
    ]
    section = window.sections.section_by_path("World")
    assert section is not None
    section_menu = window.section_actions.build_menu(section, window)
    assert "Rename…" in [a.text() for a in section_menu.actions()]
    (mark,) = [a for a in menu.actions() if a.text() == "Mark all read"]
    mark.trigger()
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == TOTAL - 5)
    assert tech.count == 0


def test_o_opens_the_original_in_the_browser(qtbot: QtBot, window: MainWindow) -> None:
    opened = Opened()
    QDesktopServices.setUrlHandler("https", opened, "open")
    try:
        select_title(qtbot, window, "Tech Wire story 2")
        window.ui.openInBrowserAction.trigger()
        assert opened.urls == ["https://example.org/tech/2"]
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_most_popular_lists_what_was_read(qtbot: QtBot, window: MainWindow) -> None:
    select_title(qtbot, window, "Europe Today story 2")
    select_title(qtbot, window, "Asia Daily story 1")
    qtbot.waitUntil(lambda: window.views_settled)
    window.reading.flush_read_event()
    qtbot.wait(50)
    popular = window.sections.index_for_key("popular")

    def listed() -> set[str]:
        window.ui.sectionTree.setCurrentIndex(window.sections.index_for_key("all"))
        window.ui.sectionTree.setCurrentIndex(popular)
        rows = range(window.articles.rowCount())
        return {window.articles.row_at(r).title for r in rows}  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: listed() == {"Europe Today story 2", "Asia Daily story 1"})
    assert not window.ui.markAllReadAction.isEnabled()


def test_space_goes_to_the_next_unread(qtbot: QtBot, window: MainWindow) -> None:
    node = window.sections.section_by_path("Technology")
    assert node is not None
    select_node(window, node.key)
    window.activateWindow()
    window.ui.articleList.setFocus()
    qtbot.waitUntil(window.ui.articleList.hasFocus)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_Space)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_Space)  # short article: next unread
    shown = window.ui.readerPane.article
    assert shown is not None and shown.title == "Tech Wire story 1"


def test_self_test_renders_an_article(window: MainWindow, profile: Path) -> None:
    window.close()  # one window per profile at a time
    assert self_test(profile) == 0


def test_self_test_passes_on_a_new_empty_profile(tmp_path: Path) -> None:
    """A new profile shows its first-run actions where the pane is; the self-test (the
    packaged binary's smoke test runs it on a fresh profile) still renders its article."""
    assert self_test(tmp_path / "fresh") == 0
