"""First run (issue 15): the window shows first, on an empty state with three actions in place.

A brand-new profile opens the real window (no question on an empty desktop) whose list/pane
area offers: subscribe to the starter set, add a feed or web page, import OPML. Each action
is driven through its button against feeds served on 127.0.0.1 (the starter list is replaced
through `create_window(starter_opml=...)`, so nothing reaches the internet); the empty state
goes away once a feed is subscribed and comes back when the last feed is removed. Add Feed is
in the toolbar, the File menu (Ctrl+N) and the tree's context menu; Return in the address
field runs Find.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from newsreader.app.window import DEFAULTS_FILE
from newsreader.gui.empty_state import Subscribing
from newsreader.gui.main_window import MainWindow
from newsreader.gui.resources import resource_path
from newsreader.gui.settings.add_feed import AddFeedDialog
from tests.gui.conftest import RSS
from tests.gui.settings_support import Answers
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

WAIT = 20000


def list_titles(window: MainWindow) -> set[str]:
    model = window.articles
    return {row.title for i in range(model.rowCount()) if (row := model.row_at(i))}


def subscribing(window: MainWindow) -> Subscribing:
    assert window.subscribing is not None
    return window.subscribing


def serve(server: TestServer, name: str, count: int) -> str:
    path = f"/{name}.xml"
    server.routes[path] = Reply(200, rss(f"{name.title()} Feed", make_items(name, count)), RSS)
    return server.url(path)


def opml_file(path: Path, rows: dict[str, str]) -> Path:
    outlines = "".join(
        f'<outline type="rss" text="{title}" xmlUrl="{url}"/>' for title, url in rows.items()
    )
    path.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline text="World">{outlines}</outline></body></opml>'
    )
    return path


def new_window(make_window: Callable[..., MainWindow], tmp_path: Path, **kw: object) -> MainWindow:
    return make_window(tmp_path / "fresh-profile", **kw)


def test_a_new_profile_opens_the_window_on_the_three_actions(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    # "ask" (the default of a real start) no longer asks before the window: create_window
    # returns at once, and the offer is in the window.
    window = new_window(make_window, tmp_path, offer_defaults="ask")
    empty = window.empty_state
    assert window.layout_choice.showing_empty
    assert empty.isVisible() and not window.ui.articleList.isVisible()
    for button in (empty.starterButton, empty.addFeedButton, empty.importButton):
        assert button.isVisible() and button.isEnabled(), button.objectName()
    assert "No feeds were due" not in window.statusBar().currentMessage()
    # The bundled starter list is what the starter action imports by default.
    assert subscribing(window).starter == resource_path(DEFAULTS_FILE)


def test_the_starter_action_subscribes_and_fetches_at_once(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, http_server: TestServer
) -> None:
    starter = opml_file(
        tmp_path / "starter.opml",
        {"Alpha": serve(http_server, "alpha", 3), "Beta": serve(http_server, "beta", 2)},
    )
    window = new_window(make_window, tmp_path, starter_opml=starter)
    assert window.layout_choice.showing_empty

    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        qtbot.mouseClick(window.empty_state.starterButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not window.layout_choice.showing_empty, timeout=WAIT)
    assert window.ui.articleList.isVisible()
    window.select_node("all")
    wanted = {f"alpha story {i}" for i in range(3)} | {f"beta story {i}" for i in range(2)}
    qtbot.waitUntil(lambda: list_titles(window) == wanted, timeout=WAIT)
    assert {"/alpha.xml", "/beta.xml"} <= {r.path for r in http_server.log}
    assert window.sections.section_by_path("World") is not None


def test_add_feed_from_the_empty_state_return_runs_find(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, http_server: TestServer
) -> None:
    url = serve(http_server, "gamma", 4)
    window = new_window(make_window, tmp_path)
    qtbot.mouseClick(window.empty_state.addFeedButton, Qt.MouseButton.LeftButton)
    dialog = subscribing(window).add_dialog
    assert isinstance(dialog, AddFeedDialog)
    qtbot.waitExposed(dialog)
    dialog.urlEdit.setFocus()
    qtbot.keyClicks(dialog.urlEdit, url)
    qtbot.keyClick(dialog.urlEdit, Qt.Key.Key_Return)  # Find, not a click on the button
    qtbot.waitUntil(dialog.previewBox.isVisible, timeout=WAIT)
    assert dialog.subscribeButton.isEnabled()
    assert [r.path for r in http_server.log].count("/gamma.xml") == 1  # one Find, not two

    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        qtbot.keyClick(dialog.urlEdit, Qt.Key.Key_Return)  # now Return subscribes

    qtbot.waitUntil(lambda: not window.layout_choice.showing_empty, timeout=WAIT)
    window.select_node("all")
    qtbot.waitUntil(
        lambda: list_titles(window) == {f"gamma story {i}" for i in range(4)}, timeout=WAIT
    )


def test_import_opml_from_the_empty_state(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, http_server: TestServer
) -> None:
    source = opml_file(tmp_path / "mine.opml", {"Delta": serve(http_server, "delta", 2)})
    window = new_window(make_window, tmp_path)
    answers = Answers(files=[str(source)])
    subscribing(window).prompts = answers.prompts()

    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        qtbot.mouseClick(window.empty_state.importButton, Qt.MouseButton.LeftButton)

    assert answers.asked == ["Import OPML"]
    qtbot.waitUntil(lambda: not window.layout_choice.showing_empty, timeout=WAIT)
    window.select_node("all")
    qtbot.waitUntil(lambda: list_titles(window) == {"delta story 0", "delta story 1"}, timeout=WAIT)


def test_the_empty_state_comes_back_when_the_last_feed_goes(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    window = make_window(profile)
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)
    assert not window.layout_choice.showing_empty
    ids = [f.id for f in window.library.feeds()]
    for feed_id in ids:
        window._writer.submit(lambda store, i=feed_id: store.delete_feed(i)).result()
    window.reload_sections()
    qtbot.waitUntil(lambda: window.layout_choice.showing_empty, timeout=WAIT)
    assert window.empty_state.isVisible()


def test_add_feed_is_in_the_toolbar_the_file_menu_and_the_tree_menu(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    window = make_window(profile)
    action = window.add_feed_action
    assert action.objectName() == "addFeedAction"
    assert action.isEnabled()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert action.shortcut().toString() == "Ctrl+N"
    assert action in window.ui.mainToolBar.actions()
    assert action in window.ui.fileMenu.actions()
    assert window.import_opml_action in window.ui.fileMenu.actions()

    node = window.sections.section_by_path("World/Asia")
    assert node is not None
    menu = window.section_actions.build_menu(node, window.ui.sectionTree)
    (entry,) = [a for a in menu.actions() if a.objectName() == "addFeedMenuAction"]
    entry.trigger()
    dialog = subscribing(window).add_dialog
    assert isinstance(dialog, AddFeedDialog)
    assert dialog.sectionCombo.currentText() == "World/Asia"  # the section it was asked on
    dialog.reject()
    qtbot.waitUntil(lambda: subscribing(window).add_dialog is None)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(subscribing(window).add_dialog, AddFeedDialog)
