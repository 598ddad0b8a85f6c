"""Subscribing to an address on a private network needs a yes (issue 12, point 22).

Loopback stays allowed (local feed bridges are common) and link-local is never fetched; any
other non-public address (private ranges, shared 100.64/10, 0.0.0.0) is refused until the
person confirms: --allow-private on the CLI, a question in the window. Nothing here connects
past this machine: refused URLs are refused before a connection, and the one address that is
allowed after a yes, 0.0.0.0, reaches the loopback test server.
"""

from __future__ import annotations

import pytest

from newsreader.core.errors import FetchError
from newsreader.core.fetch import Fetcher
from newsreader.update.subscribe import PrivateAddressError, private_refusal, probe_url
from tests.support.httpserver import Reply, TestServer

UA = "Newsreader-test/1"
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Home server</title>'
    b"<item><title>Backup done</title><guid>1</guid></item></channel></rss>"
)
# A proxy on a closed loopback port: were an address not refused before connecting, the
# fetch would fail as a proxy error and still send nothing past 127.0.0.1.
SAFE = Fetcher(UA, proxies={"http": "http://127.0.0.1:9", "https": "http://127.0.0.1:9"})


PRIVATE = ["10.0.0.5", "172.16.3.4", "192.168.1.1", "100.64.0.1", "fd00::1", "::ffff:10.0.0.1"]


@pytest.mark.parametrize("host", [*PRIVATE, "0.0.0.0"])
def test_private_addresses_need_a_confirmation(host: str) -> None:
    assert private_refusal(host) is not None
    assert private_refusal("nas.example.invalid", host) is not None  # where a name led


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "93.184.215.14", "2606:4700::1111"])
def test_loopback_and_public_addresses_do_not(host: str) -> None:
    assert private_refusal(host) is None


@pytest.mark.parametrize(
    "url", ["http://192.168.1.10/feed.xml", "http://[fd12::1]:8080/rss", "https://10.1.2.3/"]
)
def test_a_private_feed_url_is_refused_before_any_connection(url: str) -> None:
    with pytest.raises(PrivateAddressError) as refused:
        probe_url(SAFE, url)
    assert "private network" in str(refused.value)
    assert refused.value.address in url


def test_a_redirect_into_a_private_network_is_refused(http_server: TestServer) -> None:
    http_server.routes["/feed.xml"] = Reply(302, b"", {"Location": "http://192.168.0.1/feed"})
    with pytest.raises(PrivateAddressError) as refused:
        probe_url(Fetcher(UA), http_server.url("/feed.xml"))
    assert refused.value.address == "192.168.0.1"
    assert len(http_server.requests_to("/feed.xml")) == 1


def test_with_a_yes_a_private_address_is_read(http_server: TestServer) -> None:
    http_server.routes["/feed.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    local = http_server.url("/feed.xml").replace("127.0.0.1", "0.0.0.0")
    with pytest.raises(PrivateAddressError):
        probe_url(Fetcher(UA), local)
    assert http_server.requests_to("/feed.xml") == []
    probe = probe_url(Fetcher(UA), local, allow_private=True)
    assert probe.feed is not None and probe.feed.title == "Home server"


def test_link_local_stays_refused_even_with_a_yes() -> None:
    with pytest.raises(FetchError) as refused:
        probe_url(SAFE, "http://169.254.169.254/latest/", allow_private=True)
    assert not isinstance(refused.value, PrivateAddressError)
    assert "link-local" in str(refused.value)
