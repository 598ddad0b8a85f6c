"""Helpers shared by the XML (feedparser) and JSON Feed halves of the parser.

They turn raw feed values into what a ParsedEntry promises: plain-text titles, aware UTC
times, sanitized HTML, absolute http(s) URLs. Pure functions; they run in the parse worker
process.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import UTC, datetime

from newsreader.core.sanitize import absolute_url, html_to_text, sanitize_html

HTTP_SCHEMES = frozenset({"http", "https"})
_WHITESPACE = re.compile(r"\s+")
_FIRST_IMG_SRC = re.compile(r'<img\b[^>]*?\ssrc="([^"]+)"')
_MAX_TITLE = 1000


def http_url(value: object, base_url: str | None) -> str | None:
    """Return value as an absolute http(s) URL resolved against base_url, or None."""
    if not isinstance(value, str):
        return None
    return absolute_url(value, base_url, HTTP_SCHEMES)


def plain_text(value: object, is_html: bool) -> str:
    """Return a one-line plain-text rendering; markup that is not HTML stays literal."""
    if not isinstance(value, str):
        return ""
    text = html_to_text(value) if is_html else _WHITESPACE.sub(" ", value).strip()
    return text[:_MAX_TITLE]


def optional_text(value: object) -> str | None:
    """Return a plain-text value (author names often carry stray markup) or None if empty."""
    if not isinstance(value, str):
        return None
    text = html_to_text(value) if "<" in value or "&" in value else value
    text = _WHITESPACE.sub(" ", text).strip()
    return text[:_MAX_TITLE] or None


def body_html(value: object, is_html: bool, base_url: str | None) -> str | None:
    """Return sanitized HTML for a summary or content field; plain text is escaped first."""
    if not isinstance(value, str) or not value.strip():
        return None
    source = value if is_html else "<p>" + html_lib.escape(value.strip()) + "</p>"
    cleaned = sanitize_html(source, base_url)
    return cleaned or None


def utc_from_parts(parts: object) -> datetime | None:
    """Return an aware UTC datetime from feedparser's UTC struct_time, or None if invalid."""
    if not isinstance(parts, tuple) or len(parts) < 6:
        return None
    try:
        year, month, day, hour, minute, second = (int(v) for v in parts[:6])
        return datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def utc_from_iso(value: object) -> datetime | None:
    """Return an aware UTC datetime from an RFC 3339 string (naive means UTC), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def first_image(*htmls: str | None) -> str | None:
    """Return the src of the first <img> in already-sanitized HTML (absolute http(s) there)."""
    for html in htmls:
        if html:
            match = _FIRST_IMG_SRC.search(html)
            if match:
                return html_lib.unescape(match.group(1))
    return None


def dedupe_texts(values: list[str]) -> tuple[str, ...]:
    """Return the non-empty values once each, in order."""
    seen: dict[str, None] = {}
    for value in values:
        text = optional_text(value)
        if text and text not in seen:
            seen[text] = None
    return tuple(seen)
