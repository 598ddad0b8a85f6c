"""The feed health window (issues 16, 19) on the real window: rows, sorting by every column,
Retry / Edit / Unsubscribe through the window's own paths, the section error badge, the
reading ledger and a prune suggestion with an injected clock; screenshots light and dark."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsreader.app.health_wiring import HealthOpener
from newsreader.core.types import ArticleQuery
from newsreader.gui.health_model import FEED_ID_ROLE, SORT_ROLE, Col
from newsreader.gui.health_view import HealthWindow
from newsreader.gui.main_window import MainWindow
from newsreader.gui.resources import icon
from newsreader.gui.section_model import NodeKind
from newsreader.gui.settings.dialog import SettingsDialog
from newsreader.gui.settings.edit_feed import EditFeedDialog
from tests.gui.conftest import BROKEN, RSS
from tests.gui.settings_support import Answers
from tests.gui.test_screenshots import _dark_palette
from tests.support.feeds import make_items, rss
from tests.support.httpserver import Reply, TestServer

WAIT = 20000
SHOTS = Path(os.environ.get("NEWSREADER_SHOTS", "/tmp/notes/shots/health"))
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support propagate")


def _opener(window: MainWindow) -> HealthOpener:
    opener = window.findChild(HealthOpener, "healthOpener")
    assert isinstance(opener, HealthOpener)
    return opener


def _open(qtbot: QtBot, window: MainWindow) -> HealthWindow:
    action = window.findChild(QAction, "feedHealthAction")
    assert isinstance(action, QAction) and action in window.ui.viewMenu.actions()
    action.trigger()
    health = _opener(window).health
    assert health is not None and health.isVisible()
    qtbot.waitUntil(lambda: health.model.rowCount() > 0, timeout=WAIT)
    return health


def _titles(health: HealthWindow) -> list[str]:
    proxy = health.proxy
    return [proxy.index(r, Col.FEED).data() for r in range(proxy.rowCount())]


def _cell(health: HealthWindow, title: str, column: int) -> str:
    proxy = health.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, Col.FEED).data() == title:
            return str(proxy.index(r, column).data())
    raise AssertionError(title)


def _select(health: HealthWindow, title: str) -> int:
    proxy = health.proxy
    for r in range(proxy.rowCount()):
        index = proxy.index(r, Col.FEED)
        if index.data() == title:
            feed_id = int(index.data(FEED_ID_ROLE))
            assert health.select_feed(feed_id)
            return feed_id
    raise AssertionError(title)


def test_rows_sorting_and_section_badge(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    health = _open(qtbot, window)
    qtmodeltester.check(health.model)  # type: ignore[attr-defined]
    assert sorted(_titles(health)) == ["Asia Daily", "Broken Feed", "Europe Today", "Tech Wire"]
    # Problems first: sorted by status, the failing feed leads.
    assert _titles(health)[0] == "Broken Feed"
    assert _cell(health, "Broken Feed", Col.STATUS).startswith("Failing")
    assert "500" in _cell(health, "Broken Feed", Col.LAST_ERROR)
    assert _cell(health, "Asia Daily", Col.STATUS) == "OK"
    assert _cell(health, "Broken Feed", Col.LAST_SUCCESS) == "—"
    assert _cell(health, "Asia Daily", Col.LAST_SUCCESS) != "—"
    assert _cell(health, "Asia Daily", Col.LAST_READ) == "never"
    assert "cannot be refreshed" in health.summary.text()  # "1 feed" once en.qm has it
    # Every column sorts by its raw value, both ways.
    proxy = health.proxy
    for column in Col:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            health.table.sortByColumn(column, order)
            values = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
            want = sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
            assert values == want, (column.name, order)
        header = proxy.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert header, column.name  # every figure explains itself
    # Per week by its number: 5, 4 and 3 posts within the first week, none for the broken one.
    health.table.sortByColumn(Col.PER_WEEK, Qt.SortOrder.DescendingOrder)
    assert _titles(health) == ["Tech Wire", "Asia Daily", "Europe Today", "Broken Feed"]
    assert _cell(health, "Tech Wire", Col.PER_WEEK) == "5.0"

    # The section holding the failing feed wears the error badge; its siblings do not.
    sections = window.sections
    (tech,) = [n for n in sections.walk() if n.kind is NodeKind.SECTION and n.name == "Technology"]
    (world,) = [n for n in sections.walk() if n.kind is NodeKind.SECTION and n.name == "World"]
    tech_index = sections.index_for_key(tech.key)
    world_index = sections.index_for_key(world.key)
    badge = icon("section-error").cacheKey()
    assert sections.data(tech_index, Qt.ItemDataRole.DecorationRole).cacheKey() == badge
    assert sections.data(world_index, Qt.ItemDataRole.DecorationRole).cacheKey() != badge
    tip = sections.data(tech_index, Qt.ItemDataRole.ToolTipRole)
    assert "1 feed in this section cannot be refreshed." in tip
    described = sections.data(tech_index, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert described == "1 feed in this section cannot be refreshed."


def test_retry_clears_the_error_and_the_badge(
    qtbot: QtBot, window: MainWindow, news_server: TestServer
) -> None:
    health = _open(qtbot, window)
    broken_id = _select(health, "Broken Feed")
    assert health.retry_button.isEnabled()
    news_server.routes[BROKEN] = Reply(200, rss("Broken Feed", make_items("fixed", 2)), RSS)
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        health.retry_button.click()
    # The table reads itself again after the refresh, keeping the selection.
    qtbot.waitUntil(lambda: _cell(health, "Broken Feed", Col.STATUS) == "OK", timeout=WAIT)
    assert health.selected_feed_ids() == [broken_id]
    assert "without errors" in health.summary.text()
    sections = window.sections
    (tech,) = [n for n in sections.walk() if n.kind is NodeKind.SECTION and n.name == "Technology"]

    def badge_gone() -> bool:
        index = sections.index_for_key(tech.key)
        shown = sections.data(index, Qt.ItemDataRole.DecorationRole)
        return shown.cacheKey() != icon("section-error").cacheKey()

    qtbot.waitUntil(badge_gone, timeout=WAIT)


def test_edit_and_unsubscribe_go_through_the_settings_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    health = _open(qtbot, window)
    asia = _select(health, "Asia Daily")
    dialog = health.edit_selected()
    assert isinstance(dialog, EditFeedDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    dialog.reject()

    europe = _select(health, "Europe Today")
    assert europe != asia
    answers = Answers(confirms=[True])
    settings_dialog = window.findChild(SettingsDialog)
    assert settings_dialog is not None
    settings_dialog.feeds._prompts = answers.prompts()
    health.unsubscribe_button.click()
    assert answers.asked and "Europe Today" in answers.asked[0]
    qtbot.waitUntil(lambda: "Europe Today" not in _titles(health), timeout=WAIT)
    assert all(f.title != "Europe Today" for f in window.library.feeds())


def test_ledger_and_prune_suggestion_with_an_injected_clock(
    qtbot: QtBot, window: MainWindow
) -> None:
    library = window.library
    asia = next(f for f in library.feeds() if f.title == "Asia Daily")
    first = library.articles(ArticleQuery(feed_id=asia.id), 10)[0]
    now = datetime.now(UTC)
    window._writer.submit(lambda store: store.record_read(first.id, now, 125.0)).result()
    opener = _opener(window)
    health = _open(qtbot, window)
    assert _cell(health, "Asia Daily", Col.SHARE_READ) == "25 %"  # one of four
    assert _cell(health, "Asia Daily", Col.TIME_READING) == "2 minutes"
    assert _cell(health, "Asia Daily", Col.LAST_READ) != "never"
    assert _cell(health, "Asia Daily", Col.SUGGESTION) == ""
    assert _cell(health, "Asia Daily", Col.SILENT) == "Posted today"  # not "0 days"
    assert not health.prune_label.isVisible()

    later = HealthWindow(
        source=opener._engine.library,
        reads=window.reads,
        actions=opener.actions,
        clock=lambda: now + timedelta(days=70),
    )
    qtbot.addWidget(later)
    with qtbot.waitSignal(later.loaded, timeout=WAIT):
        later.show()
    assert _cell(later, "Asia Daily", Col.SUGGESTION) == "Not read for 70 days"
    assert _cell(later, "Tech Wire", Col.SUGGESTION) == "Never read"
    assert later.prune_label.isVisible()
    assert "You have not read 4 of these feeds in 60 days" in later.prune_label.text()
    assert _cell(later, "Asia Daily", Col.SILENT) == "70 days"
    later.attention_box.setChecked(True)
    assert len(_titles(later)) == 4  # all suggested
    later.close()

    # Screenshots for a person to look at, light and dark, at 1024×700 and 1920×1080.
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        for name, palette in (("light", original), ("dark", _dark_palette())):
            app.setPalette(palette)
            for width, height in ((1024, 700), (1920, 1080)):
                health.resize(width, height)
                window.resize(width, height)
                qtbot.wait(50)
                assert health.grab().save(str(SHOTS / f"health-{name}-{width}.png"))
                assert window.grab().save(str(SHOTS / f"window-{name}-{width}.png"))
    finally:
        app.setPalette(original)
