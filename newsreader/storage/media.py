"""Media: the image cache index and the full-text stage, reads and writes (SQL for both).

Writer-side functions run inside the Store's transactions on the writer thread; the read-only
ones are also used by the Library on the GUI thread and stay bounded by their arguments.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from newsreader.core.errors import NotFoundError, UsageError
from newsreader.core.html_text import image_urls
from newsreader.core.types import CachedImage
from newsreader.storage.queries import chunks

FULL_TEXT_MODES = ("auto", "always", "never")
# An image the user asked for ("load image") may be retried from these states; a refused
# (private address) or tracker image never is.
RETRYABLE_STATES = ("pending", "failed", "skipped")


def image_jobs(
    conn: sqlite3.Connection,
    article_ids: Sequence[int] | None,
    limit: int,
    states: Sequence[str] = ("pending",),
) -> list[tuple[int, str, str]]:
    """(article id, image URL, feed URL) to download, newest articles first.

    `article_ids` None means any article (the backlog left by an offline refresh).
    """
    state_marks = ",".join("?" * len(states))
    base = (
        "SELECT ai.article_id, ai.url, f.url FROM article_images ai "
        "JOIN articles a ON a.id = ai.article_id JOIN feeds f ON f.id = a.feed_id "
        f"WHERE ai.state IN ({state_marks})"
    )
    if article_ids is None:
        rows = conn.execute(
            f"{base} ORDER BY a.sort_time DESC, ai.id LIMIT ?", (*states, limit)
        ).fetchall()
        return [(int(a), str(u), str(f)) for a, u, f in rows]
    out: list[tuple[int, str, str]] = []
    for part in chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"{base} AND ai.article_id IN ({marks}) ORDER BY ai.article_id, ai.id",
            (*states, *part),
        ).fetchall()
        out += [(int(a), str(u), str(f)) for a, u, f in rows]
    return out[:limit]


def full_text_jobs(conn: sqlite3.Connection, article_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(article id, page URL) of these articles that have a web page and no full text yet."""
    out: list[tuple[int, str]] = []
    for part in chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"SELECT id, url FROM articles WHERE id IN ({marks}) AND full_text IS NULL "
            "AND (url LIKE 'http://%' OR url LIKE 'https://%') ORDER BY id",
            tuple(part),
        ).fetchall()
        out += [(int(i), str(u)) for i, u in rows]
    return out


def set_full_text(conn: sqlite3.Connection, article_id: int, text: str | None) -> None:
    """Store the text extracted from the article's web page (searchable, below body);
    the images it names are queued for the cache like the feed's own."""
    conn.execute("UPDATE articles SET full_text = ? WHERE id = ?", (text, article_id))
    conn.execute("UPDATE articles_fts SET extra = ? WHERE rowid = ?", (text or "", article_id))
    # The page's images are the article's too: queue them for the image cache.
    conn.executemany(
        "INSERT OR IGNORE INTO article_images(article_id, url) "
        "SELECT id, ? FROM articles WHERE id = ?",
        [(url, article_id) for url in image_urls(text)],
    )


def full_text_modes(conn: sqlite3.Connection, feed_ids: Sequence[int]) -> dict[int, str]:
    """Each feed's full-text choice: 'auto' (summary-only feeds), 'always' or 'never'."""
    out: dict[int, str] = {}
    for part in chunks(list(feed_ids)):
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"SELECT id, full_text_mode FROM feeds WHERE id IN ({marks})", tuple(part)
        ).fetchall()
        out.update((int(i), str(m)) for i, m in rows)
    return out


def set_full_text_mode(conn: sqlite3.Connection, feed_id: int, mode: str) -> None:
    if mode not in FULL_TEXT_MODES:
        raise UsageError(f"unknown full-text mode {mode!r} (use {', '.join(FULL_TEXT_MODES)})")
    cur = conn.execute("UPDATE feeds SET full_text_mode = ? WHERE id = ?", (mode, feed_id))
    if cur.rowcount == 0:
        raise NotFoundError(f"no feed with id {feed_id}")


def clear_image_cache(conn: sqlite3.Connection) -> list[str]:
    """Forget every cached image; articles keep their image URLs as 'skipped' (load on demand)."""
    hashes = [str(r[0]) for r in conn.execute("SELECT sha256 FROM images")]
    conn.execute(
        "UPDATE article_images SET state = 'skipped', sha256 = NULL WHERE state = 'cached'"
    )
    conn.execute("DELETE FROM images")
    return hashes


def image_hashes(conn: sqlite3.Connection) -> set[str]:
    """sha256 of every image the index knows (files outside it are orphans)."""
    return {str(r[0]) for r in conn.execute("SELECT sha256 FROM images")}


def unused_images(conn: sqlite3.Connection) -> list[str]:
    """sha256 of cached images no article refers to any more (their files can go)."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT sha256 FROM images WHERE sha256 NOT IN "
            "(SELECT sha256 FROM article_images WHERE sha256 IS NOT NULL)"
        )
    ]


def forget_images(conn: sqlite3.Connection, sha256s: Sequence[str]) -> None:
    """Drop cache index rows once the image files were deleted."""
    conn.executemany("DELETE FROM images WHERE sha256 = ?", [(h,) for h in sha256s])


def article_images(conn: sqlite3.Connection, article_id: int) -> list[CachedImage]:
    """The images of an article that are in the cache, in the order the article names them."""
    rows = conn.execute(
        "SELECT ai.url, i.sha256, i.content_type, i.width, i.height, i.size "
        "FROM article_images ai JOIN images i ON i.sha256 = ai.sha256 "
        "WHERE ai.article_id = ? ORDER BY ai.id",
        (article_id,),
    ).fetchall()
    return [
        CachedImage(url=u, sha256=s, content_type=t, width=w, height=h, size=n)
        for u, s, t, w, h, n in rows
    ]


def image_states(conn: sqlite3.Connection, article_id: int) -> list[tuple[str, str]]:
    """(URL, state) of every image an article names, in order: what the pane may show."""
    rows = conn.execute(
        "SELECT url, state FROM article_images WHERE article_id = ? ORDER BY id", (article_id,)
    ).fetchall()
    return [(str(u), str(s)) for u, s in rows]


def record_images(
    conn: sqlite3.Connection,
    cached: Sequence[tuple[str, str, str, int | None, int | None, int]],
    states: Sequence[tuple[str, str]],
    fetched: float,
) -> None:
    """Store a batch of download outcomes: cached (url, sha256, type, w, h, size) rows link
    every article naming the URL; (url, state) marks the rest, never undoing a cached row.

    Bytes already cached (the same photo under another URL, or fetched again) update their
    images row in place: REPLACE would delete it first, and the foreign key's ON DELETE SET
    NULL would then unlink every earlier article showing it (issue 12, point 2).
    """
    conn.executemany(
        "INSERT INTO images(sha256, content_type, width, height, size, fetched) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
        "content_type = excluded.content_type, width = excluded.width, "
        "height = excluded.height, size = excluded.size, fetched = excluded.fetched",
        [(sha, kind, w, h, size, fetched) for _url, sha, kind, w, h, size in cached],
    )
    conn.executemany(
        "UPDATE article_images SET sha256 = ?, state = 'cached' WHERE url = ?",
        [(sha, url) for url, sha, *_rest in cached],
    )
    conn.executemany(
        "UPDATE article_images SET state = ? WHERE url = ? AND state != 'cached'",
        [(state, url) for url, state in states],
    )


def link_known_images(conn: sqlite3.Connection, article_ids: Sequence[int]) -> int:
    """Pending images of these articles whose URL is already cached (or a known tracker) for
    another article take that result, so a feed's logo is downloaded once, not per article."""
    changed = 0
    for part in chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        cur = conn.execute(
            "UPDATE article_images AS ai SET sha256 = known.sha256, state = known.state "
            "FROM (SELECT url, max(sha256) AS sha256, max(state) AS state FROM article_images "
            "WHERE state IN ('cached', 'tracker') AND url IN (SELECT url FROM article_images "
            f"WHERE article_id IN ({marks})) GROUP BY url) AS known "
            f"WHERE known.url = ai.url AND ai.state = 'pending' AND ai.article_id IN ({marks})",
            (*part, *part),
        )
        changed += cur.rowcount
    return changed
