"""The reader pane on its own: the second gate behind the sanitizer (hostile links and
resources), escaping of plain-text fields, zoom, and the first-start offer of the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.core.errors import StorageError
from newsreader.core.types import Article
from newsreader.gui.main_window import MainWindow
from newsreader.gui.reader_pane import ReaderPane
from tests.gui.conftest import Opened

HOSTILE = (
    "<p>Text before.</p>"
    '<p><a href="javascript:alert(1)">script link</a> · '
    '<a href="file:///etc/passwd">file link</a> · '
    '<a href="data:text/html,hi">data link</a> · '
    '<a href="mailto:desk@example.org">mail link</a></p>'
    '<p><img src="file:///etc/hostname"><img src="https://example.org/x.png"></p>'
)


def article(**changes: object) -> Article:
    base = {
        "id": 7,
        "feed_id": 1,
        "feed_title": "Wire <Service>",
        "section_path": "World/Asia",
        "url": "https://example.org/story",
        "title": "Markets <b>rally</b> & fall",
        "author": "A. <script>Writer</script>",
        "published": datetime(2024, 10, 3, 9, 30, tzinfo=UTC),
        "updated": None,
        "summary": None,
        "content": HOSTILE,
        "image": None,
        "read": False,
        "starred": False,
    }
    base.update(changes)
    return Article(**base)  # type: ignore[arg-type]


@pytest.fixture
def pane(qtbot: QtBot) -> ReaderPane:
    widget = ReaderPane()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_plain_text_fields_are_escaped(pane: ReaderPane) -> None:
    pane.show_article(article(), ())
    text = pane.toPlainText()
    assert "Markets <b>rally</b> & fall" in text
    assert "by A. <script>Writer</script>" in text
    assert "Wire <Service>" in text
    assert "Home" in text.title() and "Asia" in text


def test_resources_other_than_the_cache_yield_nothing(pane: ReaderPane, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really")
    pane.set_image_source(lambda sha: tmp_path / sha)
    pane.show_article(article(), ())
    kind = QTextDocument.ResourceType.ImageResource
    for url in (f"file://{secret}", "https://example.org/x.png", "newsreader-image:secret.png"):
        # A transparent pixel, never None: None lets Qt load the name itself (issue 12).
        refused = pane.loadResource(int(kind.value), QUrl(url))
        assert refused.size().toTuple() == (1, 1) and refused.pixelColor(0, 0).alpha() == 0
    assert "etc/hostname" not in pane.toHtml() and "x.png" not in pane.toHtml()


def click(qtbot: QtBot, pane: ReaderPane, text: str) -> None:
    cursor = pane.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    point = pane.cursorRect(cursor).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_hostile_links_do_nothing_even_unsanitized(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(tmp_path / "empty")
    window.layout_choice.show_empty(False)  # the pane, not the first-run actions, on screen
    pane = window.ui.readerPane
    opened = Opened()
    schemes = ("http", "https", "mailto", "javascript", "file", "data")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, opened, "open")
    try:
        pane.show_article(article(), ())
        for text in ("script link", "file link", "data link"):
            click(qtbot, pane, text)
        assert opened.urls == []
        assert pane.article is not None and pane.article.id == 7  # no navigation either
        click(qtbot, pane, "mail link")
        click(qtbot, pane, "Markets")  # the title links to the original
        assert opened.urls == ["mailto:desk@example.org", "https://example.org/story"]
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)


def test_zoom_is_bounded(pane: ReaderPane) -> None:
    pane.show_article(article(), ())
    pane.set_zoom(100)
    assert 0 < pane.zoom <= 12
    pane.set_zoom(-100)
    assert pane.zoom < 0


def test_first_start_imports_the_bundled_feeds_when_accepted(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(tmp_path / "fresh", offer_defaults="yes")
    qtbot.waitUntil(lambda: window.sections.section_by_path("World/Asia") is not None)
    for path in ("World/Europe", "World/Americas", "Business", "Technology", "Science", "Sport"):
        assert window.sections.section_by_path(path) is not None, path
    feeds = [n for n in window.sections.walk() if n.feed is not None]
    assert len(feeds) >= 20
    assert all(n.feed.url.startswith("https://") for n in feeds)  # type: ignore[union-attr]


def test_declined_or_existing_profiles_get_no_defaults(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    declined = make_window(tmp_path / "declined", offer_defaults="no")
    assert [n for n in declined.sections.walk() if n.feed is not None] == []
    declined.close()
    again = make_window(tmp_path / "declined", offer_defaults="yes")  # not new any more
    qtbot.wait(100)
    assert [n for n in again.sections.walk() if n.feed is not None] == []


def test_unreadable_database_is_never_replaced(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    paths = resolve_profile(tmp_path / "broken")
    paths.create()
    garbage = b"this is not a database\x00" * 100
    paths.db_path.write_bytes(garbage)
    with pytest.raises(StorageError):
        make_window(tmp_path / "broken", offer_defaults="yes")
    assert paths.db_path.read_bytes() == garbage
