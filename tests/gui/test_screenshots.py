"""Screenshots of the real window (light and dark) for a person to look at; also checks that a
cached image is served from the local cache into the pane."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.core.types import CachedImage
from newsreader.gui.main_window import MainWindow
from tests.gui.conftest import image_bytes
from tests.gui.test_main_window import select_node, select_title
from tests.support.httpserver import TestServer

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor("#1d3557"))
    gradient.setColorAt(1, QColor("#e9c46a"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    return image_bytes(image)


def _cache_image(window: MainWindow, profile: Path, url: str) -> None:
    body = _png(1200, 600)
    sha = hashlib.sha256(body).hexdigest()
    images = resolve_profile(profile).images_dir
    images.mkdir(parents=True, exist_ok=True)
    (images / sha).write_bytes(body)
    image = CachedImage(url=url, sha256=sha, content_type="image/png", width=1200, height=600)
    future = window._writer.submit(
        lambda store: store.record_images([image], [], datetime.now(UTC))
    )
    future.result(timeout=10)


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#e8eaed"),
        (roles.Base, "#17181a"),
        (roles.AlternateBase, "#1f2023"),
        (roles.Text, "#e8eaed"),
        (roles.Button, "#2a2b2e"),
        (roles.ButtonText, "#e8eaed"),
        (roles.Highlight, "#3d6fb6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.PlaceholderText, "#9aa0a6"),
        (roles.ToolTipBase, "#2a2b2e"),
        (roles.ToolTipText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def test_screenshots_light_and_dark(
    qtbot: QtBot, window: MainWindow, profile: Path, news_server: TestServer
) -> None:
    _cache_image(window, profile, news_server.url("/img/photo.jpg"))
    node = window.sections.section_by_path("World/Asia")
    assert node is not None
    select_node(window, node.key)
    requests_before = len(news_server.log)
    select_title(qtbot, window, "Asia Daily story 0")
    window.ui.articleList.setFocus(Qt.FocusReason.OtherFocusReason)
    SHOTS.mkdir(exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = window.grab()
    assert light.save(str(SHOTS / "window-light.png"))
    assert "newsreader-image:" in window.ui.readerPane.toHtml()  # served from the cache
    original = app.palette()
    app.setPalette(_dark_palette())
    try:
        qtbot.wait(50)
        dark = window.grab()
        assert dark.save(str(SHOTS / "window-dark.png"))
        image = dark.toImage()
        pane_bg = image.pixelColor(dark.width() - 20, dark.height() // 2)
        assert pane_bg.lightnessF() < 0.3  # the reader pane follows the dark palette
        for view in (window.ui.articleList, window.ui.sectionTree):  # and so do the lists
            corner = view.viewport().mapTo(window, view.viewport().rect().bottomLeft())
            empty = image.pixelColor(corner.x() + 20, corner.y() - 20)
            assert empty.lightnessF() < 0.3, view.objectName()
    finally:
        app.setPalette(original)
    assert len(news_server.log) == requests_before  # rendering fetched nothing
