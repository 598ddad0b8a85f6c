"""Issue 12, the image cache: points 2, 3, 9 and 20, each against a real profile and server.

A real SQLite profile and real HTTP servers on 127.0.0.1; the reader pane's own lookup
(`rewrite_images`, pure string work) shows what the user would see.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader.app.profile import Engine, ProfilePaths, open_engine
from newsreader.core.fetch import FetchLimits
from newsreader.core.imageinfo import image_path, sha256_hex
from newsreader.core.types import ArticleQuery, Feed
from newsreader.gui.article_html import CACHE_SCHEME, ImageRef, rewrite_images
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import Reply, TestServer
from tests.unit.test_imageinfo import make_png

PRIVATE = "refused: private or local address"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=5.0, max_bytes=1 << 20)
    engine = open_engine(paths, fetch_limits=limits, parse_workers=1)
    yield engine
    engine.close()


@pytest.fixture
def second_port() -> Iterator[TestServer]:
    """Another loopback server: the feed's host, but not its port."""
    with TestServer() as server:
        yield server


def subscribe(engine: Engine, url: str) -> Feed:
    return engine.writer.call(lambda s: s.add_feed(url, url, "News", 3600))


def png(server: TestServer, path: str, data: bytes) -> str:
    server.routes[path] = Reply(200, data, {"Content-Type": "image/png"})
    return server.url(path)


def articles(engine: Engine) -> dict[str, int]:
    """Title → id of every article in the library."""
    return {r.title: r.id for r, _ in engine.library.article_page(ArticleQuery(), None, 1000)}


def shown_images(engine: Engine, article_id: int) -> int:
    """How many images the reader pane would draw from the cache for this article: its body
    rewritten exactly as the pane does it, counting images whose file is really there."""
    lib = engine.library
    article = lib.article(article_id)
    assert article is not None
    cached = {
        i.url: ImageRef(i.sha256, i.width or 0, i.height or 0)
        for i in lib.article_images(article_id)
        if image_path(engine.paths.images_dir, i.sha256).is_file()
    }
    body = rewrite_images(article.content or article.summary or "", cached)
    return body.count(f'src="{CACHE_SCHEME}:')


# -- 2: caching bytes already cached never unlinks the articles that had them -------------


def test_two_articles_with_the_same_image_bytes_both_keep_their_image(
    engine: Engine, http_server: TestServer
) -> None:
    # One photo under two URLs (an agency picture used by two stories): one cache file.
    photo = make_png(40, 30, seed=7)
    first, second = make_items("same", 2, host=http_server.url("").rstrip("/"))
    first.description = f"<p>First story.</p><img src='{png(http_server, '/a.png', photo)}'>"
    second.description = f"<p>Second story.</p><img src='{png(http_server, '/b.png', photo)}'>"
    feed = ConditionalFeed(rss("Same photo", [first], http_server.url("/")))
    http_server.routes["/feed.xml"] = feed
    subscribe(engine, http_server.url("/feed.xml"))
    engine.refresher.refresh(all_feeds=True)
    ids = articles(engine)
    assert shown_images(engine, ids[first.title]) == 1

    feed.set_body(rss("Same photo", [first, second], http_server.url("/")))
    engine.refresher.refresh(all_feeds=True)
    ids = articles(engine)
    assert len(http_server.requests_to("/b.png")) == 1  # the same bytes were cached again
    shown = {title: shown_images(engine, aid) for title, aid in ids.items()}
    assert shown == {first.title: 1, second.title: 1}
    states = [dict(engine.library.image_states(aid)) for aid in ids.values()]
    assert all(set(s.values()) == {"cached"} for s in states)
    assert image_path(engine.paths.images_dir, sha256_hex(photo)).read_bytes() == photo
