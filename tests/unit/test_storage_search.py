"""Search pages reuse ranked hits until a commit; each reading thread has its own connection."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from newsreader.core.types import ArticleQuery, PageCursor
from newsreader.storage import reader
from tests.unit.storage_factory import NOW, entry, make_library, store_update, update


def _pages(lib: reader.Library, query: ArticleQuery, size: int) -> list[int]:
    ids: list[int] = []
    after: PageCursor | None = None
    while page := lib.article_page(query, after, size):
        ids.extend(row.id for row, _ in page)
        after = page[-1][1]
    return ids


def test_search_pages_follow_new_articles_and_flags(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    feed = fx.feeds["Tech"]
    herons = [entry(400 + i, title=f"Herons seen {i}") for i in range(7)]
    store_update(fx.store, update(feed, *herons), NOW)
    query = ArticleQuery(search="herons")
    first = _pages(fx.lib, query, 3)
    assert len(first) == len(set(first)) == 7
    assert [r.id for r in fx.lib.search("herons", 50)] == first
    # Later pages keep the first page's ranking while the writer commits …
    page = fx.lib.article_page(query, None, 3)
    store_update(fx.store, update(feed, entry(500, title="Herons herons herons")), NOW)
    rest = fx.lib.article_page(query, page[-1][1], 10)
    assert [r.id for r, _ in [*page, *rest]] == first
    # … and a new search (a first page) sees the commit.
    again = _pages(fx.lib, query, 3)
    assert len(again) == 8 and set(first) < set(again)
    fx.store.mark_read(first[:2], True)
    unread = _pages(fx.lib, ArticleQuery(search="herons", unread_only=True), 2)
    assert set(unread) == set(again) - set(first[:2])


def test_search_skips_articles_purged_between_pages(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    owls = [entry(600 + i, title=f"Owls {i}") for i in range(4)]
    store_update(fx.store, update(fx.feeds["Tech"], *owls[:2]), NOW)
    store_update(fx.store, update(fx.feeds["World/Asia"], *owls[2:]), NOW)
    query = ArticleQuery(search="owls")
    assert len(_pages(fx.lib, query, 1)) == 4
    page = fx.lib.article_page(query, None, 1)
    fx.store.delete_feed(fx.feeds["World/Asia"])
    rest = fx.lib.article_page(query, page[-1][1], 10)
    assert {row.feed_id for row, _ in rest} <= {fx.feeds["Tech"]}
    assert len(page) + len(rest) == 2 or page[0][0].feed_id == fx.feeds["World/Asia"]
    assert {row.feed_id for row, _ in fx.lib.article_page(query, None, 10)} == {fx.feeds["Tech"]}


def test_each_thread_reads_through_its_own_connection(tmp_path: Path) -> None:
    fx = make_library(tmp_path)
    query = ArticleQuery(search="article")
    here = [r.id for r, _ in fx.lib.article_page(query, None, 50)]
    with ThreadPoolExecutor(1) as pool:
        there = pool.submit(lambda: [r.id for r, _ in fx.lib.article_page(query, None, 50)])
        conn = pool.submit(lambda: fx.lib._conn).result()
        assert there.result() == here and here
        assert conn is not fx.lib._conn  # a long query there never blocks this thread
        fx.lib.close()
        with pytest.raises(sqlite3.ProgrammingError):
            pool.submit(lambda: fx.lib.article_page(query, None, 5)).result()
    with pytest.raises(sqlite3.ProgrammingError):
        fx.lib.sections()
