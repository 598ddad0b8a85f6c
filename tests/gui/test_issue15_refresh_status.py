"""Issue 15: the refresh's phases seen in the real window's status bar.

The real window on a real profile, feeds and images served on 127.0.0.1. The images wait
behind a gate, so the caching phase is visibly running after the feeds phase has ended:
Refresh is enabled again, the bar says "Caching images and pages", a second refresh may start,
Stop caching stops it, and the final line counts feeds, articles and images in proper plurals.
Screenshots of the status bar in each phase, light and dark, go to /tmp/shots/h6/.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.core.types import CachingProgress, RefreshSummary
from newsreader.gui.main_window import MainWindow
from newsreader.gui.refresh_status import RESULT_SHOWN_MS, summary_text
from newsreader.storage import open_store
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, Request, TestServer
from tests.unit.test_imageinfo import make_png

SHOTS = Path("/tmp/shots/h6")
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
WAIT = 20000
IMAGES = 6


class Gate:
    def __init__(self) -> None:
        self.open = threading.Event()

    def __call__(self, _request: Request) -> Reply:
        self.open.wait(30)
        return Reply(200, make_png(4, 3), {"Content-Type": "image/png"})


@pytest.fixture
def gate(http_server: TestServer) -> Gate:
    gate = Gate()
    now = datetime.now(UTC).replace(microsecond=0)
    items = []
    for i in range(IMAGES):
        http_server.routes[f"/img/{i}.png"] = gate
        image = http_server.url(f"/img/{i}.png")
        items.append(
            Item(
                guid=f"g-{i}",
                title=f"Harbour story {i}",
                link=f"https://example.org/harbour/{i}",
                description=f'<p>The harbour reopened ({i}).</p><p><img src="{image}"></p>',
                published=now - timedelta(hours=i),
            )
        )
    http_server.routes["/harbour.xml"] = Reply(200, rss("Harbour News", items), RSS)
    http_server.routes["/quiet.xml"] = Reply(200, rss("Quiet Times", items[:0]), RSS)
    yield gate
    gate.open.set()


@pytest.fixture
def profile(tmp_path: Path, http_server: TestServer, gate: Gate) -> Path:
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        store.add_feed(http_server.url("/harbour.xml"), "Harbour News", "World", 3600)
        store.add_feed(http_server.url("/quiet.xml"), "Quiet Times", "World", 3600)
    finally:
        store.close()
    return root


def stop_button(window: MainWindow) -> QToolButton:
    button = window.findChild(QToolButton, "stopCachingButton")
    assert button is not None
    return button


def shoot(window: MainWindow, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    bar = window.statusBar()
    assert bar.grab().save(str(SHOTS / f"{name}.png"))


def themes(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    settings = window.reading_settings
    return [
        ("light", lambda: settings.apply_theme("light")),
        ("dark", lambda: settings.apply_theme("dark")),
    ]


def shoot_both(window: MainWindow, name: str) -> None:
    for theme, apply in themes(window):
        apply()
        QApplication.processEvents()
        shoot(window, f"{name}-{theme}")
    window.reading_settings.apply_theme("light")


def test_the_caching_phase_follows_the_feeds_with_refresh_enabled(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path, gate: Gate
) -> None:
    window = make_window(profile)
    bar, action, poller = window.ui.statusProgress, window.ui.refreshAction, window.poller
    with qtbot.waitSignal(poller.refresh_started, timeout=WAIT):
        action.trigger()
    assert not action.isEnabled()  # the feeds phase: Refresh waits for it
    assert bar.isVisible() and bar.format().startswith("Refreshing feeds")
    shoot_both(window, "1-feeds")

    qtbot.waitUntil(lambda: action.isEnabled() and poller.caching, timeout=WAIT)
    # The feeds are done and shown; images are still coming: Refresh is enabled again.
    qtbot.waitUntil(lambda: window.articles.rowCount() == IMAGES, timeout=WAIT)
    message = window.statusBar().currentMessage()
    assert message.startswith("2 feeds refreshed, 6 new articles; caching images and pages")
    assert bar.isVisible() and bar.format().startswith("Caching images and pages")
    assert stop_button(window).isVisible()
    qtbot.waitUntil(lambda: "of 6" in bar.format(), timeout=WAIT)
    assert bar.format() == "Caching images and pages — 0 of 6"
    shoot_both(window, "2-caching")

    # A second refresh starts while the caching phase runs; it does not start a second phase.
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT) as second:
        action.trigger()
    summary = second.args[0]
    assert isinstance(summary, RefreshSummary) and summary.new_articles == 0
    assert poller.caching and bar.format().startswith("Caching images and pages")
    assert action.isEnabled()

    with qtbot.waitSignal(poller.caching_finished, timeout=WAIT) as finished:
        gate.open.set()
    progress = finished.args[0]
    assert isinstance(progress, CachingProgress) and progress.images_cached == IMAGES
    qtbot.waitUntil(lambda: not poller.caching, timeout=WAIT)
    assert not bar.isVisible() and not stop_button(window).isVisible()
    # The latest refresh's feeds, the articles of both, what their one caching phase did.
    assert window.statusBar().currentMessage() == (
        "2 feeds refreshed, 6 new articles; 6 images cached"
    )
    shoot_both(window, "3-done")


def test_stop_caching_stops_the_phase_and_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path, gate: Gate
) -> None:
    window = make_window(profile)
    poller = window.poller
    window.ui.refreshAction.trigger()
    qtbot.waitUntil(lambda: poller.caching and stop_button(window).isVisible(), timeout=WAIT)
    with qtbot.waitSignal(poller.caching_finished, timeout=WAIT) as finished:
        qtbot.mouseClick(stop_button(window), Qt.MouseButton.LeftButton)
        assert window.statusBar().currentMessage().startswith("Stopping the caching")
        gate.open.set()
    progress = finished.args[0]
    assert isinstance(progress, CachingProgress) and progress.cancelled
    message = window.statusBar().currentMessage()
    assert "caching was stopped" in message
    assert not stop_button(window).isVisible() and window.ui.refreshAction.isEnabled()


def test_the_result_line_goes_away_after_a_while(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path, gate: Gate
) -> None:
    gate.open.set()
    window = make_window(profile)
    status = window.refresh_status
    assert RESULT_SHOWN_MS >= 10_000  # long enough to read; the test runs the timer sooner
    window.ui.refreshAction.trigger()
    qtbot.waitUntil(lambda: "images cached" in window.statusBar().currentMessage(), timeout=WAIT)
    status._clear.start(200)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)


def test_summaries_use_proper_plurals(qtbot: QtBot) -> None:
    one = RefreshSummary(feeds=1, updated=1, new_articles=1)
    assert summary_text(one) == "1 feed refreshed, 1 new article"
    many = RefreshSummary(feeds=40, updated=38, failed=2, new_articles=120)
    cached = CachingProgress(5, 5, images_cached=300, images_failed=12, finished=True)
    assert summary_text(many, cached) == (
        "38 feeds refreshed, 2 could not be refreshed, 120 new articles; "
        "300 images cached, 12 could not be fetched"
    )
    single = CachingProgress(1, 1, images_cached=1, images_failed=1, finished=True)
    assert summary_text(one, single).endswith("; 1 image cached, 1 could not be fetched")
    assert summary_text(RefreshSummary()) == "No feeds were due for a refresh."
    assert "(s)" not in summary_text(many, cached)
