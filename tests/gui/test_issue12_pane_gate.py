"""Issue 12, points 7 and 8: the reader pane holds its resource gate on its own, and a
`title=` tooltip shows its characters instead of rendering them.

The sanitizer already stops such markup before it reaches the pane; these tests feed the
pane hostile HTML directly, because the second gate must not depend on the first.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, QUrl
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from newsreader.gui.reader_pane import ReaderPane
from newsreader.gui.tooltips import plain_tooltip

ImageResource = QTextDocument.ResourceType.ImageResource
StyleSheetResource = QTextDocument.ResourceType.StyleSheetResource


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def pane(qtbot: QtBot) -> ReaderPane:
    widget = ReaderPane()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _size_of(resource: object) -> tuple[int, int]:
    if isinstance(resource, QImage):
        return resource.width(), resource.height()
    data = bytes(resource) if resource else b""  # type: ignore[call-overload]
    image = QImage.fromData(data)
    return image.width(), image.height()


def test_local_and_inline_resources_are_never_loaded(
    pane: ReaderPane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    png = _png(40, 30)
    (tmp_path / "local.png").write_bytes(png)
    (tmp_path / "relative.png").write_bytes(png)
    (tmp_path / "style.css").write_text("body { color: #ff0000; }")
    monkeypatch.chdir(tmp_path)
    data_url = "data:image/png;base64," + base64.b64encode(png).decode()
    names = [str(tmp_path / "local.png"), (tmp_path / "local.png").as_uri(), "relative.png"]
    pane.setHtml(
        f'<link rel="stylesheet" href="{(tmp_path / "style.css").as_uri()}">'
        + "".join(f'<p><img src="{name}"></p>' for name in [*names, data_url])
    )
    pane.grab()  # lay out and paint: every image is asked for now
    document = pane.document()
    for name in [*names, data_url]:
        assert _size_of(document.resource(ImageResource, QUrl(name))) == (1, 1), name
    sheet = document.resource(StyleSheetResource, QUrl((tmp_path / "style.css").as_uri()))
    assert not sheet
    assert pane.searchPaths() == []


def test_a_refused_resource_is_never_none(pane: ReaderPane) -> None:
    for kind in (ImageResource, StyleSheetResource, QTextDocument.ResourceType.HtmlResource):
        for url in ("file:///etc/hostname", "relative.png", "https://example.invalid/x.png"):
            assert pane.loadResource(int(kind), QUrl(url)) is not None


def _tooltip_over(pane: ReaderPane, qtbot: QtBot, word: str) -> str:
    cursor = pane.document().find(word)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    where = pane.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, pane.viewport().mapToGlobal(where))
    QApplication.sendEvent(pane.viewport(), event)
    qtbot.wait(50)
    return QToolTip.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen QToolTip
def test_title_attributes_show_as_plain_text(pane: ReaderPane, qtbot: QtBot) -> None:
    hostile = '<img src="file:///etc/hostname"> & <b>bold</b>'
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    pane.setHtml(f'<p>Before <a href="https://example.invalid/" title="{escaped}">anchor</a></p>')
    tip = _tooltip_over(pane, qtbot, "anchor")
    assert tip == plain_tooltip(hostile)
    shown = QTextDocument()
    shown.setHtml(tip)  # QToolTip treats it as rich text: this is what it draws
    assert shown.toPlainText() == hostile
    QToolTip.hideText()


def test_plain_tooltip_keeps_every_character() -> None:
    for text in ["<img src=x>", "a & b", "line one\nline two", "Tom's <i>story</i>", "plain"]:
        shown = QTextDocument()
        shown.setHtml(plain_tooltip(text))
        assert shown.toPlainText() == text
    assert plain_tooltip("") == ""


def test_a_point_outside_any_title_shows_no_tooltip(pane: ReaderPane, qtbot: QtBot) -> None:
    pane.setHtml("<p>Nothing to explain here.</p>")
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), pane.viewport().mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(pane.viewport(), event)
    assert not QToolTip.isVisible()
