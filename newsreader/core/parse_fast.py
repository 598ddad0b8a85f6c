"""A C-backed (lxml) fast path for plain, well-formed RSS 2.0 / RSS 1.0 / Atom 1.0 feeds.

feedparser stays the parser of record (issue 8): it costs ~40 ms per 50-item feed, so the
common, boring documents are read here with lxml and turned into the very ParsedFeed the
feedparser path would produce. Agreement is by construction where possible: values are put
into the shape feedparser gives (guids kept raw, links resolved the same way, the same
mojibake repair) and handed to parse_xml's own entry builder, so sanitizing, image choice
and title rules are shared code. Anything this module is not sure about (a DOCTYPE, an
unknown element in an item, a relative URL inside HTML, an odd date or encoding) returns None,
and the caller uses feedparser. Pure function, runs in the parse worker process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

from feedparser.mixin import _FeedParserMixin
from lxml import etree

from newsreader.core.parse_common import http_url
from newsreader.core.parse_xml import _entry, _plain_title
from newsreader.core.types import ParsedEntry, ParsedFeed

_ATOM = "{http://www.w3.org/2005/Atom}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_MEDIA = "{http://search.yahoo.com/mrss/}"
_ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_HTML_TYPES = {"html": "text/html", "xhtml": "application/xhtml+xml", "text": "text/plain"}
# feedparser's element names (prefix_local) that it stores but a ParsedEntry never uses.
_IGNORED_ITEM = frozenset(
    {
        "comments", "wfw_commentrss", "wfw_comment", "slash_comments", "itunes_subtitle",
        "media_credit", "media_rating", "media_player", "media_license", "media_restriction",
        "itunes_explicit", "dc_publisher", "dc_language", "dc_rights", "georss_point",
        "georss_line", "georss_polygon", "georss_box", "georss_where", "gml_point",
    }
)  # fmt: skip
# Channel elements that cannot change the feed's title or page link.
_IGNORED_CHANNEL = frozenset(
    {
        "description", "language", "copyright", "managingeditor", "webmaster", "pubdate",
        "lastbuilddate", "category", "generator", "docs", "ttl", "image", "cloud", "rating",
        "skiphours", "skipdays", "items", "textinput", "sy_updateperiod", "sy_updatefrequency",
        "sy_updatebase", "dc_language", "dc_date", "dc_rights", "dc_publisher", "dc_creator",
        "subtitle", "updated", "rights", "icon", "logo", "id", "author", "contributor",
        "itunes_author", "itunes_summary", "itunes_subtitle", "itunes_owner",
        "itunes_category", "itunes_image", "feedburner_info", "feedburner_browserfriendly",
        "media_copyright", "media_thumbnail", "media_category", "media_keywords",
        "media_rating", "media_credit", "itunes_explicit", "itunes_email", "itunes_name",
        "itunes_keywords", "dcterms_issued", "dcterms_modified", "dc_subject",
        "creativeCommons_license", "cc_license",
    }
)  # fmt: skip
_FEEDPARSER_PREFIXES = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_XML_DECL = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)")
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([A-Za-z0-9._\-]+)", re.IGNORECASE)
# What makes feedparser decide an untyped RSS title is HTML (a close tag or an entity).
_HTMLISH = re.compile(r"</\w+>|&#?\w+;")
# An href/src/cite that feedparser would resolve against the feed URL while sanitizing
# resolves it against the entry link: anything but an ordinary absolute URL.
_RELATIVE_ATTR = re.compile(
    r"\b(?:href|src|cite)\s*+=\s*+[\"']?+\s*+"
    r"(?!https?://[^/\s\"'<>]|(?!https?:)[A-Za-z][A-Za-z0-9+.\-]*:(?!//))",
    re.IGNORECASE,
)
# nh3 output: double-quoted attributes with '"' escaped inside.
_TAG_WITH_ATTRIBUTES = re.compile(r'<([a-z][a-z0-9]*)((?:\s[a-z][a-z0-9_:\-]*="[^"]*")+)(\s*/?)>')
_ATTRIBUTE = re.compile(r'\s([a-z][a-z0-9_:\-]*)="([^"]*)"')
_URI_FIXER = re.compile(r"^([A-Za-z][A-Za-z0-9+\-.]*://)(/*)(.*?)")
_LINK_ENTITY = re.compile(r"&([A-Za-z0-9_]+);")
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ZONES = {"gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
          "mst": -7, "mdt": -6, "pst": -8, "pdt": -7}  # fmt: skip
_RFC822 = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun),\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+"
    r"(?:([+-])(\d{2})(\d{2})|([A-Za-z]{1,3}))",
    re.IGNORECASE,
)
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")


class _Unsure(Exception):  # noqa: N818 - a signal, not an error
    """The document has something feedparser might read differently: use feedparser."""


def parse_fast(body: bytes, url: str, content_type: str | None) -> ParsedFeed | None:
    """Parse a plain well-formed feed with lxml, or return None to say "use feedparser"."""
    try:
        return _parse(body, url, content_type)
    except (_Unsure, etree.LxmlError, ValueError, UnicodeError):
        return None


def _parse(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    _check_encoding(body, content_type)
    head = body[:4096]
    if b"<!DOCTYPE" in head or b"<!doctype" in head or b"xml:base" in body:
        raise _Unsure
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        recover=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    root = etree.fromstring(body, parser)
    if root.getroottree().docinfo.doctype:  # type: ignore[union-attr]
        raise _Unsure
    if root.tag == "rss" and root.get("version") == "2.0":
        return _rss(root, url, "rss20", "", root.find("channel"))
    if root.tag == _RDF + "RDF":
        return _rss(root, url, "rss10", _RSS1, root.find(_RSS1 + "channel"))
    if root.tag == _ATOM + "feed":
        return _atom(root, url)
    raise _Unsure


def _check_encoding(body: bytes, content_type: str | None) -> None:
    """Only UTF-8 (or ASCII) that every party agrees on; feedparser's guessing stays its own."""
    declared = _XML_DECL.match(body)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        raise _Unsure
    if content_type is None:
        return
    mime = content_type.split(";", 1)[0].strip().lower()
    charset = _CHARSET.search(content_type)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        raise _Unsure
    if mime.startswith("application/") and (mime in _XML_TYPES or mime.endswith("+xml")):
        return
    # RFC 3023: text/* without a charset is US-ASCII whatever the document declares.
    textual = mime.startswith("text/") and (mime in _XML_TYPES or mime.endswith("+xml"))
    if textual and (charset or body.isascii()):
        return
    raise _Unsure


def _text(element: Any) -> str:
    """Return an element's text the way feedparser pops it (stripped, mojibake repaired)."""
    if len(element):
        raise _Unsure  # markup inside a text element: feedparser re-serializes it
    text = (element.text or "").strip()
    if text.isascii():
        return text
    # feedparser undoes "UTF-8 read as Latin-1"; doing the same keeps both paths equal.
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        text = text.encode("iso-8859-1").decode("utf-8")
    if _C1_CONTROLS.search(text):
        raise _Unsure  # feedparser maps these through windows-1252
    return text


def _html(element: Any) -> str:
    text = _text(element)
    # Every attribute has an "=": markup without one cannot hold a relative URL, and the
    # regex costs a quarter of a plain feed's parse time.
    if "=" in text and _RELATIVE_ATTR.search(text):
        raise _Unsure
    return text


def _plain(element: Any) -> str:
    """An untyped RSS text; feedparser's HTML guess only matters if it could say yes."""
    text = _text(element)
    if _HTMLISH.search(text):
        raise _Unsure
    return text


def _feedparser_name(element: Any) -> str:
    """The name feedparser dispatches an element on ("title", "dc_creator", "post-id")."""
    qname = etree.QName(element)
    namespace = (qname.namespace or "").lower()
    prefix = _FEEDPARSER_PREFIXES.get(namespace, element.prefix or "")
    local = qname.localname.lower()
    return f"{prefix}_{local}" if prefix else local


def _unhandled(element: Any) -> bool:
    """True if feedparser has no handler for the element or anything inside it."""
    for node in element.iter():
        name = _feedparser_name(node)
        if hasattr(_FeedParserMixin, "_start_" + name) or hasattr(_FeedParserMixin, "_end_" + name):
            return False
    return True


def _harmless(element: Any, ignored: frozenset[str]) -> bool:
    if _feedparser_name(element) in ignored:
        # feedparser gives a channel's image, author or owner a context of its own.
        return ignored is _IGNORED_CHANNEL or all(_unhandled(child) for child in element)
    return _unhandled(element)


def _sorted_attributes(html: str | None) -> str | None:
    """Order each tag's attributes by name, as feedparser's URI resolver leaves them.

    nh3 keeps the order it is given and appends its own rel to links, so this is the only
    way sanitized markup from the two paths differs when no URL needed resolving.
    """
    if not html or "=" not in html:
        return html

    def reorder(match: re.Match[str]) -> str:
        pairs = _ATTRIBUTE.findall(match.group(2))
        rel = [pair for pair in pairs if pair[0] == "rel"] if match.group(1) == "a" else []
        ordered = sorted(pair for pair in pairs if pair not in rel) + rel
        body = "".join(f' {name}="{value}"' for name, value in ordered)
        return f"<{match.group(1)}{body}{match.group(3)}>"

    return _TAG_WITH_ATTRIBUTES.sub(reorder, html)


def _finish(entry: ParsedEntry) -> ParsedEntry:
    for html in (entry.summary, entry.content):
        if html and '=""' in html:
            raise _Unsure  # feedparser's HTML pass turns a bare or empty alt into alt="alt"
    return dataclasses.replace(
        entry, summary=_sorted_attributes(entry.summary), content=_sorted_attributes(entry.content)
    )


def _join(base: str, value: str) -> str:
    """feedparser's URL resolution (it first squeezes "http:///x" to "http://x")."""
    value = _URI_FIXER.sub(r"\1\3", value)
    try:
        return urljoin(base, value)
    except ValueError:
        return ""


def _rss(root: Any, url: str, version: str, ns: str, channel: Any) -> ParsedFeed:
    if channel is None:
        raise _Unsure
    title: str | None = None
    link: str | None = None
    items = list(root.iterfind(ns + "item")) if ns else []
    for child in channel:
        tag = child.tag
        if tag == ns + "title":
            if title is not None:
                raise _Unsure
            title = _plain(child)
        elif tag == ns + "link":
            if link is not None:
                raise _Unsure
            link = _LINK_ENTITY.sub(r"&\1", _join(url, _text(child)))
        elif tag == ns + "item" and not ns:
            items.append(child)
        elif tag == _ATOM + "link" and child.get("rel") in ("self", "hub", "next"):
            continue
        elif not _harmless(child, _IGNORED_CHANNEL):
            raise _Unsure
    site_url = http_url(link, url)
    feed_title = _plain_title({"type": "text/plain", "value": title}, title, False)
    entries = tuple(_rss_item(item, ns, site_url, url) for item in items)
    if not entries and not feed_title and not site_url:
        raise _Unsure  # feedparser's path gives the "not a feed" error
    return ParsedFeed(feed_title or None, site_url, entries, version)


def _once(raw: dict[str, Any], key: str, value: Any) -> None:
    if key in raw:
        raise _Unsure  # repeated fields: feedparser's precedence rules are subtle
    raw[key] = value


def _rss_item(item: Any, ns: str, site_url: str | None, url: str) -> ParsedEntry:
    raw: dict[str, Any] = {}
    about = item.get(_RDF + "about")
    if about:
        raw["id"] = about
    tags: list[dict[str, str]] = []
    for child in item:
        tag = child.tag
        if tag == ns + "title":
            value = _plain(child)
            _once(raw, "title", value)
            raw["title_detail"] = {"type": "text/plain", "value": value}
        elif tag == ns + "link":
            value = _text(child)
            _once(raw, "link_element", value)
            raw["link"] = _LINK_ENTITY.sub(r"&\1", _join(url, value).replace("&amp;", "&"))
        elif tag == "guid" and not ns:
            permalink = child.get("isPermaLink", "true") == "true"
            value = _text(child)
            _once(raw, "guid", value)
            raw["id"] = value  # identity is the raw text, never resolved (see parse.py)
            if permalink and "link_element" not in raw:
                raw["guid_link"] = _join(url, value) if value else value
        elif tag in ("pubDate", _DC + "date"):
            key = "published_parsed" if tag == "pubDate" else "updated_parsed"
            _once(raw, key, _date(_text(child)))
        elif tag in (ns + "description", _DC + "description"):
            _once(raw, "summary_detail", {"type": "text/html", "value": _html(child)})
        elif tag in ("author", _DC + "creator"):
            _once(raw, "author", _text(child))
        elif tag in ("category", _DC + "subject"):
            tags.append({"term": _text(child)})
        elif tag == _CONTENT + "encoded":
            _once(raw, "content", [{"type": "text/html", "value": _html(child)}])
        elif tag == "enclosure" and not ns:
            href = child.get("url") or child.get("uri") or child.get("href")
            enclosure = {"href": href, "type": child.get("type", ""), "length": child.get("length")}
            raw.setdefault("enclosures", []).append(enclosure)
        elif tag == _ITUNES + "duration":
            raw["itunes_duration"] = _text(child)  # feedparser keeps the last one
        elif tag in (_MEDIA + "content", _MEDIA + "thumbnail"):
            _media(child, raw)
        elif not _harmless(child, _IGNORED_ITEM):
            raise _Unsure
    if "link_element" not in raw and "guid_link" in raw:
        raw["link"] = raw["guid_link"]
    raw["tags"] = tags
    return _finish(_entry(raw, site_url, url, False))


def _media(element: Any, raw: dict[str, Any]) -> None:
    if len(element):
        raise _Unsure
    attributes = dict(element.attrib)
    if any(name.startswith("{") for name in attributes):
        raise _Unsure
    if element.tag == _MEDIA + "content":
        raw.setdefault("media_content", []).append(attributes)
        return
    if "url" not in attributes and (element.text or "").strip():
        attributes["url"] = _text(element)
    raw.setdefault("media_thumbnail", []).append(attributes)


def _date(text: str) -> tuple[int, ...]:
    """Return a UTC (y, m, d, H, M, S) for the two date forms feedparser reads unambiguously."""
    moment = _rfc822(text) if text[:1].isalpha() or " " in text else _rfc3339(text)
    utc = moment.astimezone(UTC)
    return (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)


def _rfc822(text: str) -> datetime:
    match = _RFC822.fullmatch(text)
    if not match:
        raise _Unsure
    day, month_name, year, hour, minute, second, sign, zone_h, zone_m, zone = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        raise _Unsure
    if zone is not None:
        if zone.lower() not in _ZONES:
            raise _Unsure
        offset = timedelta(hours=_ZONES[zone.lower()])
    else:
        offset = timedelta(hours=int(zone_h), minutes=int(zone_m))
        offset = -offset if sign == "-" else offset
    naive = datetime(int(year), month, int(day), int(hour), int(minute), int(second))
    return (naive - offset).replace(tzinfo=UTC)


def _rfc3339(text: str) -> datetime:
    if not _RFC3339.fullmatch(text):
        raise _Unsure
    return datetime.fromisoformat(text).replace(microsecond=0)


def _atom(root: Any, url: str) -> ParsedFeed:
    title: str | None = None
    link: str | None = None
    entry_elements: list[Any] = []
    feed_id = ""
    for child in root:
        tag = child.tag
        if tag == _ATOM + "title":
            if title is not None or child.get("type", "text") != "text":
                raise _Unsure
            title = _text(child)
        elif tag == _ATOM + "link":
            href = _alternate_href(child, url)
            link = href if href is not None else link
        elif tag == _ATOM + "id":
            feed_id = _text(child)
        elif tag == _ATOM + "entry":
            entry_elements.append(child)
        elif not _harmless(child, _IGNORED_CHANNEL):
            raise _Unsure
    if link is None and feed_id:
        link = _join(url, feed_id)  # feedparser treats an Atom id like a permalink guid
    site_url = http_url(link, url)
    feed_title = _plain_title({"type": "text/plain", "value": title}, title, True)
    if not entry_elements and not feed_title and not site_url:
        raise _Unsure
    entries = tuple(_atom_entry(e, url, site_url) for e in entry_elements)
    return ParsedFeed(feed_title or None, site_url, entries, "atom10")


def _alternate_href(link: Any, url: str) -> str | None:
    """The href feedparser takes as the page link, or None if this link is something else."""
    rel = link.get("rel", "alternate")
    kind = link.get("type", "application/atom+xml" if rel == "self" else "text/html")
    href = link.get("href")
    if href is None:
        raise _Unsure
    if rel == "alternate" and _HTML_TYPES.get(kind, kind) in ("text/html", "application/xhtml+xml"):
        return _join(url, href)
    return None


def _atom_entry(entry: Any, url: str, site_url: str | None) -> ParsedEntry:
    raw: dict[str, Any] = {}
    tags: list[dict[str, str]] = []
    for child in entry:
        tag = child.tag
        if tag == _ATOM + "id":
            _once(raw, "id", _text(child))  # raw, like an RSS guid
        elif tag == _ATOM + "title":
            if child.get("type", "text") != "text":
                raise _Unsure
            value = _text(child)
            _once(raw, "title", value)
            raw["title_detail"] = {"type": "text/plain", "value": value}
        elif tag == _ATOM + "link":
            if child.get("rel") == "enclosure":
                enclosure = {
                    "href": _join(url, child.get("href") or ""),
                    "type": child.get("type"),
                    "length": child.get("length"),
                }
                raw.setdefault("enclosures", []).append(enclosure)
                continue
            alternate = _alternate_href(child, url)
            if alternate is not None:
                raw["link"] = alternate
        elif tag in (_ATOM + "published", _ATOM + "updated"):
            key = "published_parsed" if tag == _ATOM + "published" else "updated_parsed"
            _once(raw, key, _date(_text(child)))
        elif tag in (_ATOM + "summary", _ATOM + "content"):
            key = "summary_detail" if tag == _ATOM + "summary" else "content"
            detail = _atom_text(child)
            _once(raw, key, detail if key == "summary_detail" else [detail])
        elif tag == _ATOM + "author":
            _once(raw, "author", _atom_author(child))
        elif tag == _ATOM + "category":
            tags.append({"term": child.get("term") or ""})
        elif tag in (_MEDIA + "content", _MEDIA + "thumbnail"):
            _media(child, raw)
        elif not _harmless(child, _IGNORED_ITEM | {"rights", "contributor"}):
            raise _Unsure
    raw["tags"] = tags
    if "link" not in raw and raw.get("id"):
        raw["link"] = _join(url, raw["id"])  # feedparser treats an Atom id like a permalink guid
    return _finish(_entry(raw, site_url, url, True))


def _atom_text(element: Any) -> dict[str, str]:
    kind = element.get("type", "text")
    if kind not in ("text", "html") or element.get("src") is not None:
        raise _Unsure
    value = _html(element) if kind == "html" else _text(element)
    return {"type": _HTML_TYPES[kind], "value": value}


def _atom_author(author: Any) -> str:
    name = email = None
    for child in author:
        if child.tag == _ATOM + "name":
            name = _text(child)
        elif child.tag == _ATOM + "email":
            email = _text(child)
        elif child.tag != _ATOM + "uri":
            raise _Unsure
    if name and email:
        return f"{name} ({email})"
    return name or email or ""
