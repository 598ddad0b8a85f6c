"""RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 → ParsedFeed, through feedparser.

feedparser's own sanitizer is switched off: nh3 does that job once, for XML and JSON alike,
and is much faster. Runs in the parse worker process.
"""

from __future__ import annotations

import html as html_lib
from typing import Any

import feedparser

from newsreader.core.errors import ParseError
from newsreader.core.parse_common import (
    body_html,
    dedupe_texts,
    first_image,
    http_url,
    optional_text,
    plain_text,
    utc_from_parts,
)
from newsreader.core.parse_enclosures import xml_enclosures
from newsreader.core.sanitize import html_to_text
from newsreader.core.texts import N_
from newsreader.core.types import ParsedEntry, ParsedFeed
from newsreader.core.urls import article_url

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_MAX_WARNING = 160


def parse_xml_feed(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    """Parse XML feed bytes with feedparser; raise ParseError when it is not a feed."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        # Bytes only: given a str, feedparser treats it as a path or URL and opens it.
        parsed = feedparser.parse(
            body,
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=True,
        )
    except Exception as exc:  # feedparser can raise nearly anything on hostile input
        raise ParseError(f"unreadable feed: {type(exc).__name__}: {_one_line(str(exc))}") from None
    feed = parsed.get("feed", {})
    site_url = http_url(feed.get("link"), url)
    typed = str(parsed.get("version", "")).startswith("atom")
    title = _plain_title(feed.get("title_detail"), feed.get("title"), typed)
    raw_entries = parsed.get("entries", [])
    if not raw_entries and not title and not site_url:
        raise ParseError(N_("not a feed: no title, link or entries found"))
    entries = tuple(_entry(raw, site_url, url, typed) for raw in raw_entries)
    warning = None
    # Without a Content-Type header (a file, a test) feedparser complains about its absence.
    if parsed.get("bozo") and not str(parsed.get("bozo_exception")).startswith("no Content-type"):
        problem = parsed.get("bozo_exception")
        warning = (
            _one_line(str(problem) or type(problem).__name__)[:_MAX_WARNING] or "ill-formed feed"
        )
    return ParsedFeed(
        title=title or None,
        site_url=site_url,
        entries=entries,
        version=str(parsed.get("version") or ""),
        warning=warning,
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _is_html(detail: Any) -> bool:
    return isinstance(detail, dict) and str(detail.get("type", "")).lower() in _HTML_TYPES


def _plain_title(detail: Any, value: Any, typed: bool) -> str:
    """Return a title as plain text; only an explicitly typed (Atom) HTML title is markup.

    RSS has no type attribute and feedparser guesses "text/html" whenever the text contains
    tags, but that text usually arrived escaped ("&lt;b&gt;"): it is kept literally, with only
    a second layer of entities ("&amp;amp;") decoded.
    """
    if not (isinstance(detail, dict) and isinstance(detail.get("value"), str)):
        return plain_text(value, is_html=False)
    text = detail["value"]
    if typed:
        return plain_text(text, _is_html(detail))
    if _is_html(detail):
        text = html_lib.unescape(text)
    return plain_text(text, is_html=False)


def _content(raw: Any, base: str) -> str | None:
    best: str | None = None
    for part in raw.get("content", []) or []:
        if not isinstance(part, dict):
            continue
        html = body_html(part.get("value"), _is_html(part) or not part.get("type"), base)
        if html and (best is None or len(html) > len(best)):
            best = html
    return best


def _image(raw: Any, base: str, content: str | None, summary: str | None) -> str | None:
    for media in raw.get("media_content", []) or []:
        if not isinstance(media, dict):
            continue
        kind = str(media.get("type", "")) + str(media.get("medium", ""))
        if "image" in kind or (not kind and _image_extension(media.get("url"))):
            found = http_url(media.get("url"), base)
            if found:
                return found
    for thumb in raw.get("media_thumbnail", []) or []:
        found = http_url(thumb.get("url"), base) if isinstance(thumb, dict) else None
        if found:
            return found
    for enclosure in raw.get("enclosures", []) or []:
        if isinstance(enclosure, dict) and str(enclosure.get("type", "")).startswith("image/"):
            found = http_url(enclosure.get("href"), base)
            if found:
                return found
    image = raw.get("image")
    if isinstance(image, dict):
        found = http_url(image.get("href"), base)
        if found:
            return found
    return first_image(content, summary)


def _image_extension(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    path = value.split("?", 1)[0].lower()
    return path.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"))


def _same_text(summary: str, content: str) -> bool:
    """Whether a summary only repeats the content.

    Extracting text costs two sanitizer passes per entry, so markup lengths far apart (a
    teaser beside the full article, the common case) are taken as different without looking;
    the slack of 200 characters covers the tags around a short text.
    """
    shorter, longer = sorted((len(summary), len(content)))
    if shorter * 2 + 200 < longer:
        return False
    return html_to_text(summary) == html_to_text(content)


def _entry(raw: Any, site_url: str | None, feed_url: str, typed: bool) -> ParsedEntry:
    link = article_url(raw.get("link"), site_url or feed_url)
    base = link or feed_url
    content = _content(raw, base)
    summary_detail = raw.get("summary_detail")
    summary = None
    if isinstance(summary_detail, dict):
        summary = body_html(
            summary_detail.get("value"),
            _is_html(summary_detail) or not summary_detail.get("type"),
            base,
        )
    if summary is not None and content is not None and _same_text(summary, content):
        summary = None
    guid = raw.get("id")
    tags = [t.get("term") for t in raw.get("tags", []) or [] if isinstance(t, dict)]
    return ParsedEntry(
        guid=guid.strip() if isinstance(guid, str) and guid.strip() else None,
        url=link,
        title=_plain_title(raw.get("title_detail"), raw.get("title"), typed),
        author=optional_text(raw.get("author")),
        # dict.get: FeedParserDict.get would silently answer "updated" with the published date.
        published=utc_from_parts(dict.get(raw, "published_parsed")),
        updated=utc_from_parts(dict.get(raw, "updated_parsed")),
        summary=summary,
        content=content,
        image=_image(raw, base, content, summary),
        categories=dedupe_texts([t for t in tags if isinstance(t, str)]),
        enclosures=xml_enclosures(raw, feed_url),
    )
