"""Feed autodiscovery: the <link rel="alternate"> feeds a web page announces.

Used when the user adds a web page URL instead of a feed URL (the page is parsed by
core/html_page.py, no network). Pure functions, any thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newsreader.core.html_page import parse_page

_KINDS = {
    "application/rss+xml": "rss",
    "application/rdf+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
}
_FEED_CONTENT_TYPES = frozenset({*_KINDS, "application/x-rss+xml", "application/rss"}) - {
    "application/json"
}
_MAX_PAGE_BYTES = 8 * 1024 * 1024
_FEED_START = re.compile(rb"<(?:[\w.-]+:)?(?:rss|feed|rdf)\b", re.IGNORECASE)
_PROLOG = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL)


@dataclass(frozen=True, slots=True)
class DiscoveredFeed:
    """A feed a page links to."""

    url: str
    title: str | None
    kind: str  # "rss" | "atom" | "json"


def discover_feeds(html: bytes, page_url: str) -> list[DiscoveredFeed]:
    """Return the feeds announced by a page's <link rel=alternate>, in page order, deduped."""
    page = parse_page(html, page_url, _MAX_PAGE_BYTES)
    if page is None:
        return []
    found: list[DiscoveredFeed] = []
    seen: set[str] = set()
    for link in page.links():
        rel = (link.get("rel") or "").lower().split()
        kind = _KINDS.get((link.get("type") or "").split(";", 1)[0].strip().lower())
        href = (link.get("href") or "").strip()
        if "alternate" not in rel or kind is None or not href:
            continue
        url = urljoin(page.base, href)
        if urlsplit(url).scheme.lower() not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        title = " ".join((link.get("title") or "").split()) or None
        found.append(DiscoveredFeed(url=url, title=title, kind=kind))
    return found


def looks_like_feed(body: bytes, content_type: str | None) -> bool:
    """Cheaply guess whether a response is a feed (True) or probably a web page (False)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in _FEED_CONTENT_TYPES:
        return True
    head = body[:4096].lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    head = head.lstrip()
    if head.startswith(b"{"):
        return b"jsonfeed.org" in head
    prolog = _PROLOG.match(head)
    rest = head[prolog.end() if prolog else 0 :]
    return bool(_FEED_START.match(rest))
