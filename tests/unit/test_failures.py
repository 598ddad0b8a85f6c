"""Failure kinds are data (issue 13): each kind comes from a real fetch, one function words it.

Every kind below is produced by a real request: against the loopback server, a closed port, a
socket that never answers, a name that does not resolve, or an address refused by rule.
Nothing is mocked.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from newsreader.core.errors import FetchError
from newsreader.core.failures import (
    RETRY_LATER,
    UNREACHABLE,
    failure_line,
    fetch_error,
    needs_credentials,
    network_down,
    retry_later,
    status_line,
    unreachable,
)
from newsreader.core.fetch import Fetcher, FetchLimits, user_agent
from newsreader.core.types import (
    FeedStatus,
    FetchFailure,
    FetchKind,
    FetchResult,
    RefreshSummary,
    Validators,
)
from newsreader.update.images import FEED_ADDRESS_UNKNOWN, fetch_for_feed
from tests.support.httpserver import Reply, TestServer

FEED = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"


@pytest.fixture(scope="module")
def server() -> Iterator[TestServer]:
    with TestServer() as running:
        yield running


def fetcher(**limits: float) -> Fetcher:
    base = {"connect_timeout": 2.0, "read_timeout": 2.0, "total_deadline": 3.0}
    return Fetcher(user_agent("9.9.9"), FetchLimits(**{**base, **limits}))  # type: ignore[arg-type]


def feed(url: str, **limits: float) -> FetchResult:
    return fetcher(**limits).fetch_feed(url, Validators(), None)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- each kind, from a real fetch -----------------------------------------------------------


def test_a_working_fetch_has_no_failure(server: TestServer) -> None:
    server.routes["/ok.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    result = feed(server.url("/ok.xml"))
    assert result.kind is FetchKind.OK and result.failure is None


@pytest.mark.parametrize(
    ("status", "kind", "line"),
    [
        (404, FetchKind.ERROR, "not found (HTTP 404)"),
        (401, FetchKind.ERROR, "authentication required (HTTP 401)"),
        (500, FetchKind.ERROR, "server error (HTTP 500)"),
        (410, FetchKind.GONE, "gone (HTTP 410)"),
    ],
)
def test_an_error_status_is_http(
    server: TestServer, status: int, kind: FetchKind, line: str
) -> None:
    server.routes[f"/s{status}"] = Reply(status, b"no", {})
    result = feed(server.url(f"/s{status}"))
    assert (result.kind, result.failure, result.status) == (kind, FetchFailure.HTTP, status)
    assert failure_line(result) == line


def test_a_closed_port_is_connect() -> None:
    result = feed(f"http://127.0.0.1:{closed_port()}/feed.xml")
    assert result.failure is FetchFailure.CONNECT and result.status is None
    assert failure_line(result) == "connection refused"


def test_a_name_that_does_not_resolve_is_dns() -> None:
    result = feed("http://no-such-host.invalid/feed.xml")
    assert result.failure is FetchFailure.DNS
    assert failure_line(result) == "host not found"


def test_a_server_that_never_answers_is_timeout() -> None:
    with socket.socket() as silent:  # the kernel completes the handshake; nobody answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        result = feed(f"http://127.0.0.1:{port}/feed.xml", read_timeout=0.3)
    assert result.failure is FetchFailure.TIMEOUT
    assert failure_line(result) == "no response (timed out)"


def test_a_drip_past_the_deadline_is_timeout(server: TestServer) -> None:
    server.routes["/drip.xml"] = Reply(200, iter([b"<rss>"] * 10), {}, chunk_delay=0.3)
    result = feed(server.url("/drip.xml"), total_deadline=0.8)
    assert result.failure is FetchFailure.TIMEOUT
    assert failure_line(result).startswith("too slow")


def test_a_body_over_the_limit_is_too_large(server: TestServer) -> None:
    server.routes["/big.xml"] = Reply(200, b"x" * 4096, {})
    result = feed(server.url("/big.xml"), max_bytes=1024)
    assert result.failure is FetchFailure.TOO_LARGE
    assert failure_line(result).startswith("too large")


def test_a_link_local_feed_is_a_refused_address(server: TestServer) -> None:
    result = feed("http://169.254.169.254/latest/meta-data/")
    assert result.failure is FetchFailure.REFUSED_ADDRESS
    assert "link-local" in failure_line(result)


def test_a_redirect_the_guard_refuses_is_a_refused_address(server: TestServer) -> None:
    server.routes["/hop"] = Reply(302, b"", {"Location": "http://169.254.169.254/"})
    result = feed(server.url("/hop"))
    assert result.failure is FetchFailure.REFUSED_ADDRESS
    assert server.requests_to("/hop")  # the hop was asked, the target never


def test_a_peer_the_guard_refuses_is_a_refused_address(server: TestServer) -> None:
    server.routes["/img"] = Reply(200, b"GIF89a", {})
    result = fetcher().fetch_bytes(
        server.url("/img"), accept="image/*", peer_guard=lambda _host, _address: "refused: no"
    )
    assert result.failure is FetchFailure.REFUSED_ADDRESS
    assert failure_line(result) == "refused: no"


def test_a_private_name_nothing_vouches_for_is_address_unknown(server: TestServer) -> None:
    origin = f"http://localhost:{server.port}"
    result = fetch_for_feed(
        fetcher(), f"{origin}/img.png", f"{origin}/feed.xml", accept="image/*", max_bytes=1 << 20
    )
    assert result.failure is FetchFailure.ADDRESS_UNKNOWN
    assert failure_line(result) == FEED_ADDRESS_UNKNOWN


def test_a_redirect_loop_is_redirect(server: TestServer) -> None:
    server.routes["/loop"] = Reply(302, b"", {"Location": "/loop"})
    result = feed(server.url("/loop"))
    assert result.failure is FetchFailure.REDIRECT
    assert failure_line(result).startswith("too many redirects")


def test_a_redirect_without_location_is_redirect(server: TestServer) -> None:
    server.routes["/nowhere"] = Reply(302, b"", {})
    assert feed(server.url("/nowhere")).failure is FetchFailure.REDIRECT


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/feed.xml", "http://[::1/feed.xml"])
def test_an_unusable_url_is_invalid_url(url: str) -> None:
    result = feed(url)  # never raises, not even where urlsplit does
    assert result.failure is FetchFailure.INVALID_URL
    assert failure_line(result) == "invalid URL"


def test_tls_to_a_plain_http_server_is_network(server: TestServer) -> None:
    result = feed(f"https://127.0.0.1:{server.port}/feed.xml")
    assert result.failure is FetchFailure.NETWORK
    assert failure_line(result).startswith("TLS error")


def test_a_dead_proxy_is_proxy(server: TestServer) -> None:
    dead = {"http": f"http://127.0.0.1:{closed_port()}"}
    result = Fetcher(user_agent("9.9.9"), proxies=dead).fetch_feed(
        server.url("/ok.xml"), Validators(), None
    )
    assert result.failure is FetchFailure.PROXY
    assert failure_line(result).startswith("proxy error")


def test_an_unexpected_exception_is_internal_and_never_raises(server: TestServer) -> None:
    # A stored validator requests will not send: not a network failure, a bug to look at.
    result = fetcher().fetch_feed(server.url("/ok.xml"), Validators(etag="a\nb"), None)
    assert result.failure is FetchFailure.INTERNAL
    assert failure_line(result) == "fetch failed (InvalidHeader)"


# -- what each kind means ---------------------------------------------------------------------


def test_only_the_servers_answer_a_size_cap_or_a_rule_is_final() -> None:
    final = {FetchFailure.HTTP, FetchFailure.TOO_LARGE, FetchFailure.REFUSED_ADDRESS}
    assert set(FetchFailure) - RETRY_LATER == final
    assert retry_later(FetchFailure.ADDRESS_UNKNOWN) and retry_later(FetchFailure.DNS)
    assert not retry_later(FetchFailure.HTTP) and not retry_later(None)


def test_unreachable_means_the_site_could_not_be_reached() -> None:
    assert {FetchFailure.DNS, FetchFailure.CONNECT, FetchFailure.PROXY} == UNREACHABLE
    assert unreachable(FetchFailure.CONNECT) and not unreachable(FetchFailure.TIMEOUT)
    assert not unreachable(None)


def test_network_down_reads_the_kinds_not_the_texts() -> None:
    errors = (("http://a.example/", "anything"), ("http://b.example/", "at all"))
    down = RefreshSummary(
        feeds=2, failed=2, errors=errors, failures=(FetchFailure.CONNECT, FetchFailure.DNS)
    )
    assert network_down(down)
    server = RefreshSummary(
        feeds=2, failed=2, errors=errors, failures=(FetchFailure.CONNECT, FetchFailure.HTTP)
    )
    assert not network_down(server)
    some = RefreshSummary(
        feeds=3, failed=2, errors=errors, failures=(FetchFailure.CONNECT, FetchFailure.DNS)
    )
    assert not network_down(some)
    assert not network_down(RefreshSummary())


def test_needs_credentials_is_401_or_403() -> None:
    assert needs_credentials(401) and needs_credentials(403)
    assert not needs_credentials(404) and not needs_credentials(None)


# -- the one line ---------------------------------------------------------------------------------


def result(**fields: object) -> FetchResult:
    return FetchResult(FetchKind.ERROR, "http://x.example/f", "http://x.example/f", **fields)  # type: ignore[arg-type]


def test_the_line_is_the_fetchers_own_detail_when_it_wrote_one() -> None:
    assert failure_line(result(error="connection refused")) == "connection refused"


def test_without_a_detail_the_status_or_the_kind_is_worded() -> None:
    assert failure_line(result(status=503)) == "server error (HTTP 503)"
    assert failure_line(result(failure=FetchFailure.DNS)) == "host not found"
    assert failure_line(result()) == "fetch failed"
    for kind in FetchFailure:
        line = failure_line(result(failure=kind))
        assert line and "\n" not in line


def test_a_result_left_without_a_kind_gets_one() -> None:
    assert result(status=500).failure is FetchFailure.HTTP
    assert result(error="?").failure is FetchFailure.INTERNAL
    ok = FetchResult(FetchKind.OK, "http://x.example/f", "http://x.example/f", status=200)
    assert ok.failure is None


def test_a_polled_feed_hears_what_happens_to_its_polling() -> None:
    gone = FetchResult(FetchKind.GONE, "u", "u", status=410, error="gone (HTTP 410)")
    assert failure_line(gone) == "gone (HTTP 410)"
    assert failure_line(gone, FeedStatus.GONE) == (
        "410 Gone: the publisher removed this feed; polling stopped"
    )
    denied = result(status=401, error="authentication required (HTTP 401)")
    assert failure_line(denied, FeedStatus.AUTH) == (
        "401 Unauthorized: check the user name and password; polling paused"
    )
    forbidden = result(status=403)
    assert failure_line(forbidden, FeedStatus.AUTH).startswith("403 Forbidden: ")
    assert failure_line(denied, FeedStatus.ERROR) == "authentication required (HTTP 401)"


@pytest.mark.parametrize(
    ("status", "reason", "line"),
    [
        (404, "Not Found", "not found (HTTP 404)"),
        (429, "", "too many requests (HTTP 429)"),
        (418, "I'm a Teapot\r\n", "HTTP 418 I'm a Teapot"),
        (502, "", "server error (HTTP 502)"),
        (302, "", "unexpected HTTP status 302"),
    ],
)
def test_status_lines(status: int, reason: str, line: str) -> None:
    assert status_line(status, reason) == line


def test_fetch_error_carries_the_kind_and_status_and_no_secret() -> None:
    exc = fetch_error(
        "https://alice:hunter2@x.example/f?token=s3cret",
        result(status=401, error="authentication required (HTTP 401)"),
    )
    assert isinstance(exc, FetchError)
    assert (exc.failure, exc.status) == (FetchFailure.HTTP, 401)
    assert str(exc).startswith("could not fetch ") and str(exc).endswith("(HTTP 401)")
    assert "hunter2" not in str(exc) and "s3cret" not in str(exc)
