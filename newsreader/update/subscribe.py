"""Subscribing: turn what a person typed (a feed URL or a web page URL) into a feed to poll.

Shared by the CLI's `add` and the settings dialog. Fetching and parsing here run on the
caller's thread: the CLI's main thread, or a worker thread of the dialog — never the GUI's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsreader.core.discovery import DiscoveredFeed, discover_feeds
from newsreader.core.errors import FetchError, NotFoundError, ParseError
from newsreader.core.failures import fetch_error
from newsreader.core.fetch import (
    Fetcher,
    feed_hop_refusal,
    link_local_refusal,
    literal_addresses,
)
from newsreader.core.parse import parse_feed
from newsreader.core.texts import N_
from newsreader.core.types import FetchFailure, FetchKind, FetchResult, ParsedFeed
from newsreader.core.urls import redact_url

log = logging.getLogger("newsreader.update.subscribe")

_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
    "text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class Probe:
    """What a URL turned out to be: a feed (parsed), or a page linking to feeds."""

    url: str  # the feed's URL (after redirects when they were permanent)
    feed: ParsedFeed | None  # set when `url` itself is a feed
    candidates: tuple[DiscoveredFeed, ...] = ()  # feeds a web page links to


_PRIVATE = "is on a private network"


class PrivateAddressError(FetchError):
    """The address is on a private network: subscribe only after the person confirms it.

    Feeds on the user's own network exist (a NAS, a router, a home server), but a web page
    must not be able to make the reader probe it unasked. Loopback is not private here: local
    feed bridges are common. The window asks; the CLI wants --allow-private.
    """

    def __init__(self, url: str, address: str) -> None:
        message = f"{redact_url(url)} {_PRIVATE} ({address}); "
        message += "subscribe to it only if you know the server"
        super().__init__(message, failure=FetchFailure.REFUSED_ADDRESS)
        self.url = url
        self.address = address

    def with_hint(self, hint: str) -> PrivateAddressError:
        """The same refusal, with what the caller's interface offers to go on."""
        self.args = (f"{self.args[0]}; {hint}",)
        return self


def private_refusal(host: str, address: str | None = None) -> str | None:
    """Why this host or connected address needs a confirmation: a non-public, non-loopback IP.

    Private ranges (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10) and other
    non-global addresses count; loopback does not, and link-local is refused outright before
    this is asked (core.fetch.link_local_refusal).
    """
    private = _private_address(host, address)
    return None if private is None else f"{_PRIVATE} ({private})"


def _private_address(host: str, address: str | None = None) -> str | None:
    """The non-public, non-loopback address among `address` and `host`, if there is one."""
    for candidate, ip in literal_addresses(host, address):
        if not ip.is_global and not ip.is_loopback and not ip.is_multicast:
            return candidate
    return None


class _Guards:
    """The redirect and connection checks of one subscription attempt.

    They remember the private address they stopped at, so that refusal is told from the
    others (link-local, never) by what was checked, not by reading the message again.
    """

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.private_address: str | None = None

    def hop(self, url: str) -> str | None:
        refusal = feed_hop_refusal(url)
        if refusal is None and not self.allow_private:
            refusal = self._private(urlsplit(url).hostname or "")
        return refusal

    def peer(self, host: str, address: str) -> str | None:
        refusal = link_local_refusal(host, address)
        if refusal is None and not self.allow_private:
            refusal = self._private(host, address)
        return refusal

    def _private(self, host: str, address: str | None = None) -> str | None:
        private = _private_address(host, address)
        if private is None:
            return None
        self.private_address = private
        return f"{_PRIVATE} ({private})"


def check_address(url: str, allow_private: bool = False) -> None:
    """Refuse before any connection what the URL's own host says (a literal address)."""
    guards = _Guards(allow_private)
    refusal = guards.hop(url)
    if guards.private_address is not None:
        raise PrivateAddressError(url, guards.private_address)
    if refusal is not None:
        raise FetchError(
            N_("could not fetch {url}: {reason}").format(url=redact_url(url), reason=refusal),
            failure=FetchFailure.REFUSED_ADDRESS,
        )


def _get(fetcher: Fetcher, url: str, allow_private: bool) -> FetchResult:
    check_address(url, allow_private)  # link-local or unconfirmed private: not a connection
    guards = _Guards(allow_private)
    result = fetcher.fetch_bytes(
        url, accept=_ACCEPT, redirect_guard=guards.hop, peer_guard=guards.peer
    )
    if result.kind is not FetchKind.OK or result.body is None:
        if result.failure is FetchFailure.REFUSED_ADDRESS and guards.private_address is not None:
            raise PrivateAddressError(url, guards.private_address)
        raise fetch_error(url, result)
    return result


def probe_url(fetcher: Fetcher, url: str, allow_private: bool = False) -> Probe:
    """Fetch `url`; return the parsed feed, or the feeds the page advertises.

    Raises FetchError when the URL cannot be fetched (PrivateAddressError when it, a redirect
    or the address it resolved to is on a private network and `allow_private` is not set)
    and NotFoundError for a page with no feed.
    """
    result = _get(fetcher, url, allow_private)
    body = result.body or b""
    final = result.permanent_url or url
    try:
        return Probe(url=final, feed=parse_feed(body, result.final_url, result.content_type))
    except ParseError as not_a_feed:
        found = tuple(discover_feeds(body, result.final_url))
        if not found:
            raise NotFoundError(
                N_(
                    "no feed found at {url}: {reason}; the page links to no RSS, Atom or JSON feed"
                ).format(url=redact_url(url), reason=not_a_feed)
            ) from None
        return Probe(url=final, feed=None, candidates=found)
