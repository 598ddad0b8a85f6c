"""An updated article in the real window (issue 19): a loopback feed served twice with changed
text; the pane says "Updated 2 hours ago · Show changes", and the diff marks the added words
(underlined) and the removed ones (struck through), in the light and the dark theme."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.app.settings_wiring import SettingsOpener
from newsreader.core import prefs
from newsreader.gui.article_model import TITLE_COLUMN
from newsreader.gui.main_window import MainWindow
from newsreader.gui.reader_pane import ReaderPane
from newsreader.storage import open_library, open_store
from tests.gui.conftest import RSS, refresh
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, TestServer

SHOTS = Path("/tmp/shots/h15")
BEFORE = (
    "<p>Three people were hurt when a fire broke out in the harbour warehouse.</p>"
    "<p>Firefighters reached the scene within minutes.</p>"
)
AFTER = (
    "<p>Five people were hurt when a fire broke out in the harbour warehouse, police said.</p>"
    "<p>Firefighters reached the scene within minutes.</p>"
    "<p>The cause is not yet known.</p>"
)


def _feed(body: str, title: str) -> bytes:
    now = datetime.now(UTC).replace(microsecond=0)
    return rss(
        "Harbour News",
        [
            Item(guid="fire", title=title, link="https://example.invalid/fire",
                 description=body, published=now - timedelta(hours=3)),
            Item(guid="tide", title="Tide tables for the week", link="https://example.invalid/tide",
                 description="<p>High water at six.</p>", published=now - timedelta(hours=4)),
        ],
    )  # fmt: skip


def _open(qtbot: QtBot, window: MainWindow, guid: str) -> None:
    """Select the list row of the entry `guid` (the list keeps a row's title until it
    reloads), and wait for the pane to show it."""
    model, pane = window.articles, window.ui.readerPane
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.url == f"https://example.invalid/{guid}":
            window.ui.articleList.setCurrentIndex(model.index(row, TITLE_COLUMN))
            shown = found.id
            qtbot.waitUntil(lambda: pane.article is not None and pane.article.id == shown)  # noqa: B023
            return
    raise AssertionError(f"{guid!r} is not in the list")


def _click_link(qtbot: QtBot, pane: ReaderPane, text: str) -> None:
    """A real click on the link that reads `text` in the pane."""
    cursor = pane.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), f"{text!r} is not in the pane"
    assert cursor.charFormat().isAnchor()
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    pane.ensureCursorVisible()
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    where = pane.cursorRect(cursor).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _marked(pane: ReaderPane) -> tuple[list[str], list[str]]:
    """(underlined, struck-through) runs of text in the pane's document."""
    added: list[str] = []
    removed: list[str] = []
    block = pane.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.fontUnderline() and not fmt.isAnchor():
                added.append(fragment.text())
            if fmt.fontStrikeOut():
                removed.append(fragment.text())
            it += 1
        block = block.next()
    return added, removed


@pytest.fixture
def live_profile(tmp_path: Path, http_server: TestServer) -> Path:
    http_server.routes["/harbour.xml"] = Reply(200, _feed(BEFORE, "Fire at the harbour"), RSS)
    root = tmp_path / "profile"
    paths = resolve_profile(root)
    paths.create()
    store = open_store(paths.db_path)
    try:
        store.add_feed(http_server.url("/harbour.xml"), "Harbour News", "World", 3600)
    finally:
        store.close()
    return root


def test_an_updated_article_shows_what_changed(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    live_profile: Path,
    http_server: TestServer,
) -> None:
    window = make_window(live_profile)
    refresh(qtbot, window)
    pane = window.ui.readerPane
    _open(qtbot, window, "fire")
    assert "Updated" not in pane.toPlainText()
    fire = pane.article
    assert fire is not None

    http_server.routes["/harbour.xml"] = Reply(
        200, _feed(AFTER, "Fire at the harbour: five hurt"), RSS
    )
    refresh(qtbot, window)
    pane.clock = lambda: time.time() + 2 * 3600 + 60  # the update was two hours ago
    _open(qtbot, window, "tide")
    _open(qtbot, window, "fire")
    text = pane.toPlainText()
    assert "Updated 2 hours ago" in text and "Show changes" in text
    assert "Five people were hurt" in text and "Three people" not in text
    assert _marked(pane) == ([], [])

    _click_link(qtbot, pane, "Show changes")
    qtbot.waitUntil(lambda: pane.showing_changes)
    text = pane.toPlainText()
    assert "Hide changes" in text and "CHANGED 2 HOURS AGO" in text.upper()
    added, removed = _marked(pane)
    assert "Five" in added and "warehouse, police said." in added
    assert "The cause is not yet known." in added
    assert "Three" in removed and "warehouse." in removed
    assert ": five hurt" in " ".join(added)  # the title's change too
    assert not any("Firefighters" in run for run in added + removed)
    for theme in ("light", "dark"):
        window.reading_settings.apply_theme(theme)
        qtbot.wait(50)
        assert _marked(pane)[0], theme  # the diff survives the re-render of a theme change
        pane.grab().save(str(SHOTS / f"changes-{theme}.png"))
    window.reading_settings.apply_theme("system")

    _click_link(qtbot, pane, "Hide changes")
    qtbot.waitUntil(lambda: not pane.showing_changes)
    assert "Show changes" in pane.toPlainText() and _marked(pane) == ([], [])
    # The update did not make the article unread again (the preference is off).
    assert pane.article is not None and pane.article.read


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_settings_reading_can_mark_updated_articles_unread(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    live_profile: Path,
    http_server: TestServer,
) -> None:
    window = make_window(live_profile)
    refresh(qtbot, window)
    _open(qtbot, window, "fire")
    fire = window.ui.readerPane.article
    assert fire is not None
    library = open_library(resolve_profile(live_profile).db_path)
    try:
        qtbot.waitUntil(lambda: library.article(fire.id).read)  # type: ignore[union-attr]
        opener = window.findChild(SettingsOpener)
        assert opener is not None
        dialog = opener.open()
        check = dialog.ui.markUpdatedUnreadCheck
        assert not check.isChecked()  # off by default
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        key = prefs.MARK_UPDATED_UNREAD.key
        qtbot.waitUntil(lambda: prefs.MARK_UPDATED_UNREAD.get(library.setting) is True)
        assert library.setting(key) is True
        dialog.close()
        _open(qtbot, window, "tide")
        http_server.routes["/harbour.xml"] = Reply(
            200, _feed(AFTER, "Fire at the harbour: five hurt"), RSS
        )
        refresh(qtbot, window)
        article = library.article(fire.id)
        assert article is not None and article.title == "Fire at the harbour: five hurt"
        assert not article.read
    finally:
        library.close()
