"""Triage in the article list (issue 15), in the real window on feeds served on 127.0.0.1:
undo for mark all/above/below read, multi-select, next unread into the next feed, End on a
long lazily loaded list, the mark-as-read settings and marking read on scroll past."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.app.settings_wiring import SettingsOpener
from newsreader.core import prefs
from newsreader.gui.article_model import TITLE_COLUMN
from newsreader.gui.main_window import MainWindow
from newsreader.gui.section_model import NodeKind
from newsreader.gui.settings.dialog import SettingsDialog
from newsreader.storage import open_store
from tests.gui.conftest import FEEDS, RSS, refresh
from tests.support.feeds import BASE_TIME, Item, rss
from tests.support.httpserver import Reply, TestServer

TOTAL = sum(count for _s, _t, count in FEEDS.values())
SHOTS = Path(os.environ.get("NEWSREADER_SHOTS", "/tmp/newsreader-shots"))
WAIT = 20000
IGNORE = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")


def ids_in_list(window: MainWindow) -> list[int]:
    model = window.articles
    return [model.row_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]


def stored_read(window: MainWindow) -> dict[int, bool]:
    """Every article's read flag as the database has it (not as the list shows it)."""
    result = {}
    for ident in ids_in_list(window):
        article = window.library.article(ident)
        assert article is not None
        result[ident] = article.read
    return result


def shown_read(window: MainWindow) -> dict[int, bool]:
    model = window.articles
    rows = (model.row_at(r) for r in range(model.rowCount()))
    return {row.id: row.read for row in rows if row is not None}


def menu_action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, name
    return action


def wait_unread(qtbot: QtBot, window: MainWindow, count: int) -> None:
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == count, timeout=WAIT)
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)


def mark_some_read(qtbot: QtBot, window: MainWindow, rows: list[int]) -> set[int]:
    ids = {window.articles.row_at(r).id for r in rows}  # type: ignore[union-attr]
    window.list_actions.set_read_many(sorted(ids), True)
    wait_unread(qtbot, window, TOTAL - len(ids))
    return ids


def test_undo_puts_back_exactly_what_mark_all_read_changed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_node("all")
    already = mark_some_read(qtbot, window, [1, 4, 7])
    before = stored_read(window)
    assert {i for i, read in before.items() if read} == already

    window.ui.markAllReadAction.trigger()
    wait_unread(qtbot, window, 0)
    assert all(stored_read(window).values())
    notice = window.list_actions.notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert notice.label.text() == f"Marked {TOTAL - 3} articles in All articles as read."
    undo = window.list_actions.undo_action
    assert undo.isEnabled() and undo.text() == "Undo Mark All as Read"
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    edit = window.findChild(QMenu, "editMenu")
    assert edit is not None and undo in edit.actions()
    assert edit.menuAction() in window.menuBar().actions()

    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    wait_unread(qtbot, window, TOTAL - 3)
    assert stored_read(window) == before  # the three read before stay read
    assert shown_read(window) == before
    assert not notice.isVisible()
    assert not undo.isEnabled()
    assert window.statusBar().currentMessage() == f"{TOTAL - 3} articles are unread again."


def test_ctrl_z_undoes_mark_below_then_mark_above(qtbot: QtBot, window: MainWindow) -> None:
    window.select_node("all")
    already = mark_some_read(qtbot, window, [0, 9])
    before = stored_read(window)
    ids = ids_in_list(window)
    pivot = 5

    menu = window.list_actions.menu_for(pivot)
    assert menu is not None
    menu_action(menu, "markBelowReadAction").trigger()
    below = set(ids[pivot + 1 :]) - already
    wait_unread(qtbot, window, TOTAL - len(already) - len(below))
    assert {i for i, r in stored_read(window).items() if r} == already | below

    menu = window.list_actions.menu_for(pivot)
    assert menu is not None
    menu_action(menu, "markAboveReadAction").trigger()
    wait_unread(qtbot, window, 1)  # only the pivot is left unread
    assert window.list_actions.undo_action.text() == "Undo Mark Above as Read"

    window.activateWindow()
    window.ui.articleList.setFocus()
    qtbot.waitUntil(window.ui.articleList.hasFocus)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_unread(qtbot, window, TOTAL - len(already) - len(below))  # above is unread again
    assert window.list_actions.undo_action.text() == "Undo Mark Below as Read"
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_unread(qtbot, window, TOTAL - len(already))
    assert stored_read(window) == before
    assert window.reader_pane.article is None  # nothing was opened on the way


def test_multi_select_applies_the_menu_to_every_selected_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_node("all")
    view = window.ui.articleList
    model = window.articles
    chosen = [1, 3, 6]
    for row in chosen:
        rect = view.visualRect(model.index(row, TITLE_COLUMN))
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )
    assert sorted(i.row() for i in view.selectionModel().selectedRows()) == chosen
    ids = {model.row_at(r).id for r in chosen}  # type: ignore[union-attr]

    # A right-click on a selected row keeps the selection: the menu is for all three.
    rect = view.visualRect(model.index(3, TITLE_COLUMN))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    assert sorted(i.row() for i in view.selectionModel().selectedRows()) == chosen
    menu = window.list_actions.menu_for(3)
    assert menu is not None
    heading = menu_action(menu, "selectionHeading")
    assert heading.text() == "3 articles selected" and not heading.isEnabled()
    assert menu.findChild(QAction, "markAboveReadAction") is None  # one-row actions only
    menu_action(menu, "markReadAction").trigger()
    wait_unread(qtbot, window, TOTAL - 3)
    assert {i for i, r in stored_read(window).items() if r} == ids

    menu = window.list_actions.menu_for(3)
    assert menu is not None
    menu_action(menu, "starAction").trigger()
    qtbot.waitUntil(lambda: window.sections.count_for_key("starred") == 3, timeout=WAIT)
    starred = {i for i in ids_in_list(window) if window.library.article(i).starred}  # type: ignore[union-attr]
    assert starred == ids
    menu = window.list_actions.menu_for(3)
    assert menu is not None
    menu_action(menu, "copyLinkAction").trigger()
    links = QApplication.clipboard().text().splitlines()
    assert sorted(links) == sorted(model.row_at(r).url for r in chosen)  # type: ignore[union-attr, type-var]


def test_next_unread_continues_in_the_next_feed(qtbot: QtBot, window: MainWindow) -> None:
    (asia,) = [n for n in window.sections.walk() if n.name == "Asia Daily"]
    window.select_node(asia.key)
    for _ in range(FEEDS["/asia.xml"][2]):
        assert window.reading.next_unread()
        qtbot.waitUntil(lambda: window.reader_pane.article is not None)
    qtbot.waitUntil(lambda: window.sections.count_for_key(asia.key) == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)

    # Asia has nothing unread left: n goes on to the next feed with unread articles.
    nodes = [n for n in window.sections.walk() if n.kind in (NodeKind.FEED, NodeKind.SECTION)]
    after = nodes[nodes.index(asia) + 1 :]
    expected = next(n for n in after if (n.count or 0) > 0 and n is not asia.parent)
    assert window.reading.next_unread()
    node = window.current_node()
    assert node is not None and node.key == expected.key
    article = window.reader_pane.article
    assert article is not None
    assert article.feed_id in window.sections.feed_ids_under(node)
    assert "Unread articles in" in window.statusBar().currentMessage()


def test_next_unread_says_so_when_nothing_is_left(qtbot: QtBot, window: MainWindow) -> None:
    window.select_node("all")
    window.ui.markAllReadAction.trigger()
    wait_unread(qtbot, window, 0)
    (tech,) = [n for n in window.sections.walk() if n.name == "Tech Wire"]
    window.select_node(tech.key)
    assert not window.reading.next_unread()
    assert window.current_node().key == tech.key  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == "There are no more unread articles."


def test_show_in_feed_selects_the_feed_and_the_article(qtbot: QtBot, window: MainWindow) -> None:
    window.select_node("all")
    model = window.articles
    target = model.row_at(5)
    assert target is not None
    menu = window.list_actions.menu_for(5)
    assert menu is not None
    action = menu_action(menu, "showInFeedAction")
    assert action.text() == f"Show in {target.feed_title}"
    action.trigger()
    node = window.current_node()
    assert node is not None and node.key == f"feed:{target.feed_id}"
    current = window.articles.article_row(window.ui.articleList.currentIndex())
    assert current is not None and current.id == target.id
    qtbot.waitUntil(lambda: window.reader_pane.article is not None)


# -- a long list ---------------------------------------------------------------------------

LONG = 5000


@pytest.fixture
def long_profile(tmp_path: Path, http_server: TestServer) -> Path:
    """One feed of 5,000 articles with full bodies (no page fetches for full text)."""
    body = "<p>" + "The harbour reopened after the storm, and trade resumed. " * 14 + "</p>"
    items = [
        Item(
            guid=f"long-{i}",
            title=f"Long story {i}",
            link=http_server.url(f"/long/{i}.html"),
            description=body,
            published=BASE_TIME - timedelta(minutes=i),
        )
        for i in range(LONG)
    ]
    http_server.routes["/long.xml"] = Reply(200, rss("Long Feed", items), RSS)
    root = tmp_path / "long"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        store.add_feed(http_server.url("/long.xml"), "Long Feed", "Archive", 3600, user_title=True)
    finally:
        store.close()
    return root


def test_end_reaches_the_last_of_5000_articles(
    qtbot: QtBot, make_window: Callable[..., MainWindow], long_profile: Path
) -> None:
    window = make_window(long_profile)
    refresh(qtbot, window)
    window.select_node("all")
    model = window.articles
    assert model.rowCount() < LONG and model.canFetchMore(window.articles.index(-1, -1))
    view = window.ui.articleList
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    turns = 0

    def count_turn() -> None:
        nonlocal turns
        turns += 1

    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(count_turn)
    ticker.start()
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.currentIndex().row() == LONG - 1, timeout=WAIT)
    ticker.stop()
    assert model.rowCount() == LONG
    last = model.article_row(view.currentIndex())
    assert last is not None and last.title == f"Long story {LONG - 1}"
    assert turns > 1  # loading went through the event loop, not one blocking call
    qtbot.waitUntil(lambda: window.reader_pane.article is not None)
    assert window.reader_pane.article.id == last.id  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    first = model.article_row(view.currentIndex())
    assert first is not None and first.title == "Long story 0"

    # Mark below from the top marks the whole list, loaded or not; undo takes it back.
    # The two articles End and Home opened were read (a delay of 0): the rest is unread.
    unread_before = LONG - 2
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == unread_before, timeout=WAIT)
    (feed,) = [n for n in window.sections.walk() if n.name == "Long Feed"]
    window.select_node(feed.key)  # a fresh list, read after both reads were stored
    assert model.rowCount() < LONG
    assert model.row_at(0).read  # type: ignore[union-attr]
    menu = window.list_actions.menu_for(0)
    assert menu is not None
    menu_action(menu, "markBelowReadAction").trigger()
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == 0, timeout=WAIT)
    assert model.rowCount() == LONG  # it loaded the rest of the list to mark it
    window.list_actions.undo()
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == unread_before, timeout=WAIT)


def test_scrolling_past_marks_read_when_the_option_is_on(
    qtbot: QtBot, make_window: Callable[..., MainWindow], long_profile: Path
) -> None:
    store = open_store(resolve_profile(long_profile).db_path)
    try:
        store.set_setting(prefs.MARK_READ_ON_SCROLL.key, True)
    finally:
        store.close()
    window = make_window(long_profile)
    refresh(qtbot, window)
    window.select_node("all")
    assert window.reading.mark_on_scroll
    view = window.ui.articleList
    bar = view.verticalScrollBar()
    for _ in range(12):  # four wheel turns, as the wheel scrolls: three steps each
        bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)
    top = view.indexAt(QPoint(1, 1)).row()
    assert top >= 4
    qtbot.waitUntil(lambda: window.sections.count_for_key("unread") == LONG - top, timeout=WAIT)
    model = window.articles
    shown = [model.row_at(r).read for r in range(top + 2)]  # type: ignore[union-attr]
    assert shown == [r < top for r in range(top + 2)]
    stored = [window.library.article(model.row_at(r).id).read for r in range(top + 2)]  # type: ignore[union-attr]
    assert stored == [r < top for r in range(top + 2)]
    # A jump (End: to the last of 5,000 rows) skips rows nobody saw: they stay unread; only
    # the article End opened is read (after the delay, 0 here).
    window.list_actions.go_to_end()
    qtbot.waitUntil(lambda: view.currentIndex().row() == LONG - 1, timeout=WAIT)
    qtbot.wait(400)
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)
    assert window.sections.count_for_key("unread") == LONG - top - 1


def test_scrolling_past_marks_nothing_by_default(
    qtbot: QtBot, make_window: Callable[..., MainWindow], long_profile: Path
) -> None:
    window = make_window(long_profile)
    refresh(qtbot, window)
    window.select_node("all")
    assert not window.reading.mark_on_scroll
    bar = window.ui.articleList.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.value() + 60)
    qtbot.wait(400)
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)
    assert window.sections.count_for_key("unread") == LONG


# -- the Reading page of the settings dialog -----------------------------------------------


@pytest.fixture
def dialog(window: MainWindow) -> Iterator[SettingsDialog]:
    opener = window.findChild(SettingsOpener)
    assert opener is not None
    dialog = opener.open()
    yield dialog
    dialog.close()


@IGNORE
@pytest.mark.parametrize(
    ("index", "mode", "read_at_once", "read_after_delay"),
    [(0, "after-delay", False, True), (1, "on-open", True, True), (2, "manual", False, False)],
)
def test_each_mark_read_mode_from_the_settings_dialog(
    qtbot: QtBot,
    window: MainWindow,
    dialog: SettingsDialog,
    index: int,
    mode: str,
    read_at_once: bool,
    read_after_delay: bool,
) -> None:
    ui = dialog.ui
    ui.readDelaySpin.setValue(30000)  # first, a delay nobody waits for
    qtbot.waitUntil(lambda: window.reading.read_delay_ms == 30000, timeout=WAIT)
    assert ui.markReadCombo.itemText(0) == "After 30 seconds on screen"
    ui.markReadCombo.setCurrentIndex((index + 1) % 3)  # a real change even for index 0
    ui.markReadCombo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.reading.mark_read_mode == mode, timeout=WAIT)
    # The two choices are two writes; on a loaded machine the window may see the second
    # before the writer has stored it (a CI run read the first choice back).
    qtbot.waitUntil(lambda: prefs.MARK_READ.get(window.library.setting) == mode, timeout=WAIT)

    window.select_node("all")
    model = window.articles
    first, second = model.row_at(2), model.row_at(3)
    assert first is not None and second is not None and not first.read and not second.read
    window.ui.articleList.setCurrentIndex(model.index(2, TITLE_COLUMN))
    qtbot.waitUntil(lambda: window.reader_pane.article is not None)
    assert model.row_at(2).read is read_at_once  # type: ignore[union-attr]
    if read_at_once:
        qtbot.waitUntil(lambda: window.library.article(first.id).read, timeout=WAIT)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)
    assert window.library.article(first.id).read is read_at_once  # type: ignore[union-attr]

    ui.readDelaySpin.setValue(300)
    qtbot.waitUntil(lambda: window.reading.read_delay_ms == 300, timeout=WAIT)
    assert ui.markReadCombo.itemText(0) == "After 0.3 seconds on screen"
    window.ui.articleList.setCurrentIndex(model.index(3, TITLE_COLUMN))
    qtbot.waitUntil(lambda: window.reader_pane.article.id == second.id)  # type: ignore[union-attr]
    qtbot.wait(600)  # past the 300 ms delay: the duration the behaviour is defined by
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)
    assert window.library.article(second.id).read is read_after_delay  # type: ignore[union-attr]
    assert model.row_at(3).read is read_after_delay  # type: ignore[union-attr]


@IGNORE
def test_scroll_past_option_applies_live(
    qtbot: QtBot, window: MainWindow, dialog: SettingsDialog
) -> None:
    check = dialog.ui.markReadOnScrollCheck
    assert not check.isChecked()
    assert check.text() == "Mark as read when scrolled &past in the list"
    check.setChecked(True)
    qtbot.waitUntil(lambda: window.reading.mark_on_scroll, timeout=WAIT)
    assert prefs.MARK_READ_ON_SCROLL.get(window.library.setting) is True
    check.setChecked(False)
    qtbot.waitUntil(lambda: not window.reading.mark_on_scroll, timeout=WAIT)


# -- screenshots ---------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_the_menu_and_the_undo_notice(
    qtbot: QtBot, qtlog: _QtMessageCapture, window: MainWindow, theme: str
) -> None:
    settings = window.reading_settings
    settings.apply_theme(theme)
    try:
        window.select_node("all")
        view = window.ui.articleList
        selection = view.selectionModel()
        for row in (2, 3):
            selection.select(
                window.articles.index(row, TITLE_COLUMN),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        shots = SHOTS / "h5"
        shots.mkdir(parents=True, exist_ok=True)
        for row, name in ((1, "menu"), (3, "menu-multi")):
            menu = window.list_actions.menu_for(row)
            assert menu is not None
            pos = view.visualRect(window.articles.index(row, TITLE_COLUMN)).center()
            with qtlog.disabled():  # offscreen cannot grab the keyboard for a popup
                menu.popup(view.viewport().mapToGlobal(pos))
            qtbot.waitExposed(menu)
            assert menu.grab().save(str(shots / f"{name}-{theme}.png"))
            window.grab().save(str(shots / f"{name}-window-{theme}.png"))
            menu.close()
        window.ui.markAllReadAction.trigger()
        notice = window.list_actions.notice
        assert notice is not None
        qtbot.waitUntil(notice.isVisible, timeout=WAIT)
        bar = window.statusBar()
        assert bar.grab().save(str(shots / f"undo-{theme}.png"))
        assert window.grab().save(str(shots / f"undo-window-{theme}.png"))
        assert notice.button.isVisible() and notice.label.text()
    finally:
        settings.apply_theme("system")
