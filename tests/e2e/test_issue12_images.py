"""Issue 12, the image cache: points 2, 3, 9 and 20, each against a real profile and server.

A real SQLite profile and real HTTP servers on 127.0.0.1; the reader pane's own lookup
(`rewrite_images`, pure string work) shows what the user would see.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader.app.profile import Engine, ProfilePaths, open_engine
from newsreader.core.fetch import Fetcher, FetchLimits, user_agent
from newsreader.core.html_text import image_urls
from newsreader.core.imageinfo import image_path, sha256_hex
from newsreader.core.types import ArticleQuery, Feed, FetchKind, Validators
from newsreader.gui.article_html import CACHE_SCHEME, ImageRef, rewrite_images
from newsreader.update.images import (
    FEED_ADDRESS_UNKNOWN,
    address_refusal,
    fetch_for_feed,
    peer_guard,
)
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


# -- 3: image URLs are attribute values, unescaped, whatever quotes they contain --------


def test_image_urls_are_read_as_attribute_values() -> None:
    html = (
        '<p><img src="http://a.invalid/i?x=1&amp;y=2"></p>'
        '<img alt="it\'s" src="http://a.invalid/it\'s.png">'
        "<img src='http://a.invalid/q\"uote.png'>"
        '<img src="/relative.png"><img src="data:image/png;base64,AAAA">'
        '<img data-src="http://a.invalid/lazy.png">'
        '<IMG SRC="http://a.invalid/i?x=1&y=2">'
    )
    assert image_urls(html) == [
        "http://a.invalid/i?x=1&y=2",
        "http://a.invalid/it's.png",
        'http://a.invalid/q"uote.png',
    ]


def test_the_worker_fetches_the_url_the_pane_looks_up(
    engine: Engine, http_server: TestServer
) -> None:
    amp = png(http_server, "/img", make_png(24, 24, seed=1)) + "?w=640&h=480"
    apostrophe = png(http_server, "/it's.png", make_png(24, 24, seed=2))
    (item,) = make_items("esc", 1, host=http_server.url("").rstrip("/"))
    item.description = (
        f'<p>Story.</p><img src="{amp.replace("&", "&amp;")}"><img src="{apostrophe}">'
    )
    http_server.routes["/feed.xml"] = ConditionalFeed(rss("Escapes", [item], http_server.url("/")))
    subscribe(engine, http_server.url("/feed.xml"))
    engine.refresher.refresh(all_feeds=True)

    asked = sorted(r.path for r in http_server.log if r.path != "/feed.xml")
    assert "/img?w=640&h=480" in asked and "/it's.png" in asked
    assert not [p for p in asked if "&amp;" in p or p == "/it"]
    (aid,) = articles(engine).values()
    assert dict(engine.library.image_states(aid)) == {amp: "cached", apostrophe: "cached"}
    assert shown_images(engine, aid) == 2


# -- 9: the feed's own origin (scheme, host, port) and its own address only --------------


def test_an_image_on_another_port_of_the_feeds_host_is_never_requested(
    engine: Engine, http_server: TestServer, second_port: TestServer
) -> None:
    own = png(http_server, "/own.png", make_png(16, 16, seed=3))
    other = png(second_port, "/admin/secret.png", make_png(16, 16, seed=4))
    (item,) = make_items("port", 1, host=http_server.url("").rstrip("/"))
    item.description = f"<p>Story.</p><img src='{own}'><img src='{other}'>"
    http_server.routes["/feed.xml"] = ConditionalFeed(rss("Ports", [item], http_server.url("/")))
    subscribe(engine, http_server.url("/feed.xml"))
    engine.refresher.refresh(all_feeds=True)

    assert second_port.log == []
    assert len(http_server.requests_to("/own.png")) == 1
    (aid,) = articles(engine).values()
    assert dict(engine.library.image_states(aid)) == {own: "cached", other: "refused"}
    assert shown_images(engine, aid) == 1


def test_the_own_host_exception_compares_scheme_host_and_port() -> None:
    feed = "http://127.0.0.1:8080/feed.xml"
    assert address_refusal("http://127.0.0.1:8080/a.png", feed) is None
    for url in (
        "http://127.0.0.1:9999/a.png",
        "http://127.0.0.1/a.png",  # port 80
        "https://127.0.0.1:8080/a.png",
    ):
        refused = address_refusal(url, feed)
        assert refused is not None and not refused.transient, url
        assert refused.message == PRIVATE
    # Default ports count as written out.
    assert address_refusal("http://10.0.0.7:80/a.png", "http://10.0.0.7/feed.xml") is None


def test_a_private_address_needs_the_feeds_own_address() -> None:
    # No connection is made here: the guard is asked about addresses directly.
    feed = "https://news.example.invalid/feed.xml"
    public_feed = peer_guard(feed, {"93.184.215.14"})
    # The publisher points its own name at the user's machine or LAN: refused.
    assert public_feed("news.example.invalid", "127.0.0.1") == PRIVATE
    assert public_feed("news.example.invalid", "192.168.1.1") == PRIVATE
    assert public_feed("news.example.invalid", "93.184.215.14") is None
    assert public_feed("cdn.example.invalid", "93.184.215.15") is None
    # A feed on the intranet may show its own intranet images, from that address only.
    intranet = peer_guard(feed, {"10.1.2.3"})
    assert intranet("news.example.invalid", "10.1.2.3") is None
    assert intranet("news.example.invalid", "10.1.2.4") == PRIVATE
    assert intranet("cdn.example.invalid", "10.1.2.3") == PRIVATE
    # Not fetched (in this process) yet: a private address cannot be vouched for.
    assert peer_guard(feed)("news.example.invalid", "10.1.2.3") is not None
    # A feed named by its address was fetched from that address.
    assert peer_guard("http://127.0.0.1:8080/f")("127.0.0.1", "127.0.0.1") is None


def test_the_fetcher_remembers_the_address_a_feed_came_from(http_server: TestServer) -> None:
    fetcher = Fetcher(user_agent("9.9.9"), FetchLimits(total_deadline=5.0))
    feed = http_server.url("/feed.xml")
    http_server.routes["/feed.xml"] = ConditionalFeed(rss("F", make_items("f", 1)))
    assert fetcher.feed_addresses(feed) == frozenset()
    assert fetcher.fetch_feed(feed, Validators(), None).kind is FetchKind.OK
    assert fetcher.feed_addresses(feed) == {"127.0.0.1"}
    # Fetched again over the kept-alive connection (no new connection): still known.
    assert fetcher.fetch_feed(feed, Validators(), None).kind is FetchKind.OK
    assert fetcher.feed_addresses(feed) == {"127.0.0.1"}
    assert fetcher.feed_addresses(http_server.url("/img.png")) == {"127.0.0.1"}  # same origin
    assert fetcher.feed_addresses(f"https://127.0.0.1:{http_server.port}/") == frozenset()


def test_a_private_name_of_a_feed_not_fetched_yet_is_not_even_connected_to(
    http_server: TestServer,
) -> None:
    # "localhost" is read from the hosts file (no DNS, no connection): a private address that
    # no fetch of the feed vouches for yet. Retried later (not a refusal), nothing is sent.
    fetcher = Fetcher(user_agent("9.9.9"), FetchLimits(total_deadline=5.0))
    origin = f"http://localhost:{http_server.port}"
    result = fetch_for_feed(
        fetcher, f"{origin}/img.png", f"{origin}/feed.xml", accept="image/*", max_bytes=1 << 20
    )
    assert result.kind is FetchKind.ERROR and result.status is None
    assert result.error == FEED_ADDRESS_UNKNOWN
    assert http_server.log == []


# -- 20: a save failure is retried; a server's "no" is not ----------------------------


def test_an_image_that_could_not_be_saved_is_cached_on_the_next_refresh(
    engine: Engine, http_server: TestServer
) -> None:
    photo = make_png(32, 32, seed=5)
    url = png(http_server, "/photo.png", photo)
    missing = http_server.url("/gone.png")  # a 404: failed for good
    (item,) = make_items("disk", 1, host=http_server.url("").rstrip("/"))
    item.description = f"<p>Story.</p><img src='{url}'><img src='{missing}'>"
    http_server.routes["/feed.xml"] = ConditionalFeed(rss("Disk", [item], http_server.url("/")))
    subscribe(engine, http_server.url("/feed.xml"))

    images_dir = engine.paths.images_dir
    shutil.rmtree(images_dir)
    images_dir.write_text("a file where the image folder should be")  # every save fails
    engine.refresher.refresh(all_feeds=True)
    (aid,) = articles(engine).values()
    states = dict(engine.library.image_states(aid))
    assert states[missing] == "failed"
    assert states[url] == "pending"  # kept to be retried, not given up on
    assert shown_images(engine, aid) == 0

    images_dir.unlink()
    images_dir.mkdir()
    engine.refresher.refresh(all_feeds=True)
    states = dict(engine.library.image_states(aid))
    assert states == {url: "cached", missing: "failed"}
    assert len(http_server.requests_to("/gone.png")) == 1  # a permanent failure stays failed
    assert shown_images(engine, aid) == 1
    assert image_path(images_dir, sha256_hex(photo)).read_bytes() == photo
