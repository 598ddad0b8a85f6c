"""Fresh subscriptions are fetched at once (issue 15): a feed added or imported in the settings
dialog of the real window shows its articles with no Refresh and no poll timer (the window is
built with `poll=False`), and only that feed is fetched, never the other subscriptions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsreader.core.types import RefreshSummary
from newsreader.gui.main_window import MainWindow
from newsreader.gui.settings.dialog import SettingsDialog
from tests.gui.conftest import BROKEN, FEEDS, RSS
from tests.gui.settings_support import Answers
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

WAIT = 20000
OTHERS = {*FEEDS, BROKEN}


def list_titles(window: MainWindow) -> set[str]:
    model = window.articles
    return {row.title for i in range(model.rowCount()) if (row := model.row_at(i))}


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.ui.settingsAction.trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


class Watch:
    """What the window's refresh machinery did: progress totals and finished summaries."""

    def __init__(self, window: MainWindow) -> None:
        self.started = 0
        self.totals: list[int] = []
        self.summaries: list[RefreshSummary] = []
        window.poller.refresh_started.connect(self._on_started)
        window.bridge.refresh_progressed.connect(lambda p: self.totals.append(p.total))
        window.bridge.refresh_finished.connect(self.summaries.append)

    def _on_started(self) -> None:
        self.started += 1


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_a_feed_added_in_settings_shows_its_articles_without_refresh(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path, news_server: TestServer
) -> None:
    news_server.routes["/fresh.xml"] = Reply(200, rss("Fresh Feed", make_items("fresh", 3)), RSS)
    window = make_window(profile)  # no refresh yet: every other feed is due, none is fetched
    window.select_node("all")
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)
    assert list_titles(window) == set()
    watch = Watch(window)
    dialog = open_settings(qtbot, window)
    add = dialog.feeds.add()
    add.urlEdit.setText(news_server.url("/fresh.xml"))
    qtbot.mouseClick(add.findButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(add.previewBox.isVisible, timeout=WAIT)
    news_server.log.clear()

    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        qtbot.mouseClick(add.subscribeButton, Qt.MouseButton.LeftButton)

    wanted = {f"fresh story {i}" for i in range(3)}
    qtbot.waitUntil(lambda: list_titles(window) == wanted, timeout=WAIT)
    assert watch.started == 1 and watch.totals and set(watch.totals) == {1}
    (summary,) = watch.summaries
    assert summary.feeds == 1 and summary.new_articles == 3
    assert "new" in window.statusBar().currentMessage()  # the usual end-of-refresh line
    asked = [r.path for r in news_server.log]
    assert "/fresh.xml" in asked
    assert not OTHERS & set(asked), asked
    fresh = next(f for f in window.library.feeds() if f.title == "Fresh Feed")
    assert fresh.last_success is not None


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_feeds_imported_in_settings_are_fetched_at_once_and_alone(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    profile: Path,
    news_server: TestServer,
    tmp_path: Path,
) -> None:
    news_server.routes["/one.xml"] = Reply(200, rss("One", make_items("one", 2)), RSS)
    news_server.routes["/two.xml"] = Reply(200, rss("Two", make_items("two", 1)), RSS)
    rows = "".join(
        f'<outline text="{name}" type="rss" xmlUrl="{news_server.url(path)}"/>'
        for name, path in (("One", "/one.xml"), ("Two", "/two.xml"))
    )
    source = tmp_path / "subs.opml"
    source.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline text="Imported">{rows}</outline></body></opml>'
    )
    window = make_window(profile)
    window.select_node("all")
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)
    watch = Watch(window)
    dialog = open_settings(qtbot, window)
    dialog.feeds._prompts = Answers().prompts()  # no modal report box in a test
    news_server.log.clear()

    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        dialog.feeds.import_file(source)

    wanted = {"one story 0", "one story 1", "two story 0"}
    qtbot.waitUntil(lambda: list_titles(window) == wanted, timeout=WAIT)
    (summary,) = watch.summaries
    assert summary.feeds == 2 and summary.new_articles == 3
    assert set(watch.totals) == {2}
    asked = {r.path for r in news_server.log}
    assert {"/one.xml", "/two.xml"} <= asked
    assert not OTHERS & asked, asked
