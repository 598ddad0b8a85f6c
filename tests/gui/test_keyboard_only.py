"""First run → subscribe → read → star → settings, with the keyboard only (issue 17).

Every step is a QTest key event sent to whatever widget has the focus at that moment (never
a click, never a setFocus or a direct call), so the test fails when a step is not reachable
by keyboard or when the focus is not where a keyboard user would expect it. The feed is
served on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from newsreader.core import prefs
from newsreader.gui.main_window import MainWindow
from newsreader.gui.settings.add_feed import AddFeedDialog
from newsreader.gui.settings.dialog import SettingsDialog
from tests.gui.conftest import RSS
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

WAIT = 20000
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """One key, to the widget with the focus, as the keyboard would send it."""
    qtbot.keyClick(focused(), key, modifier)


def active(qtbot: QtBot, window: QWidget) -> None:
    """Wait until `window` is the active one. When a dialog closes, a desktop's window
    manager gives the activation back to the window below; the offscreen platform has no
    window manager, so that one step is asked for here (it is not a user's action)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 12) -> int:
    """Press Tab until `target` has the focus; how many presses it took."""
    for presses in range(limit + 1):
        if focused() is target:
            return presses
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}; stuck at {focused()}")


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints", "does not support grabbing"
)
def test_first_run_to_settings_without_a_mouse(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    http_server: TestServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    http_server.routes["/keys.xml"] = Reply(200, rss("Keys Feed", make_items("keys", 3)), RSS)
    url = http_server.url("/keys.xml")

    # First run: an empty profile opens on the empty state, its first button in reach.
    window = make_window(tmp_path / "fresh-profile")
    window.windowHandle().requestActivate()
    active(qtbot, window)
    assert window.layout_choice.showing_empty
    empty = window.empty_state
    tab_to(qtbot, empty.starterButton)  # the empty state's buttons are in the Tab chain
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is empty.addFeedButton

    # Subscribe: Ctrl+N, type the address, Return finds it, Return again subscribes.
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.subscribing is not None
    dialog = window.subscribing.add_dialog
    assert isinstance(dialog, AddFeedDialog)
    active(qtbot, dialog)
    assert focused() is dialog.urlEdit  # the address field is where typing goes
    qtbot.keyClicks(focused(), url)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.previewBox.isVisible, timeout=WAIT)
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.layout_choice.showing_empty, timeout=WAIT)
    assert [f.url for f in window.library.feeds()] == [url]
    active(qtbot, window)

    # To the list: the tree, then Tab; Down opens the first article in the pane.
    ui = window.ui
    tab_to(qtbot, ui.sectionTree, limit=20)
    press(qtbot, Qt.Key.Key_Home)  # All articles
    qtbot.waitUntil(lambda: window.articles.rowCount() == 3, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.articleList
    press(qtbot, Qt.Key.Key_Down)
    pane = window.reader_pane
    qtbot.waitUntil(lambda: pane.article is not None, timeout=WAIT)
    article = pane.article
    assert article is not None and article.title.startswith("keys story")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is pane  # list → pane
    # Shift+Tab walks back through the pane's links, as in a browser, then to the list.
    for _ in range(40):
        if focused() is ui.articleList:
            break
        press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is ui.articleList

    # Star it with its shortcut (S) and see it stored.
    press(qtbot, Qt.Key.Key_S)

    def starred() -> bool:
        stored = window.library.article(article.id)
        return stored is not None and stored.starred

    qtbot.waitUntil(starred, timeout=WAIT)
    current = ui.articleList.currentIndex()
    row = window.articles.row_at(current.row())
    assert row is not None and row.id == article.id
    assert window.articles.index(current.row(), 0).data() == "★"  # a mark, not only colour

    # Settings: Ctrl+, opens the dialog; Alt+R goes to Reading, Alt+A to Appearance, Down
    # picks the next theme (System → Light); the choice is stored and applied; Escape closes.
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    settings = window.findChild(SettingsDialog, "settingsDialog")
    assert settings is not None
    active(qtbot, settings)
    press(qtbot, Qt.Key.Key_R, ALT)
    assert settings.ui.settingsTabs.currentWidget() is settings.ui.readingPage
    press(qtbot, Qt.Key.Key_A, ALT)
    assert focused() is settings.ui.themeCombo
    before = prefs.THEME.get(window.library.setting)
    with qtbot.waitSignal(
        settings.settings_changed, timeout=WAIT, check_params_cb=lambda k: k == prefs.THEME.key
    ):
        press(qtbot, Qt.Key.Key_Down)
    after = prefs.THEME.get(window.library.setting)
    assert (before, after) == ("system", "light")
    qtbot.waitUntil(lambda: window.reading_settings.theme == "light", timeout=WAIT)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=WAIT)
    active(qtbot, window)
    window.reading_settings.apply_theme("system")
    # No late answer reached a closed dialog (the Add feed dialog's keyring check did).
    assert not [r for r in caplog.records if "GUI callback failed" in r.getMessage()]
