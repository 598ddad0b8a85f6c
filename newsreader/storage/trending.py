"""Trending (issue 19): the candidate stories and their members; the score is core.trending's.

A candidate is a story with an article in the last WINDOW_DAYS (an index range on
articles_sort); its members come through the articles_story index. Both are bounded
(MAX_CANDIDATES stories), yet a busy library has thousands of articles in three days, so the
window runs this on its background reader, never on the GUI thread. Any reading thread.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime, timedelta

from newsreader.core import trending
from newsreader.core.trending import StoryMember, TrendingRow, TrendScore
from newsreader.storage.db import from_ts, ts
from newsreader.storage.queries import chunks
from newsreader.storage.rows import ROW_COLUMNS, list_row

MAX_CANDIDATES = 5000  # the newest stories looked at; far more than three days bring


def candidate_stories(conn: sqlite3.Connection, since: datetime) -> list[int]:
    """Stories with a visible article listed at or after `since`, newest first."""
    rows = conn.execute(
        "SELECT story_id FROM articles WHERE sort_time >= ? AND story_id IS NOT NULL "
        "AND hidden = 0 GROUP BY story_id ORDER BY max(sort_time) DESC LIMIT ?",
        (ts(since), MAX_CANDIDATES),
    )
    return [int(story_id) for (story_id,) in rows]


def story_members(conn: sqlite3.Connection, story_ids: list[int]) -> dict[int, list[StoryMember]]:
    """{story id: its visible articles} (feed, list time, whether the user opened it)."""
    out: dict[int, list[StoryMember]] = {}
    for part in chunks(story_ids):
        marks = ",".join("?" * len(part))
        for story_id, aid, feed_id, sort_time, opened in conn.execute(
            "SELECT story_id, id, feed_id, sort_time, pop_reads > 0 FROM articles "
            f"WHERE story_id IN ({marks}) AND hidden = 0",
            part,
        ):
            seen = from_ts(sort_time)
            if seen is None:
                continue
            member = StoryMember(article_id=aid, feed_id=feed_id, seen=seen, opened=bool(opened))
            out.setdefault(int(story_id), []).append(member)
    return out


def trending_stories(
    conn: sqlite3.Connection,
    now: datetime,
    limit: int,
    paths: dict[int, str],
    *,
    window_days: float = trending.WINDOW_DAYS,
) -> list[TrendingRow]:
    """The `limit` best trending stories at `now`, each led by its earliest stored article."""
    since = now - timedelta(days=window_days)
    members = story_members(conn, candidate_stories(conn, since))
    scores: list[tuple[int, TrendScore]] = []
    leads: dict[int, int] = {}
    for story_id, story in members.items():
        score = trending.score_story(story, now, window_days=window_days)
        if score is not None:
            scores.append((story_id, score))
            leads[story_id] = min(m.article_id for m in story)
    ranked = trending.rank(scores, limit)
    if not ranked:
        return []
    wanted = [leads[story_id] for story_id, _ in ranked]
    marks = ",".join("?" * len(wanted))
    rows = {
        row.id: row
        for row, _cursor in (
            list_row(r, paths)
            for r in conn.execute(
                f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
                f"WHERE a.id IN ({marks})",
                wanted,
            )
        )
    }
    out = []
    for story_id, score in ranked:
        row = rows.get(leads[story_id])
        if row is None:  # purged between the two queries
            continue
        out.append(
            TrendingRow(
                article=dataclasses.replace(row, sources=score.reason.sources),
                story_id=story_id,
                score=score.score,
                reason=score.reason,
            )
        )
    return out
