"""Feed URL normalisation, redaction and private-host detection."""

from __future__ import annotations

import pytest

from newsreader.core.errors import UsageError
from newsreader.core.urls import (
    host_is_private,
    is_public_address,
    normalize_feed_url,
    redact_url,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.com/feed.xml", "https://example.com/feed.xml"),
        ("  http://example.com/rss  \n", "http://example.com/rss"),
        ("example.com/feed", "https://example.com/feed"),
        ("example.com", "https://example.com/"),
        ("news.example.org:8443/atom?x=1", "https://news.example.org:8443/atom?x=1"),
        ("localhost:8080/feed", "https://localhost:8080/feed"),
        ("HTTP://Example.COM/Path", "http://example.com/Path"),
        ("http://example.com/feed#frag", "http://example.com/feed"),
        ("http://[::1]:8080/feed", "http://[::1]:8080/feed"),
    ],
)
def test_normalize_accepts_web_addresses(text: str, expected: str) -> None:
    assert normalize_feed_url(text) == (expected, None, None)


def test_normalize_splits_credentials_out() -> None:
    url, user, password = normalize_feed_url("https://alice:s%40cret@example.com:8443/feed")
    assert url == "https://example.com:8443/feed"
    assert (user, password) == ("alice", "s@cret")


def test_normalize_bare_host_with_credentials() -> None:
    assert normalize_feed_url("bob@example.com/feed") == ("https://example.com/feed", "bob", None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty URL"),
        ("   ", "empty URL"),
        ("file:///etc/passwd", "unsupported URL scheme 'file'"),
        ("javascript:alert(1)", "unsupported URL scheme 'javascript'"),
        ("data:text/html,<b>x</b>", "unsupported URL scheme 'data'"),
        ("ftp://example.com/feed", "unsupported URL scheme 'ftp'"),
        ("mailto:a@example.com", "unsupported URL scheme 'mailto'"),
        ("http://", "no host"),
        ("http:///feed", "no host"),
        ("http://exa mple.com/feed", "spaces"),
        ("http://example.com/a\tb", "spaces"),
        ("http://example.com:99999/", "malformed URL"),
        ("feed", "not a web address"),
        ("/home/me/feed.xml", "not a web address"),
    ],
)
def test_normalize_rejects_with_one_line(text: str, message: str) -> None:
    with pytest.raises(UsageError) as info:
        normalize_feed_url(text)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_rejection_message_does_not_leak_password() -> None:
    with pytest.raises(UsageError) as info:
        normalize_feed_url("http://alice:hunter2@exa mple.com/")
    assert "hunter2" not in str(info.value)


def test_redact_removes_userinfo_and_secret_query_values() -> None:
    redacted = redact_url(
        "https://alice:hunter2@example.com/feed?page=2&api_key=abc123&token=xyz&Signature=s1"
    )
    assert redacted == (
        "https://example.com/feed?page=2&api_key=REDACTED&token=REDACTED&Signature=REDACTED"
    )
    for secret in ("alice", "hunter2", "abc123", "xyz", "s1"):
        assert secret not in redacted


def test_redact_keeps_plain_urls() -> None:
    assert redact_url("http://example.com/feed.xml?page=2") == "http://example.com/feed.xml?page=2"


def test_redact_never_raises_on_garbage() -> None:
    assert "pw" not in redact_url("http://u:pw@[::1/x?token=1")


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.1.1", "::1",
     "[::1]", "fe80::1", "fc00::1", "0.0.0.0", "224.0.0.1", "100.64.0.1", "::ffff:127.0.0.1",
     "240.0.0.1", "no-such-host.invalid", ""],
)  # fmt: skip
def test_private_hosts(host: str) -> None:
    assert host_is_private(host)
    assert not is_public_address(host)


@pytest.mark.parametrize("host", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_literals(host: str) -> None:
    assert is_public_address(host)
    assert not host_is_private(host)
