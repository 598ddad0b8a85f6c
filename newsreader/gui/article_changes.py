"""What an updated article says it changed: the "Updated 2 hours ago" line and the word diff.

HTML for the reader pane (a QTextBrowser), beside article_html. The kept versions come from
the Library (`article_versions`, a bounded read of at most a few rows); the diff is
core.textdiff's, from the text of each version's HTML. Everything a feed wrote is escaped:
the diff is shown as text, never as the feed's markup. Added words are underlined on a green
ground, removed ones struck through on a red one, so the two differ without colour too.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from newsreader.core.textdiff import PARAGRAPH, Change, Run, plain_text, word_diff
from newsreader.core.types import Article, ArticleVersion
from newsreader.gui.article_html import ARTICLE_SCHEME, PaneStyle
from newsreader.gui.dates import relative_time as ago


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticleChanges", text)


def changes_url(article_id: int, show: bool) -> str:
    """The pane's own link: newsreader://changes/123/show (or /hide)."""
    return f"{ARTICLE_SCHEME}://changes/{article_id}/{'show' if show else 'hide'}"


def updated_html(
    article_id: int, versions: Sequence[ArticleVersion], now_ts: float, showing: bool
) -> str:
    """The line under the date line: "Updated 2 hours ago · Show changes" (or Hide)."""
    if not versions:
        return ""
    when = ago(now_ts - versions[0].changed_at.timestamp())
    text = _tr("Updated {when}").format(when=when)
    link = _tr("Hide changes") if showing else _tr("Show changes")
    href = html.escape(changes_url(article_id, not showing))
    return (
        f'<p class="updated">{html.escape(text)} &nbsp;·&nbsp; '
        f'<a href="{href}">{html.escape(link)}</a></p>'
    )


def _body(summary: str | None, content: str | None) -> str:
    return plain_text(content if content and content.strip() else summary)


def _runs_html(runs: Sequence[Run], css: str = "") -> str:
    """Runs as paragraphs of escaped text, added and removed words in their own spans."""
    paragraphs: list[str] = []
    current: list[str] = []
    for kind, text in runs:
        pieces = text.split(PARAGRAPH)
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append("".join(current))
                current = []
            if not piece:
                continue
            words = html.escape(piece)
            if current:
                words = " " + words
            if kind is Change.EQUAL:
                current.append(words)
            else:
                current.append(f'<span class="{kind.value}">{words.strip()}</span>')
                if words.startswith(" "):
                    current[-1] = " " + current[-1]
    paragraphs.append("".join(current))
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{p}</p>" for p in paragraphs if p.strip())


def changes_html(article: Article, versions: Sequence[ArticleVersion], now_ts: float) -> str:
    """Each kept change, newest first: its time, then the title and text word by word."""
    legend = _tr("Added text is underlined, removed text is struck through.")
    parts = [f'<p class="note">{html.escape(legend)}</p>']
    newer_title, newer_body = article.title or "", _body(article.summary, article.content)
    for version in versions:
        old_title, old_body = version.title or "", _body(version.summary, version.content)
        when = ago(now_ts - version.changed_at.timestamp())
        head = _tr("Changed {when}").format(when=when)
        parts.append(f'<p class="changehead">{html.escape(head)}</p>')
        if old_title.split() != newer_title.split():
            parts.append(_runs_html(word_diff(old_title, newer_title), "changetitle"))
        runs = word_diff(old_body, newer_body)
        if any(kind is not Change.EQUAL for kind, _ in runs):
            parts.append(_runs_html(runs))
        else:
            parts.append(f'<p class="empty">{html.escape(_tr("The text did not change."))}</p>')
        newer_title, newer_body = old_title, old_body
    return "".join(parts)


def changes_css(style: PaneStyle) -> str:
    """The diff's colours, readable on light and dark grounds (the pane's text colour says
    which one it is)."""
    dark = QColor(style.text).lightnessF() > 0.5
    added, removed = ("#1e4d2b", "#5a2424") if dark else ("#d4f4dc", "#fbdcdc")
    b = style.base_pt
    return f"""
.updated {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.82:.1f}pt;
  color: {style.muted}; margin-bottom: {b * 1.4 * 1.33:.0f}px; }}
.changehead {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 0.8:.1f}pt;
  font-weight: bold; color: {style.accent}; text-transform: uppercase;
  margin-top: {b * 1.33:.0f}px; }}
.changetitle {{ font-family: "DejaVu Sans", sans-serif; font-size: {b * 1.2:.1f}pt;
  font-weight: bold; }}
span.added {{ background-color: {added}; text-decoration: underline; }}
span.removed {{ background-color: {removed}; text-decoration: line-through; }}
"""
