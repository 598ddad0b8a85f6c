"""Feeds are never fetched from link-local addresses, such as cloud metadata (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.core.fetch import Fetcher, link_local_refusal
from newsreader.core.types import FetchKind, Validators
from tests.e2e.test_cli import cli
from tests.support.httpserver import Reply, TestServer

UA = "Newsreader-test/1"


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.1.1:8080/feed.xml",
        "http://[fe80::1]/feed.xml",
        "http://[::ffff:169.254.169.254]/feed.xml",
    ],
)
def test_a_link_local_feed_url_is_refused_before_any_connection(url: str) -> None:
    # A proxy on a closed loopback port: were the address not refused first, the fetch would
    # fail as a proxy error here and still send nothing past 127.0.0.1.
    fetcher = Fetcher(UA, proxies={"http": "http://127.0.0.1:9", "https": "http://127.0.0.1:9"})
    result = fetcher.fetch_feed(url, Validators(), None)
    assert result.kind is FetchKind.ERROR
    assert result.error is not None and "link-local" in result.error


def test_a_redirect_to_a_link_local_address_is_refused(http_server: TestServer) -> None:
    http_server.routes["/feed.xml"] = Reply(
        302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    result = Fetcher(UA).fetch_feed(http_server.url("/feed.xml"), Validators(), None)
    assert result.kind is FetchKind.ERROR
    assert result.error is not None and "link-local" in result.error


def test_loopback_and_public_addresses_stay_allowed() -> None:
    assert link_local_refusal("127.0.0.1") is None
    assert link_local_refusal("example.org", "93.184.215.14") is None
    assert link_local_refusal("feeds.example", "169.254.169.254") is not None  # DNS to metadata


def test_add_refuses_a_link_local_address_with_one_clear_line(tmp_path: Path) -> None:
    done = cli(tmp_path / "profile", "add", "http://169.254.169.254/latest/meta-data/")
    assert done.returncode == 1
    assert "link-local" in done.stderr and done.stderr.count("\n") == 1
