"""A web page parsed for its <head> links (feed autodiscovery, site icons).

lxml's HTML parser copes with any real page and never touches the network; relative links
resolve against the page's <base href> when it has one. Pure functions, any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html


@dataclass(frozen=True, slots=True)
class Page:
    document: lxml_html.HtmlElement
    base: str  # what relative links resolve against

    def links(self) -> list[lxml_html.HtmlElement]:
        return list(self.document.iter("link"))


def parse_page(html: bytes, page_url: str, max_bytes: int) -> Page | None:
    """The page's first `max_bytes`, parsed; None for an empty or unparsable page."""
    if not html.strip():
        return None
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)
    try:
        document = lxml_html.document_fromstring(html[:max_bytes], parser=parser)
    except (etree.ParserError, ValueError):
        return None
    base = page_url
    for element in document.iter("base"):
        href = (element.get("href") or "").strip()
        if href:
            base = urljoin(page_url, href)
        break
    return Page(document, base)
