"""Issue 15: a refresh in two phases, one attempt per unreachable host, the timeout obeyed.

Real engine (SQLite in tmp_path, parse processes), real HTTP servers on 127.0.0.1/127.0.0.2.
An image host that never answers and one that drops every connection each cost one request
per refresh; a feed that drips for 15 s is stopped at the 2 s Network timeout; the window's
way of refreshing (feeds, then a caching phase that later refreshes merge into) and the CLI's
(both at once) give the same counts.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.app.profile import (
    Engine,
    ProfilePaths,
    apply_network_settings,
    open_engine,
    resolve_profile,
)
from newsreader.core import prefs
from newsreader.core.types import CachingProgress
from newsreader.storage import open_store
from tests.e2e.test_cli import cli
from tests.support.feeds import Item, rss
from tests.support.httpserver import Reply, Request, TestServer
from tests.unit.test_imageinfo import make_png

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
PNG = {"Content-Type": "image/png"}
PNG_2X2 = make_png(2, 2)  # a real image (trackers are 0×0 and 1×1)
TIMEOUT_S = 2


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    engine = open_engine(paths, parse_workers=1)
    engine.writer.call(lambda s: s.set_setting(prefs.NETWORK_TIMEOUT.key, TIMEOUT_S))
    apply_network_settings(engine.fetcher, engine.library)  # as the settings dialog does
    yield engine
    engine.close()


@pytest.fixture
def other_server() -> Iterator[TestServer]:
    """A second host (127.0.0.2), with feeds of its own."""
    with TestServer(host="127.0.0.2") as server:
        yield server


def items(server: TestServer, prefix: str, count: int, images: str) -> list[Item]:
    now = datetime.now(UTC).replace(microsecond=0)
    return [
        Item(
            guid=f"{prefix}-{i}",
            title=f"{prefix} story {i}",
            link=f"https://example.org/{prefix}/{i}",
            description=(
                f"<p>{prefix} story {i}: the harbour reopened.</p>"
                f'<p><img src="{server.url(f"{images}/{prefix}-{i}.png")}" alt="photo"></p>'
            ),
            published=now - timedelta(hours=i),
        )
        for i in range(count)
    ]


def subscribe(engine: Engine, url: str) -> None:
    engine.writer.call(lambda s: s.add_feed(url, url, "News", 3600))


def image_requests(server: TestServer, under: str) -> list[Request]:
    with server._lock:
        return [r for r in server.log if r.path.startswith(under)]


class Silent:
    """A route that takes the request and never answers (until the test ends)."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def __call__(self, _request: Request) -> Reply:
        self.release.wait(30)
        return Reply(200, PNG_2X2, PNG)


class Gate:
    """A route whose images arrive only once `open` is set: the caching phase is visibly
    still running while the feeds phase has ended."""

    def __init__(self) -> None:
        self.open = threading.Event()

    def __call__(self, _request: Request) -> Reply:
        self.open.wait(30)
        return Reply(200, PNG_2X2, PNG)


def route_prefix(server: TestServer, prefix: str, handler: object, names: list[str]) -> None:
    for name in names:
        server.routes[f"{prefix}/{name}.png"] = handler  # type: ignore[assignment]


def dropping(_request: Request) -> Reply:
    """The host hangs up without a word (a dead backend behind a live port)."""
    raise ConnectionAbortedError("dropped on purpose")


def test_an_image_host_that_never_answers_and_a_dead_one_cost_one_request_each(
    engine: Engine, http_server: TestServer, other_server: TestServer
) -> None:
    silent = Silent()
    count = 6
    names = [f"s-{i}" for i in range(count)]
    route_prefix(http_server, "/hang", silent, names)
    http_server.routes["/silent.xml"] = Reply(
        200, rss("Silent", items(http_server, "s", count, "/hang")), RSS
    )
    dead_names = [f"d-{i}" for i in range(count)]
    route_prefix(other_server, "/drop", dropping, dead_names)
    other_server.routes["/dead.xml"] = Reply(
        200, rss("Dead", items(other_server, "d", count, "/drop")), RSS
    )
    subscribe(engine, http_server.url("/silent.xml"))
    subscribe(engine, other_server.url("/dead.xml"))
    try:
        started = time.monotonic()
        summary = engine.refresher.refresh(all_feeds=True)  # the CLI's way: both phases
        seconds = time.monotonic() - started
    finally:
        silent.release.set()
    print(f"refresh with a silent and a dead image host: {seconds:.1f} s")
    assert summary.updated == 2 and summary.new_articles == 2 * count
    assert len(image_requests(http_server, "/hang/")) == 1  # not one per image, not per thread
    assert len(image_requests(other_server, "/drop/")) == 1
    assert summary.images_cached == 0
    assert summary.images_failed == 2 * count  # tried once or skipped: none could be fetched

    # The images wait for a later refresh (the hosts may be back), which tries each host
    # once more: the memory is per refresh, not forever.
    silent.release.clear()
    try:
        again = engine.refresher.refresh(all_feeds=True)
    finally:
        silent.release.set()
    assert again.images_failed == 2 * count
    assert len(image_requests(http_server, "/hang/")) == 2
    assert len(image_requests(other_server, "/drop/")) == 2


def test_a_live_host_gets_every_image_while_a_dead_one_is_skipped(
    engine: Engine, http_server: TestServer, other_server: TestServer
) -> None:
    count = 4
    route_prefix(http_server, "/img", Reply(200, PNG_2X2, PNG), [f"ok-{i}" for i in range(count)])
    http_server.routes["/ok.xml"] = Reply(
        200, rss("Fine", items(http_server, "ok", count, "/img")), RSS
    )
    route_prefix(other_server, "/drop", dropping, [f"d-{i}" for i in range(count)])
    other_server.routes["/dead.xml"] = Reply(
        200, rss("Dead", items(other_server, "d", count, "/drop")), RSS
    )
    subscribe(engine, http_server.url("/ok.xml"))
    subscribe(engine, other_server.url("/dead.xml"))
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.images_cached == count and summary.images_failed == count
    assert len(image_requests(http_server, "/img/")) == count
    assert len(image_requests(other_server, "/drop/")) == 1


def test_a_slow_feed_is_stopped_at_the_network_timeout_not_at_60_s(
    engine: Engine, http_server: TestServer
) -> None:
    def drip() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        for _ in range(60):  # 15 s in all, one byte every 0.25 s: never a read timeout
            yield b" "

    http_server.routes["/drip.xml"] = lambda _req: Reply(
        200, drip(), {"Content-Type": "application/rss+xml"}, chunk_delay=0.25
    )
    subscribe(engine, http_server.url("/drip.xml"))
    assert engine.fetcher.limits.total_deadline == TIMEOUT_S
    started = time.monotonic()
    summary = engine.refresher.refresh(all_feeds=True)
    print(f"dripping feed stopped after {time.monotonic() - started:.1f} s")
    assert summary.failed == 1
    assert summary.errors[0][1] == f"too slow: no complete response within {TIMEOUT_S} s"


def test_the_feeds_phase_ends_before_the_images_and_a_second_refresh_merges_into_caching(
    engine: Engine, http_server: TestServer
) -> None:
    gate = Gate()
    refresher = engine.refresher
    refresher.set_background_caching(True)  # the window's way
    route_prefix(
        http_server, "/slow", gate, [f"a-{i}" for i in range(3)] + [f"b-{i}" for i in range(2)]
    )
    http_server.routes["/a.xml"] = Reply(200, rss("A", items(http_server, "a", 3, "/slow")), RSS)
    http_server.routes["/b.xml"] = Reply(200, rss("B", items(http_server, "b", 2, "/slow")), RSS)
    subscribe(engine, http_server.url("/a.xml"))
    try:
        first = refresher.refresh(all_feeds=True)
        # The feeds are stored and the refresh is over, although no image has arrived.
        assert first.updated == 1 and first.new_articles == 3
        assert first.caching and first.images_cached == 0
        seen: list[CachingProgress] = []
        result: list[CachingProgress | None] = []
        phase = threading.Thread(target=lambda: result.append(refresher.cache(seen.append)))
        phase.start()
        # A refresh while the caching phase runs: it is not refused, and its images join
        # the phase in progress instead of starting a second one.
        subscribe(engine, http_server.url("/b.xml"))
        second = refresher.refresh(all_feeds=True)
        assert second.updated == 1 and second.not_modified == 1  # A had nothing new
        assert second.new_articles == 2 and second.caching
    finally:
        gate.open.set()
    phase.join(30)
    assert not phase.is_alive()
    (done,) = result
    assert done is not None and done.finished and not done.cancelled
    assert done.images_cached == 5 and done.total == 5 and done.done == 5
    assert seen and seen[-1].done == 5
    assert refresher.cache() is None  # merged: nothing left for a second phase
    assert len(image_requests(http_server, "/slow/")) == 5  # each image once


def test_cancelling_the_caching_phase_leaves_the_images_for_the_next_refresh(
    engine: Engine, http_server: TestServer
) -> None:
    gate = Gate()
    refresher = engine.refresher
    refresher.set_background_caching(True)
    route_prefix(http_server, "/slow", gate, [f"c-{i}" for i in range(8)])
    http_server.routes["/c.xml"] = Reply(200, rss("C", items(http_server, "c", 8, "/slow")), RSS)
    subscribe(engine, http_server.url("/c.xml"))
    summary = refresher.refresh(all_feeds=True)
    assert summary.caching
    result: list[CachingProgress | None] = []
    phase = threading.Thread(target=lambda: result.append(refresher.cache()))
    phase.start()
    time.sleep(0.3)  # let the first jobs reach the gate
    refresher.cancel_caching()
    gate.open.set()
    phase.join(30)
    (done,) = result
    assert done is not None and done.cancelled and done.images_cached < 8
    # The next refresh (nothing new in the feed) picks up what was left.
    again = refresher.refresh(all_feeds=True)
    assert again.new_articles == 0 and again.caching
    rest = refresher.cache()
    assert rest is not None and done.images_cached + rest.images_cached == 8


def test_the_cli_counts_images_cached_and_failed_in_words_and_in_json(
    tmp_path: Path, http_server: TestServer
) -> None:
    http_server.routes["/img/ok-0.png"] = Reply(200, PNG_2X2, PNG)  # ok-1.png: 404
    pictures = rss("Pictures", items(http_server, "ok", 2, "/img"))
    http_server.routes["/pictures.xml"] = Reply(200, pictures, RSS)
    words, data = tmp_path / "words", tmp_path / "data"
    for profile in (words, data):  # subscribed, not fetched yet (as an OPML import leaves it)
        paths = resolve_profile(profile)
        paths.create()
        store = open_store(paths.db_path)
        try:
            store.add_feed(http_server.url("/pictures.xml"), "Pictures", "News", 3600)
        finally:
            store.close()
    done = cli(words, "refresh", "--all")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("1 feed: 1 updated, 0 unchanged, 0 failed; 2 new articles; ")
    assert "; 1 image cached, 1 could not be fetched in " in first
    done = cli(data, "refresh", "--all", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["images_cached"] == 1 and summary["images_failed"] == 1
    keys = {"feeds", "updated", "not_modified", "failed", "new_articles", "seconds", "errors"}
    assert keys <= set(summary)  # the contract's keys stay


def test_with_no_timeout_set_the_deadline_is_the_20_s_settings_shows(tmp_path: Path) -> None:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    engine = open_engine(paths, parse_workers=1)
    try:
        limits = engine.fetcher.limits
        assert limits.read_timeout == 20 and limits.total_deadline == 20  # not 60
    finally:
        engine.close()
