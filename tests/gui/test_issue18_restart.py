"""Issue 18: a restart right after a refresh sends no request for a feed that is not due."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.app.window import create_window
from newsreader.gui.main_window import MainWindow
from newsreader.storage import open_store
from tests.gui.conftest import BROKEN, FEEDS
from tests.support.httpserver import TestServer

WAIT = 20_000


def test_a_restart_polls_no_feed_that_is_not_due(
    qtbot: QtBot, window: MainWindow, profile: Path, news_server: TestServer
) -> None:
    window.close()  # it refreshed every feed a moment ago: none is due for an hour
    store = open_store(resolve_profile(profile).db_path)
    try:
        store.set_setting("refresh_on_start", True)
    finally:
        store.close()
    before = len(news_server.log)
    second = create_window(profile, offer_defaults="no", poll=True, read_delay_ms=0)
    qtbot.addWidget(second)
    started: list[bool] = []
    second.poller.refresh_started.connect(lambda: started.append(True))
    try:
        qtbot.waitUntil(lambda: bool(started) and not second.poller.running, timeout=WAIT)
        feed_paths = set(FEEDS)
        polled = [r.path for r in news_server.log[before:] if r.path in feed_paths]
        assert polled == [], f"a restart polled feeds that were not due: {polled}"
        assert BROKEN not in feed_paths
    finally:
        second.close()
