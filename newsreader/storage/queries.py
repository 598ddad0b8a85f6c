"""SQL helpers: ArticleQuery → WHERE fragments (the list queries, mark_all_read), IN-list chunks.

The fragments are written so SQLite can use the partial indexes (`read = 0`, `starred = 1`
appear literally) and the feed/section filters go through the feed_id indexes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from newsreader.core.types import ArticleQuery
from newsreader.storage.sections import load_sections, subtree_ids

T = TypeVar("T")

CHUNK = 500  # bound parameters per IN (...) list: far below SQLite's limit, any build


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    """`items` in slices of at most `size`, for one IN (...) list each."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def where(conn: sqlite3.Connection, query: ArticleQuery) -> tuple[list[str], list[Any]]:
    """Conditions (to AND together) and their parameters for the query's filters.

    The search text is not handled here: callers that support it join the FTS table.
    """
    conds: list[str] = []
    params: list[Any] = []
    if query.feed_id is not None:
        conds.append("a.feed_id = ?")
        params.append(query.feed_id)
    if query.section_id is not None:
        ids = subtree_ids(load_sections(conn), query.section_id)
        marks = ",".join("?" * len(ids))
        conds.append(f"a.feed_id IN (SELECT id FROM feeds WHERE section_id IN ({marks}))")
        params.extend(ids)
    if query.unread_only:
        conds.append("a.read = 0")
    if query.starred_only:
        conds.append("a.starred = 1")
    if query.tag_id is not None:
        conds.append("a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)")
        params.append(query.tag_id)
    if not query.show_hidden:
        conds.append("a.hidden = 0")
    return conds, params
