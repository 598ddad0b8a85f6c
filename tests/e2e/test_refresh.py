"""The refresh pipeline in-process (real SQLite, real HTTP on 127.0.0.1, real parse processes)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.app.profile import Engine, ProfilePaths, open_engine
from newsreader.core.fetch import FetchLimits
from newsreader.core.types import ArticleQuery, Feed, FeedStatus
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import Reply, TestServer


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=2.0, max_bytes=1 << 20)
    engine = open_engine(paths, fetch_limits=limits, parse_workers=1)
    yield engine
    engine.close()


def subscribe(engine: Engine, url: str, section: str = "") -> Feed:
    return engine.writer.call(lambda s: s.add_feed(url, url, section, 3600))


def feed(engine: Engine, feed_id: int) -> Feed:
    (found,) = [f for f in engine.library.feeds() if f.id == feed_id]
    return found


def snapshot(engine: Engine) -> list[tuple[object, ...]]:
    rows = engine.library.article_page(ArticleQuery(), None, 1000)
    return [(r.id, r.title, r.url, r.read, r.starred) for r, _ in rows]


def test_permanent_redirect_moves_the_stored_url(engine: Engine, http_server: TestServer) -> None:
    http_server.routes["/old.xml"] = Reply(301, b"", {"Location": http_server.url("/new.xml")})
    http_server.routes["/new.xml"] = ConditionalFeed(rss("Moved", make_items("m", 2)))
    f = subscribe(engine, http_server.url("/old.xml"))
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.updated == 1 and summary.new_articles == 2
    assert feed(engine, f.id).url == http_server.url("/new.xml")


def test_temporary_redirect_keeps_the_url(engine: Engine, http_server: TestServer) -> None:
    http_server.routes["/old.xml"] = Reply(302, b"", {"Location": http_server.url("/new.xml")})
    http_server.routes["/new.xml"] = ConditionalFeed(rss("Moved", make_items("m", 2)))
    f = subscribe(engine, http_server.url("/old.xml"))
    engine.refresher.refresh(all_feeds=True)
    assert feed(engine, f.id).url == http_server.url("/old.xml")


def test_gone_stops_polling_with_a_visible_status(engine: Engine, http_server: TestServer) -> None:
    http_server.routes["/gone.xml"] = Reply(410, b"gone", {})
    f = subscribe(engine, http_server.url("/gone.xml"))
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.failed == 1
    stored = feed(engine, f.id)
    assert stored.status is FeedStatus.GONE and "410" in (stored.last_error or "")
    http_server.log.clear()
    assert engine.refresher.refresh(all_feeds=True).feeds == 0
    assert http_server.log == []


def test_retry_after_is_respected(engine: Engine, http_server: TestServer) -> None:
    http_server.routes["/busy.xml"] = Reply(429, b"slow down", {"Retry-After": "7200"})
    f = subscribe(engine, http_server.url("/busy.xml"))
    before = datetime.now(UTC)
    engine.refresher.refresh(all_feeds=True)
    stored = feed(engine, f.id)
    assert stored.next_update is not None
    assert stored.next_update >= before + timedelta(seconds=7200)
    assert stored.status is FeedStatus.ERROR and "429" in (stored.last_error or "")
    http_server.log.clear()
    assert engine.refresher.refresh().feeds == 0  # not due: nothing requested
    assert http_server.log == []


def test_server_errors_back_off_further_each_time(engine: Engine, http_server: TestServer) -> None:
    http_server.routes["/broken.xml"] = Reply(500, b"oops", {})
    f = subscribe(engine, http_server.url("/broken.xml"))
    delays = []
    for _ in range(3):
        start = datetime.now(UTC)
        engine.refresher.refresh(all_feeds=True)
        stored = feed(engine, f.id)
        assert stored.next_update is not None
        delays.append((stored.next_update - start).total_seconds())
    assert stored.error_count == 3
    assert delays[0] < delays[2]


def test_slow_drip_is_cut_at_the_total_deadline(engine: Engine, http_server: TestServer) -> None:
    def drip() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        for _ in range(60):
            yield b" "

    http_server.routes["/drip.xml"] = lambda req: Reply(
        200, drip(), {"Content-Type": "application/rss+xml"}, chunk_delay=0.25
    )
    http_server.routes["/fine.xml"] = ConditionalFeed(rss("Fine", make_items("f", 2)))
    subscribe(engine, http_server.url("/drip.xml"))
    subscribe(engine, http_server.url("/fine.xml"))
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.updated == 1 and summary.failed == 1
    assert "too slow" in summary.errors[0][1]


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"<html><body><h1>Welcome</h1></body></html>", "text/html", "html"),
        (b"", "application/rss+xml", "empty"),
        (None, "application/rss+xml", "truncated"),
    ],
)
def test_bad_documents_fail_clearly_and_change_nothing_stored(
    engine: Engine,
    http_server: TestServer,
    body: bytes | None,
    content_type: str,
    expected: str,
) -> None:
    good = rss("Desk", make_items("d", 4))
    served = ConditionalFeed(good)
    http_server.routes["/desk.xml"] = served
    f = subscribe(engine, http_server.url("/desk.xml"), "World")
    assert engine.refresher.refresh(all_feeds=True).new_articles == 4
    first_id = snapshot(engine)[0][0]
    engine.writer.call(lambda s: s.mark_read([first_id], True))
    engine.writer.call(lambda s: s.set_starred(first_id, True))
    before = snapshot(engine)

    served.set_body(good[: len(good) // 2] if body is None else body)
    served.content_type = content_type
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.failed == 1 and summary.new_articles == 0
    (url, error) = summary.errors[0]
    assert url == http_server.url("/desk.xml") and expected in error.lower()
    assert "\n" not in error
    assert snapshot(engine) == before
    stored = feed(engine, f.id)
    assert stored.status is FeedStatus.ERROR and stored.last_error == error

    served.set_body(good)  # the feed recovers: nothing duplicated, state kept
    assert engine.refresher.refresh(all_feeds=True).failed == 0
    assert snapshot(engine) == before
    assert feed(engine, f.id).last_error is None


def test_one_dead_host_never_stops_the_others(engine: Engine, http_server: TestServer) -> None:
    for i in range(5):
        http_server.routes[f"/f{i}.xml"] = ConditionalFeed(rss(f"F{i}", make_items(f"f{i}", 2)))
        subscribe(engine, http_server.url(f"/f{i}.xml"))
    subscribe(engine, "http://127.0.0.1:9/refused.xml")
    http_server.routes["/missing.xml"] = Reply(404, b"nope", {})
    subscribe(engine, http_server.url("/missing.xml"))
    summary = engine.refresher.refresh(all_feeds=True)
    assert (summary.feeds, summary.updated, summary.failed) == (7, 5, 2)
    assert summary.new_articles == 10
    errors = dict(summary.errors)
    assert "refused" in errors["http://127.0.0.1:9/refused.xml"].lower()
    assert "404" in errors[http_server.url("/missing.xml")]


def test_a_changed_entry_is_rewritten_but_keeps_read_state(
    engine: Engine, http_server: TestServer
) -> None:
    items = make_items("c", 2)
    served = ConditionalFeed(rss("C", items))
    http_server.routes["/c.xml"] = served
    subscribe(engine, http_server.url("/c.xml"))
    engine.refresher.refresh(all_feeds=True)
    target = next(r for r in snapshot(engine) if r[1] == "c story 0")
    engine.writer.call(lambda s: s.mark_read([target[0]], True))
    items[0].title = "c story 0 (corrected)"
    served.set_body(rss("C", items))
    summary = engine.refresher.refresh(all_feeds=True)
    assert summary.new_articles == 0
    after = {r[0]: r for r in snapshot(engine)}
    assert after[target[0]][1] == "c story 0 (corrected)" and after[target[0]][3] is True
