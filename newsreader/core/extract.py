"""Main-text extraction from an article's web page (trafilatura), sanitized like feed HTML.

Summary-only feeds give the reader two lines; the page itself holds the story between menus,
ads and comment threads. trafilatura finds the main text and keeps paragraphs, headings,
lists, links and images; the result then goes through `sanitize_html` with the page's URL as
the base, so what is stored is as safe as any feed body. Pure; any thread or process.
"""

from __future__ import annotations

import importlib
import logging

from newsreader.core.sanitize import html_to_text, sanitize_html

log = logging.getLogger("newsreader.extract")

# Less visible text than this is a cookie wall, a teaser or a failed extraction, not an article.
MIN_TEXT_CHARS = 200


def extract_article_html(page: bytes | str, url: str) -> str | None:
    """The page's main text as sanitized HTML, or None when no article text was found.

    trafilatura decodes bytes itself (meta charset, then detection), which matters for the
    many news pages in legacy encodings.
    """
    try:
        # Imported on first use: it costs ~0.2 s and only page extraction needs it.
        trafilatura = importlib.import_module("trafilatura")
        found = trafilatura.extract(
            page,
            url=url,
            output_format="html",
            include_comments=False,
            include_tables=True,
            include_images=True,
            include_links=True,
            include_formatting=True,
        )
    except Exception as exc:  # trafilatura on hostile markup: a page must never stop a refresh
        log.warning("extraction failed (%s: %s)", type(exc).__name__, exc)
        return None
    if not found:
        return None
    cleaned = sanitize_html(found, url)
    if len(html_to_text(cleaned)) < MIN_TEXT_CHARS:
        return None
    return cleaned
