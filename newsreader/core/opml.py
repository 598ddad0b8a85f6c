"""OPML subscription lists: lenient import with per-outline reasons, and nested export.

Real OPML files are often not well-formed (raw "&" in titles and URLs), so parsing escapes
stray ampersands and then lets lxml recover; it never loads DTDs, resolves entities or touches
the network. Sections come from outline nesting ("World/Asia"). Pure functions, any thread.
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from newsreader.core.errors import ParseError
from newsreader.core.texts import N_

MAX_OPML_BYTES = 10 * 1024 * 1024
MAX_OUTLINES = 10_000
# Folders nested deeper than this are flattened into the one at this depth (see _Walker).
MAX_SECTION_DEPTH = 32
_STRAY_AMPERSAND = re.compile(rb"&(?!(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);)")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Characters that never belong in a feed URL and suggest shell or markup injection.
_SUSPICIOUS = re.compile(r"[\s<>\"'`|\\^{}]|\$\(")


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One subscription found in (or written to) an OPML file."""

    url: str
    title: str | None
    section_path: str  # "World/Asia"; "" for top level


@dataclass(frozen=True, slots=True)
class OpmlRejected:
    """An outline that was not imported, with the reason shown to the user."""

    text: str
    url: str | None
    reason: str
    section_path: str = ""  # the folder it was in: a folder of nothing but rejects is not made


@dataclass(frozen=True, slots=True)
class OpmlDocument:
    """What an OPML file holds: its title, the feeds, the rejects, and every folder path."""

    title: str | None
    feeds: tuple[OpmlFeed, ...]
    rejected: tuple[OpmlRejected, ...]
    sections: tuple[str, ...] = ()  # every folder, in document order, empty ones included


def parse_opml(data: bytes) -> OpmlDocument:
    """Parse OPML bytes; raise ParseError if they are not (or too much) OPML."""
    if len(data) > MAX_OPML_BYTES:
        size = len(data) // 1048576
        raise ParseError(N_("OPML file too large ({size} MB; limit 10 MB)").format(size=size))
    root = _xml_root(data)
    if root is None:
        raise ParseError(N_("not OPML: the file is not XML"))
    if _local(root) != "opml":
        wrong = N_("not OPML: the root element is <{root}>, not <opml>")
        raise ParseError(wrong.format(root=_local(root)))
    body = next((child for child in root if _local(child) == "body"), None)
    if body is None:
        raise ParseError(N_("not OPML: no <body> element"))
    count = sum(1 for _ in body.iter("{*}outline"))
    if count > MAX_OUTLINES:
        many = N_("OPML file has too many outlines ({count}; limit {limit})")
        raise ParseError(many.format(count=count, limit=MAX_OUTLINES))
    head = next((child for child in root if _local(child) == "head"), None)
    title_element = (
        None if head is None else next((child for child in head if _local(child) == "title"), None)
    )
    title = _clean_text(title_element.text if title_element is not None else None)
    walker = _Walker()
    walker.walk(body, ())
    return OpmlDocument(
        title=title,
        feeds=tuple(walker.feeds),
        rejected=tuple(walker.rejected),
        sections=tuple(walker.sections),
    )


def write_opml(title: str, feeds: Sequence[OpmlFeed], sections: Sequence[str] = ()) -> bytes:
    """Return an OPML 2.0 document: in every folder its feeds first, then its subfolders.

    That layout is also the order parse_opml reads back, so parse(write(x)) == x for feeds
    given in tree order, and write(parse(data)) is stable.
    """
    children: dict[str, list[str]] = {"": []}
    members: dict[str, list[OpmlFeed]] = {"": []}

    def add_folder(path: str) -> None:
        if path in children:
            return
        parent, _, _ = path.rpartition("/")
        add_folder(parent)
        children[parent].append(path)
        children[path] = []
        members[path] = []

    for section in sections:
        add_folder(_normal_path(section))
    for feed in feeds:
        path = _normal_path(feed.section_path)
        add_folder(path)
        members[path].append(feed)

    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    body = etree.SubElement(root, "body")

    def emit(parent: etree._Element, path: str) -> None:
        for feed in members[path]:
            attributes = {"type": "rss", "text": _xml_safe(feed.title or feed.url)}
            if feed.title:
                attributes["title"] = _xml_safe(feed.title)
            attributes["xmlUrl"] = _xml_safe(feed.url)
            etree.SubElement(parent, "outline", attributes)
        for child in children[path]:
            name = _xml_safe(child.rpartition("/")[2])
            emit(etree.SubElement(parent, "outline", text=name, title=name), child)

    emit(body, "")
    return bytes(etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True))


_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot hold, so a name stored before the rule never breaks export."""
    return _XML_INVALID.sub("", text)


def _normal_path(path: str) -> str:
    return "/".join(part.strip() for part in path.split("/") if part.strip())


_PARSER_MAX_DEPTH = 2048  # libxml2's nesting limit with huge_tree


def _xml_root(data: bytes) -> etree._Element | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _XML_DECLARATION.sub("", data.decode("utf-16", errors="replace"), count=1)
        data = text.encode("utf-8")
    data = _STRAY_AMPERSAND.sub(b"&amp;", data)
    # huge_tree raises libxml2's nesting limit from 256 to 2048 levels: under `recover` a
    # deeper file was cut off silently at 256, losing every outline after it (issue 12).
    # Its other effect, allowing larger text nodes, is moot: the input is capped at 10 MB
    # and entities are never expanded.
    parser = etree.XMLParser(
        recover=True,
        resolve_entities=False,
        no_network=True,
        huge_tree=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.Error:
        return None
    if any(
        entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "Excessive depth" in entry.message
        for entry in parser.error_log
    ):
        # The parser stopped at its limit: importing the part before it would drop the rest
        # without a word, so the whole file is refused with the reason.
        raise ParseError(
            N_(
                "OPML outlines are nested more than {depth} levels deep; nothing was imported"
            ).format(depth=_PARSER_MAX_DEPTH)
        )
    return root


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


# Controls, surrogates and noncharacters: the store refuses them in section names (and XML
# cannot hold most of them), so they are dropped from names and titles as they come in.
_UNUSABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)


def _clean_text(value: str | None) -> str | None:
    if not value:
        return None
    # Whitespace controls (tab, newline) become spaces first; the rest are then dropped.
    text = " ".join(_UNUSABLE.sub("", " ".join(html_lib.unescape(value).split())).split())
    return text or None


def _attribute(element: etree._Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if isinstance(key, str) and key.lower() == name:
            return str(value)
    return None


def check_feed_url(raw: str) -> tuple[str | None, str]:
    """Return (usable http(s) URL, "") or (None, reason); feed:// becomes http://."""
    url = raw.strip()
    if not url:
        return None, "empty feed URL"
    if _SUSPICIOUS.search(url):
        return None, "not a valid URL (contains spaces or unsafe characters)"
    lowered = url.lower()
    if lowered.startswith("feed://"):
        url = "http://" + url[7:]
    elif lowered.startswith("feed:"):
        url = url[5:]
    try:
        parts = urlsplit(url)
    except ValueError:
        return None, "not a valid URL"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return None, f"unsupported URL scheme {scheme + ':' if scheme else '(none)'}"
    if not parts.hostname:
        return None, "URL has no host"
    return url, ""


class _Walker:
    """Collects feeds, rejects and folders from an outline tree, depth first.

    The walk keeps its own stack instead of recursing: an outline may nest up to the parser's
    depth limit (thousands of levels), far past Python's recursion limit (issue 12).
    """

    def __init__(self) -> None:
        self.feeds: list[OpmlFeed] = []
        self.rejected: list[OpmlRejected] = []
        self.sections: list[str] = []
        self._seen: set[str] = set()

    def walk(self, parent: etree._Element, path: tuple[str, ...]) -> None:
        stack: list[tuple[Iterator[etree._Element], tuple[str, ...]]] = [(iter(parent), path)]
        while stack:
            children, where = stack[-1]
            outline = next(children, None)
            if outline is None:
                stack.pop()
            elif _local(outline) == "outline":
                inner = self._outline(outline, where)
                if inner is not None:
                    stack.append((iter(outline), inner))

    def _outline(self, outline: etree._Element, path: tuple[str, ...]) -> tuple[str, ...] | None:
        """Record one outline; returns the section path for its children, or None to skip them."""
        text = _clean_text(_attribute(outline, "title")) or _clean_text(_attribute(outline, "text"))
        raw_url = _attribute(outline, "xmlurl")
        if raw_url is None and _attribute(outline, "type") in ("rss", "atom", None):
            raw_url = _attribute(outline, "url")
        has_children = any(_local(child) == "outline" for child in outline)
        if (
            raw_url is None
            and not has_children
            and (text is None or _attribute(outline, "type") or _attribute(outline, "htmlurl"))
        ):
            self.rejected.append(OpmlRejected(text or "", None, "no feed URL", "/".join(path)))
            return None
        if raw_url is None:
            if len(path) >= MAX_SECTION_DEPTH:
                # Folders this deep are merged into their ancestor at the limit: the feeds
                # inside still import, and the section tree stays one a person can open.
                return path if has_children else None
            # A folder (or an empty one); "/" would split the section path, so it is replaced.
            name = (text or "Untitled").replace("/", "-")
            section = "/".join((*path, name))
            self.sections.append(section)
            return (*path, name) if has_children else None
        url, reason = check_feed_url(raw_url)
        label = text or raw_url.strip()
        if url is None:
            self.rejected.append(
                OpmlRejected(label, raw_url.strip() or None, reason, "/".join(path))
            )
        elif url in self._seen:
            self.rejected.append(OpmlRejected(label, url, "duplicate", "/".join(path)))
        else:
            self._seen.add(url)
            title = text if text and text != url else None
            self.feeds.append(OpmlFeed(url=url, title=title, section_path="/".join(path)))
        return path if has_children else None
