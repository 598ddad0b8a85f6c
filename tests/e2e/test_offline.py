"""Offline reading (issue 6): refresh against 127.0.0.1, stop the server, read everything.

Real HTTP server, real profile (SQLite + image folder), real parse processes. Feeds: one with
full content, a lead image, inline images, a 1×1 tracker, a fake "image" and an oversized
one; one summary-only whose article pages are real HTML (nav, article, footer).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from newsreader.app.profile import Engine, ProfilePaths, open_engine
from newsreader.core.fetch import FetchLimits
from newsreader.core.imageinfo import image_path, sha256_hex
from newsreader.core.types import ArticleQuery, Feed
from newsreader.update.images import address_refusal, peer_guard
from newsreader.update.retention import (
    RetentionSettings,
    cache_size,
    clear_images,
    retention_settings,
    run_retention,
)
from tests.support.feeds import BASE_TIME, ConditionalFeed, Item, make_items, rss
from tests.support.httpserver import Reply, TestServer
from tests.unit.test_imageinfo import TRACKER_GIF, make_png

LOREM = (
    "The harbour authority said on Tuesday that container traffic had recovered to the level "
    "seen before the storm, with cranes working around the clock and ships queuing offshore. "
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=5.0, max_bytes=1 << 20)
    engine = open_engine(paths, fetch_limits=limits, parse_workers=1)
    yield engine
    engine.close()


@pytest.fixture
def other_host() -> Iterator[TestServer]:
    """A server on 127.0.0.2: a private address that is not the feeds' host."""
    with TestServer(host="127.0.0.2") as server:
        yield server


def subscribe(engine: Engine, url: str) -> Feed:
    return engine.writer.call(lambda s: s.add_feed(url, url, "News", 3600))


def png_route(server: TestServer, path: str, data: bytes, content_type: str = "image/png") -> str:
    server.routes[path] = Reply(200, data, {"Content-Type": content_type})
    return server.url(path)


def full_feed(server: TestServer, other: TestServer, count: int = 3) -> dict[str, bytes]:
    """A full-content RSS feed; returns the image bytes each kept URL must cache to."""
    images: dict[str, bytes] = {}
    tracker = png_route(server, "/px.gif", TRACKER_GIF, "image/gif")
    fake = png_route(server, "/fake.png", b"<html>not an image</html>", "image/png")
    huge = png_route(server, "/huge.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (6 * 1024 * 1024))
    other.routes["/secret.png"] = Reply(200, make_png(4, 4), {"Content-Type": "image/png"})
    items = []
    for i in range(count):
        lead = png_route(server, f"/img/lead-{i}.png", make_png(64, 32, seed=i))
        inline = png_route(server, f"/img/inline-{i}.png", make_png(20, 10, seed=100 + i))
        images[lead] = make_png(64, 32, seed=i)
        images[inline] = make_png(20, 10, seed=100 + i)
        body = (
            f"<p>{LOREM * 6}</p><p><img src='{inline}' alt='chart'></p>"
            f"<p><img src='{tracker}' width='1' height='1'><img src='{fake}'>"
            f"<img src='{huge}'><img src='{other.url('/secret.png')}'>"
            f"<img src='http://10.255.255.1/intranet.png'></p>"
        )
        items.append(
            "<item>"
            f"<guid>full-{i}</guid><title>Full story {i}</title>"
            f"<link>{server.url(f'/full/{i}.html')}</link>"
            f"<pubDate>{(BASE_TIME - timedelta(hours=i)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
            "</pubDate>"
            f'<media:content url="{lead}" medium="image" type="image/png"/>'
            f"<content:encoded>{escape(body)}</content:encoded>"
            f"<description>{escape(LOREM[:80])}</description>"
            "</item>"
        )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Full</title>'
        f"<link>{server.url('/')}</link>{''.join(items)}</channel></rss>"
    )
    server.routes["/full.xml"] = ConditionalFeed(doc.encode("utf-8"))
    return images


def article_page(title: str, image_url: str, marker: str) -> bytes:
    paragraphs = "".join(f"<p>{marker} paragraph {n}. {LOREM}</p>" for n in range(8))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
        f"{title}</title><script>track()</script></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> "
        "<a href='/subscribe'>Subscribe now</a></nav></header>"
        f"<main><article><h1>{title}</h1><p class='byline'>By A. Reporter</p>"
        f"<figure><img src='{image_url}' alt='harbour'><figcaption>The harbour</figcaption>"
        f"</figure>{paragraphs}</article></main>"
        "<aside><h2>Most read</h2><ul><li><a href='/x'>Celebrity gossip item</a></li></ul></aside>"
        "<footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>"
    ).encode()


def summary_feed(server: TestServer, count: int = 3) -> dict[str, tuple[str, bytes]]:
    """A summary-only feed whose links are real article pages; returns per link the marker
    text the full text must hold and the bytes of the page's image."""
    pages: dict[str, tuple[str, bytes]] = {}
    items = make_items("brief", count, host=server.url("").rstrip("/"))
    for i, item in enumerate(items):
        data = make_png(48, 48, seed=200 + i)
        img = png_route(server, f"/brief/img-{i}.png", data)
        marker = f"Exclusive detail number {i}"
        server.routes[f"/brief/{i}.html"] = Reply(
            200, article_page(item.title, img, marker), {"Content-Type": "text/html; charset=utf-8"}
        )
        pages[item.link] = (marker, data)
    server.routes["/brief.xml"] = ConditionalFeed(rss("Briefs", items, server.url("/")))
    return pages


def all_articles(engine: Engine) -> list[int]:
    return [r.id for r, _ in engine.library.article_page(ArticleQuery(), None, 1000)]


def test_everything_reads_from_the_cache_after_the_server_stops(
    engine: Engine, other_host: TestServer
) -> None:
    server = TestServer().start()
    try:
        images = full_feed(server, other_host)
        pages = summary_feed(server)
        subscribe(engine, server.url("/full.xml"))
        subscribe(engine, server.url("/brief.xml"))
        summary = engine.refresher.refresh(all_feeds=True)
        engine.writer.call(lambda s: None)  # the queued retention pass has run too
    finally:
        server.stop()
    assert summary.updated == 2 and summary.new_articles == 6
    assert other_host.log == []  # the private host was refused before any connection
    assert len(server.requests_to("/px.gif")) == 1  # named by 3 articles, requested once
    for request in server.log:  # pages and images: no cookies, never a Referer
        assert "Referer" not in request.headers and "Cookie" not in request.headers

    lib = engine.library
    images_dir = engine.paths.images_dir
    tracker_file = image_path(images_dir, sha256_hex(TRACKER_GIF))
    seen_images: set[str] = set()
    for aid in all_articles(engine):
        article = lib.article(aid)
        assert article is not None and article.title
        cached = {i.url: i for i in lib.article_images(aid)}
        states = dict(lib.image_states(aid))
        if article.title.startswith("Full"):
            assert article.content and LOREM[:40] in article.content
            assert article.full_text is None  # full content: no page fetched
            assert states[server.url("/px.gif")] == "tracker"
            assert states[server.url("/fake.png")] == "failed"
            assert states[server.url("/huge.png")] == "failed"
            assert states[other_host.url("/secret.png")] == "refused"
            assert states["http://10.255.255.1/intranet.png"] == "refused"
            assert article.image in cached  # the lead image (media:content)
        else:
            assert article.url is not None
            marker, page_image = pages[article.url]
            assert article.summary and "harbour" in article.summary
            assert article.full_text is not None
            assert marker in article.full_text and "paragraph 7" in article.full_text
            for unwanted in ("Subscribe now", "Celebrity gossip", "All rights reserved", "track("):
                assert unwanted not in article.full_text
            assert [i.sha256 for i in cached.values()] == [sha256_hex(page_image)]
        for url, image in cached.items():
            assert states[url] == "cached"
            data = image_path(images_dir, image.sha256).read_bytes()
            assert sha256_hex(data) == image.sha256 and image.size == len(data)
            if url in images:
                assert data == images[url]
            seen_images.add(url)
    assert set(images) <= seen_images
    assert not tracker_file.exists()
    assert all(len(p.name) == 64 for p in images_dir.iterdir())  # no temp or tracker files


def test_never_policy_downloads_nothing_until_the_user_asks(
    engine: Engine, http_server: TestServer, other_host: TestServer
) -> None:
    images = full_feed(http_server, other_host, count=1)
    engine.writer.call(lambda s: s.set_setting("images_policy", "never"))
    subscribe(engine, http_server.url("/full.xml"))
    engine.refresher.refresh(all_feeds=True)
    assert not any(r.path.startswith("/img/") for r in http_server.log)
    (aid,) = all_articles(engine)
    assert engine.library.article_images(aid) == []
    assert {s for _u, s in engine.library.image_states(aid)} == {"pending"}

    assert engine.offline is not None
    report = engine.offline.cache_article_images(aid)  # "load image" in the pane
    assert report.images_cached == 2 and report.trackers == 1
    assert {i.url for i in engine.library.article_images(aid)} == set(images)


def test_full_text_override_per_feed(engine: Engine, http_server: TestServer) -> None:
    summary_feed(http_server, count=2)
    feed = subscribe(engine, http_server.url("/brief.xml"))
    engine.writer.call(lambda s: s.set_full_text_mode(feed.id, "never"))
    engine.refresher.refresh(all_feeds=True)
    assert http_server.requests_to("/brief/0.html") == []
    assert all(engine.library.article(a).full_text is None for a in all_articles(engine))  # type: ignore[union-attr]


def test_a_feed_on_a_private_host_may_use_its_own_host() -> None:
    feed = "http://127.0.0.1:8080/feed.xml"
    assert address_refusal("http://127.0.0.1:8080/a.png", feed) is None
    assert address_refusal("http://127.0.0.1:9999/a.png", feed) is not None  # not its port
    refused = address_refusal("http://10.0.0.7/a.png", feed)
    assert refused is not None and not refused.transient
    assert address_refusal("http://localhost/a.png", feed) is not None
    assert address_refusal("http://[::1]/a.png", feed) is not None
    assert address_refusal("ftp://127.0.0.1/a.png", feed) is not None
    missing = address_refusal("http://no-such-host.invalid/a.png", feed)
    assert missing is not None and missing.transient  # offline DNS: retried later
    # The same rule on the address a connection really reached.
    guard = peer_guard(feed)
    assert guard("127.0.0.1", "127.0.0.1") is None  # the feed's own host
    assert guard("cdn.example.com", "10.0.0.7") == "refused: private or local address"
    assert guard("cdn.example.com", "::1") == "refused: private or local address"
    assert guard("cdn.example.com", "93.184.215.14") is None


# -- retention ------------------------------------------------------------------------------


def _image_feed(server: TestServer, count: int, shared: str) -> list[Item]:
    """Items with one own image each, plus a logo every item shares."""
    items = make_items("r", count, host=server.url("").rstrip("/"))
    for i, item in enumerate(items):
        own = png_route(server, f"/r/img-{i}.png", make_png(30, 30, seed=300 + i))
        item.description = f"<p>{LOREM}</p><img src='{own}'><img src='{shared}'>"
    return items


def test_retention_purges_articles_and_their_images_not_starred_ones(
    engine: Engine, http_server: TestServer
) -> None:
    shared = png_route(http_server, "/logo.png", make_png(16, 16, seed=999))
    items = _image_feed(http_server, 5, shared)
    source = ConditionalFeed(rss("Retained", items, http_server.url("/")))
    http_server.routes["/r.xml"] = source
    subscribe(engine, http_server.url("/r.xml"))
    engine.refresher.refresh(all_feeds=True)
    ids = all_articles(engine)  # newest first
    assert len(ids) == 5
    files_before = {p.name for p in engine.paths.images_dir.iterdir()}
    assert len(files_before) == 6  # five own images and the shared logo, once
    oldest = ids[-1]
    engine.writer.call(lambda s: s.set_starred(oldest, True))
    doomed = ids[2:-1]
    doomed_files = {i.sha256 for a in doomed for i in engine.library.article_images(a)}
    doomed_files.discard(sha256_hex(make_png(16, 16, seed=999)))

    now = datetime.now(UTC)
    result = engine.writer.call(
        lambda s: run_retention(
            s, engine.paths.images_dir, RetentionSettings(None, 2, keep_unread=False), now
        )
    )
    assert result.articles == 2 and result.image_files == 2
    assert all_articles(engine) == [ids[0], ids[1], oldest]  # starred survives
    assert all(engine.library.article(a) is None for a in doomed)
    left = {p.name for p in engine.paths.images_dir.iterdir()}
    assert left == files_before - doomed_files
    for aid in (ids[0], ids[1], oldest):
        for image in engine.library.article_images(aid):
            assert image_path(engine.paths.images_dir, image.sha256).exists()

    # The feed changes (so it is parsed again) and still lists the purged items.
    extra = Item("r-new", "r story new", http_server.url("/r/new.html"), "<p>New</p>",
                 BASE_TIME + timedelta(hours=1))  # fmt: skip
    source.set_body(rss("Retained", [extra, *items], http_server.url("/")))
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.updated == 1 and summary.new_articles == 1
    titles = {engine.library.article(a).title for a in all_articles(engine)}  # type: ignore[union-attr]
    assert titles == {"r story new", "r story 0", "r story 1", "r story 4"}


def test_retention_settings_run_after_each_refresh(engine: Engine, http_server: TestServer) -> None:
    shared = png_route(http_server, "/logo.png", make_png(16, 16, seed=999))
    http_server.routes["/r.xml"] = ConditionalFeed(
        rss("Retained", _image_feed(http_server, 4, shared), http_server.url("/"))
    )
    engine.writer.call(lambda s: s.set_setting("retention_per_feed", 1))
    engine.writer.call(lambda s: s.set_setting("retention_keep_unread", False))
    assert engine.writer.call(retention_settings) == RetentionSettings(None, 1, False)
    subscribe(engine, http_server.url("/r.xml"))
    engine.refresher.refresh(all_feeds=True)
    engine.writer.call(lambda s: None)  # let the queued retention pass finish
    assert len(all_articles(engine)) == 1
    assert len(list(engine.paths.images_dir.iterdir())) == 2  # its own image and the logo


def test_clear_images_empties_the_cache_and_keeps_the_text(
    engine: Engine, http_server: TestServer
) -> None:
    shared = png_route(http_server, "/logo.png", make_png(16, 16, seed=999))
    http_server.routes["/r.xml"] = ConditionalFeed(
        rss("Retained", _image_feed(http_server, 3, shared), http_server.url("/"))
    )
    subscribe(engine, http_server.url("/r.xml"))
    engine.refresher.refresh(all_feeds=True)
    size = cache_size(engine.paths.images_dir)
    assert size == sum(p.stat().st_size for p in engine.paths.images_dir.iterdir()) > 0
    result = engine.writer.call(lambda s: clear_images(s, engine.paths.images_dir))
    assert result.image_files == 4 and result.bytes_freed == size
    assert cache_size(engine.paths.images_dir) == 0
    for aid in all_articles(engine):
        assert engine.library.article_images(aid) == []
        assert {s for _u, s in engine.library.image_states(aid)} == {"skipped"}
        assert engine.library.article(aid).summary  # type: ignore[union-attr]
    http_server.log.clear()
    engine.refresher.refresh(all_feeds=True)  # cleared images are not fetched again by themselves
    assert not any(r.path.endswith(".png") for r in http_server.log)


def test_malformed_retention_settings_purge_nothing(engine: Engine) -> None:
    def write(key: str, value: object) -> None:
        engine.writer.call(lambda s: s.set_setting(key, value))

    write("retention_days", "soon")
    write("retention_per_feed", -3)
    write("retention_keep_unread", "no")
    settings = engine.writer.call(retention_settings)
    assert settings == RetentionSettings(None, None, True) and not settings.enabled
    write("retention_days", "30")
    assert engine.writer.call(retention_settings).max_age_days == 30.0


def test_every_redirect_hop_is_checked_for_private_addresses(
    engine: Engine, http_server: TestServer, other_host: TestServer
) -> None:
    # The feed's host may serve images and pages, but not bounce us to another private host.
    secret_png = other_host.url("/secret.png")
    other_host.routes["/secret.png"] = Reply(200, make_png(4, 4), {"Content-Type": "image/png"})
    other_host.routes["/secret.html"] = Reply(
        200, article_page("Intranet", secret_png, "internal"), {"Content-Type": "text/html"}
    )
    http_server.routes["/bounce.png"] = Reply(302, b"", {"Location": secret_png})
    http_server.routes["/moved.html"] = Reply(
        301, b"", {"Location": other_host.url("/secret.html")}
    )
    png_route(http_server, "/local.png", make_png(8, 8, seed=7))
    http_server.routes["/hop.png"] = Reply(302, b"", {"Location": "/local.png"})
    items = [
        Item(
            guid="bounce",
            title="Bounced",
            link=http_server.url("/moved.html"),
            description=(
                f"Short. <img src='{http_server.url('/bounce.png')}'>"
                f"<img src='{http_server.url('/hop.png')}'>"
            ),
        )
    ]
    http_server.routes["/feed.xml"] = ConditionalFeed(rss("Bounce", items, http_server.url("/")))
    subscribe(engine, http_server.url("/feed.xml"))
    engine.refresher.refresh(all_feeds=True)
    engine.writer.call(lambda s: None)

    assert other_host.log == []  # neither the image nor the page reached the other host
    [aid] = all_articles(engine)
    states = dict(engine.library.image_states(aid))
    assert states[http_server.url("/bounce.png")] == "refused"
    assert states[http_server.url("/hop.png")] == "cached"  # a hop on the feed's host is fine
    assert [i.size for i in engine.library.article_images(aid)] == [len(make_png(8, 8, seed=7))]
    article = engine.library.article(aid)
    assert article is not None and article.full_text is None
    assert len(http_server.requests_to("/local.png")) == 1
    assert len(http_server.requests_to("/moved.html")) == 1  # asked once, refused, not retried
