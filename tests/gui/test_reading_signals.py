"""Issue 15, "honest reading signals", in the real window on feeds served on 127.0.0.1: an
article counts as read for popularity only after it stayed shown for the read delay, its
seconds on screen are stored when the reader moves on, keyboard skimming counts nothing, and
mark-as-read follows its own preference ("on-open" / "after-delay" / "manual")."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsreader.app.profile import resolve_profile
from newsreader.core import prefs
from newsreader.gui.main_window import MainWindow
from newsreader.storage import open_store
from tests.gui.conftest import refresh
from tests.gui.test_main_window import TOTAL

WAIT = 10000


def read_events(profile: Path) -> list[tuple[int, float | None]]:
    conn = sqlite3.connect(resolve_profile(profile).db_path)
    try:
        return [(r[0], r[1]) for r in conn.execute("SELECT article_id, seconds FROM read_events")]
    finally:
        conn.close()


def read_count(window: MainWindow) -> int:
    total, unread, _starred = window.library.special_counts()
    return total - unread


def settle(window: MainWindow) -> None:
    """Wait until every write submitted so far is stored (the writer runs them in order)."""
    window._writer.submit(lambda _store: None).result(timeout=10)


def focused_list(qtbot: QtBot, window: MainWindow) -> None:
    assert window.select_node("all")
    view = window.ui.articleList
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def open_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path, delay_ms: int
) -> MainWindow:
    window = make_window(profile, read_delay_ms=delay_ms)
    refresh(qtbot, window)
    assert read_count(window) == 0 and read_events(profile) == []
    return window


def set_mark_read(profile: Path, mode: str) -> None:
    store = open_store(resolve_profile(profile).db_path)
    try:
        store.set_setting(prefs.MARK_READ.key, mode)
    finally:
        store.close()


def test_skimming_with_the_next_key_counts_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    window = open_window(qtbot, make_window, profile, delay_ms=1500)
    focused_list(qtbot, window)
    shown: set[int] = set()
    for _ in range(20):
        qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
        article = window.ui.readerPane.article
        assert article is not None
        shown.add(article.id)
    assert len(shown) == TOTAL  # every article was shown on the way down
    settle(window)
    # Before issue 15: 11 read events (every article left) and 12 articles marked read.
    assert read_events(profile) == []
    assert read_count(window) == 0
    assert not any(window.articles.row_at(r).read for r in range(TOTAL))  # type: ignore[union-attr]


def test_staying_past_the_delay_counts_once_and_stores_the_seconds(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    window = open_window(qtbot, make_window, profile, delay_ms=400)
    focused_list(qtbot, window)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
    article = window.ui.readerPane.article
    assert article is not None
    qtbot.wait(150)  # not yet
    settle(window)
    assert read_events(profile) == [] and read_count(window) == 0
    qtbot.waitUntil(lambda: len(read_events(profile)) == 1, timeout=WAIT)
    qtbot.wait(300)  # staying longer does not count again
    settle(window)
    assert read_events(profile) == [(article.id, None)]  # seconds come when leaving
    assert read_count(window) == 1 and window.articles.row_at(0).read  # type: ignore[union-attr]

    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)  # move on: the seconds are stored
    settle(window)
    ((event_id, seconds),) = read_events(profile)
    assert event_id == article.id and seconds is not None and 0.4 < seconds < 5.0  # > the delay
    # The next article was left quickly: nothing more.
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
    settle(window)
    assert len(read_events(profile)) == 1 and read_count(window) == 1


def test_mark_read_on_open_marks_at_once_but_counts_only_after_the_delay(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    set_mark_read(profile, "on-open")
    window = open_window(qtbot, make_window, profile, delay_ms=1500)
    focused_list(qtbot, window)
    for _ in range(3):
        qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
    settle(window)
    assert read_count(window) == 3 and read_events(profile) == []


def test_mark_read_manual_counts_the_view_but_leaves_it_unread(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    set_mark_read(profile, "manual")
    window = open_window(qtbot, make_window, profile, delay_ms=200)
    focused_list(qtbot, window)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
    article = window.ui.readerPane.article
    assert article is not None
    qtbot.waitUntil(lambda: len(read_events(profile)) == 1, timeout=WAIT)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
    settle(window)
    ((event_id, seconds),) = read_events(profile)
    assert event_id == article.id and seconds is not None and seconds >= 0.2
    assert read_count(window) == 0 and not window.articles.row_at(0).read  # type: ignore[union-attr]
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_M)  # manual: m marks it
    settle(window)
    assert read_count(window) == 1


def test_a_zero_delay_still_counts_at_once(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    window = open_window(qtbot, make_window, profile, delay_ms=0)
    focused_list(qtbot, window)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
    qtbot.keyClick(window.ui.articleList, Qt.Key.Key_J)
    settle(window)
    assert len(read_events(profile)) == 2 and read_count(window) == 2
