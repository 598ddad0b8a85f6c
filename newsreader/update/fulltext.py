"""Full text for summary-only feeds: decide which feeds need it, fetch and extract the page.

Many news feeds publish two lines and a link; offline, that is all the reader would have. For
those feeds (detected from the entries, or forced per feed) the article page is fetched with
the shared Fetcher (same limits, no cookies, no Referer) and its main text extracted by
`core.extract`. Runs on the offline stage's fetch threads; nothing here touches the database.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from newsreader.core.extract import extract_article_html
from newsreader.core.failures import failure_line, retry_later
from newsreader.core.fetch import Fetcher
from newsreader.core.html_text import index_text
from newsreader.core.types import FetchKind, FetchResult, ParsedEntry
from newsreader.core.urls import redact_url
from newsreader.update.images import (
    HostMemory,
    Refusal,
    address_refusal,
    fetch_for_feed,
    guarded_fetch,
)

log = logging.getLogger("newsreader.update.fulltext")

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
PAGE_MAX_BYTES = 5 * 1024 * 1024
# An entry whose body has less text than this carries a summary, not the article.
SHORT_TEXT_CHARS = 600


class FullTextMode(StrEnum):
    """Per-feed choice, stored in feeds.full_text_mode."""

    AUTO = "auto"  # fetch pages when most entries are short
    ALWAYS = "always"
    NEVER = "never"


def _has_long_text(entry: ParsedEntry) -> bool:
    """Whether an entry carries SHORT_TEXT_CHARS of text or more.

    This runs on the writer thread for every new entry, so the text is only extracted when
    the markup's length leaves the answer open: text is never longer than its HTML, and
    article markup does not outweigh its text eight to one.
    """
    html = entry.content or entry.summary or ""
    if len(html) < SHORT_TEXT_CHARS:
        return False
    if len(html) >= 8 * SHORT_TEXT_CHARS:
        return True
    return len(index_text(html)) >= SHORT_TEXT_CHARS


def is_summary_only(entries: Sequence[ParsedEntry]) -> bool:
    """True when most entries have no content or only a short one (< ~600 characters)."""
    if not entries:
        return False
    long_ones = 0
    for seen, entry in enumerate(entries, 1):
        if _has_long_text(entry):
            long_ones += 1
            if long_ones * 2 >= len(entries):
                return False  # the majority can no longer be short
        elif (seen - long_ones) * 2 > len(entries):
            return True
    return False


def wants_full_text(mode: str, entries: Sequence[ParsedEntry]) -> bool:
    """Whether this feed's new articles get their pages fetched."""
    if mode == FullTextMode.ALWAYS:
        return True
    if mode == FullTextMode.NEVER:
        return False
    return is_summary_only(entries)


@dataclass(frozen=True, slots=True)
class FullTextOutcome:
    """What fetching one article's page gave: sanitized HTML, or why there is none."""

    article_id: int
    html: str | None
    error: str | None = None
    transient: bool = False  # a network failure: worth trying again later


class PageExtractor:
    """Fetches an article page and extracts its main text. Thread-safe (holds only settings)."""

    def __init__(self, fetcher: Fetcher, max_bytes: int = PAGE_MAX_BYTES) -> None:
        self._fetcher = fetcher
        self._max_bytes = max_bytes

    def fetch(
        self, article_id: int, page_url: str, feed_url: str, hosts: HostMemory | None = None
    ) -> FullTextOutcome:
        """Never raises: every failure is an outcome with a one-line error. With the
        refresh's `hosts`, a site that did not answer before is not asked again."""
        try:
            return self._fetch(article_id, page_url, feed_url, hosts)
        except Exception as exc:  # a bug must not stop the other pages
            log.exception("full text of %s failed", redact_url(page_url))
            return FullTextOutcome(article_id, None, f"internal error ({type(exc).__name__})")

    def _fetch(
        self, article_id: int, page_url: str, feed_url: str, hosts: HostMemory | None
    ) -> FullTextOutcome:
        def fetch() -> FetchResult | Refusal:
            refusal = address_refusal(page_url, feed_url)
            if refusal is not None:
                return refusal
            return fetch_for_feed(
                self._fetcher, page_url, feed_url, accept=PAGE_ACCEPT, max_bytes=self._max_bytes
            )

        result = guarded_fetch(hosts, page_url, fetch)
        if isinstance(result, str):  # the site did not answer earlier in this refresh
            return FullTextOutcome(article_id, None, result, transient=True)
        if isinstance(result, Refusal):
            return FullTextOutcome(article_id, None, result.message, result.transient)
        if result.kind is not FetchKind.OK or result.body is None:
            error = failure_line(result)
            log.info("full text of %s: %s", redact_url(page_url), error)
            transient = retry_later(result.failure)
            return FullTextOutcome(article_id, None, error, transient=transient)
        kind = (result.content_type or "text/html").split(";", 1)[0].strip().lower()
        if kind not in ("text/html", "application/xhtml+xml", "text/plain", ""):
            return FullTextOutcome(article_id, None, f"not a web page ({kind})")
        html = extract_article_html(result.body, result.final_url)
        if html is None:
            return FullTextOutcome(article_id, None, "no article text found on the page")
        return FullTextOutcome(article_id, html)
