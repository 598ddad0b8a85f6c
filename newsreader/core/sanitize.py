"""Allow-list HTML sanitizing for article bodies, and HTML → plain text.

Feed HTML is hostile input: it is cleaned once, when stored, so every reader (the reader pane,
the CLI's `show --json`) gets the same safe markup. nh3 (ammonia, in Rust) does the parsing and
the allow-list; the attribute filter below resolves relative URLs against the article's base
*before* checking the scheme, so "/a.jpg" survives as an absolute https URL and "javascript:"
never does. Pure functions, safe on any thread or in a worker process.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import nh3

_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div",
        "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small",
        "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul", "var",
    }
)  # fmt: skip
# Dropped together with everything inside them (the text of a script is not article text).
# <picture>/<source> are not allowed: QTextBrowser ignores them and the <img> inside survives.
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "svg", "math", "noscript", "template",
     "textarea", "select", "button", "applet", "frameset", "frame", "noembed", "title"}
)  # fmt: skip
_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height", "srcset"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "time": {"datetime"},
    "abbr": {"title"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "del": {"datetime"},
    "ins": {"datetime"},
}
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_IMAGE_SCHEMES = frozenset({"http", "https"})
_NUMBER = re.compile(r"\s*\d{1,5}\s*(?:px)?\s*")
_SPAN = re.compile(r"\s*\d{1,3}\s*")
# nh3 output always double-quotes attributes and escapes '"' and '>' inside them.
_IMG_TAG = re.compile(r"<img\b[^>]*>")
# An <a> whose every attribute survived except href (nh3 output: double-quoted attributes).
_DEAD_LINK = re.compile(r'<a\b(?:\s+(?!href=)[a-z-]+="[^"]*")*\s*>(.*?)</a>', re.S)
_BLOCK_BOUNDARY = re.compile(
    r"<(/?)(p|div|br|li|h[1-6]|tr|td|th|blockquote|pre|dt|dd|ul|ol|table|hr|figure|"
    r"figcaption|section|article|header|footer)\b",
    re.IGNORECASE,
)
_WHITESPACE = re.compile(r"\s+")


def absolute_url(value: str, base_url: str | None, schemes: frozenset[str]) -> str | None:
    """Resolve value against base_url and return it only if its scheme is allowed."""
    value = value.strip()
    if not value or any(ch in value for ch in "\x00\r\n\t"):
        return None
    try:
        resolved = urljoin(base_url, value) if base_url else value
        parts = urlsplit(resolved)
    except ValueError:
        return None
    if parts.scheme.lower() not in schemes:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return resolved


def _resolve_srcset(value: str, base_url: str | None) -> str | None:
    candidates = []
    for candidate in value.split(","):
        pieces = candidate.split()
        if not pieces:
            continue
        url = absolute_url(pieces[0], base_url, _IMAGE_SCHEMES)
        if url is None or "," in url:
            return None
        candidates.append(" ".join([url, *pieces[1:2]]))
    return ", ".join(candidates) or None


def _attribute_filter(base_url: str | None) -> Callable[[str, str, str], str | None]:
    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href":
            return absolute_url(value, base_url, _LINK_SCHEMES)
        if attribute == "src":
            return absolute_url(value, base_url, _IMAGE_SCHEMES)
        if attribute == "cite":
            return absolute_url(value, base_url, _IMAGE_SCHEMES)
        if attribute == "srcset":
            return _resolve_srcset(value, base_url)
        if attribute in ("width", "height"):
            return value.strip().removesuffix("px").strip() if _NUMBER.fullmatch(value) else None
        if attribute in ("colspan", "rowspan"):
            return value.strip() if _SPAN.fullmatch(value) else None
        return value

    return keep


def _drop_sourceless_images(cleaned: str) -> str:
    def replace(match: re.Match[str]) -> str:
        return match.group(0) if ' src="' in match.group(0) else ""

    return _IMG_TAG.sub(replace, cleaned)


def _unwrap_dead_links(cleaned: str) -> str:
    """Keep the text of links whose target was refused (javascript:, file:, ...), not the link.

    An <a> left without href still looks like a link in the reader and does nothing when
    clicked. Anchors never nest, so an opening tag's text runs to the next </a>.
    """
    return _DEAD_LINK.sub(lambda match: match.group(1), cleaned)


def sanitize_html(html: str, base_url: str | None) -> str:
    """Return html reduced to the allow-list, with every URL absolute and http(s)/mailto."""
    if not html:
        return ""
    cleaned = nh3.clean(
        html,
        tags=set(_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        attribute_filter=_attribute_filter(base_url),
        strip_comments=True,
        link_rel="noopener noreferrer",
        url_schemes=set(_LINK_SCHEMES),
        # Relative URLs pass nh3 untouched so the filter can resolve them against base_url.
        url_relative="pass_through",
    )
    return _unwrap_dead_links(_drop_sourceless_images(str(cleaned))).strip()


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML fragment: no tags, entities decoded, one line."""
    if not html:
        return ""
    spaced = _BLOCK_BOUNDARY.sub(r" <\1\2", html)
    text = nh3.clean(spaced, tags=set(), clean_content_tags=set(_DROP_WITH_CONTENT))
    return _WHITESPACE.sub(" ", html_lib.unescape(str(text))).strip()
