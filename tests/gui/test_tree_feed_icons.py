"""The section tree shows each feed's site icon, cached by a refresh, and keeps it offline.

The real window on a real profile; the feeds' sites are served on 127.0.0.1 with one icon
each (a .ico, a page's <link rel=icon>, a feed <image>). The broken feed keeps its error icon.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter
from pytestqt.qtbot import QtBot

from newsreader.app.settings_wiring import SettingsOpener
from newsreader.gui.main_window import MainWindow
from newsreader.gui.resources import icon
from newsreader.gui.settings.feed_tree import NodeKind
from tests.gui.conftest import FEEDS, RSS, image_bytes, items_for, refresh
from tests.support.feeds import rss
from tests.support.httpserver import Reply, TestServer
from tests.support.icons import make_ico

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
RED = (200, 30, 30)


def letter_png(letter: str, colour: str, size: int = 32) -> bytes:
    """A site-like icon: a letter on a rounded coloured square, transparent corners."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRect(0, 0, size, size), size / 5, size / 5)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return image_bytes(image)


def serve_sites(server: TestServer) -> dict[str, bytes]:
    """Give each test feed a site with an icon; returns the icon bytes by feed title."""
    ico = make_ico([16, 32], RED)
    europe = letter_png("E", "#1d4ed8", 64)  # bigger than drawn: scaled down smoothly
    tech = letter_png("T", "#15803d")
    for path, (_section, title, count) in FEEDS.items():
        site = server.url(path[:-4] + "/")
        body = rss(title, items_for(server, path, count), link=site)
        if path == "/tech.xml":
            body = body.replace(
                b"<description>test feed</description>",
                f"<description>test feed</description><image><url>{server.url('/t.png')}"
                "</url></image>".encode(),
            )
        server.routes[path] = Reply(200, body, RSS)
        server.routes[path[:-4] + "/"] = Reply(
            200,
            b"<html><head><link rel='icon' sizes='64x64' href='icon.png'></head></html>"
            if path == "/europe.xml"
            else b"<html><head><title>no icon here</title></head></html>",
            {"Content-Type": "text/html"},
        )
    server.routes["/favicon.ico"] = Reply(200, ico, {"Content-Type": "image/x-icon"})
    server.routes["/europe/icon.png"] = Reply(200, europe, {"Content-Type": "image/png"})
    server.routes["/t.png"] = Reply(200, tech, {"Content-Type": "image/png"})
    return {"Asia Daily": ico, "Europe Today": europe, "Tech Wire": tech}


def decoration(window: MainWindow, title: str) -> QIcon:
    feed = next(f for f in window.library.feeds() if f.title == title)
    index = window.sections.index_for_key(f"feed:{feed.id}")
    value = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(value, QIcon)
    return value


def pixels(value: QIcon, size: int = 16) -> QImage:
    image = value.pixmap(size, size).toImage()
    image.setDevicePixelRatio(1.0)
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def test_tree_shows_cached_site_icons(
    make_window: Callable[..., MainWindow], profile: Path, news_server: TestServer, qtbot: QtBot
) -> None:
    serve_sites(news_server)
    window = make_window(profile)
    generic = pixels(icon("feed"))
    assert pixels(decoration(window, "Asia Daily")) == generic
    refresh(qtbot, window)

    asia = pixels(decoration(window, "Asia Daily"))
    assert (asia.width(), asia.height()) == (16, 16)
    assert asia.pixelColor(8, 8) == QColor(*RED)  # the .ico's own 16 px frame
    europe = pixels(decoration(window, "Europe Today"))
    assert europe.pixelColor(1, 8).blue() > 150  # the page's <link rel=icon>, scaled to 16
    tech = pixels(decoration(window, "Tech Wire"))
    assert tech.pixelColor(1, 8).green() > 100  # the feed's own <image>
    assert pixels(decoration(window, "Tech Wire"), 32).size().width() == 32
    # The failing feed keeps its error icon.
    assert pixels(decoration(window, "Broken Feed")) == pixels(icon("feed-error"))

    tree = window.ui.sectionTree
    tree.setFocus()
    SHOTS.mkdir(exist_ok=True)
    shot = tree.grab()
    assert shot.save(str(SHOTS / "tree-feed-icons.png"))


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_the_settings_feed_list_shows_the_same_icons(
    make_window: Callable[..., MainWindow], profile: Path, news_server: TestServer, qtbot: QtBot
) -> None:
    serve_sites(news_server)
    window = make_window(profile)
    refresh(qtbot, window)
    opener = window.findChild(SettingsOpener)
    assert opener is not None
    dialog = opener.open()
    try:
        model = dialog.feeds.model
        for name in ("Asia Daily", "Europe Today"):
            feed = next(f for f in window.library.feeds() if f.title == name)
            value = model.index_of(NodeKind.FEED, feed.id).data(Qt.ItemDataRole.DecorationRole)
            assert isinstance(value, QIcon)
            assert pixels(value) == pixels(decoration(window, name))
        SHOTS.mkdir(exist_ok=True)
        assert dialog.ui.feedTree.grab().save(str(SHOTS / "settings-feed-icons.png"))
    finally:
        dialog.close()


def test_icons_show_after_a_restart_without_network(
    make_window: Callable[..., MainWindow], profile: Path, news_server: TestServer, qtbot: QtBot
) -> None:
    serve_sites(news_server)
    first = make_window(profile)
    refresh(qtbot, first)
    first.close()
    news_server.routes.clear()  # offline: nothing answers any more
    news_server.log.clear()
    window = make_window(profile)
    qtbot.waitUntil(lambda: window.views_settled)
    qtbot.waitUntil(
        lambda: pixels(decoration(window, "Asia Daily")).pixelColor(8, 8) == QColor(*RED)
    )
    assert news_server.log == []
