"""The per-feed numbers of the health view and the reading ledger (issues 16 and 19).

Two queries, each bounded by the number of feeds in what it returns: the stored numbers of
every subscription, grouped by feed in one pass over the articles (and one over the read
events), and the recent publish times the posting rhythm is learned from (at most
`rhythm.MAX_POSTS` per feed). They read many rows, so the window runs them on its background
reader; the CLI on its main thread.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from newsreader.core import rhythm
from newsreader.core.health import RECENT_DAYS, FeedActivity
from newsreader.storage import archive
from newsreader.storage.db import from_ts, ts

_ACTIVITY_SQL = f"""
WITH ev AS (
    SELECT a.feed_id AS feed_id, count(*) AS reads, total(e.seconds) AS seconds,
           max(e.at) AS last_at
    FROM read_events e JOIN articles a ON a.id = e.article_id
    GROUP BY a.feed_id
), art AS (
    SELECT feed_id, count(*) AS n, total(sort_time >= :recent) AS recent,
           min(sort_time) AS oldest, max(sort_time) AS newest, total(read) AS read_n,
           max(read_at) AS read_at
    FROM articles GROUP BY feed_id
)
SELECT f.id, f.created, ifnull(art.n, 0), ifnull(art.recent, 0), art.oldest, art.newest,
       ifnull(art.read_n, 0), ifnull(ev.reads, 0), ifnull(ev.seconds, 0), ev.last_at,
       art.read_at
FROM feeds f
LEFT JOIN art ON art.feed_id = f.id
LEFT JOIN ev ON ev.feed_id = f.id
WHERE {archive.SUBSCRIBED}
"""

_TIMES_SQL = """
SELECT feed_id, published FROM (
    SELECT feed_id, published,
           row_number() OVER (PARTITION BY feed_id ORDER BY sort_time DESC) AS rank
    FROM articles
    WHERE sort_time >= :since AND published IS NOT NULL
)
WHERE rank <= :limit
"""


def feed_activity(conn: sqlite3.Connection, now: datetime) -> dict[int, FeedActivity]:
    """Every subscription's stored numbers, by feed id."""
    recent = ts(now - timedelta(days=RECENT_DAYS))
    out: dict[int, FeedActivity] = {}
    for row in conn.execute(_ACTIVITY_SQL, {"recent": recent}):
        feed_id, created, n, recent_n, oldest, newest, read_n, reads, seconds, ev_at, read_at = row
        marks = [t for t in (ev_at, read_at) if t is not None]
        out[feed_id] = FeedActivity(
            feed_id=feed_id,
            created=from_ts(created),
            articles=int(n),
            recent=int(recent_n),
            oldest=from_ts(oldest),
            newest=from_ts(newest),
            read_articles=int(read_n),
            reads=int(reads),
            seconds=float(seconds),
            last_read=from_ts(max(marks)) if marks else None,
        )
    return out


def posting_times(conn: sqlite3.Connection, now: datetime) -> dict[int, list[datetime]]:
    """Each feed's newest publish times within rhythm.MAX_AGE_DAYS, at most MAX_POSTS each."""
    since = ts(now - timedelta(days=rhythm.MAX_AGE_DAYS))
    out: dict[int, list[datetime]] = {}
    rows = conn.execute(_TIMES_SQL, {"since": since, "limit": rhythm.MAX_POSTS})
    for feed_id, published in rows:
        when = from_ts(published)
        if when is not None:
            out.setdefault(feed_id, []).append(when)
    return out
