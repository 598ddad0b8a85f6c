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

from PySide6.QtCore import QCoreApplication

from newsreader.core.types import Article, ArticleRow

CACHE_SCHEME = "newsreader-image"
ARTICLE_SCHEME = "newsreader"  # newsreader://article/123, newsreader://section/World/Asia
# Image states (article_images.state) that get a placeholder; tracker and refused stay hidden.
PLACEHOLDER_STATES = frozenset({"pending", "skipped", "failed"})

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


# The body's face when the profile chose none; Settings › Reading shows this same family.
DEFAULT_READER_FONT = "DejaVu Serif"


@dataclass(frozen=True, slots=True)
class PaneStyle:
    """Colours (CSS hex) from the widget palette, and the zoomed base size in points."""

    text: str
    muted: str
    link: str
    rule: str
    accent: str
    base_pt: float = 12.0
    panel: str = "#eeeeee"  # placeholder background, a step off the page colour
    family: str = DEFAULT_READER_FONT  # the reader font (settings: reader_font)


@dataclass(frozen=True, slots=True)
class LinkBox:
    """A titled list of articles under the body (Related articles, Most popular)."""

    title: str
    rows: Sequence[ArticleRow]
    notes: Sequence[str] = ()  # per row (same order): why it is listed, as a line and tooltip


def article_url(article_id: int) -> str:
    return f"{ARTICLE_SCHEME}://article/{article_id}"


def section_url(path: str) -> str:
    return f"{ARTICLE_SCHEME}://section/{path}"


def load_images_url(article_id: int) -> str:
    return f"{ARTICLE_SCHEME}://load-images/{article_id}"


def body_url(article_id: int, source: str) -> str:
    """Switch the shown body: source "summary" or "full" (the text from the web page)."""
    return f"{ARTICLE_SCHEME}://body/{article_id}/{source}"


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


@dataclass(frozen=True, slots=True)
class Placeholders:
    """What stands in for images that are not cached: their states and the "load" link.

    `load_href` None means no link is offered (images policy "never").
    """

    states: Mapping[str, str]
    load_href: str | None = None


def placeholder_html(state: str, load_href: str | None) -> str:
    """A neutral box where an uncached image would be; never a remote reference."""
    if state == "failed":
        text = QCoreApplication.translate("ArticleHtml", "Image could not be downloaded")
        link = QCoreApplication.translate("ArticleHtml", "try again")
    else:
        text = QCoreApplication.translate("ArticleHtml", "Image not downloaded")
        link = QCoreApplication.translate("ArticleHtml", "load image")
    if load_href is not None:
        text += f' &nbsp;·&nbsp; <a href="{html.escape(load_href)}">{link}</a>'
    return (
        '<table class="imgph" width="100%" cellpadding="14" cellspacing="0"><tr>'
        f'<td class="imgph" align="center">▨ &nbsp;{text}</td></tr></table>'
    )


def rewrite_images(
    body: str,
    cached: Mapping[str, ImageRef],
    max_width: int = 640,
    placeholders: Placeholders | None = None,
) -> str:
    """Point cached images (original URL → ImageRef) at the local cache; uncached ones become
    placeholders when their state allows it (pending, skipped, failed), else vanish."""

    def replace(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        if src is None:
            return ""
        url = html.unescape(next(g for g in src.groups() if g is not None))
        image = cached.get(url)
        if image is None:
            state = placeholders.states.get(url) if placeholders is not None else None
            if placeholders is None or state not in PLACEHOLDER_STATES:
                return ""
            return placeholder_html(state, placeholders.load_href)
        alt = _ALT.search(tag)
        alt_text = next((g for g in alt.groups() if g is not None), "") if alt else ""
        return image_tag(image, max_width, html.unescape(alt_text))

    return _IMG.sub(replace, body)


def _as_html(candidate: str) -> str:
    if "<" in candidate:
        return candidate
    paragraphs = [p.strip() for p in candidate.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def body_source(article: Article, prefer_summary: bool = False) -> tuple[str, str]:
    """(HTML, source) of the richest body: "content", else "full" (the extracted page text),
    else "summary"; with `prefer_summary` the feed's summary wins over the extracted text."""
    order = [("content", article.content), ("full", article.full_text)]
    order.insert(1 if prefer_summary else 2, ("summary", article.summary))
    for source, candidate in order:
        if candidate and candidate.strip():
            return _as_html(candidate), source
    return "", "none"


def body_html(article: Article) -> str:
    """The richest body the article has: content, else extracted full text, else summary."""
    return body_source(article)[0]


def stylesheet(style: PaneStyle) -> str:
    """Document-wide CSS (Qt's rich-text subset: sizes in pt, no max-width)."""
    b = style.base_pt
    return f"""
body {{ color: {style.text}; font-family: "{style.family}", Georgia, serif; font-size: {b:.1f}pt; }}
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
.boxnote {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.72:.1f}pt;
  color: {style.muted}; margin-top: 0; margin-bottom: {b * 0.6 * 1.33:.0f}px; }}
.note {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.78:.1f}pt;
  color: {style.muted}; margin-bottom: {b * 1.33:.0f}px; }}
table.imgph {{ background-color: {style.panel}; margin-top: 6px; margin-bottom: 18px; }}
td.imgph {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.8:.1f}pt;
  color: {style.muted}; }}
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
    placeholders: Placeholders | None = None,
    prefer_summary: bool = False,
    updated: str = "",
    changes: str | None = None,
    rtl: bool = False,
) -> str:
    """The pane's HTML for one article (breadcrumb, title, date line, lead image, body, boxes).

    `placeholders` (image states and the "load image" link) turns uncached images into
    neutral boxes; `prefer_summary` shows the feed's summary instead of the page's full text.
    `updated` (HTML, article_changes) goes under the date line; `changes` (HTML, the word
    diff) takes the body's place while the reader looks at what changed. `rtl` (issue 17,
    gui/direction.py) lays the whole page out right to left and right-aligned; otherwise it
    is left to right, even in a mirrored window.
    """
    parts: list[str] = []
    home = html.escape(QCoreApplication.translate("ArticleHtml", "Home"))
    crumbs = [f'<a href="newsreader://section/">{home}</a>']
    path = [p for p in article.section_path.split("/") if p]
    for depth, name in enumerate(path):
        target = "/".join(path[: depth + 1])
        crumbs.append(f'<a href="{html.escape(section_url(target))}">{html.escape(name)}</a>')
    parts.append(f'<p class="crumbs">{" &nbsp;›&nbsp; ".join(crumbs)}</p>')

    title = html.escape(article.title or QCoreApplication.translate("ArticleHtml", "(untitled)"))
    url = article.url or ""
    if url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(url)}">{title}</a>'
    parts.append(f'<p class="title">{title}</p>')

    dateline = [html.escape(date_text)] if date_text else []
    dateline.append(html.escape(article.feed_title))
    if article.author:
        dateline.append(
            QCoreApplication.translate("ArticleHtml", "by {author}").format(
                author=html.escape(article.author)
            )
        )
    parts.append(f'<p class="dateline">{" &nbsp;·&nbsp; ".join(dateline)}</p>')
    parts.append(updated)
    if changes is not None:
        parts.append(changes)
        parts.extend(_box_html(box) for box in boxes if box.rows)
        return _page(parts, rtl)

    raw, source = body_source(article, prefer_summary)
    note = _source_note(article, source)
    body = rewrite_images(raw, cached_images, max_image_width, placeholders)
    if lead_image is not None and image_url(lead_image.sha256) not in body:
        parts.append(f'<p class="lead">{image_tag(lead_image, max_image_width)}</p>')
    elif lead_image is None and article.image and placeholders is not None:
        state = placeholders.states.get(article.image)
        if state in PLACEHOLDER_STATES and article.image not in raw:
            parts.append(placeholder_html(state, placeholders.load_href))
    if note:
        parts.append(note)
    parts.append(body or '<p class="empty">This article has no text. Press O to open it.</p>')
    parts.extend(_box_html(box) for box in boxes if box.rows)
    return _page(parts, rtl)


def _page(parts: Sequence[str], rtl: bool) -> str:
    """The document around the parts, in the article's direction (Qt reads `dir` and
    `align` on block elements; the div carries both to every paragraph inside)."""
    side = ' dir="rtl" align="right"' if rtl else ' dir="ltr" align="left"'
    direction = "rtl" if rtl else "ltr"
    return f'<html><body dir="{direction}"><div{side}>{"".join(parts)}</div></body></html>'


def _source_note(article: Article, source: str) -> str:
    """Where the body comes from, when the feed's summary is not all there is to show."""
    has_full = bool(article.full_text and article.full_text.strip())
    has_summary = bool(article.summary and article.summary.strip())
    if source == "full":
        switch = ""
        if has_summary:
            href = html.escape(body_url(article.id, "summary"))
            link = QCoreApplication.translate("ArticleHtml", "show the feed’s summary")
            switch = f' &nbsp;·&nbsp; <a href="{href}">{html.escape(link)}</a>'
        where = QCoreApplication.translate("ArticleHtml", "From the web page")
        return f'<p class="note">{html.escape(where)}{switch}</p>'
    if source == "summary" and has_full and not (article.content and article.content.strip()):
        href = html.escape(body_url(article.id, "full"))
        where = QCoreApplication.translate("ArticleHtml", "The feed’s summary")
        link = QCoreApplication.translate("ArticleHtml", "show the full text from the web page")
        return (
            f'<p class="note">{html.escape(where)} &nbsp;·&nbsp; '
            f'<a href="{href}">{html.escape(link)}</a></p>'
        )
    return ""


def _box_html(box: LinkBox) -> str:
    parts = [f'<p class="boxtitle">{html.escape(box.title)}</p>']
    for i, row in enumerate(box.rows):
        note = box.notes[i] if i < len(box.notes) else ""
        tip = f' title="{html.escape(note)}"' if note else ""
        link = f'<a href="{article_url(row.id)}"{tip}>{html.escape(row.title)}</a>'
        line = f'<br><span class="boxnote">{html.escape(note)}</span>' if note else ""
        parts.append(f'<p class="boxitem">{link}{line}</p>')
    return "".join(parts)


def render_placeholder(text: str) -> str:
    return f'<html><body><p class="empty">{html.escape(text)}</p></body></html>'
