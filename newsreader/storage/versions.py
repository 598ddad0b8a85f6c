"""Previous versions of articles whose feeds changed their text (issue 19, schema 9).

`keep_previous` runs in the writer's transaction, just before a batch of rewrites overwrites
the rows: an article whose visible text changes (its title, or its body as
`core.html_text.body_text` reads it, so markup noise alone keeps nothing) gets its stored
title, summary and content copied into `article_versions`. The newest `KEEP_VERSIONS` per
article are kept; `core.decide.MAX_CHANGES` bounds how often an article is rewritten at all,
so a feed that rewrites every entry on every fetch adds at most that many per article.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from newsreader.core.html_text import body_text
from newsreader.core.types import ArticleVersion, ParsedEntry

KEEP_VERSIONS = 3
_CHUNK = 500  # ids per IN (...) query, below SQLite's variable limit


def _visible(title: str | None, summary: str | None, content: str | None) -> tuple[str, str]:
    return (" ".join((title or "").split()), " ".join(body_text(summary, content).split()))


def keep_previous(
    conn: sqlite3.Connection, rewrites: Sequence[tuple[int, int, ParsedEntry]], now_ts: float
) -> list[int]:
    """Store the previous text of each (article id, feed id, new entry) whose text changes.

    Returns the ids of the articles whose visible text changed.
    """
    wanted = {(aid, feed_id): e for aid, feed_id, e in rewrites}
    ids = list(dict.fromkeys(aid for aid, _, _ in rewrites))
    changed: list[int] = []
    rows: list[tuple[int, float, str | None, str | None, str | None]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for aid, feed_id, title, summary, content in conn.execute(
            f"SELECT id, feed_id, title, summary, content FROM articles WHERE id IN ({marks})",
            chunk,
        ):
            e = wanted.get((aid, feed_id))
            if e is None:
                continue
            if _visible(title, summary, content) == _visible(e.title, e.summary, e.content):
                continue
            changed.append(aid)
            rows.append((aid, now_ts, title, summary, content))
    conn.executemany(
        "INSERT INTO article_versions(article_id, changed_at, title, summary, content) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "DELETE FROM article_versions WHERE article_id = ? AND id NOT IN "
        "(SELECT id FROM article_versions WHERE article_id = ? "
        "ORDER BY changed_at DESC, id DESC LIMIT ?)",
        [(aid, aid, KEEP_VERSIONS) for aid in changed],
    )
    return changed


def article_versions(conn: sqlite3.Connection, article_id: int) -> list[ArticleVersion]:
    """The kept earlier versions of an article, newest first."""
    return [
        ArticleVersion(datetime.fromtimestamp(at, tz=UTC), title, summary, content)
        for at, title, summary, content in conn.execute(
            "SELECT changed_at, title, summary, content FROM article_versions "
            "WHERE article_id = ? ORDER BY changed_at DESC, id DESC LIMIT ?",
            (article_id, KEEP_VERSIONS),
        )
    ]
