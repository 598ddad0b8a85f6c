"""A refresh reports each feed's outcome and failure kind as data, and one line per event
(issue 13): real SQLite, real HTTP on 127.0.0.1, real parse processes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader.app.profile import Engine, ProfilePaths, open_engine
from newsreader.core.fetch import FetchLimits
from newsreader.core.types import FeedOutcome, FeedProgress, FetchFailure
from tests.support.feeds import ConditionalFeed, make_items, rss
from tests.support.httpserver import Reply, TestServer

GONE_LINE = "410 Gone: the publisher removed this feed; polling stopped"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    paths = ProfilePaths(tmp_path, tmp_path / "cache", tmp_path / "logs")
    limits = FetchLimits(connect_timeout=2, read_timeout=2, total_deadline=2.0, max_bytes=1 << 20)
    engine = open_engine(paths, fetch_limits=limits, parse_workers=1)
    yield engine
    engine.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_each_feed_reports_its_outcome_and_failure_kind(
    engine: Engine, http_server: TestServer
) -> None:
    http_server.routes["/ok.xml"] = ConditionalFeed(rss("Fine", make_items("a", 2)))
    http_server.routes["/gone.xml"] = Reply(410, b"gone", {})
    http_server.routes["/html.xml"] = Reply(200, b"<html><body>hi</body></html>", {})
    urls = {
        "ok": http_server.url("/ok.xml"),
        "gone": http_server.url("/gone.xml"),
        "missing": http_server.url("/missing.xml"),
        "html": http_server.url("/html.xml"),
        "refused": f"http://127.0.0.1:{closed_port()}/feed.xml",
    }
    for url in urls.values():
        engine.writer.call(lambda s, url=url: s.add_feed(url, url, "", 3600))
    seen: list[FeedProgress] = []
    summary = engine.refresher.refresh(all_feeds=True, on_progress=seen.append)
    by_url = {p.url: p for p in seen}
    assert {name: by_url[url].outcome for name, url in urls.items()} == {
        "ok": FeedOutcome.UPDATED,
        "gone": FeedOutcome.GONE,
        "missing": FeedOutcome.FAILED,
        "html": FeedOutcome.FAILED,
        "refused": FeedOutcome.FAILED,
    }
    assert {name: by_url[url].failure for name, url in urls.items()} == {
        "ok": None,
        "gone": FetchFailure.HTTP,
        "missing": FetchFailure.HTTP,
        "html": None,  # fetched fine; the parse failed
        "refused": FetchFailure.CONNECT,
    }
    assert len(summary.failures) == len(summary.errors) == summary.failed == 4
    kinds = dict(zip((u for u, _ in summary.errors), summary.failures, strict=True))
    assert kinds[urls["refused"]] is FetchFailure.CONNECT and kinds[urls["html"]] is None
    # A second refresh: the feed that did not change is NOT_MODIFIED, the gone one not polled.
    seen.clear()
    ok_ids = [f.id for f in engine.library.feeds() if f.url == urls["ok"]]
    engine.refresher.refresh(feed_ids=ok_ids, on_progress=seen.append)
    assert [p.outcome for p in seen] == [FeedOutcome.NOT_MODIFIED]


def test_one_gone_feed_reads_the_same_in_the_summary_progress_and_feed_list(
    engine: Engine, http_server: TestServer
) -> None:
    http_server.routes["/gone.xml"] = Reply(410, b"gone", {})
    url = http_server.url("/gone.xml")
    engine.writer.call(lambda s: s.add_feed(url, url, "", 3600))
    seen: list[FeedProgress] = []
    summary = engine.refresher.refresh(all_feeds=True, on_progress=seen.append)
    (stored,) = engine.library.feeds()
    assert summary.errors == ((url, GONE_LINE),)
    assert [p.error for p in seen] == [GONE_LINE]
    assert stored.last_error == GONE_LINE


def test_a_refused_password_reads_the_same_in_the_summary_and_the_feed(
    engine: Engine, http_server: TestServer
) -> None:
    http_server.routes["/private.xml"] = Reply(401, b"no", {"WWW-Authenticate": "Basic"})
    url = http_server.url("/private.xml")
    engine.writer.call(lambda s: s.add_feed(url, url, "", 3600))
    summary = engine.refresher.refresh(all_feeds=True)
    (stored,) = engine.library.feeds()
    ((_, line),) = summary.errors
    assert line == stored.last_error
    assert line.startswith("401 Unauthorized") and "polling paused" in line


def test_refresh_json_names_each_errors_kind(tmp_path: Path, http_server: TestServer) -> None:
    http_server.routes["/gone.xml"] = Reply(410, b"gone", {})
    refused = f"http://127.0.0.1:{closed_port()}/feed.xml"
    env = {**os.environ, "NEWSREADER_PROFILE": str(tmp_path / "profile")}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsreader", *args],
            capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip

    paths = ProfilePaths(tmp_path / "profile", tmp_path / "profile" / "cache", tmp_path / "logs")
    engine = open_engine(paths, parse_workers=1)
    try:
        for url in (http_server.url("/gone.xml"), refused):
            engine.writer.call(lambda s, url=url: s.add_feed(url, url, "", 3600))
    finally:
        engine.close()
    done = cli("refresh", "--json")
    summary = json.loads(done.stdout)
    kinds = {e["url"]: (e["failure"], e["error"]) for e in summary["errors"]}
    assert kinds == {
        http_server.url("/gone.xml"): ("http", GONE_LINE),
        refused: ("connect", "connection refused"),
    }
    feeds = {f["url"]: f["error"] for f in json.loads(cli("feeds", "--json").stdout)}
    assert feeds[http_server.url("/gone.xml")] == GONE_LINE
