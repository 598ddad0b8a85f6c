"""Subscribing: turn what a person typed (a feed URL or a web page URL) into a feed to poll.

Shared by the CLI's `add` and the settings dialog. Fetching and parsing here run on the
caller's thread: the CLI's main thread, or a worker thread of the dialog — never the GUI's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from newsreader.core.discovery import DiscoveredFeed, discover_feeds
from newsreader.core.errors import FetchError, NotFoundError, ParseError
from newsreader.core.fetch import Fetcher, feed_hop_refusal, link_local_refusal
from newsreader.core.parse import parse_feed
from newsreader.core.types import FetchKind, FetchResult, ParsedFeed
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


def _get(fetcher: Fetcher, url: str) -> FetchResult:
    refusal = feed_hop_refusal(url)  # link-local (cloud metadata): not even a connection
    if refusal is not None:
        raise FetchError(f"could not fetch {redact_url(url)}: {refusal}")
    result = fetcher.fetch_bytes(
        url, accept=_ACCEPT, redirect_guard=feed_hop_refusal, peer_guard=link_local_refusal
    )
    if result.kind is not FetchKind.OK or result.body is None:
        reason = result.error or (f"HTTP {result.status}" if result.status else "no response")
        raise FetchError(f"could not fetch {redact_url(url)}: {reason}")
    return result


def probe_url(fetcher: Fetcher, url: str) -> Probe:
    """Fetch `url`; return the parsed feed, or the feeds the page advertises.

    Raises FetchError when the URL cannot be fetched and NotFoundError for a page with no feed.
    """
    result = _get(fetcher, url)
    body = result.body or b""
    final = result.permanent_url or url
    try:
        return Probe(url=final, feed=parse_feed(body, result.final_url, result.content_type))
    except ParseError as not_a_feed:
        found = tuple(discover_feeds(body, result.final_url))
        if not found:
            raise NotFoundError(
                f"no feed found at {redact_url(url)}: {not_a_feed}; "
                "the page links to no RSS, Atom or JSON feed"
            ) from None
        return Probe(url=final, feed=None, candidates=found)


def resolve_feed(fetcher: Fetcher, url: str, pick: int = 1) -> tuple[Probe, Probe | None]:
    """Probe `url`; when it is a page, fetch and validate discovered feed number `pick`.

    Returns (the probe of the URL given, the probe of the chosen feed or None when the URL
    was itself a feed).
    """
    first = probe_url(fetcher, url)
    if first.feed is not None:
        return first, None
    if not 1 <= pick <= len(first.candidates):
        raise NotFoundError(
            f"there is no feed number {pick}: the page lists {len(first.candidates)}"
        )
    chosen = first.candidates[pick - 1]
    feed = probe_url(fetcher, chosen.url)
    if feed.feed is None:
        raise NotFoundError(f"{redact_url(chosen.url)} is linked as a feed but is not one")
    return first, feed
