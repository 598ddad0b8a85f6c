"""Issue 6 in the real window: cached images while the server is gone, placeholders (with
"load image" per the images policy) for the rest, no request from the pane, and offline mode
(one banner, polling held by probes, resumed when the server is back; Work offline)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.app.settings_wiring import SettingsOpener
from newsreader.core.failures import network_down
from newsreader.core.types import FetchFailure, RefreshSummary
from newsreader.gui.article_html import image_url, load_images_url
from newsreader.gui.main_window import MainWindow
from newsreader.gui.offline_mode import (
    BANNER_DARK,
    BANNER_LIGHT,
    OFFLINE_TEXT,
    WORK_OFFLINE_TEXT,
    OfflineMode,
)
from newsreader.gui.reading_settings import ReadingSettings
from newsreader.storage import open_store
from tests.gui.conftest import small_jpeg
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, TestServer

WAIT = 20000
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
JPEG = {"Content-Type": "image/jpeg"}


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#aa3355"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def serve(server: TestServer) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    img = server.url

    def item(i: int, title: str, body: str) -> Item:
        return Item(f"pics-{i}", title, f"https://example.org/pics/{i}", body, now - timedelta(i))

    photo, missing, pixel = img("/img/photo.jpg"), img("/img/missing.jpg"), img("/img/pixel.png")
    items = [
        item(0, "Harbour photo", f'<p>The harbour at dawn.</p><p><img src="{photo}"></p>'),
        item(1, "Missing picture", f'<p>A picture that fails.</p><p><img src="{missing}"></p>'),
        item(2, "Tracked letter", f'<p>A newsletter.</p><img src="{pixel}">'),
        item(3, "Two pictures", f'<p>Both.</p><p><img src="{photo}"></p>'
             f'<p><img src="{missing}"></p>'),
    ]  # fmt: skip
    server.routes["/pics.xml"] = Reply(200, rss("Pictures", items), RSS)
    server.routes["/words.xml"] = Reply(
        200, rss("Words", [item(9, "Only words", "<p>No picture at all.</p>")]), RSS
    )
    server.routes["/img/photo.jpg"] = Reply(200, small_jpeg(), JPEG)
    server.routes["/img/missing.jpg"] = Reply(404, b"gone", {"Content-Type": "text/plain"})
    server.routes["/img/pixel.png"] = Reply(200, png(1, 1), {"Content-Type": "image/png"})


def make_profile(tmp_path: Path, server: TestServer, policy: str | None = None) -> Path:
    serve(server)
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        if policy is not None:
            store.set_setting("images_policy", policy)
        store.add_feed(server.url("/pics.xml"), "Pictures", "Photos", 3600, user_title=True)
        store.add_feed(server.url("/words.xml"), "Words", "Photos", 3600, user_title=True)
    finally:
        store.close()
    return root


def restart(server: TestServer) -> None:
    """Serve again on the same port (same routes, same request log)."""
    httpd = ThreadingHTTPServer((server.host, server.port), server._httpd.RequestHandlerClass)
    httpd.daemon_threads = True
    server._httpd = httpd  # the fixture's stop() shuts this one down
    threading.Thread(target=httpd.serve_forever, daemon=True).start()


def run_refresh(qtbot: QtBot, window: MainWindow, *, poller: bool = False) -> None:
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        if poller:
            window.poller.refresh_now()
        else:
            window.ui.refreshAction.trigger()
    # Images and pages are cached in a phase of their own after the feeds (issue 15).
    qtbot.waitUntil(lambda: not window.poller.caching, timeout=WAIT)
    qtbot.waitUntil(lambda: window.views_settled, timeout=WAIT)


def titles(window: MainWindow) -> dict[str, int]:
    window.select_node("all")
    model = window.articles
    return {row.title: row.id for i in range(model.rowCount()) if (row := model.row_at(i))}


def open_article(qtbot: QtBot, window: MainWindow, article_id: int) -> str:
    window.ui.articleList.setCurrentIndex(window.articles.index_of(article_id))
    pane = window.ui.readerPane
    qtbot.waitUntil(lambda: pane.article is not None and pane.article.id == article_id)
    return pane.toPlainText()


def cached_shown(window: MainWindow, article_id: int) -> int:
    """How many of the article's cached images the pane really loads from the cache."""
    pane = window.ui.readerPane
    kind = QTextDocument.ResourceType.ImageResource.value
    images = window.library.article_images(article_id)
    shown = [pane.loadResource(kind, QUrl(image_url(i.sha256))) for i in images]
    html = pane.toHtml()
    return sum(1 for i, img in zip(images, shown, strict=True) if img and i.sha256 in html)


def offline_mode(window: MainWindow) -> OfflineMode:
    mode = window.findChild(OfflineMode)
    assert mode is not None
    return mode


def test_cached_images_offline_placeholders_and_the_offline_banner(
    qtbot: QtBot, make_window: Callable[..., MainWindow], http_server: TestServer, tmp_path: Path
) -> None:
    window = make_window(make_profile(tmp_path, http_server))
    run_refresh(qtbot, window)
    ids = titles(window)
    assert len(ids) == 5
    assert http_server.requests_to("/img/pixel.png")  # fetched once at refresh, then dropped

    def read_everything() -> None:
        text = open_article(qtbot, window, ids["Harbour photo"])
        assert cached_shown(window, ids["Harbour photo"]) == 1 and "Image not" not in text
        text = open_article(qtbot, window, ids["Missing picture"])
        assert "Image could not be downloaded" in text and "try again" in text
        assert load_images_url(ids["Missing picture"]) in window.ui.readerPane.toHtml()
        text = open_article(qtbot, window, ids["Tracked letter"])
        assert "Image" not in text and "<img" not in window.ui.readerPane.toHtml()
        text = open_article(qtbot, window, ids["Two pictures"])
        assert cached_shown(window, ids["Two pictures"]) == 1 and text.count("Image could") == 1
        open_article(qtbot, window, ids["Only words"])

    before = len(http_server.log)
    read_everything()
    assert len(http_server.log) == before  # the pane asked the network for nothing
    open_article(qtbot, window, ids["Two pictures"])
    SHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SHOTS / "pane-image-placeholders.png"))

    http_server.stop()
    read_everything()  # every cached article opens with its images, the server gone

    mode = offline_mode(window)
    assert not mode.banner.isVisible()
    run_refresh(qtbot, window)
    assert mode.banner.isVisible() and mode.banner.text() == OFFLINE_TEXT
    assert mode.announcements == 1
    assert window.statusBar().currentMessage().startswith("Offline")
    assert window.grab().save(str(SHOTS / "window-offline-banner.png"))
    assert mode.banner.colors() == BANNER_LIGHT
    settings = getattr(window, "reading_settings", None)
    assert isinstance(settings, ReadingSettings)
    try:
        settings.apply_theme("dark")  # the banner follows the theme, without a restart
        qtbot.waitUntil(lambda: mode.banner.colors() == BANNER_DARK)
        assert window.grab().save(str(SHOTS / "window-offline-banner-dark.png"))
    finally:
        settings.apply_theme("system")
    qtbot.waitUntil(lambda: mode.banner.colors() == BANNER_LIGHT)
    # Timed refreshes now wait and probe first: no second announcement, no per-feed storm.
    due = mode.gate.next_due()
    assert due is not None and due > datetime.now(UTC) + timedelta(seconds=20)
    run_refresh(qtbot, window, poller=True)
    assert mode.announcements == 1 and mode.banner.isVisible()

    restart(http_server)
    feeds_before = len(http_server.requests_to("/pics.xml"))
    run_refresh(qtbot, window, poller=True)
    assert len(http_server.requests_to("/pics.xml")) == feeds_before + 1  # polling resumed
    assert not mode.banner.isVisible() and not mode.gate.offline
    assert window.statusBar().currentMessage().startswith("Back online")


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_ask_policy_loads_images_on_request_and_never_offers_no_link(
    qtbot: QtBot, make_window: Callable[..., MainWindow], http_server: TestServer, tmp_path: Path
) -> None:
    window = make_window(make_profile(tmp_path, http_server, policy="ask"))
    run_refresh(qtbot, window)
    assert not http_server.requests_to("/img/photo.jpg")  # "ask": nothing fetched by itself
    ids = titles(window)
    photo = ids["Harbour photo"]
    text = open_article(qtbot, window, photo)
    assert "Image not downloaded" in text and "load image" in text
    assert window.ui.readerPane.image_states  # pending states reached the pane

    window.ui.readerPane.anchorClicked.emit(QUrl(load_images_url(photo)))
    qtbot.waitUntil(lambda: window.boxes.settled and cached_shown(window, photo) == 1, timeout=WAIT)
    assert len(http_server.requests_to("/img/photo.jpg")) == 1
    assert "Image not downloaded" not in window.ui.readerPane.toPlainText()
    assert window.statusBar().currentMessage() == "Loaded 1 image."

    opener = window.findChild(SettingsOpener)
    assert opener is not None
    dialog = opener.open()
    dialog.ui.imagesPolicyCombo.setCurrentIndex(2)  # never
    qtbot.waitUntil(lambda: window.ui.readerPane.images_policy == "never", timeout=WAIT)
    dialog.close()
    text = open_article(qtbot, window, ids["Missing picture"])
    assert "Image not downloaded" in text and "load image" not in text


def test_work_offline_pauses_refreshing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], http_server: TestServer, tmp_path: Path
) -> None:
    window = make_window(make_profile(tmp_path, http_server))
    run_refresh(qtbot, window)
    mode = offline_mode(window)
    action = mode.work_offline_action
    assert action in window.ui.viewMenu.actions()
    action.setChecked(True)
    assert mode.banner.isVisible() and mode.banner.text() == WORK_OFFLINE_TEXT
    before = len(http_server.log)
    run_refresh(qtbot, window)
    assert len(http_server.log) == before  # F5 while working offline fetches nothing
    assert window.statusBar().currentMessage() == WORK_OFFLINE_TEXT
    assert mode.gate.next_due() is None
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=WAIT):
        action.setChecked(False)  # back online: the due feeds refresh at once
    assert not mode.banner.isVisible()


def test_full_text_shows_its_source_and_keeps_the_summary_reachable(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    http_server: TestServer,
    tmp_path: Path,
    corpus: Path,
) -> None:
    page = corpus / "articles" / "newspaper-cnn_article" / "source.html"
    http_server.routes["/pages/storm.html"] = Reply(
        200, page.read_bytes(), {"Content-Type": "text/html; charset=utf-8"}
    )
    brief = Item("storm", "Winter storm", http_server.url("/pages/storm.html"),
                 "<p>A short brief about the winter storm.</p>")  # fmt: skip
    http_server.routes["/brief.xml"] = Reply(200, rss("Briefs", [brief]), RSS)
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        feed = store.add_feed(http_server.url("/brief.xml"), "Briefs", "News", 3600)
        store.set_full_text_mode(feed.id, "always")
    finally:
        store.close()
    window = make_window(root)
    run_refresh(qtbot, window)
    article_id = titles(window)["Winter storm"]
    full = window.library.article(article_id)
    assert full is not None and full.full_text and "dodged a bullet" in full.full_text

    before = len(http_server.log)
    text = open_article(qtbot, window, article_id)
    assert "From the web page" in text and "show the feed’s summary" in text
    assert "dodged a bullet" in text and "A short brief" not in text
    window.ui.readerPane.anchorClicked.emit(QUrl(f"newsreader://body/{article_id}/summary"))
    text = window.ui.readerPane.toPlainText()
    assert "A short brief about the winter storm." in text and "dodged a bullet" not in text
    assert "show the full text from the web page" in text
    window.ui.readerPane.anchorClicked.emit(QUrl(f"newsreader://body/{article_id}/full"))
    assert "dodged a bullet" in window.ui.readerPane.toPlainText()
    assert len(http_server.log) == before


def failed_run(feeds: int, *errors: tuple[str, str, FetchFailure]) -> RefreshSummary:
    """A refresh of `feeds` feeds in which these failed: (url, line, kind) each."""
    return RefreshSummary(
        feeds=feeds,
        failed=len(errors),
        errors=tuple((url, line) for url, line, _kind in errors),
        failures=tuple(kind for _url, _line, kind in errors),
    )


def test_only_connection_failures_of_every_feed_mean_offline() -> None:
    refused = ("http://a.example/feed", "connection refused", FetchFailure.CONNECT)
    unknown = ("http://b.example/feed", "host not found", FetchFailure.DNS)
    server_error = ("http://c.example/feed", "server error (HTTP 500)", FetchFailure.HTTP)
    assert network_down(failed_run(2, refused, unknown))
    assert not network_down(failed_run(3, refused, unknown))
    assert not network_down(failed_run(2, refused, server_error))
    assert not network_down(RefreshSummary())
