"""Where a feed's icon comes from: the feed's own icon, the site's <link rel=icon>, /favicon.ico.

Every reader shows a site's icon beside its feeds; the feed document may name one (RSS
<image><url>, Atom <icon>/<logo>, JSON Feed favicon/icon), else the home page's links do,
else the host's /favicon.ico is the convention. Pure functions over bytes and URLs (no
network, no Qt): the update stage fetches the candidates in the order given here, on a fetch
thread, and keeps the first one whose bytes are a real, small image.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree

from newsreader.core.html_page import parse_page
from newsreader.core.imageinfo import ImageInfo, sniff_image

MAX_ICON_BYTES = 256 * 1024
ICON_ACCEPT = "image/x-icon, image/png, image/gif, image/jpeg, image/webp, */*;q=0.1"
_TARGET = 32  # the tree draws 16 px; 32 stays crisp on a 2× screen
_MAX_PAGE_BYTES = 2 * 1024 * 1024
_SIZE = re.compile(r"^(\d{1,4})[xX](\d{1,4})$")
_ICON_RELS = ("icon", "apple-touch-icon", "apple-touch-icon-precomposed")
# Without a sizes attribute: a plain icon is usually a 16/32 px .ico, an Apple one 180 px.
_GUESSED_SIZE = {"icon": 32, "apple-touch-icon": 180, "apple-touch-icon-precomposed": 180}

__all__ = [
    "ICON_ACCEPT",
    "MAX_ICON_BYTES",
    "check_icon",
    "fallback_icon_url",
    "feed_icon_url",
    "icon_candidates",
    "page_icon_urls",
]


def _http(value: object, base: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if any(ch in value for ch in "\x00\r\n\t"):
        return None
    try:
        url = urljoin(base, value)
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def _raster(url: str | None) -> str | None:
    """The URL unless it names an SVG (neither the bytes check nor the tree draws those)."""
    return None if url is None or urlsplit(url).path.lower().endswith(".svg") else url


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def feed_icon_url(body: bytes, feed_url: str) -> str | None:
    """The icon the feed document names (absolute), or None; never raises on bad input.

    Atom's <icon> (meant to be square and small) beats its <logo>; JSON Feed's `favicon`
    beats its 512 px `icon`; RSS has only the channel <image><url>.
    """
    head = body.lstrip()[:1]
    if head == b"{":
        return _json_icon(body, feed_url)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        recover=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    kind = _local(root.tag)
    if kind == "feed":
        found = {_local(child.tag): child for child in reversed(list(root))}
        for name in ("icon", "logo"):
            element = found.get(name)
            if element is not None and (url := _raster(_http(element.text, feed_url))):
                return url
        return None
    if kind in ("rss", "rdf"):
        # RSS 2.0 keeps <image> in <channel>; RSS 1.0 beside it, under the root.
        owners = [root, *(c for c in root if _local(c.tag) == "channel")]
        for owner in owners:
            for image in owner:
                if _local(image.tag) != "image":
                    continue
                for child in image:
                    if _local(child.tag) == "url" and (url := _raster(_http(child.text, feed_url))):
                        return url
    return None


def _json_icon(body: bytes, feed_url: str) -> str | None:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    for key in ("favicon", "icon"):
        if url := _raster(_http(data.get(key), feed_url)):
            return url
    return None


def _size_score(rel: str, sizes: str | None) -> int:
    """Distance from the size we want; lower is better. Non-square sizes are a last resort."""
    best: int | None = None
    for token in (sizes or "").split():
        match = _SIZE.match(token)
        if match is None:
            continue
        width, height = int(match.group(1)), int(match.group(2))
        score = abs(width - _TARGET) + (1000 if width != height else 0)
        best = score if best is None else min(best, score)
    if best is None:  # a guess loses to a declared size just as near
        return abs(_GUESSED_SIZE[rel] - _TARGET) * 2 + 1
    return best * 2


def page_icon_urls(html: bytes, page_url: str) -> list[str]:
    """The icons a home page links to, best first: square and nearest 32 px, then page order.

    SVG icons are skipped: the bytes check (and the tree) handles raster images only.
    """
    page = parse_page(html, page_url, _MAX_PAGE_BYTES)
    if page is None:
        return []
    ranked: list[tuple[int, int, str]] = []
    for order, link in enumerate(page.links()):
        rels = (link.get("rel") or "").lower().split()
        rel = next((r for r in _ICON_RELS if r in rels), None)
        url = _http(link.get("href"), page.base)
        if rel is None or url is None:
            continue
        kind = (link.get("type") or "").lower()
        if "svg" in kind or urlsplit(url).path.lower().endswith(".svg"):
            continue
        ranked.append((_size_score(rel, link.get("sizes")), order, url))
    return _dedupe(url for _score, _order, url in sorted(ranked))


def fallback_icon_url(site_url: str | None) -> str | None:
    """The conventional /favicon.ico on the site's host (http/https only)."""
    if not site_url:
        return None
    try:
        parts = urlsplit(site_url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return urlunsplit((parts.scheme, parts.netloc, "/favicon.ico", "", ""))


def icon_candidates(
    feed_icon: str | None, page_icons: Sequence[str], site_url: str | None
) -> list[str]:
    """Every URL to try, in order, without repeats."""
    return _dedupe([*([feed_icon] if feed_icon else []), *page_icons,
                    *filter(None, [fallback_icon_url(site_url)])])  # fmt: skip


def check_icon(data: bytes) -> tuple[ImageInfo | None, str | None]:
    """(what the bytes are, None) for a usable icon, else (None, the one-line reason)."""
    if len(data) > MAX_ICON_BYTES:
        return None, f"too large ({len(data)} bytes)"
    info = sniff_image(data)
    if info is None:
        return None, "not an image"
    if info.is_tracker:
        return None, "a 1×1 pixel, not an icon"
    return info, None


def _dedupe(urls: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for url in urls:
        if url not in seen:
            seen.add(url)
            out.append(url)
    return out
