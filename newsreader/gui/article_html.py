"""The reader pane's HTML: a news-page layout around the stored, already sanitized body.

Pure string work (no Qt, no I/O), so it is cheap on the GUI thread and easy to test. Titles,
authors, feed and section names are plain text and always escaped. Images are rewritten to the
local-cache scheme when cached and dropped otherwise, so the pane never has a remote URL to
load; `ReaderPane.loadResource` is the second gate.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsreader.core.types import Article, ArticleRow

CACHE_SCHEME = "newsreader-image"
ARTICLE_SCHEME = "newsreader"  # newsreader://article/123, newsreader://section/World/Asia

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PaneStyle:
    """Colours (CSS hex) from the widget palette, and the zoomed base size in points."""

    text: str
    muted: str
    link: str
    rule: str
    accent: str
    base_pt: float = 12.0


@dataclass(frozen=True, slots=True)
class LinkBox:
    """A titled list of articles under the body (Related articles, Most popular)."""

    title: str
    rows: Sequence[ArticleRow]


def article_url(article_id: int) -> str:
    return f"{ARTICLE_SCHEME}://article/{article_id}"


def section_url(path: str) -> str:
    return f"{ARTICLE_SCHEME}://section/{path}"


def image_url(sha256: str) -> str:
    return f"{CACHE_SCHEME}:{sha256}"


@dataclass(frozen=True, slots=True)
class ImageRef:
    """A cached image as the page needs it: its hash and its size (0 when unknown)."""

    sha256: str
    width: int = 0
    height: int = 0


def image_tag(image: ImageRef, max_width: int, alt: str = "") -> str:
    """An <img> on the cache scheme, sized to fit the text column (Qt needs explicit sizes)."""
    size = ""
    if image.width > 0 and image.height > 0:
        width = min(image.width, max_width)
        height = round(image.height * width / image.width)
        size = f' width="{width}" height="{height}"'
    return f'<img src="{image_url(image.sha256)}"{size} alt="{html.escape(alt)}">'


def rewrite_images(body: str, cached: Mapping[str, ImageRef], max_width: int = 640) -> str:
    """Point cached images (original URL → ImageRef) at the local cache; drop the rest."""

    def replace(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        if src is None:
            return ""
        url = html.unescape(next(g for g in src.groups() if g is not None))
        image = cached.get(url)
        if image is None:
            return ""
        alt = _ALT.search(tag)
        alt_text = next((g for g in alt.groups() if g is not None), "") if alt else ""
        return image_tag(image, max_width, html.unescape(alt_text))

    return _IMG.sub(replace, body)


def body_html(article: Article) -> str:
    """The richest body the article has: content, else extracted full text, else summary."""
    for candidate in (article.content, article.full_text, article.summary):
        if candidate and candidate.strip():
            if "<" in candidate:
                return candidate
            paragraphs = [p.strip() for p in candidate.split("\n\n") if p.strip()]
            return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return ""


def stylesheet(style: PaneStyle) -> str:
    """Document-wide CSS (Qt's rich-text subset: sizes in pt, no max-width)."""
    b = style.base_pt
    return f"""
body {{ color: {style.text}; font-family: "DejaVu Serif", Georgia, serif; font-size: {b:.1f}pt; }}
p {{ margin-top: 0; margin-bottom: {b * 0.9 * 1.33:.0f}px; line-height: 150%; }}
a {{ color: {style.link}; text-decoration: none; }}
h1, h2, h3, h4 {{ font-family: "DejaVu Sans", sans-serif; }}
.crumbs {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.78:.1f}pt;
  color: {style.muted}; text-transform: uppercase; margin-bottom: {b * 0.5 * 1.33:.0f}px; }}
.crumbs a {{ color: {style.accent}; font-weight: bold; }}
.title {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 1.9:.1f}pt; font-weight: bold;
  margin-top: 0; margin-bottom: {b * 0.6 * 1.33:.0f}px; line-height: 120%; }}
.title a {{ color: {style.text}; }}
.dateline {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.82:.1f}pt;
  color: {style.muted}; margin-bottom: {b * 1.4 * 1.33:.0f}px; }}
.lead {{ margin-bottom: {b * 1.33:.0f}px; }}
.boxtitle {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.8:.1f}pt; font-weight: bold;
  color: {style.accent}; text-transform: uppercase; margin-top: {b * 2 * 1.33:.0f}px; }}
.boxitem {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.92:.1f}pt;
  margin-bottom: {b * 0.4 * 1.33:.0f}px; }}
.empty {{ color: {style.muted}; font-family: "DejaVu Sans", sans-serif; }}
"""


def render_article(
    article: Article,
    *,
    date_text: str,
    cached_images: Mapping[str, ImageRef],
    boxes: Sequence[LinkBox] = (),
    lead_image: ImageRef | None = None,
    max_image_width: int = 640,
) -> str:
    """The pane's HTML for one article (breadcrumb, title, date line, lead image, body, boxes)."""
    parts: list[str] = []
    crumbs = ['<a href="newsreader://section/">Home</a>']
    path = [p for p in article.section_path.split("/") if p]
    for depth, name in enumerate(path):
        target = "/".join(path[: depth + 1])
        crumbs.append(f'<a href="{html.escape(section_url(target))}">{html.escape(name)}</a>')
    parts.append(f'<p class="crumbs">{" &nbsp;›&nbsp; ".join(crumbs)}</p>')

    title = html.escape(article.title or "(untitled)")
    url = article.url or ""
    if url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(url)}">{title}</a>'
    parts.append(f'<p class="title">{title}</p>')

    dateline = [html.escape(date_text)] if date_text else []
    dateline.append(html.escape(article.feed_title))
    if article.author:
        dateline.append(f"by {html.escape(article.author)}")
    parts.append(f'<p class="dateline">{" &nbsp;·&nbsp; ".join(dateline)}</p>')

    body = rewrite_images(body_html(article), cached_images, max_image_width)
    if lead_image is not None and image_url(lead_image.sha256) not in body:
        parts.append(f'<p class="lead">{image_tag(lead_image, max_image_width)}</p>')
    parts.append(body or '<p class="empty">This article has no text. Press O to open it.</p>')

    for box in boxes:
        if not box.rows:
            continue
        parts.append(f'<p class="boxtitle">{html.escape(box.title)}</p>')
        for row in box.rows:
            link = f'<a href="{article_url(row.id)}">{html.escape(row.title)}</a>'
            parts.append(f'<p class="boxitem">{link}</p>')
    return f"<html><body>{''.join(parts)}</body></html>"


def render_placeholder(text: str) -> str:
    return f'<html><body><p class="empty">{html.escape(text)}</p></body></html>'
