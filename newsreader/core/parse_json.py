"""JSON Feed 1.0/1.1 → ParsedFeed (feedparser 6.0 does not read JSON Feed).

Runs in the parse worker process, like the rest of the parser.
"""

from __future__ import annotations

import json
from typing import Any

from newsreader.core.errors import ParseError
from newsreader.core.parse_common import (
    body_html,
    dedupe_texts,
    first_image,
    http_url,
    optional_text,
    plain_text,
    utc_from_iso,
)
from newsreader.core.parse_enclosures import json_enclosures
from newsreader.core.sanitize import html_to_text
from newsreader.core.texts import N_
from newsreader.core.types import ParsedEntry, ParsedFeed
from newsreader.core.urls import article_url

_MAX_ITEMS = 10_000


def parse_json_feed(text: str, url: str) -> ParsedFeed:
    """Parse a JSON Feed document; raise ParseError for invalid JSON or other JSON."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            line = N_("truncated or invalid JSON at line {line}").format(line=exc.lineno)
            raise ParseError(line) from None
        raise ParseError(N_("truncated or invalid JSON")) from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise ParseError(N_("not a feed: JSON that is not a JSON Feed"))
    version_url = data.get("version")
    version = "json11" if isinstance(version_url, str) and "1.1" in version_url else "json10"
    feed_url = http_url(data.get("feed_url"), url) or url
    entries = tuple(
        _entry(item, feed_url) for item in data["items"][:_MAX_ITEMS] if isinstance(item, dict)
    )
    title = plain_text(data.get("title"), is_html=False) or None
    return ParsedFeed(
        title=title,
        site_url=http_url(data.get("home_page_url"), feed_url),
        entries=entries,
        version=version,
    )


def _author(item: dict[str, Any]) -> str | None:
    # 1.1 has an "authors" list; 1.0 a single "author" object.
    authors = item.get("authors")
    if isinstance(authors, list):
        names = [a.get("name") for a in authors if isinstance(a, dict)]
        joined = ", ".join(n for n in names if isinstance(n, str) and n.strip())
        if joined:
            return optional_text(joined)
    author = item.get("author")
    if isinstance(author, dict):
        return optional_text(author.get("name"))
    return None


def _entry(item: dict[str, Any], feed_url: str) -> ParsedEntry:
    link = article_url(item.get("url"), feed_url) or article_url(item.get("external_url"), feed_url)
    base = link or feed_url
    content = body_html(item.get("content_html"), True, base) or body_html(
        item.get("content_text"), False, base
    )
    summary = body_html(item.get("summary"), False, base)
    if (
        summary is not None
        and content is not None
        and html_to_text(summary) == html_to_text(content)
    ):
        summary = None
    guid = item.get("id")
    image = (
        http_url(item.get("image"), base)
        or http_url(item.get("banner_image"), base)
        or _attachment_image(item, base)
        or first_image(content, summary)
    )
    tags = item.get("tags")
    return ParsedEntry(
        guid=str(guid) if isinstance(guid, (str, int)) and str(guid).strip() else None,
        url=link,
        title=plain_text(item.get("title"), is_html=False),
        author=_author(item),
        published=utc_from_iso(item.get("date_published")),
        updated=utc_from_iso(item.get("date_modified")),
        summary=summary,
        content=content,
        image=image,
        categories=dedupe_texts([t for t in tags if isinstance(t, str)])
        if isinstance(tags, list)
        else (),
        enclosures=json_enclosures(item, base),
    )


def _attachment_image(item: dict[str, Any], base: str) -> str | None:
    attachments = item.get("attachments")
    if not isinstance(attachments, list):
        return None
    for attachment in attachments:
        if isinstance(attachment, dict) and str(attachment.get("mime_type", "")).startswith(
            "image/"
        ):
            found = http_url(attachment.get("url"), base)
            if found:
                return found
    return None
