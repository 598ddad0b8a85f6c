"""Feed icons end to end: a refresh against 127.0.0.1 finds, refuses, caches and rechecks them.

Real HTTP servers (127.0.0.1 for the site, 127.0.0.2 as "another host on the network"), a real
profile database and image folder, real parse processes. Time is injected: the weekly recheck
is driven by moving the pipeline's clock, never by sleeping.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.core.fetch import Fetcher, FetchLimits
from newsreader.core.imageinfo import image_path, sha256_hex
from newsreader.storage import Library, open_library, open_store
from newsreader.update.icons import IconStage
from newsreader.update.offline import OfflineStage
from newsreader.update.parsing import ParsePool
from newsreader.update.refresh import Refresher
from newsreader.update.retention import RetentionSettings, clear_images, run_retention
from newsreader.update.workers import Workers
from newsreader.update.writer import WriterQueue
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import Reply, TestServer
from tests.support.icons import make_ico
from tests.unit.test_imageinfo import make_png

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Pipeline:
    workers: Workers
    library: Library
    images_dir: Path
    clock: Clock
    fetcher: Fetcher

    @property
    def writer(self) -> WriterQueue:
        return self.workers.writer

    def refresher(self, max_feeds: int = 40) -> Refresher:
        offline = OfflineStage(
            workers=self.workers, fetcher=self.fetcher, images_dir=self.images_dir,
            clock=self.clock,
        )  # fmt: skip
        icons = IconStage(
            workers=self.workers, fetcher=self.fetcher, images_dir=self.images_dir,
            clock=self.clock, max_feeds=max_feeds,
        )  # fmt: skip
        return Refresher(
            workers=self.workers, fetcher=self.fetcher, clock=self.clock, offline=offline,
            icons=icons,
        )  # fmt: skip

    def refresh(self) -> None:
        summary = self.refresher().refresh(all_feeds=True)
        assert summary.failed == 0, summary.errors

    def subscribe(self, url: str) -> int:
        return self.writer.call(lambda s: s.add_feed(url, url, "News", 3600)).id

    def icons(self) -> dict[int, Path]:
        return self.library.feed_icons(self.images_dir)

    def due(self, feed_id: int) -> bool:
        return feed_id in self.writer.call(
            lambda s: s.icons_due([feed_id], self.clock.now - timedelta(days=7))
        )


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    db = tmp_path / "profile.db"
    workers = Workers.start(lambda: open_store(db), parse=ParsePool(1))
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=5.0, max_bytes=1 << 20)
    p = Pipeline(
        workers, open_library(db), tmp_path / "images", Clock(), Fetcher("test", limits)
    )  # fmt: skip
    yield p
    p.workers.close(readers=[p.library])


@pytest.fixture
def other_host() -> Iterator[TestServer]:
    """127.0.0.2: a private address that is not the feed's host."""
    with TestServer(host="127.0.0.2") as server:
        yield server


def serve_feed(server: TestServer, path: str = "/feed.xml", link: str | None = None) -> str:
    body = rss("World", make_items("w", 2), link=link or server.url("/"))
    server.routes[path] = ConditionalFeed(body)
    return server.url(path)


def page(*links: str) -> Reply:
    head = "".join(links)
    html = f"<!doctype html><html><head><title>Site</title>{head}</head><body>hi</body></html>"
    return Reply(200, html.encode(), {"Content-Type": "text/html; charset=utf-8"})


def image(data: bytes, kind: str = "image/png") -> Reply:
    return Reply(200, data, {"Content-Type": kind})


def paths(server: TestServer) -> list[str]:
    return [r.path for r in server.log]


def test_link_rel_icon_of_the_home_page_is_cached(
    pipeline: Pipeline, http_server: TestServer
) -> None:
    fav = make_png(32, 32, seed=3)
    http_server.routes["/"] = page(
        '<link rel="apple-touch-icon" href="/touch.png">',
        '<link rel="icon" sizes="32x32" href="/static/fav-32.png">',
    )
    http_server.routes["/static/fav-32.png"] = image(fav)
    feed_id = pipeline.subscribe(serve_feed(http_server))
    pipeline.refresh()
    icon = pipeline.icons()[feed_id]
    assert icon == image_path(pipeline.images_dir, sha256_hex(fav))
    assert icon.read_bytes() == fav
    assert "/touch.png" not in paths(http_server)  # the first good candidate ends the look
    assert not pipeline.due(feed_id)


def test_the_feeds_own_icon_comes_first(pipeline: Pipeline, http_server: TestServer) -> None:
    logo = make_png(48, 48, seed=5)
    body = rss("World", make_items("w", 1), link=http_server.url("/")).replace(
        b"<description>test feed</description>",
        b"<description>test feed</description><image><url>/logo.png</url></image>",
    )
    http_server.routes["/feed.xml"] = ConditionalFeed(body)
    http_server.routes["/logo.png"] = image(logo)
    feed_id = pipeline.subscribe(http_server.url("/feed.xml"))
    pipeline.refresh()
    assert pipeline.icons()[feed_id].read_bytes() == logo
    assert "/" not in paths(http_server)  # the home page was not needed


def test_favicon_ico_is_the_fallback(pipeline: Pipeline, http_server: TestServer) -> None:
    ico = make_ico([16, 32])
    http_server.routes["/"] = page('<link rel="stylesheet" href="/s.css">')
    http_server.routes["/favicon.ico"] = image(ico, "image/vnd.microsoft.icon")
    feed_id = pipeline.subscribe(serve_feed(http_server))
    pipeline.refresh()
    assert pipeline.icons()[feed_id].read_bytes() == ico


def test_redirect_to_another_private_host_is_refused(
    pipeline: Pipeline, http_server: TestServer, other_host: TestServer
) -> None:
    other_host.routes["/icon.png"] = image(make_png(16, 16))
    http_server.routes["/"] = page('<link rel="icon" href="/go">')
    http_server.routes["/go"] = Reply(302, b"", {"Location": other_host.url("/icon.png")})
    http_server.routes["/favicon.ico"] = Reply(302, b"", {"Location": other_host.url("/x.ico")})
    # A link straight to the other host is refused before any connection is made.
    http_server.routes["/other"] = page(f'<link rel="icon" href="{other_host.url("/icon.png")}">')
    feed_id = pipeline.subscribe(serve_feed(http_server))
    second = pipeline.subscribe(serve_feed(http_server, "/feed2.xml", http_server.url("/other")))
    pipeline.refresh()
    assert pipeline.icons() == {}
    assert other_host.log == []
    assert "/go" in paths(http_server)
    # Refused is an answer: not asked again before the weekly recheck.
    assert not pipeline.due(feed_id)
    assert not pipeline.due(second)


def test_non_image_and_oversized_bodies_are_refused(
    pipeline: Pipeline, http_server: TestServer
) -> None:
    http_server.routes["/"] = page(
        '<link rel="icon" sizes="32x32" href="/fake.png">',
        '<link rel="icon" sizes="16x16" href="/huge.png">',
    )
    http_server.routes["/fake.png"] = image(b"<html>login required</html>")
    http_server.routes["/huge.png"] = image(make_png(32, 32) + b"\x00" * (300 * 1024))
    feed_id = pipeline.subscribe(serve_feed(http_server))
    pipeline.refresh()
    assert pipeline.icons() == {}
    assert {"/fake.png", "/huge.png", "/favicon.ico"} <= set(paths(http_server))
    assert not pipeline.due(feed_id)
    assert not pipeline.images_dir.exists() or list(pipeline.images_dir.iterdir()) == []


def test_a_failed_look_is_repeated_only_after_a_week(
    pipeline: Pipeline, http_server: TestServer
) -> None:
    http_server.routes["/"] = page()
    feed_id = pipeline.subscribe(serve_feed(http_server))
    pipeline.refresh()  # /favicon.ico is 404
    assert paths(http_server).count("/favicon.ico") == 1
    ico = make_ico([16])
    http_server.routes["/favicon.ico"] = image(ico)
    pipeline.clock.now = T0 + timedelta(days=6, hours=23)
    pipeline.refresh()
    assert paths(http_server).count("/favicon.ico") == 1
    assert pipeline.icons() == {}
    pipeline.clock.now = T0 + timedelta(days=7, hours=1)
    pipeline.refresh()
    assert paths(http_server).count("/favicon.ico") == 2
    assert pipeline.icons()[feed_id].read_bytes() == ico
    # A week later the site has no icon any more: the one already cached stays.
    del http_server.routes["/favicon.ico"]
    pipeline.clock.now = T0 + timedelta(days=15)
    pipeline.refresh()
    assert paths(http_server).count("/favicon.ico") == 3
    assert pipeline.icons()[feed_id].read_bytes() == ico


def test_a_site_that_does_not_answer_is_retried_after_a_day(
    pipeline: Pipeline, http_server: TestServer
) -> None:
    # A site whose name does not resolve (offline DNS). Another port of the feed's host would
    # be refused by rule, not retried: it is not the feed's own origin (issue 12, point 9).
    feed = ConditionalFeed(rss("World", make_items("w", 2), link="http://site.example.invalid/"))
    http_server.routes["/feed.xml"] = feed
    feed_id = pipeline.subscribe(http_server.url("/feed.xml"))
    pipeline.refresh()
    assert pipeline.icons() == {}
    # Not on every refresh (the refresh waits for its icon looks), but sooner than a week.
    pipeline.clock.now = T0 + timedelta(hours=23)
    assert not pipeline.due(feed_id)
    fav = make_png(16, 16, seed=9)
    http_server.routes["/"] = page('<link rel="icon" href="/f.png">')
    http_server.routes["/f.png"] = image(fav)
    feed.set_body(rss("World", make_items("w", 2), link=http_server.url("/")))
    pipeline.clock.now = T0 + timedelta(hours=25)
    assert pipeline.due(feed_id)
    pipeline.refresh()
    assert pipeline.icons()[feed_id].read_bytes() == fav


def test_icon_looks_per_refresh_are_bounded(pipeline: Pipeline, http_server: TestServer) -> None:
    http_server.routes["/"] = page()
    ids = [pipeline.subscribe(serve_feed(http_server, f"/f{i}.xml")) for i in range(3)]
    pipeline.refresher(max_feeds=2).refresh(all_feeds=True)
    assert paths(http_server).count("/favicon.ico") == 2
    assert sum(pipeline.due(i) for i in ids) == 1
    pipeline.refresher(max_feeds=2).refresh(all_feeds=True)
    assert paths(http_server).count("/favicon.ico") == 3  # only the one still due
    assert not any(pipeline.due(i) for i in ids)


def test_retention_and_clear_images_keep_icons(pipeline: Pipeline, http_server: TestServer) -> None:
    fav = make_png(32, 32, seed=4)
    http_server.routes["/"] = page('<link rel="icon" href="/f.png">')
    http_server.routes["/f.png"] = image(fav)
    feed_id = pipeline.subscribe(serve_feed(http_server))
    pipeline.refresh()
    icon = pipeline.icons()[feed_id]
    images = pipeline.images_dir
    stray = images / ("0" * 64)  # a file no article and no feed names: an orphan
    stray.write_bytes(make_png(8, 8))
    later = datetime.now(UTC) + timedelta(hours=2)  # every file is past the orphan grace
    result = pipeline.writer.call(lambda s: run_retention(s, images, RetentionSettings(), later))
    assert result.image_files == 1
    assert not stray.exists()
    assert icon.read_bytes() == fav
    pipeline.writer.call(lambda s: clear_images(s, images))
    assert icon.read_bytes() == fav
    assert pipeline.icons()[feed_id] == icon
