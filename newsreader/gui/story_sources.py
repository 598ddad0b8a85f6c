"""Stories in the window (issue 19): "+2 sources" on a list row, "Also reported by" in the pane.

The list shows a story once (storage.story_list picks the row); its feed cell says how many
other feeds carry it. Under the article, the pane lists the other feeds' takes (title, feed,
time); each link opens that article in the pane, like the Related box. `story_box` runs on the
background reader with the other boxes (reader_boxes.compute_boxes); the texts are built on
any thread through QCoreApplication.translate.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from newsreader.core.ports import LibraryReader
from newsreader.core.types import Article, ArticleRow
from newsreader.gui.article_html import LinkBox
from newsreader.gui.dates import relative_time

SOURCES_SHOWN = 10  # a big story has dozens of copies: the pane lists the first ten


def story_feed_text(row: ArticleRow) -> str:
    """The feed cell of a story's row: "BBC News +2 sources"."""
    others = max(0, row.sources - 1)
    return QCoreApplication.translate("StorySources", "{feed} +%n source(s)", None, others).format(
        feed=row.feed_title
    )


def story_feed_tooltip(row: ArticleRow) -> str:
    others = max(0, row.sources - 1)
    return QCoreApplication.translate(
        "StorySources", "{feed}; %n other feed(s) carry this story: the article lists them.",
        None, others,
    ).format(feed=row.feed_title)  # fmt: skip


def source_note(row: ArticleRow, now: datetime) -> str:
    """ "BBC News · 2 hours ago": the line under a source's title."""
    if row.published is None:
        return row.feed_title
    when = relative_time(max(0.0, (now - row.published).total_seconds()))
    return QCoreApplication.translate("StorySources", "{feed} · {when}").format(
        feed=row.feed_title, when=when
    )


def story_box(library: LibraryReader, article: Article, now: datetime) -> LinkBox | None:
    """The other feeds' articles of the shown article's story, earliest first; None when it
    stands alone. Runs on the background reader (one query on the articles_story index)."""
    rows = list(library.story_sources(article.id, SOURCES_SHOWN))
    if not rows:
        return None
    notes = [source_note(row, now) for row in rows]
    return LinkBox(QCoreApplication.translate("StorySources", "Also reported by"), rows, notes)
