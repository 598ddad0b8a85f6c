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
_PRE_NEWLINE = re.compile(r"<pre>\n")

# The HTML parser reads the content of these as text up to their own end tag, and ignores a
# "/>": so "<iframe src=x />" or an <iframe> never closed turns the rest of the article into
# the iframe's content, which is then dropped with it.
_RAW_TEXT = frozenset(
    {"script", "style", "iframe", "noembed", "noframes", "noscript", "xmp", "title", "textarea",
     "plaintext"}
)  # fmt: skip
# Raw-text elements whose content really is code: see _rescue_unclosed for why these differ.
_CODE = frozenset({"script", "style"})
# Ordinary (nesting) elements that are dropped with their content: left open, they swallow
# everything after them too.
_CONTAINERS = _DROP_WITH_CONTENT - _RAW_TEXT - {"embed", "frame"}
# One piece of markup as the HTML tokenizer sees it: a comment (skipped, so a tag inside it is
# not taken for one), a bogus comment ("<!x>", "<?x>", "</1>"), or a tag with its attributes,
# a quoted value kept whole so a ">" inside it does not end the tag. Every branch matches once
# it starts (a tag cut off by the end of the input runs to the end), and the quantifiers are
# possessive: one linear pass, whatever the input.
_WS = "\t\n\f\r "
_MARKUP = re.compile(
    r"<!--(?:-?>|.*?--!?>|.*+)"
    r"|<[!?][^>]*+>?"
    r"|</(?![A-Za-z])[^>]*+>?"
    rf"|<(/?)([A-Za-z][^{_WS}/>]*+)"
    rf"""((?:[^>"'=]++|=[{_WS}]*+"[^"]*+"?|=[{_WS}]*+'[^']*+'?|=|["'])*+)(>|\Z)""",
    re.S,
)
# What follows a <script> or <style> start tag when it holds no code.
_NO_CODE = re.compile(rf"[{_WS}]*+(?:<[A-Za-z/]|\Z)")
_UNQUOTED_SLASH = re.compile(rf"=[{_WS}]*+[^{_WS}\"'=>]*/\Z")
_END_TAGS = {
    name: re.compile(rf"</{name}[{_WS}/>]", re.IGNORECASE | re.ASCII) for name in _RAW_TEXT
}
_START_TAGS = {
    name: re.compile(rf"<{name}[{_WS}/>]", re.IGNORECASE | re.ASCII) for name in _RAW_TEXT
}


class _NextTag:
    """The first match of a pattern at or after a position that only ever moves forward.

    Each search resumes where the last one found its match, so a feed with thousands of
    unclosed tags of one name is still scanned once per name, not once per tag.
    """

    def __init__(self, html: str, pattern: re.Pattern[str]) -> None:
        self._html = html
        self._pattern = pattern
        self._found: re.Match[str] | None = None
        self._from = -1

    def at_or_after(self, pos: int) -> re.Match[str] | None:
        if self._from < 0 or (self._found is not None and self._found.start() < pos):
            self._found = self._pattern.search(self._html, pos)
            self._from = pos
        return self._found


def _rescue_unclosed(html: str) -> str:
    """Remove the start tags of dropped elements that are self-closed or never closed.

    Feeds are written by XHTML habit ("<iframe src=x />") or cut short, and the parser would
    take everything after such a tag as its content and so drop the rest of the article.
    Taking out the lone start tag makes it drop only itself. This only ever deletes markup and
    its output still goes through nh3, so safety stays with nh3's allow-list; the output of
    sanitize_html has no such tags left, so running it twice changes nothing.

    A <script> or <style> without an end tag is left alone, and nh3 drops everything after it:
    what follows is most likely code (a truncated embed snippet), and there is no safe way to
    tell where code would end and article text begin. The exception is one followed at once by
    a tag: it holds no code, and is what feedparser's URL resolver makes of "<script src=x/>"
    (it drops the slash), so it is taken as empty.
    """
    if "<" not in html:
        return html
    removals: list[tuple[int, int]] = []
    open_tags: dict[str, list[tuple[int, int]]] = {}
    ends: dict[str, _NextTag] = {}
    starts: dict[str, _NextTag] = {}
    pos = 0
    while (match := _MARKUP.search(html, pos)) is not None:
        pos = match.end()
        if match.group(4) == "":
            break  # a tag cut off by the end of the input: the parser drops it and stops
        name = (match.group(2) or "").lower()
        if name not in _RAW_TEXT and name not in _CONTAINERS:
            continue
        if match.group(1):  # an end tag closes the innermost open element of that name
            if open_tags.get(name):
                open_tags[name].pop()
            continue
        attributes = match.group(3).rstrip(_WS)
        # "src=x/>" is a value ending in a slash to the parser, not a self-closed tag.
        self_closed = attributes.endswith("/") and not _UNQUOTED_SLASH.search(attributes)
        if name in _RAW_TEXT:
            end_tag = ends.setdefault(name, _NextTag(html, _END_TAGS[name]))
            end = None if name == "plaintext" else end_tag.at_or_after(pos)
            if self_closed or end is None:
                if name in _CODE and not self_closed and not _NO_CODE.match(html, pos):
                    break  # see the docstring: nh3 drops the rest
                removals.append(match.span())
                continue
            # Raw text cannot nest, so a second start tag before the end tag means this one
            # was never meant to hold it (scripts, though, often write "<script" as a string).
            if name not in _CODE:
                again = starts.setdefault(name, _NextTag(html, _START_TAGS[name]))
                following = again.at_or_after(pos)
                if following is not None and following.start() < end.start():
                    removals.append(match.span())
                    continue
            pos = end.start()
        elif self_closed:
            removals.append(match.span())
        else:
            open_tags.setdefault(name, []).append(match.span())
    removals.extend(span for spans in open_tags.values() for span in spans)
    if not removals:
        return html
    pieces = []
    last = 0
    for start, end_at in sorted(removals):
        pieces.append(html[last:start])
        last = end_at
    pieces.append(html[last:])
    return "".join(pieces)


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
        _rescue_unclosed(html),
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
    kept = _unwrap_dead_links(_drop_sourceless_images(str(cleaned))).strip()
    # The parser drops a newline that opens a <pre>, and nh3 does not write one back in front
    # of a text that itself starts with a newline (as the HTML serializing rules say): without
    # this, each pass would eat one more blank line and sanitizing would not be idempotent.
    return _PRE_NEWLINE.sub("<pre>\n\n", kept)


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML fragment: no tags, entities decoded, one line."""
    if not html:
        return ""
    spaced = _BLOCK_BOUNDARY.sub(r" <\1\2", _rescue_unclosed(html))
    text = nh3.clean(spaced, tags=set(), clean_content_tags=set(_DROP_WITH_CONTENT))
    return _WHITESPACE.sub(" ", html_lib.unescape(str(text))).strip()
