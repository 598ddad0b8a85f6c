"""Tags, notes and saved searches in the real window (issue 16).

Tagging from the pane, the list's context menu and the keyboard (T); the Tags and Saved
searches nodes list the right articles with counts that follow a read and a refresh; deleting
both from the tree's menu; the note saved through the writer and found by search.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsreader.gui.article_tags import TagChip
from newsreader.gui.main_window import MainWindow
from newsreader.gui.organise_actions import SaveChoice, SaveSearchDialog
from tests.gui.conftest import FEEDS, refresh

TOTAL = sum(count for _s, _t, count in FEEDS.values())
SHOTS = Path(os.environ.get("NEWSREADER_SHOTS", "/tmp/notes/shots/tags"))


def _open_row(qtbot: QtBot, window: MainWindow, row: int) -> int:
    window.ui.articleList.setCurrentIndex(window.articles.index(row, 1))
    qtbot.waitUntil(lambda: window.reader_pane.article is not None)
    article = window.reader_pane.article
    assert article is not None
    return article.id


def _chips(window: MainWindow) -> list[str]:
    return window.organise.tags_pane.bar.tag_names


def test_tag_from_pane_menu_and_keyboard_then_tag_node(qtbot: QtBot, window: MainWindow) -> None:
    organise = window.organise
    answers = iter(["Read later", "read later", "Trip"])
    organise.ask_tag = lambda _parent, _names: next(answers)
    # The pane: its strip shows the article's tags; Add Tag… tags it.
    first = _open_row(qtbot, window, 0)
    bar = organise.tags_pane.bar
    assert bar.isVisible() and _chips(window) == []
    bar.add_button.click()
    qtbot.waitUntil(lambda: _chips(window) == ["Read later"])
    # The list's context menu on another row.
    menu = window.list_actions.menu_for(2)
    assert menu is not None
    action = menu.findChild(QAction, "addTagMenuAction")
    assert action is not None
    action.trigger()
    second = window.articles.row_at(2).id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: [t.name for t in window.library.article_tags(second)] == ["Read later"])
    # The keyboard: T on the list tags the selected row.
    third = _open_row(qtbot, window, 4)
    window.ui.articleList.setFocus()
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: _chips(window) == ["Trip"])

    # The tree: Tags with one node per tag, counting unread articles.
    qtbot.waitUntil(lambda: window.views_settled)
    qtbot.waitUntil(lambda: window.sections.count_for_key("tag:1") is not None)
    tags = {t.name: t for t in window.library.tags()}
    key = f"tag:{tags['Read later'].id}"
    qtbot.waitUntil(lambda: window.sections.count_for_key(key) == 1)  # the first was read
    assert window.select_node(key)
    qtbot.waitUntil(lambda: window.articles.rowCount() == 2)
    listed = {window.articles.row_at(r).id for r in range(2)}  # type: ignore[union-attr]
    assert listed == {first, second}
    # A read changes the count; so does removing the tag with its chip's ✕.
    window.ui.articleList.setCurrentIndex(window.articles.index_of(second))
    qtbot.waitUntil(lambda: window.sections.count_for_key(key) == 0)
    qtbot.waitUntil(lambda: _chips(window) == ["Read later"])
    chip = bar.findChild(TagChip)
    assert chip is not None
    chip.remove_button.click()
    qtbot.waitUntil(lambda: window.library.article_tags(second) == [])
    assert third != second
    # Deleting a tag from the tree's menu.
    organise.confirm = lambda _parent, _question: True
    trip = window.sections.index_for_key(f"tag:{tags['Trip'].id}")
    node = window.sections.node(trip)
    tree_menu = window.section_actions.build_menu(node, window.ui.sectionTree)
    delete = tree_menu.findChild(QAction, "deleteTagMenuAction")
    assert delete is not None
    delete.trigger()
    qtbot.waitUntil(lambda: [t.name for t in window.library.tags()] == ["Read later"])
    qtbot.waitUntil(lambda: not window.sections.index_for_key(f"tag:{tags['Trip'].id}").isValid())


def test_saved_search_node_lists_hits_and_counts_follow_read_and_refresh(
    qtbot: QtBot, window: MainWindow
) -> None:
    organise = window.organise
    box = window.ui.searchBox
    assert not organise.save_search_action.isVisible()
    box.setText("Europe")
    assert organise.save_search_action.isVisible()
    organise.ask_save = lambda _p, text, _s: SaveChoice(f"{text} news", False, None)
    organise.save_search_action.trigger()
    qtbot.waitUntil(lambda: len(window.library.saved_searches()) == 1)
    (saved,) = window.library.saved_searches()
    key = f"saved:{saved.id}"
    qtbot.waitUntil(lambda: window.sections.count_for_key(key) == FEEDS["/europe.xml"][2])
    window.clear_search()
    assert window.select_node(key)
    qtbot.waitUntil(lambda: window.articles.rowCount() == 3)
    feeds = {window.articles.row_at(r).feed_title for r in range(3)}  # type: ignore[union-attr]
    assert feeds == {"Europe Today"}
    window.ui.articleList.setCurrentIndex(window.articles.index(0, 1))
    qtbot.waitUntil(lambda: window.sections.count_for_key(key) == 2)
    # A refresh with nothing new keeps it; mark all read on the node marks only its hits.
    refresh(qtbot, window)
    assert window.sections.count_for_key(key) == 2
    node = window.sections.node(window.sections.index_for_key(key))
    assert node is not None
    window.mark_all_read(node)
    qtbot.waitUntil(lambda: window.sections.count_for_key(key) == 0)
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == TOTAL - 3)
    # Delete it from the tree's menu.
    organise.confirm = lambda _parent, _question: True
    menu = window.section_actions.build_menu(node, window.ui.sectionTree)
    delete = menu.findChild(QAction, "deleteSavedSearchMenuAction")
    assert delete is not None
    delete.trigger()
    qtbot.waitUntil(lambda: not window.sections.index_for_key(key).isValid())


def test_note_is_saved_and_found_by_search(qtbot: QtBot, window: MainWindow) -> None:
    ident = _open_row(qtbot, window, 1)
    edit = window.organise.tags_pane.bar.note_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "ask <b>Ingrid</b>")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.library.article_note(ident) is not None)
    assert window.library.article_note(ident).text == "ask <b>Ingrid</b>"  # type: ignore[union-attr]
    _open_row(qtbot, window, 2)
    assert edit.text() == ""
    window.ui.searchBox.setText("ingrid")
    window.ui.searchBox.returnPressed.emit()
    qtbot.waitUntil(lambda: window.articles.rowCount() == 1)
    assert window.articles.row_at(0).id == ident  # type: ignore[union-attr]


def test_screenshots_light_and_dark(qtbot: QtBot, window: MainWindow) -> None:
    """Tagged article, tags and saved search in the tree; the save dialog (issue 16)."""
    organise = window.organise
    names = iter(["Read later", "Harbour & <ports>"])
    organise.ask_tag = lambda _p, _n: next(names)
    _open_row(qtbot, window, 0)
    organise.tags_pane.bar.add_button.click()
    qtbot.waitUntil(lambda: len(_chips(window)) == 1)
    organise.tags_pane.bar.add_button.click()
    qtbot.waitUntil(lambda: len(_chips(window)) == 2)
    organise.tags_pane.bar.note_edit.setText("Check the ferry times before Friday")
    organise.tags_pane.flush_note()
    window.ui.searchBox.setText("harbour")
    organise.ask_save = lambda _p, text, _s: SaveChoice("Harbour stories", True, None)
    organise.save_search_action.trigger()
    qtbot.waitUntil(lambda: window.views_settled and len(window.library.saved_searches()) == 1)
    qtbot.waitUntil(lambda: window.sections.count_for_key("tags") is None and window.views_settled)
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    dark = QPalette(original)
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#353535"), (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
    ):  # fmt: skip
        dark.setColor(role, color)
    try:
        for theme, palette in (("light", original), ("dark", dark)):
            app.setPalette(palette)
            for width, height in ((1024, 700), (1920, 1080)):
                window.resize(width, height)
                qtbot.wait(50)
                window.grab().save(str(SHOTS / f"window-{theme}-{width}.png"))
            dialog = SaveSearchDialog(window, "harbour", window.sections.section_by_path("World"))
            dialog.show()
            qtbot.wait(20)
            dialog.grab().save(str(SHOTS / f"save-dialog-{theme}.png"))
            dialog.close()
    finally:
        app.setPalette(original)
    assert (SHOTS / "window-dark-1920.png").is_file()
