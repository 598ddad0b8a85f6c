"""Stories in the article list and the pane (issue 19): one row per story, its other sources.

`articles.story_id` ties the articles of different feeds about one event together (the id of
the story's first stored article, on every member; NULL for an article alone; the clustering
engine in storage.stories fills it). Here:

- `collapse`: the list condition that shows a story once, as its **earliest stored member in
  the list's own scope** (lowest id among the members the same filters select). The simpler
  `story_id IS NULL OR story_id = id` would lose stories whose first article is out of scope
  (another section, already read in Unread, not starred in Starred). The NOT EXISTS probes
  the partial index articles_story(story_id) with `id <` a bound, a handful of rows per
  story, and only for rows that have a story: bench/story_list.py measures the page query at
  100k articles (EXPLAIN QUERY PLAN: the list's own index, then the articles_story probe).
  It is a filter on the same (sort_time, id) order, so keyset pagination stays exact.
- `sources`: for one page of rows, how many feeds carry each row's story (one bounded query).
- `story_sources`: the story's other articles, for the pane's "Also reported by".
- `follow_read`: the option prefs.STORY_MARK_READ, in the transaction of the read itself.

Reads run on any reading thread (bounded: one page, one story); `follow_read` on the writer.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from newsreader.core import prefs
from newsreader.core.types import ArticleRow, PageCursor
from newsreader.storage import prefs as stored_prefs
from newsreader.storage.queries import chunks
from newsreader.storage.rows import ROW_COLUMNS, list_row

_OUTER_ALIAS = re.compile(r"\ba\.")


def collapse(conds: Sequence[str], params: Sequence[Any]) -> tuple[str, list[Any]]:
    """The condition (and its parameters) that keeps one row per story under `conds`.

    `conds`/`params` are the list's filters from storage.queries.where (written on alias
    `a`); the same filters are applied to the other members (alias `b`), so the row shown
    is the earliest member the list itself would show.
    """
    inner = "".join(f" AND {_OUTER_ALIAS.sub('b.', cond)}" for cond in conds)
    sql = (
        "(a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM articles b "
        f"WHERE b.story_id = a.story_id AND b.id < a.id{inner}))"
    )
    return sql, list(params)


def sources(conn: sqlite3.Connection, article_ids: Sequence[int]) -> dict[int, int]:
    """{article id: feeds carrying its story} for the ids that belong to a story of ≥ 2.

    One query per 500 ids (a list page is 100): each probe walks one story's members.
    Hidden members (a rule hid them) are not counted.
    """
    out: dict[int, int] = {}
    for part in chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        for aid, count in conn.execute(
            "SELECT a.id, (SELECT count(DISTINCT b.feed_id) FROM articles b "
            "WHERE b.story_id = a.story_id AND b.hidden = 0) "
            f"FROM articles a WHERE a.id IN ({marks}) AND a.story_id IS NOT NULL",
            part,
        ):
            if count and count > 1:
                out[int(aid)] = int(count)
    return out


def with_sources(
    conn: sqlite3.Connection, page: list[tuple[ArticleRow, PageCursor]]
) -> list[tuple[ArticleRow, PageCursor]]:
    """The page with each row's `sources` filled in (rows alone keep 1)."""
    counts = sources(conn, [row.id for row, _ in page])
    if not counts:
        return page
    return [
        (dataclasses.replace(row, sources=counts[row.id]) if row.id in counts else row, cursor)
        for row, cursor in page
    ]


def story_sources(
    conn: sqlite3.Connection, article_id: int, limit: int, paths: dict[int, str]
) -> list[ArticleRow]:
    """The other articles of `article_id`'s story, earliest first (none when it is alone)."""
    rows = conn.execute(
        f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
        "WHERE a.story_id = (SELECT story_id FROM articles WHERE id = ?) "
        "AND a.id != ? AND a.hidden = 0 ORDER BY a.sort_time, a.id LIMIT ?",
        (article_id, article_id, max(0, limit)),
    ).fetchall()
    return [list_row(r, paths)[0] for r in rows]


def follow_read(conn: sqlite3.Connection, article_ids: Sequence[int]) -> list[int]:
    """With prefs.STORY_MARK_READ on, mark the other articles of these articles' stories
    read; returns the ids it changed (none when the option is off).

    Runs in the caller's transaction on the writer thread, right after the read itself, so
    the article and its copies turn read together or not at all.
    """
    changed: list[int] = []
    if not prefs.STORY_MARK_READ.read(stored_prefs.get(conn, prefs.STORY_MARK_READ.key)):
        return changed
    for part in chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        cur = conn.execute(
            "UPDATE articles SET read = 1 WHERE read = 0 AND story_id IN "
            f"(SELECT story_id FROM articles WHERE id IN ({marks}) AND story_id IS NOT NULL) "
            "RETURNING id",
            part,
        )
        changed.extend(int(aid) for (aid,) in cur.fetchall())
    return changed
