"""The window and the CLI on one profile at once: every write of both is kept (issue 12).

Before the fix, the first CLI command beside the window deleted the window's WAL; from then
on the two wrote to different files, Starred showed 2 in the window and 1 in the file, read
events vanished and the indexes were damaged on close.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from newsreader.core.types import ArticleQuery
from newsreader.gui.main_window import MainWindow
from tests.e2e.test_cli import cli
from tests.gui.conftest import refresh
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, TestServer

ROUNDS = 50


def _opml(url: str, title: str) -> str:
    return (
        '<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>'
        f'<outline text="Imported"><outline type="rss" text="{title}" xmlUrl="{url}"/>'
        "</outline></body></opml>"
    )


def test_cli_beside_the_window_keeps_every_write_of_both(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    profile: Path,
    news_server: TestServer,
    tmp_path: Path,
) -> None:
    window = make_window(profile)
    refresh(qtbot, window)
    ids = [row.id for row in window.library.articles(ArticleQuery(), 100)]
    assert len(ids) >= 12
    starred: set[int] = set()
    cli_reads = 0
    imported = 0
    for i in range(ROUNDS):
        # The window writes through its own writer connection…
        aid = ids[i % len(ids)]
        star = aid not in starred
        writes = window._writer  # the window's own writer thread and connection
        writes.submit(lambda store, aid=aid, star=star: store.set_starred(aid, star)).result(30)
        starred ^= {aid}
        # …while a CLI process reads, records reads, refreshes or imports.
        kind = i % 4
        if kind == 0:
            done = cli(profile, "read", str(ids[-1 - i % len(ids)]))
            cli_reads += 1
        elif kind == 1:
            done = cli(profile, "feeds", "--json")
        elif kind == 2:
            done = cli(profile, "refresh", "--all")
        else:
            path = f"/more-{i}.xml"
            news_server.routes[path] = Reply(
                200,
                rss(f"More {i}", [Item(f"m{i}", f"More {i}", f"http://127.0.0.1/m{i}")]),
                {"Content-Type": "application/rss+xml"},
            )
            opml = tmp_path / f"more-{i}.opml"
            opml.write_text(_opml(news_server.url(path), f"More {i}"), encoding="utf-8")
            done = cli(profile, "import", str(opml))
            imported += 1
        assert done.returncode == 0, done.stderr
    # The window's own connection sees the CLI's writes…
    feeds = window.library.feeds()
    assert sum(1 for f in feeds if f.title.startswith("More ")) == imported
    _total, _unread, star_count = window.library.special_counts()
    assert star_count == len(starred)
    window.close()
    # …and after it closed, the file holds every write of both.
    db = profile / "newsreader.db"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {r[0] for r in conn.execute("SELECT id FROM articles WHERE starred")}
        assert stored == starred
        assert conn.execute("SELECT count(*) FROM read_events").fetchone()[0] == cli_reads
        urls = {r[0] for r in conn.execute("SELECT url FROM feeds")}
        assert sum(1 for u in urls if "/more-" in u) == imported
    finally:
        conn.close()
    assert not (profile / "newsreader.db-wal").exists()


def test_the_engine_closes_only_after_the_window_is_hidden(
    qtbot: QtBot, make_window: Callable[..., MainWindow], profile: Path
) -> None:
    # Closing during a refresh crashed (SIGSEGV): the engine closed first, then hiding the
    # widgets made the list fetch rows from the closed library.
    window = make_window(profile)
    visible_at_close: list[bool] = []
    window.add_close_hook(lambda: visible_at_close.append(window.isVisible()))
    window.close()
    assert visible_at_close == [False]
