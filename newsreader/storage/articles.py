"""Articles: what is stored per entry, the user's marks and reads, counts, lists, retention.

Reads are bounded (one page, one article, the counts of the tree) so the Library may run them
on the GUI thread; they take the section paths from the caller. Writes run inside the Store's
transaction on the writer thread. Search and related articles are in storage.search; the
update pipeline's inserts and rewrites in storage.updates.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from newsreader.core import ranking
from newsreader.core.errors import NotFoundError
from newsreader.core.types import (
    Article,
    ArticleQuery,
    ArticleRow,
    PageCursor,
    PopularRow,
    StoredEntry,
)
from newsreader.storage import fts, story_list
from newsreader.storage.db import from_ts, ts
from newsreader.storage.queries import chunks, where
from newsreader.storage.rows import ARTICLE_COLUMNS, ROW_COLUMNS, article_from_row, list_row

log = logging.getLogger("newsreader.storage")

SEARCH_DEPTH = 1000  # best FTS hits a search list can page through (see storage.search)


# -- what the decider asks ------------------------------------------------------------------


def entry_states(
    conn: sqlite3.Connection, feed_id: int, keys: Sequence[str]
) -> dict[str, StoredEntry]:
    """What is stored for these dedupe keys of a feed (missing keys are new)."""
    out: dict[str, StoredEntry] = {}
    for part in chunks(list(keys)):
        marks = ",".join("?" * len(part))
        for key, aid, content_hash, changes in conn.execute(
            "SELECT entry_key, id, content_hash, changes FROM articles "
            f"WHERE feed_id = ? AND entry_key IN ({marks})",
            (feed_id, *part),
        ):
            out[key] = StoredEntry(article_id=aid, content_hash=content_hash, changes=changes)
    return out


def publish_times(
    conn: sqlite3.Connection, feed_id: int, since: datetime, limit: int
) -> list[datetime]:
    """The publish dates of a feed's newest dated articles since `since` (for its rhythm,
    issue 19). Walks the articles_feed_sort index backwards; undated articles are skipped."""
    rows = conn.execute(
        "SELECT published FROM articles WHERE feed_id = ? AND sort_time >= ? "
        "AND published IS NOT NULL ORDER BY sort_time DESC LIMIT ?",
        (feed_id, ts(since), limit),
    )
    return [t for (value,) in rows if (t := from_ts(value)) is not None]


def tombstoned(conn: sqlite3.Connection, feed_id: int, keys: Sequence[str]) -> set[str]:
    """Which of these keys were purged and must not come back."""
    out: set[str] = set()
    for part in chunks(list(keys)):
        marks = ",".join("?" * len(part))
        out.update(
            r[0]
            for r in conn.execute(
                f"SELECT entry_key FROM tombstones WHERE feed_id = ? AND entry_key IN ({marks})",
                (feed_id, *part),
            )
        )
    return out


# -- the user's actions ---------------------------------------------------------------------


def mark_read(conn: sqlite3.Connection, article_ids: Sequence[int], read: bool) -> None:
    conn.executemany(
        "UPDATE articles SET read = ? WHERE id = ? AND read != ?",
        [(int(read), aid, int(read)) for aid in article_ids],
    )


def set_starred(conn: sqlite3.Connection, article_id: int, starred: bool) -> None:
    conn.execute("UPDATE articles SET starred = ? WHERE id = ?", (int(starred), article_id))


def mark_all_read(
    conn: sqlite3.Connection, query: ArticleQuery, changed: list[int] | None = None
) -> int:
    """Mark what the query's filters select as read (its search text is ignored).

    Returns how many articles changed; their ids are appended to `changed` when one is
    given (undo puts exactly those back to unread). One statement with RETURNING, so the ids
    are the rows this UPDATE changed, in the caller's transaction.
    """
    conds, params = where(conn, query)
    conds.append("a.read = 0")
    cur = conn.execute(
        "UPDATE articles SET read = 1 WHERE id IN "
        f"(SELECT a.id FROM articles a WHERE {' AND '.join(conds)}) RETURNING id",
        params,
    )
    ids = [ident for (ident,) in cur.fetchall()]
    if changed is not None:
        changed.extend(ids)
    return len(ids)


def record_read(
    conn: sqlite3.Connection, article_id: int, at: datetime, seconds: float | None
) -> None:
    """One read event: counts again on every opening, marks read, raises the score.

    Recording the same event again (same article, same `at`) only stores its `seconds`:
    the window records a read once the article stayed shown for the read delay, and its
    seconds on screen when the reader moves on, without counting it twice.
    """
    row = conn.execute(
        "SELECT pop_score, pop_last_read FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no article with id {article_id}")
    stored, last = row
    at_ts = ts(at)
    same = conn.execute(
        "SELECT id FROM read_events WHERE article_id = ? AND at = ? ORDER BY id DESC LIMIT 1",
        (article_id, at_ts),
    ).fetchone()
    if same is not None:
        if seconds is not None:
            conn.execute("UPDATE read_events SET seconds = ? WHERE id = ?", (seconds, same[0]))
        return
    conn.execute(
        "INSERT INTO read_events(article_id, at, seconds) VALUES (?, ?, ?)",
        (article_id, at_ts, seconds),
    )
    conn.execute(
        "UPDATE articles SET read = 1, read_at = ifnull(read_at, ?), pop_score = ?, "
        "pop_reads = pop_reads + 1, pop_last_read = ? WHERE id = ?",
        (at_ts, ranking.add_read(stored, at), max(at_ts, last or at_ts), article_id),
    )


# -- retention ------------------------------------------------------------------------------


def purge_picks(
    now: datetime, max_age_days: float | None, max_per_feed: int | None, keep_unread: bool
) -> tuple[list[str], list[Any]]:
    """The SELECTs (to UNION) of the article ids retention deletes, and their parameters."""
    guard = "a.starred = 0" + (" AND a.read = 1" if keep_unread else "")
    picks: list[str] = []
    params: list[Any] = []
    if max_age_days is not None:
        picks.append(f"SELECT a.id FROM articles a WHERE {guard} AND a.sort_time < ?")
        params.append(ts(now) - max_age_days * 86400)
    if max_per_feed is not None:
        picks.append(
            f"SELECT r.id FROM (SELECT a.id, {guard} AS ok, row_number() OVER "
            "(PARTITION BY a.feed_id ORDER BY a.sort_time DESC, a.id DESC) AS n "
            "FROM articles a) r WHERE r.ok AND r.n > ?"
        )
        params.append(max_per_feed)
    return picks, params


def purge(conn: sqlite3.Connection, now: datetime, picks: list[str], params: list[Any]) -> int:
    """Delete the picked articles, tombstoning their keys; returns how many went.

    The tombstones are what keeps the next fetch, which still lists the entries, from
    bringing them back (core.decide skips tombstoned keys).
    """
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS purge_ids(id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM purge_ids")
    conn.execute(f"INSERT OR IGNORE INTO purge_ids {' UNION '.join(picks)}", params)
    conn.execute(
        "INSERT OR REPLACE INTO tombstones(feed_id, entry_key, purged_at) "
        "SELECT feed_id, entry_key, ? FROM articles WHERE id IN (SELECT id FROM purge_ids)",
        (ts(now),),
    )
    count = conn.execute("DELETE FROM articles WHERE id IN (SELECT id FROM purge_ids)").rowcount
    conn.execute("DELETE FROM purge_ids")
    return int(count)


# -- counts ---------------------------------------------------------------------------------


def unread_counts(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT feed_id, count(*) FROM articles WHERE read = 0 GROUP BY 1"))


def feed_article_counts(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT feed_id, count(*) FROM articles GROUP BY 1"))


def special_counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """(all, unread, starred)."""
    (total,) = conn.execute("SELECT count(*) FROM articles").fetchone()
    (unread,) = conn.execute("SELECT count(*) FROM articles WHERE read = 0").fetchone()
    (starred,) = conn.execute("SELECT count(*) FROM articles WHERE starred = 1").fetchone()
    return int(total), int(unread), int(starred)


def article_count(conn: sqlite3.Connection, query: ArticleQuery) -> int:
    """How many articles the query's filters select (search text: among the best hits)."""
    conds, params = where(conn, query)
    source = "articles a"
    if query.search:
        match = fts.match_all(query.search)
        if match is None:
            return 0
        source = (
            "(SELECT rowid AS hid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?) h "
            "JOIN articles a ON a.id = h.hid"
        )
        params = [match, SEARCH_DEPTH, *params]
    else:  # as the list shows it: a story once (search lists every hit)
        one_per_story, story_params = story_list.collapse(conds, params)
        conds.append(one_per_story)
        params.extend(story_params)
    sql = f"SELECT count(*) FROM {source}" + (f" WHERE {' AND '.join(conds)}" if conds else "")
    return int(conn.execute(sql, params).fetchone()[0])


# -- lists and one article ------------------------------------------------------------------


def list_sql(
    conn: sqlite3.Connection, query: ArticleQuery, after: PageCursor | None
) -> tuple[str, list[Any]]:
    """The SQL of one list page without search text (its LIMIT is the last parameter).

    A story shows once, as its earliest member in the list's scope (storage.story_list).
    """
    conds, params = where(conn, query)
    one_per_story, story_params = story_list.collapse(conds, params)
    conds.append(one_per_story)
    params.extend(story_params)
    op, direction = ("<", "DESC") if query.newest_first else (">", "ASC")
    if after is not None:
        conds.append(f"(a.sort_time, a.id) {op} (?, ?)")
        params.extend([after.sort_key, after.article_id])
    sql = (
        f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id"
        + (f" WHERE {' AND '.join(conds)}" if conds else "")
        + f" ORDER BY a.sort_time {direction}, a.id {direction} LIMIT ?"
    )
    return sql, params


def list_page(
    conn: sqlite3.Connection,
    query: ArticleQuery,
    after: PageCursor | None,
    limit: int,
    paths: dict[int, str],
) -> list[tuple[ArticleRow, PageCursor]]:
    """One page of a list without search text (keyset pagination on (sort_time, id))."""
    sql, params = list_sql(conn, query, after)
    rows = conn.execute(sql, [*params, limit]).fetchall()
    return story_list.with_sources(conn, [list_row(r, paths) for r in rows])


def article(conn: sqlite3.Connection, article_id: int, paths: dict[int, str]) -> Article | None:
    row = conn.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    return None if row is None else article_from_row(row, paths)


def popular(
    conn: sqlite3.Connection,
    section_id: int | None,
    limit: int,
    now: datetime,
    paths: dict[int, str],
) -> list[PopularRow]:
    """Most read (time-decayed, see core.ranking), ties by last read then date."""
    conds, params = where(conn, ArticleQuery(section_id=section_id))
    conds.append("a.pop_reads > 0")
    rows = conn.execute(
        f"SELECT {ROW_COLUMNS}, a.pop_score, a.pop_reads, a.pop_last_read "
        "FROM articles a JOIN feeds f ON f.id = a.feed_id "
        f"WHERE {' AND '.join(conds)} "
        "ORDER BY a.pop_score DESC, a.pop_last_read DESC, a.sort_time DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    out = []
    for r in rows:
        row, _ = list_row(r[:9], paths)
        out.append(
            PopularRow(
                article=row,
                score=ranking.score_at(r[9], now),
                reads=int(r[10]),
                last_read=from_ts(r[11]),
            )
        )
    return out
