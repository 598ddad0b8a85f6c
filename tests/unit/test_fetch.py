"""The fetcher against a real HTTP server on 127.0.0.1: conditional GET, redirects, limits, auth."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import socket
import ssl
import subprocess
import threading
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from newsreader.core.fetch import Fetcher, FetchLimits, _may_send_auth, body_hash, user_agent
from newsreader.core.types import FetchKind, FetchResult, Validators
from tests.support.httpserver import Reply, Request, TestServer
from tests.support.socks5 import Connect, Socks5Proxy

UA = user_agent("9.9.9")
MB = 1024 * 1024
FEED = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}


@pytest.fixture(scope="module")
def _module_server() -> Iterator[TestServer]:
    with TestServer() as server:
        yield server


@pytest.fixture
def http_server(_module_server: TestServer) -> TestServer:
    """One server for the module (stopping one costs half a second), clean for each test."""
    _module_server.routes.clear()
    _module_server.log.clear()
    return _module_server


def fetcher(**limits: float) -> Fetcher:
    return Fetcher(UA, FetchLimits(**limits))  # type: ignore[arg-type]


def fetch(url: str, **limits: float) -> FetchResult:
    return fetcher(**limits).fetch_feed(url, Validators(), None)


# -- basics and headers --------------------------------------------------------------------


def test_user_agent_names_the_app_and_version() -> None:
    assert UA.startswith("Newsreader/9.9.9 (")
    assert "python-requests" in UA


def test_body_hash_is_sha256_hex() -> None:
    assert body_hash(b"abc") == hashlib.sha256(b"abc").hexdigest()


def test_ok_returns_body_validators_and_headers_sent(http_server: TestServer) -> None:
    http_server.routes["/feed"] = Reply(
        200,
        FEED,
        {**RSS, "ETag": 'W/"v1-ümlaut"'.encode().decode("latin-1"), "Last-Modified": "x y z"},
    )
    result = fetcher().fetch_feed(http_server.url("/feed"), Validators(), None)
    assert result.kind is FetchKind.OK, result.error
    assert result.status == 200
    assert result.body == FEED
    assert result.content_type == RSS["Content-Type"]
    assert result.validators == Validators('W/"v1-ümlaut"'.encode().decode("latin-1"), "x y z")
    assert result.final_url == result.requested_url == http_server.url("/feed")
    assert result.permanent_url is None
    assert result.elapsed > 0
    [sent] = http_server.requests_to("/feed")
    assert sent.headers["User-Agent"] == UA
    assert sent.headers["Accept"].startswith("application/atom+xml, application/rss+xml")
    assert sent.headers["Accept-Encoding"] == "gzip, deflate"
    for absent in ("If-None-Match", "If-Modified-Since", "Referer", "Cookie", "Authorization"):
        assert absent not in sent.headers


def test_conditional_get_sends_validators_verbatim_and_304_keeps_them(
    http_server: TestServer,
) -> None:
    old = Validators(etag='"abc" , W/"odd"', last_modified="Tue, 01 Jan 2030 00:00:00 GMT")
    http_server.routes["/feed"] = Reply(
        304,
        b"",
        {"ETag": '"different"', "Cache-Control": "max-age=600", "Expires": "e"},
    )
    result = fetcher().fetch_feed(http_server.url("/feed"), old, "somehash")
    assert result.kind is FetchKind.NOT_MODIFIED
    assert result.status == 304
    assert result.validators == old
    assert result.body is None
    assert (result.hints.cache_control, result.hints.expires) == ("max-age=600", "e")
    assert result.hints.date is not None  # the server's own Date header
    [sent] = http_server.requests_to("/feed")
    assert sent.headers["If-None-Match"] == old.etag
    assert sent.headers["If-Modified-Since"] == old.last_modified


def test_unchanged_body_hash_is_not_modified_with_new_validators(http_server: TestServer) -> None:
    http_server.routes["/feed"] = Reply(200, FEED, {**RSS, "ETag": '"new"'})
    result = fetcher().fetch_feed(http_server.url("/feed"), Validators('"old"'), body_hash(FEED))
    assert result.kind is FetchKind.NOT_MODIFIED
    assert result.status == 200
    assert result.validators == Validators('"new"', None)
    assert result.body is None


def test_changed_body_hash_is_ok(http_server: TestServer) -> None:
    http_server.routes["/feed"] = Reply(200, FEED, RSS)
    result = fetcher().fetch_feed(http_server.url("/feed"), Validators(), body_hash(b"older"))
    assert result.kind is FetchKind.OK
    assert result.body == FEED


# -- statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind", "error"),
    [
        (410, FetchKind.GONE, "gone (HTTP 410)"),
        (401, FetchKind.ERROR, "authentication required (HTTP 401)"),
        (403, FetchKind.ERROR, "access forbidden (HTTP 403)"),
        (404, FetchKind.ERROR, "not found (HTTP 404)"),
        (418, FetchKind.ERROR, "HTTP 418 I'm a Teapot"),
        (500, FetchKind.ERROR, "server error (HTTP 500)"),
        (204, FetchKind.OK, None),
    ],
)
def test_status_mapping(
    http_server: TestServer, status: int, kind: FetchKind, error: str | None
) -> None:
    http_server.routes["/feed"] = Reply(status, b"" if status == 204 else b"nope")
    result = fetch(http_server.url("/feed"))
    assert (result.kind, result.status, result.error) == (kind, status, error)


@pytest.mark.parametrize("status", [429, 503])
def test_rate_limit_hints_are_returned_raw(http_server: TestServer, status: int) -> None:
    http_server.routes["/feed"] = Reply(status, b"slow down", {"Retry-After": "120"})
    result = fetcher().fetch_feed(http_server.url("/feed"), Validators(), None)
    assert result.kind is FetchKind.ERROR
    assert result.status == status
    assert result.hints.retry_after == "120"
    assert result.hints.date is not None


# -- redirects -----------------------------------------------------------------------------


def chain_route(server: TestServer, statuses: list[int], final: Reply) -> str:
    """/hop?i=N answers statuses[N] pointing at hop N+1, then `final`."""

    def hop(req: Request) -> Reply:
        i = int(parse_qs(urlsplit(req.path).query).get("i", ["0"])[0])
        if i < len(statuses):
            return Reply(statuses[i], b"moved", {"Location": f"/hop?i={i + 1}"})
        return final

    server.routes["/hop"] = hop
    return server.url("/hop?i=0")


def test_all_permanent_redirects_report_the_new_url(http_server: TestServer) -> None:
    url = chain_route(http_server, [301, 308, 301], Reply(200, FEED, RSS))
    result = fetch(url)
    assert result.kind is FetchKind.OK
    assert result.final_url == http_server.url("/hop?i=3")
    assert result.permanent_url == http_server.url("/hop?i=3")


@pytest.mark.parametrize("temporary", [302, 303, 307])
def test_one_temporary_hop_means_no_move(http_server: TestServer, temporary: int) -> None:
    url = chain_route(http_server, [301, temporary, 308], Reply(200, FEED, RSS))
    result = fetch(url)
    assert result.kind is FetchKind.OK
    assert result.final_url == http_server.url("/hop?i=3")
    assert result.permanent_url is None


def test_permanent_redirect_to_an_error_is_not_a_move(http_server: TestServer) -> None:
    url = chain_route(http_server, [301], Reply(404, b"no"))
    result = fetch(url)
    assert (result.kind, result.permanent_url) == (FetchKind.ERROR, None)


def test_redirect_limit_allows_exactly_max(http_server: TestServer) -> None:
    url = chain_route(http_server, [302] * 3, Reply(200, FEED, RSS))
    assert fetch(url, max_redirects=3).kind is FetchKind.OK


def test_one_redirect_too_many_is_an_error(http_server: TestServer) -> None:
    url = chain_route(http_server, [301] * 11, Reply(200, FEED, RSS))
    result = fetch(url)
    assert result.kind is FetchKind.ERROR
    assert result.error == "too many redirects (more than 10)"
    assert len(http_server.requests_to("/hop")) == 11


@pytest.mark.parametrize(
    "location", ["file:///etc/passwd", "javascript:alert(1)", "ftp://x.example/feed"]
)
def test_redirect_to_non_web_address_is_refused(http_server: TestServer, location: str) -> None:
    http_server.routes["/feed"] = Reply(301, b"", {"Location": location})
    result = fetch(http_server.url("/feed"))
    assert result.kind is FetchKind.ERROR
    assert (result.error or "").startswith("redirect to a non-web address")


def test_redirect_without_location_is_an_error(http_server: TestServer) -> None:
    http_server.routes["/feed"] = Reply(302, b"")
    assert fetch(http_server.url("/feed")).error == "redirect (HTTP 302) without a Location"


# -- size limits ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """~1 MB of gzip that inflates to 1 GiB of zeros (16 members of 64 MiB, valid gzip)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MB)
    member = b"".join([packer.compress(block) for _ in range(64)] + [packer.flush()])
    return member * 16


def test_gzip_and_deflate_are_decoded(http_server: TestServer) -> None:
    http_server.routes["/gz"] = Reply(200, gzip.compress(FEED), {"Content-Encoding": "gzip"})
    http_server.routes["/df"] = Reply(200, zlib.compress(FEED), {"Content-Encoding": "deflate"})
    assert fetch(http_server.url("/gz")).body == FEED
    assert fetch(http_server.url("/df")).body == FEED


def test_gzip_bomb_stops_at_the_decoded_cap(http_server: TestServer, gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 2 * MB
    chunks = [gzip_bomb[i : i + 65536] for i in range(0, len(gzip_bomb), 65536)]
    # Streamed without Content-Length, so only the decoded count can stop it.
    http_server.routes["/bomb"] = Reply(200, iter(chunks), {"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        result = fetch(http_server.url("/bomb"), max_bytes=MB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.kind is FetchKind.ERROR
    assert result.error == "too large (more than 1 MB)"
    assert peak < 32 * MB


def test_plain_body_over_the_cap_is_refused(http_server: TestServer) -> None:
    http_server.routes["/big"] = Reply(200, iter([b"x" * 65536] * 40))
    result = fetch(http_server.url("/big"), max_bytes=MB)
    assert result.error == "too large (more than 1 MB)"


def test_declared_length_over_the_cap_is_refused(http_server: TestServer) -> None:
    http_server.routes["/big"] = Reply(200, b"x" * (2 * MB))
    result = fetch(http_server.url("/big"), max_bytes=MB)
    assert result.error == "too large (more than 1 MB)"


def test_body_exactly_at_the_cap_is_fine(http_server: TestServer) -> None:
    http_server.routes["/edge"] = Reply(200, iter([b"y" * 65536] * 16))
    assert fetch(http_server.url("/edge"), max_bytes=MB).body == b"y" * MB


# -- time limits ---------------------------------------------------------------------------


def counting_drip(sent: list[int], count: int = 300) -> Iterator[bytes]:
    """One byte at a time; `sent` grows as the server gets each one out."""
    for n in range(count):
        sent.append(n)
        yield b"<"


def test_body_drip_is_cut_at_the_deadline(http_server: TestServer) -> None:
    # Each byte restarts requests' read timeout; only the wall-clock deadline stops this. Had
    # the watchdog not cut the socket, the read would end only with the 300th byte (30 s).
    sent: list[int] = []
    http_server.routes["/drip"] = Reply(200, counting_drip(sent), chunk_delay=0.1)
    result = fetch(http_server.url("/drip"), total_deadline=1.5, read_timeout=5)
    assert result.kind is FetchKind.ERROR
    assert result.error == "too slow: no complete response within 1.5 s"
    assert len(sent) < 150


Behaviour = Callable[[socket.socket], object]


class RawServer:
    """A socket server that answers each connection with `behave(conn)`, for header drips."""

    def __init__(self, behave: Behaviour) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(4)
        self.port = self._listener.getsockname()[1]
        self._behave = behave
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):  # the client hung up, as it should
            self._behave(conn)

    def close(self) -> None:
        self._listener.close()


MakeServer = Callable[[Behaviour], RawServer]


@pytest.fixture
def raw_server() -> Iterator[MakeServer]:
    servers: list[RawServer] = []

    def make(behave: Behaviour) -> RawServer:
        server = RawServer(behave)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


def test_header_drip_is_cut_at_the_deadline(raw_server: MakeServer) -> None:
    stop = threading.Event()

    def drip_headers(conn: socket.socket) -> None:
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        while not stop.wait(0.1):
            conn.sendall(b"X")

    server = raw_server(drip_headers)
    try:
        result = fetch(f"http://127.0.0.1:{server.port}/", total_deadline=1.5, read_timeout=5)
    finally:
        stop.set()
    assert result.error == "too slow: no complete response within 1.5 s"


def test_silent_server_is_cut_at_the_deadline(raw_server: MakeServer) -> None:
    stop = threading.Event()
    server = raw_server(lambda conn: stop.wait(30))
    try:
        result = fetch(f"http://127.0.0.1:{server.port}/", total_deadline=1.0, read_timeout=30)
    finally:
        stop.set()
    assert result.error == "too slow: no complete response within 1 s"


def test_read_timeout_still_applies_inside_the_deadline(
    raw_server: MakeServer,
) -> None:
    stop = threading.Event()
    server = raw_server(lambda conn: stop.wait(30))
    try:
        result = fetch(f"http://127.0.0.1:{server.port}/", total_deadline=30, read_timeout=0.5)
    finally:
        stop.set()
    assert result.error == "no response (timed out)"


# -- network errors ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused_is_one_line_without_credentials() -> None:
    url = f"http://alice:hunter2@127.0.0.1:{free_port()}/feed?token=abc"
    result = fetch(url)
    assert result.kind is FetchKind.ERROR
    assert result.error == "connection refused"
    assert result.final_url == f"http://127.0.0.1:{url.split(':')[3]}"


def test_logs_never_carry_credentials(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="newsreader")
    fetch(f"http://alice:hunter2@127.0.0.1:{free_port()}/feed?api_key=k3y&page=2")
    assert "connection refused" in caplog.text
    assert "page=2" in caplog.text
    for secret in ("alice", "hunter2", "k3y"):
        assert secret not in caplog.text


def test_unknown_host() -> None:
    assert fetch("http://no-such-host.invalid/feed").error == "host not found"


def test_connection_reset(raw_server: MakeServer) -> None:
    def reset(conn: socket.socket) -> None:
        conn.recv(4096)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")

    server = raw_server(reset)
    result = fetch(f"http://127.0.0.1:{server.port}/")
    assert result.kind is FetchKind.ERROR
    assert result.error in ("connection reset by the server", "connection failed")


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def test_untrusted_certificate_is_refused(
    raw_server: MakeServer, self_signed: tuple[Path, Path]
) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed)

    def tls(conn: socket.socket) -> None:
        with context.wrap_socket(conn, server_side=True) as secure:
            secure.recv(4096)
            secure.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")

    server = raw_server(tls)
    result = fetch(f"https://user:pw@127.0.0.1:{server.port}/feed")
    assert result.kind is FetchKind.ERROR
    assert result.error == "TLS error: certificate not trusted"


def test_garbage_response_is_an_error(raw_server: MakeServer) -> None:
    def garbage(conn: socket.socket) -> None:
        conn.recv(4096)
        conn.sendall(b"this is not http\r\n\r\n")

    server = raw_server(garbage)
    result = fetch(f"http://127.0.0.1:{server.port}/")
    assert result.kind is FetchKind.ERROR
    assert result.error
    assert "\n" not in result.error


# -- privacy: cookies, environment, auth ---------------------------------------------------


def test_cookies_are_never_sent_back(http_server: TestServer) -> None:
    http_server.routes["/login"] = Reply(
        302, b"", {"Set-Cookie": "session=s3cret; Path=/", "Location": "/feed"}
    )
    http_server.routes["/feed"] = Reply(200, FEED, {**RSS, "Set-Cookie": "track=1; Path=/"})
    shared = fetcher()
    shared.fetch_feed(http_server.url("/login"), Validators(), None)
    shared.fetch_feed(http_server.url("/feed"), Validators(), None)
    assert len(http_server.requests_to("/feed")) == 2
    assert all("Cookie" not in r.headers for r in http_server.log)


def test_environment_proxy_and_netrc_are_ignored(
    http_server: TestServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login envuser password envpass\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{free_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    http_server.routes["/feed"] = Reply(200, FEED, RSS)
    result = fetch(http_server.url("/feed"))
    assert result.kind is FetchKind.OK, result.error
    assert "Authorization" not in http_server.requests_to("/feed")[0].headers


def test_constructor_proxy_is_used(http_server: TestServer) -> None:
    # A proxy receives the absolute URL as the request target.
    http_server.routes["http://feeds.example/rss"] = Reply(200, FEED, RSS)
    proxied = Fetcher(UA, proxies={"http": http_server.url("")})
    result = proxied.fetch_feed("http://feeds.example/rss", Validators(), None)
    assert result.kind is FetchKind.OK, result.error
    assert result.body == FEED


def test_socks5_proxy_carries_the_fetch_and_resolves_the_name(http_server: TestServer) -> None:
    # socks5h: the proxy, not this machine, looks the host name up (what Tor users need).
    http_server.routes["/feed"] = Reply(200, FEED, RSS)
    url = f"http://localhost:{http_server.port}/feed"
    with Socks5Proxy() as proxy:
        proxied = Fetcher(UA, proxies={"http": proxy.url, "https": proxy.url})
        result = proxied.fetch_feed(url, Validators(), None)
        again = proxied.fetch_feed(url, Validators(), None)  # kept alive through the tunnel
    assert result.kind is FetchKind.OK, result.error
    assert result.body == FEED and again.body == FEED
    assert proxy.log[0] == Connect("name", "localhost", http_server.port)
    assert len(http_server.requests_to("/feed")) == 2


def test_a_drip_through_a_socks_proxy_is_cut_at_the_deadline(http_server: TestServer) -> None:
    # The tunnel's socket is under the deadline too. Without that, the read would return only
    # when the server had sent all 300 bytes (30 s), and the fetch would fail just as late.
    sent: list[int] = []
    http_server.routes["/drip"] = Reply(200, counting_drip(sent), chunk_delay=0.1)
    with Socks5Proxy() as proxy:
        proxied = Fetcher(
            UA, FetchLimits(total_deadline=1.5, read_timeout=5), proxies={"http": proxy.url}
        )
        result = proxied.fetch_feed(http_server.url("/drip"), Validators(), None)
        cut_after = len(sent)
    assert result.kind is FetchKind.ERROR
    assert result.error == "too slow: no complete response within 1.5 s"
    assert cut_after < 150


def test_a_dead_socks_proxy_is_a_clear_error(http_server: TestServer) -> None:
    http_server.routes["/feed"] = Reply(200, FEED, RSS)
    dead = f"socks5h://127.0.0.1:{free_port()}"
    result = Fetcher(UA, proxies={"http": dead}).fetch_feed(
        http_server.url("/feed"), Validators(), None
    )
    assert result.kind is FetchKind.ERROR
    assert result.error == "proxy error: the proxy refused or could not be reached"
    assert http_server.log == []


def test_peer_guard_sees_the_address_really_connected_to(http_server: TestServer) -> None:
    # Checked on the socket after connecting and before any request: a name that resolved to
    # a public address when it was checked cannot land on a private one (DNS rebinding).
    http_server.routes["/img"] = Reply(200, b"GIF89a", {"Content-Type": "image/gif"})
    seen: list[tuple[str, str]] = []

    def refuse_loopback(host: str, address: str) -> str | None:
        seen.append((host, address))
        return "refused: private or local address" if address == "127.0.0.1" else None

    url = f"http://localhost:{http_server.port}/img"
    result = fetcher().fetch_bytes(url, accept="image/*", peer_guard=refuse_loopback)
    assert result.kind is FetchKind.ERROR
    assert result.error == "refused: private or local address"
    assert seen == [("localhost", "127.0.0.1")]
    assert http_server.log == []  # connected, refused, closed: no request went out
    allowed = fetcher().fetch_bytes(url, accept="image/*", peer_guard=lambda _h, _a: None)
    assert allowed.body == b"GIF89a"


def test_peer_guard_leaves_a_configured_proxy_alone(http_server: TestServer) -> None:
    # Through a proxy the peer is the proxy, which the user chose; it resolves the names.
    http_server.routes["/img"] = Reply(200, b"GIF89a", {"Content-Type": "image/gif"})
    with Socks5Proxy() as proxy:
        proxied = Fetcher(UA, proxies={"http": proxy.url})
        result = proxied.fetch_bytes(
            http_server.url("/img"), accept="image/*", peer_guard=lambda _h, _a: "refused"
        )
    assert result.body == b"GIF89a"


def test_basic_auth_goes_to_the_feed_host_only(http_server: TestServer) -> None:
    # 127.0.0.1 and localhost are different hosts to the fetcher, though the same server.
    http_server.routes["/private"] = Reply(301, b"", {"Location": http_server.url("/same-host")})
    http_server.routes["/same-host"] = Reply(
        302, b"", {"Location": f"http://localhost:{http_server.port}/elsewhere"}
    )
    http_server.routes["/elsewhere"] = Reply(200, FEED, RSS)
    result = fetcher().fetch_feed(
        http_server.url("/private"), Validators(), None, auth=("alice", "pw")
    )
    assert result.kind is FetchKind.OK, result.error
    expected = "Basic YWxpY2U6cHc="
    assert http_server.requests_to("/private")[0].headers["Authorization"] == expected
    assert http_server.requests_to("/same-host")[0].headers["Authorization"] == expected
    assert "Authorization" not in http_server.requests_to("/elsewhere")[0].headers


@pytest.mark.parametrize(
    ("home", "target", "allowed"),
    [
        ("https://a.example/feed", "https://a.example/other", True),
        ("https://a.example/feed", "https://a.example:443/x", True),
        ("http://a.example/feed", "https://a.example/feed", True),  # upgrade keeps auth
        ("https://a.example/feed", "http://a.example/feed", False),  # downgrade never
        ("https://a.example/feed", "https://a.example:8443/feed", False),
        ("https://a.example/feed", "https://b.example/feed", False),
        ("https://a.example/feed", "https://evil.a.example/feed", False),
    ],
)
def test_auth_scope(home: str, target: str, allowed: bool) -> None:
    assert _may_send_auth(home, target) is allowed


def test_credentials_in_the_url_become_auth(http_server: TestServer) -> None:
    http_server.routes["/feed"] = Reply(200, FEED, RSS)
    url = f"http://alice:pw@127.0.0.1:{http_server.port}/feed"
    result = fetch(url)
    assert result.kind is FetchKind.OK
    assert http_server.requests_to("/feed")[0].headers["Authorization"] == "Basic YWxpY2U6cHc="


def digest_route(user: str, password: str) -> object:
    realm, nonce = "feeds", "n0nce"

    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()  # Digest's own algorithm

    def handle(req: Request) -> Reply:
        challenge = {"WWW-Authenticate": f'Digest realm="{realm}", nonce="{nonce}", qop="auth"'}
        header = req.headers.get("Authorization", "")
        if not header.startswith("Digest "):
            return Reply(401, b"who are you", challenge)
        fields = dict(part.strip().split("=", 1) for part in header[len("Digest ") :].split(","))
        f = {k: v.strip('"') for k, v in fields.items()}
        ha1 = md5(f"{user}:{realm}:{password}")
        ha2 = md5(f"GET:{f['uri']}")
        expected = md5(f"{ha1}:{nonce}:{f['nc']}:{f['cnonce']}:auth:{ha2}")
        if f.get("response") != expected:
            return Reply(401, b"wrong", challenge)
        return Reply(200, FEED, RSS)

    return handle


def test_digest_auth_answers_the_challenge(http_server: TestServer) -> None:
    http_server.routes["/digest"] = digest_route("alice", "pw")  # type: ignore[assignment]
    result = fetcher().fetch_feed(
        http_server.url("/digest"), Validators(), None, auth=("alice", "pw")
    )
    assert result.kind is FetchKind.OK, result.error
    assert len(http_server.requests_to("/digest")) == 2


def test_wrong_digest_password_is_401_not_a_loop(http_server: TestServer) -> None:
    http_server.routes["/digest"] = digest_route("alice", "pw")  # type: ignore[assignment]
    result = fetcher().fetch_feed(
        http_server.url("/digest"), Validators(), None, auth=("alice", "nope")
    )
    assert (result.kind, result.status) == (FetchKind.ERROR, 401)
    assert len(http_server.requests_to("/digest")) == 2


# -- fetch_bytes and sharing -----------------------------------------------------------------


def test_fetch_bytes_sends_accept_and_nothing_private(http_server: TestServer) -> None:
    http_server.routes["/img.png"] = Reply(200, b"\x89PNG....", {"Content-Type": "image/png"})
    result = fetcher().fetch_bytes(http_server.url("/img.png"), accept="image/*")
    assert result.kind is FetchKind.OK
    assert (result.body, result.content_type) == (b"\x89PNG....", "image/png")
    [sent] = http_server.requests_to("/img.png")
    assert sent.headers["Accept"] == "image/*"
    for absent in ("Referer", "Cookie", "Authorization", "If-None-Match"):
        assert absent not in sent.headers


def test_fetch_bytes_has_its_own_cap(http_server: TestServer) -> None:
    http_server.routes["/page"] = Reply(200, b"z" * 4096)
    result = fetcher().fetch_bytes(http_server.url("/page"), accept="text/html", max_bytes=1024)
    assert result.error == "too large (more than 0.000976562 MB)"


def test_one_fetcher_shared_by_threads(http_server: TestServer) -> None:
    for i in range(8):
        http_server.routes[f"/f{i}"] = Reply(200, f"body {i}".encode(), {"ETag": f'"{i}"'})
    shared = fetcher()
    with ThreadPoolExecutor(4) as pool:
        results = list(
            pool.map(
                lambda i: shared.fetch_feed(http_server.url(f"/f{i}"), Validators(), None),
                range(8),
            )
        )
    assert [r.body for r in results] == [f"body {i}".encode() for i in range(8)]
    assert [r.validators.etag for r in results] == [f'"{i}"' for i in range(8)]


def test_a_thread_reuses_its_connection_and_each_fetch_keeps_its_own_deadline(
    http_server: TestServer,
) -> None:
    http_server.routes["/a.xml"] = Reply(200, b"<rss/>", {"Content-Type": "application/rss+xml"})

    def drip(_: object) -> Reply:
        return Reply(200, iter([b"<rss>"] + [b" "] * 40), {}, chunk_delay=0.1)

    http_server.routes["/drip.xml"] = drip
    shared = fetcher(total_deadline=1.0, read_timeout=5)
    first = shared.fetch_feed(http_server.url("/a.xml"), Validators(), None)
    second = shared.fetch_feed(http_server.url("/a.xml"), Validators(), None)
    assert first.kind is second.kind is FetchKind.OK
    ports = {r.client_port for r in http_server.requests_to("/a.xml")}
    assert len(ports) == 1  # kept alive
    slow = shared.fetch_feed(http_server.url("/drip.xml"), Validators(), None)
    assert slow.kind is FetchKind.ERROR and "too slow" in (slow.error or "")
    after = shared.fetch_feed(http_server.url("/a.xml"), Validators(), None)
    assert after.kind is FetchKind.OK


def test_not_modified_and_redirect_answers_keep_the_connection(http_server: TestServer) -> None:
    etag = '"v1"'

    def conditional(request: Request) -> Reply:
        if request.headers.get("If-None-Match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return Reply(200, b"<rss/>", {"ETag": etag})

    http_server.routes["/c.xml"] = conditional
    http_server.routes["/old.xml"] = Reply(301, b"moved", {"Location": "/c.xml"})
    shared = fetcher()
    for _ in range(3):
        result = shared.fetch_feed(http_server.url("/old.xml"), Validators(etag=etag), None)
        assert result.kind is FetchKind.NOT_MODIFIED
    assert len({r.client_port for r in http_server.log}) == 1
