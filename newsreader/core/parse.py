"""Feed bytes → ParsedFeed: the one entry point of the parser.

`parse_feed` is a top-level function taking and returning picklable values so the update
pipeline can run it in a process pool (parsing is CPU-bound and would otherwise hold the GUI
process's GIL). It decides what the bytes are (JSON Feed, RSS/Atom, an HTML page, something
else, or a truncated download), defuses DTDs, and hands real feeds to parse_xml/parse_json.
Every failure is a ParseError with a one-line reason.
"""

from __future__ import annotations

import codecs
import logging
import re
import zlib
from typing import Any
from urllib.parse import urlsplit

from feedparser.mixin import _FeedParserMixin

from newsreader.core.errors import ParseError
from newsreader.core.parse_fast import parse_fast
from newsreader.core.parse_json import parse_json_feed
from newsreader.core.parse_xml import parse_xml_feed
from newsreader.core.texts import N_
from newsreader.core.types import ParsedFeed

_log = logging.getLogger("newsreader.parse")

MAX_FEED_BYTES = 16 * 1024 * 1024
_JSON_TYPES = ("application/feed+json", "application/json", "text/json")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel", "entry"})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A DOCTYPE with an internal subset; quoted strings are skipped so "]>" inside an entity value
# cannot end the match early.
_DOCTYPE_SUBSET = re.compile(
    rb"<!DOCTYPE(\s+[^\s\[>]+)[^\[>]*\[(?:[^\]\"']|\"[^\"]*\"|'[^']*')*\]\s*>",
    re.IGNORECASE,
)
_DOCTYPE_SUBSET_TEXT = re.compile(_DOCTYPE_SUBSET.pattern.decode(), re.IGNORECASE)
_PROLOG_JUNK = re.compile(
    r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)", re.DOTALL | re.IGNORECASE
)
_TAG_NAME = re.compile(r"<([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)")


def parse_feed(
    body: bytes, url: str, content_type: str | None = None, *, fast: bool = True
) -> ParsedFeed:
    """Parse feed bytes fetched from url; raise ParseError with a one-line reason if not a feed.

    fast=False skips the lxml fast path (issue 8) so tests can compare it with feedparser.
    """
    try:
        return _parse(body, url, content_type, fast)
    except ParseError:
        raise
    except Exception as exc:  # a worker must never die of hostile input; say what happened
        _log.exception("parser failed on %s", _without_credentials(url))
        raise ParseError(N_("unreadable feed ({kind})").format(kind=type(exc).__name__)) from None


def _without_credentials(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    return parts._replace(netloc=parts.hostname or "").geturl()


def _parse(body: bytes, url: str, content_type: str | None, fast: bool) -> ParsedFeed:
    if len(body) > MAX_FEED_BYTES:
        size = len(body) // 1048576
        raise ParseError(N_("feed too large ({size} MB; limit 16 MB)").format(size=size))
    body = _gunzip(body)
    encoding = _bom_encoding(body)
    text_head = _head_text(body, encoding)
    if not text_head.strip():
        raise ParseError(N_("empty document"))
    lowered_type = (content_type or "").split(";", 1)[0].strip().lower()
    first = text_head.lstrip()[:1]
    if first in ("{", "[") or (lowered_type in _JSON_TYPES and first != "<"):
        return parse_json_feed(_decode_json(body, encoding), url)
    root = _root_name(text_head)
    if root is None:
        raise ParseError(N_("not a feed: no XML root element found"))
    local = root.rsplit(":", 1)[-1].lower()
    if local == "html" or text_head.lstrip()[:14].lower().startswith("<!doctype html"):
        raise ParseError(
            N_("not a feed: an HTML page (the URL may be a web page; try its feed link)")
        )
    if local not in _FEED_ROOTS:
        raise ParseError(N_("not a feed: unknown XML root <{root}>").format(root=root))
    body = _defuse(body, encoding, root)
    if root.lower() == "rss":
        body = _unprefix_rss(body)
    if _is_truncated(body, encoding, root):
        raise ParseError(N_("truncated feed: the document ends before its last element closes"))
    if fast:
        # Plain well-formed feeds are read ~20x faster with lxml; None means "ask feedparser".
        parsed = parse_fast(body, url, content_type)
        if parsed is not None:
            return parsed
    return parse_xml_feed(body, url, content_type)


def _gunzip(body: bytes) -> bytes:
    # A body saved (or served) still gzip-compressed; decompressed size is bounded too.
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(wbits=47)
    try:
        out = inflater.decompress(body, MAX_FEED_BYTES + 1)
    except zlib.error:
        raise ParseError(N_("corrupt gzip data")) from None
    if len(out) > MAX_FEED_BYTES:
        raise ParseError(N_("feed too large once decompressed (limit 16 MB)"))
    return out


def _bom_encoding(body: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return encoding
    # UTF-16 without a BOM still starts with "<" next to a NUL byte.
    if body[:2] == b"<\x00":
        return "utf-16-le"
    if body[:2] == b"\x00<":
        return "utf-16-be"
    return None


def _head_text(body: bytes, encoding: str | None) -> str:
    head = body[:65536]
    if encoding:
        return head.decode(encoding, errors="replace")
    # Only markup structure is looked at, which is ASCII in every supported encoding.
    return head.decode("latin-1")


def _decode_json(body: bytes, encoding: str | None) -> str:
    try:
        return body.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError:
        raise ParseError(N_("invalid JSON: not UTF-8 text")) from None


def _root_name(text: str) -> str | None:
    position = 0
    while True:
        match = _PROLOG_JUNK.match(text, position)
        if not match or match.end() == position:
            break
        position = match.end()
    rest = text[position:].lstrip()
    tag = _TAG_NAME.match(rest)
    return tag.group(1) if tag else None


def _defuse(body: bytes, encoding: str | None, root: str) -> bytes:
    """Drop any DOCTYPE internal subset so no entity (billion laughs, external) can expand."""
    if encoding and encoding != "utf-8-sig":
        text = body.decode(encoding, errors="replace")
        defused_text = _DOCTYPE_SUBSET_TEXT.sub(r"<!DOCTYPE\1>", text)
        _refuse_entities(defused_text, root)
        if defused_text == text:
            return body
        return defused_text.encode("utf-32" if "32" in encoding else "utf-16")
    defused = _DOCTYPE_SUBSET.sub(rb"<!DOCTYPE\1>", body)
    _refuse_entities(defused[:65536].decode("latin-1"), root)
    # Leading blank lines before "<?xml" make expat refuse an otherwise good feed.
    stripped = defused.lstrip(b" \t\r\n")
    return stripped if stripped.startswith(b"<") else defused


def _refuse_entities(text: str, root: str) -> None:
    # Only reached when a subset was too odd for the pattern: never hand it to a parser.
    if "<!ENTITY" in text[: max(text.find("<" + root), 0)]:
        raise ParseError(N_("refused: the document declares XML entities"))


def _unprefix_rss(body: bytes) -> bytes:
    # Some site generators write every element as "rss:channel", "rss:item" without ever
    # declaring the prefix; with the prefix gone the feed is plain RSS 2.0.
    if b"<rss:channel" not in body or b"xmlns:rss" in body:
        return body
    body = body.replace(b"<rss:", b"<").replace(b"</rss:", b"</")
    return re.sub(rb"<\?xml\?xml", b"<?xml", body, count=1).replace(b"??>", b"?>", 1)


def _is_truncated(body: bytes, encoding: str | None, root: str) -> bool:
    """True if the root element never closes and neither does its last item or channel."""
    whole = body.decode(encoding, errors="replace") if encoding else body.decode("latin-1")
    tail = whole[-4096:]
    if "</" + root in tail:
        return False
    # Merely ill-formed but complete (the channel and every item closed, only the root end
    # tag missing) loses nothing; anything else is a cut-off download.
    if root.lower() == "rss" and "</channel>" in tail:
        return whole.count("<item") != whole.count("</item>")
    return True


# --- feedparser's identity and body rules (issue 12) -----------------------------------------
# parse_xml reads what feedparser leaves in its entry dicts, so these few element handlers are
# replaced on feedparser's parser class, once, in every process that parses. parse_fast
# implements the same rules for the documents it reads itself.

# Keys feedparser stores but a ParsedEntry never reads: where a caption or a repeated
# description goes instead of the article body.
_CAPTION = "newsreader_caption"
_EXTRA_DESCRIPTION = "newsreader_extra_description"
_feedparser_end_item = _FeedParserMixin._end_item
_feedparser_start_description = _FeedParserMixin._start_description
_feedparser_end_description = _FeedParserMixin._end_description
_feedparser_start_summary = _FeedParserMixin._start_summary
_feedparser_start_media_description = _FeedParserMixin._start_media_description
_feedparser_end_media_description = _FeedParserMixin._end_media_description


def _end_guid(self: Any) -> None:
    """Keep a guid or Atom id as its raw text; only the link it may stand in for is resolved.

    feedparser resolves a permalink guid against the fetched URL, so "1559104147038" or
    "t3_abc" became a different id whenever the feed moved, and every article came back new.
    """
    permalink = self.guidislink
    self.guidislink = 0  # pop() resolves an "id" only while this is set
    value = self.pop("id")
    self.guidislink = permalink
    self._save("guidislink", permalink and "link" not in self._get_context())
    if permalink:
        self._save("link", self.resolve_uri(value) if value else value)


def _start_description(self: Any, attrs_d: Any) -> None:
    """A second description-like element in an entry is set aside, not made the content.

    feedparser turns it into content, and the reading pane shows content first, so a photo
    caption or a sharing blurb replaced the article. Content comes only from content elements.
    """
    if self.inentry and "summary" in self._get_context():
        self._summaryKey = _EXTRA_DESCRIPTION
        self.push_content(_EXTRA_DESCRIPTION, attrs_d, "text/html", 1)
    else:
        _feedparser_start_description(self, attrs_d)


def _end_description(self: Any) -> None:
    if self._summaryKey == _EXTRA_DESCRIPTION:
        self.pop_content(_EXTRA_DESCRIPTION)
        self._summaryKey = None
    else:
        _feedparser_end_description(self)


def _start_summary(self: Any, attrs_d: Any) -> None:
    if self.inentry and "summary" in self._get_context():
        self._summaryKey = _EXTRA_DESCRIPTION  # _end_summary pops whatever this names
        self.push_content(_EXTRA_DESCRIPTION, attrs_d, "text/plain", 1)
    else:
        _feedparser_start_summary(self, attrs_d)


def _start_media_description(self: Any, attrs_d: Any) -> None:
    """An entry's media:description is a caption: the summary only if nothing else is."""
    if not self.inentry:
        _feedparser_start_media_description(self, attrs_d)
        return
    self._summaryKey = _CAPTION
    self.push_content(_CAPTION, attrs_d, "text/html", 1)


def _end_media_description(self: Any) -> None:
    if self._summaryKey == _CAPTION:
        self.pop_content(_CAPTION)
        self._summaryKey = None
    else:
        _feedparser_end_media_description(self)


def _end_item(self: Any) -> None:
    # YouTube's only text for a video is its media:description: keep it as the summary.
    context = self._get_context()
    caption = context.pop(_CAPTION + "_detail", None)
    context.pop(_CAPTION, None)
    if caption is not None and "summary" not in context:
        context["summary"] = caption.get("value", "")
        context["summary_detail"] = caption
    _feedparser_end_item(self)


def _install_feedparser_rules() -> None:
    rules = {
        "_end_guid": _end_guid,
        "_end_id": _end_guid,
        "_start_description": _start_description,
        "_end_description": _end_description,
        "_start_summary": _start_summary,
        "_start_media_description": _start_media_description,
        "_end_media_description": _end_media_description,
        "_end_item": _end_item,
        "_end_entry": _end_item,
    }
    for name, rule in rules.items():
        setattr(_FeedParserMixin, name, rule)
    # A caption promoted to summary gets its relative links resolved like a description.
    _FeedParserMixin.can_contain_relative_uris = _FeedParserMixin.can_contain_relative_uris | {
        _CAPTION
    }


_install_feedparser_rules()
