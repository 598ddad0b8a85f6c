"""A real profile (SQLite in tmp_path) subscribed to RSS feeds served on 127.0.0.1, and the
real main window built on it with `newsreader.app.window.create_window`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl, Slot
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.app.window import create_window
from newsreader.gui.main_window import MainWindow
from newsreader.gui.translations import install_translators
from newsreader.storage import open_store
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, TestServer

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
# Feed path → (section, title, number of items)
FEEDS = {
    "/asia.xml": ("World/Asia", "Asia Daily", 4),
    "/europe.xml": ("World/Europe", "Europe Today", 3),
    "/tech.xml": ("Technology", "Tech Wire", 5),
}
BROKEN = "/broken.xml"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns whenever a top-level window's size constraints
    # change; it says nothing about our code, so it must not fail the window tests.
    # pytest-qt reads only the closest qt_log_ignore mark, so the test's own patterns (a
    # module's pytestmark, a decorator) are carried into the one added here.
    for item in items:
        if item.nodeid.startswith("tests/gui/"):
            own = [p for mark in item.iter_markers("qt_log_ignore") for p in mark.args]
            patterns = dict.fromkeys([*own, "does not support propagateSizeHints"])
            item.add_marker(pytest.mark.qt_log_ignore(*patterns))


@pytest.fixture(autouse=True)
def translators(qapp: object) -> None:
    """The translators `create_window` installs, for widgets that tests build on their own
    (issue 17): English plurals come from newsreader_en.qm ("1 feed", never "1 feed(s)")."""
    install_translators()


def items_for(server: TestServer, path: str, count: int) -> list[Item]:
    name = FEEDS[path][1]
    now = datetime.now(UTC).replace(microsecond=0)
    items = []
    for i in range(count):
        body = f"<p>{name} report {i}: the harbour reopened after the storm.</p>"
        if path == "/asia.xml" and i == 0:
            # A remote image and hostile links: the pane must fetch nothing and open nothing.
            body += (
                f'<p><img src="{server.url("/img/photo.jpg")}" alt="harbour"></p>'
                '<p><a href="javascript:alert(1)">evil script link</a> '
                '<a href="file:///etc/passwd">evil file link</a> '
                '<a href="https://example.org/more">good web link</a></p>'
            )
        items.append(
            Item(
                guid=f"{path}-{i}",
                title=f"{name} story {i}",
                link=f"https://example.org{path[:-4]}/{i}",
                description=body,
                published=now - timedelta(hours=2 * i + (1 if path == "/tech.xml" else 0)),
            )
        )
    return items


def image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    """The image encoded as a file of `fmt`, as a server would send it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)
    return bytes(data.data())


def small_jpeg() -> bytes:
    """A real (tiny) JPEG, so whoever downloads and decodes it sees a valid image."""
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    return image_bytes(image, "JPEG")


class Opened(QObject):
    """A URL handler for QDesktopServices.setUrlHandler: records what would have opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def news_server(http_server: TestServer) -> TestServer:
    for path, (_section, title, count) in FEEDS.items():
        http_server.routes[path] = Reply(200, rss(title, items_for(http_server, path, count)), RSS)
    http_server.routes[BROKEN] = Reply(500, b"boom", {"Content-Type": "text/plain"})
    jpeg = {"Content-Type": "image/jpeg"}
    http_server.routes["/img/photo.jpg"] = Reply(200, small_jpeg(), jpeg)
    return http_server


@pytest.fixture
def profile(tmp_path: Path, news_server: TestServer) -> Path:
    """A profile already subscribed to the test feeds (and one broken feed)."""
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        for path, (section, title, _count) in FEEDS.items():
            store.add_feed(news_server.url(path), title, section, 3600, user_title=True)
        store.add_feed(news_server.url(BROKEN), "Broken Feed", "Technology", 3600, user_title=True)
    finally:
        store.close()
    return root


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(root: Path, **kwargs: object) -> MainWindow:
        kwargs.setdefault("offer_defaults", "no")
        kwargs.setdefault("poll", False)
        kwargs.setdefault("read_delay_ms", 0)
        window = create_window(root, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def refresh(qtbot: QtBot, window: MainWindow) -> None:
    """Press F5's action and wait for the summary in the status bar."""
    with qtbot.waitSignal(window.bridge.refresh_finished, timeout=20000):
        window.ui.refreshAction.trigger()
    qtbot.waitUntil(lambda: not window.poller.caching)  # the images and pages phase (issue 15)
    qtbot.waitUntil(lambda: "new" in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: window.views_settled)


@pytest.fixture
def window(make_window: Callable[..., MainWindow], profile: Path, qtbot: QtBot) -> MainWindow:
    """The window on the test profile after one refresh."""
    win = make_window(profile)
    refresh(qtbot, win)
    return win
