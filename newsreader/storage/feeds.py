"""Feeds: the subscriptions' reads and writes, and the state a refresh leaves on a feed.

Reads take the section paths (`{section id: "World/Asia"}`) from the caller, which knows how
fresh they must be (the Library caches the tree per connection). Writes run inside the Store's
transaction on the writer thread. Archived feeds (no subscription any more, see
storage.archive) are found by id but never listed, polled or matched by URL.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from newsreader.core.errors import DuplicateError, NotFoundError
from newsreader.core.types import Feed, FeedStatus, FeedUpdate, Section
from newsreader.storage import archive
from newsreader.storage import sections as tree
from newsreader.storage.db import to_ts
from newsreader.storage.rows import FEED_COLUMNS, feed_from_row

log = logging.getLogger("newsreader.storage")


# -- reads --------------------------------------------------------------------------------


def get(conn: sqlite3.Connection, feed_id: int, paths: dict[int, str]) -> Feed | None:
    """The feed with this id, archived or not; None when there is none."""
    row = conn.execute(f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,)).fetchone()
    return None if row is None else feed_from_row(row, paths)


def require(conn: sqlite3.Connection, feed_id: int, paths: dict[int, str]) -> Feed:
    """Like `get`; NotFoundError when there is no such feed."""
    feed = get(conn, feed_id, paths)
    if feed is None:
        raise NotFoundError(f"no feed with id {feed_id}")
    return feed


def by_url(conn: sqlite3.Connection, url: str, paths: dict[int, str]) -> Feed | None:
    """The subscription at `url` (an archived feed there is not one: adding it is allowed)."""
    row = conn.execute(
        f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.url = ? AND {archive.SUBSCRIBED}", (url,)
    ).fetchone()
    return None if row is None else feed_from_row(row, paths)


def subscriptions(conn: sqlite3.Connection, sections: Sequence[Section]) -> list[Feed]:
    """Every subscription: root feeds first, then by section in tree order, position, title."""
    order = {s.id: i for i, s in enumerate(sections)}
    paths = {s.id: s.path for s in sections}
    feeds = [
        feed_from_row(r, paths)
        for r in conn.execute(f"SELECT {FEED_COLUMNS} FROM feeds f WHERE {archive.SUBSCRIBED}")
    ]
    feeds.sort(
        key=lambda f: (
            -1 if f.section_id is None else order.get(f.section_id, len(order)),
            f.position,
            f.title.lower(),
        )
    )
    return feeds


def subscribed_ids(conn: sqlite3.Connection) -> set[int]:
    """Ids of every subscription (a refresh's update for any other feed is dropped)."""
    return {r[0] for r in conn.execute(f"SELECT id FROM feeds f WHERE {archive.SUBSCRIBED}")}


def due(conn: sqlite3.Connection, now: float, all_feeds: bool, paths: dict[int, str]) -> list[Feed]:
    """Feeds to poll at `now`; all_feeds polls every one except GONE (AUTH only then).

    ARCHIVED feeds are never polled: they are no subscription any more. Nor are a sync
    account's feeds: their server fetches them, and a sync brings their articles.
    """
    params: list[object]
    if all_feeds:
        cond = "f.status NOT IN (?, ?)"
        params = [str(FeedStatus.GONE), str(FeedStatus.ARCHIVED)]
    else:
        cond = "f.status NOT IN (?, ?, ?) AND (f.next_update IS NULL OR f.next_update <= ?)"
        params = [str(FeedStatus.GONE), str(FeedStatus.AUTH), str(FeedStatus.ARCHIVED), now]
    rows = conn.execute(
        f"SELECT {FEED_COLUMNS} FROM feeds f WHERE {cond} AND f.account_id IS NULL "
        "ORDER BY ifnull(f.next_update, 0), f.id",
        params,
    ).fetchall()
    return [feed_from_row(r, paths) for r in rows]


# -- the user's writes ----------------------------------------------------------------------


def add(
    conn: sqlite3.Connection,
    url: str,
    title: str,
    section_path: str,
    interval: int,
    *,
    auth_ref: str | None,
    user_title: bool,
    created: float,
) -> int:
    """Subscribe to `url` (already stripped, not empty); DuplicateError when it is a feed.

    Due at once. An archived feed at the same URL becomes a subscription again, with its
    kept articles. Returns the feed's id.
    """
    if conn.execute(
        f"SELECT 1 FROM feeds f WHERE f.url = ? AND {archive.SUBSCRIBED}", (url,)
    ).fetchone():
        raise DuplicateError(f"already subscribed to {url}")
    section_id = tree.ensure_section(conn, section_path) if section_path.strip() else None
    (position,) = conn.execute(
        "SELECT ifnull(max(position) + 1, 0) FROM feeds WHERE ifnull(section_id, 0) = ifnull(?, 0)",
        (section_id,),
    ).fetchone()
    again = archive.reactivate(
        conn, url, title=title.strip() or url, user_title=user_title,
        section_id=section_id, position=position, interval=interval, auth_ref=auth_ref,
    )  # fmt: skip
    if again is not None:
        return again
    cur = conn.execute(
        "INSERT INTO feeds(url, title, user_title, section_id, position, interval, "
        "auth_ref, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (url, title.strip() or url, int(user_title), section_id, position,
         interval, auth_ref, created),
    )  # fmt: skip
    return int(cur.lastrowid or 0)


def edit(
    conn: sqlite3.Connection,
    feed_id: int,
    *,
    title: str | None,
    section_path: str | None,
    interval: int | None,
    auth_ref: str | None,
    status: FeedStatus | None,
) -> None:
    """Change what the user controls; None leaves a field as is.

    A title set here is the user's and is never replaced by the feed's own; section_path
    "" moves the feed to the root; auth_ref "" removes the credential reference; status
    ACTIVE re-enables a GONE/AUTH feed and makes it due now.
    """
    require(conn, feed_id, {})
    if title is not None and title.strip():
        conn.execute(
            "UPDATE feeds SET title = ?, user_title = 1 WHERE id = ?", (title.strip(), feed_id)
        )
    if section_path is not None:
        section = tree.ensure_section(conn, section_path) if section_path.strip() else None
        conn.execute("UPDATE feeds SET section_id = ? WHERE id = ?", (section, feed_id))
    if interval is not None:
        conn.execute("UPDATE feeds SET interval = ? WHERE id = ?", (interval, feed_id))
    if auth_ref is not None:
        conn.execute("UPDATE feeds SET auth_ref = ? WHERE id = ?", (auth_ref or None, feed_id))
    if status is not None:
        conn.execute("UPDATE feeds SET status = ? WHERE id = ?", (str(status), feed_id))
        if status is FeedStatus.ACTIVE:
            conn.execute(
                "UPDATE feeds SET next_update = NULL, error_count = 0, last_error = NULL "
                "WHERE id = ?",
                (feed_id,),
            )


def delete(conn: sqlite3.Connection, feed_id: int, keep_starred: bool) -> None:
    """Unsubscribe; its articles, read events, images index and tombstones go too.

    keep_starred archives the feed instead (see storage.archive): its starred articles
    stay, the rest go; with nothing starred the feed is deleted.
    """
    if keep_starred:
        archive.archive_feed(conn, feed_id)
    elif conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount == 0:
        raise NotFoundError(f"no feed with id {feed_id}")


def move(conn: sqlite3.Connection, feed_id: int, section_id: int | None, position: int) -> None:
    """Put a feed in `section_id` (None: the root) at `position` among that section's feeds."""
    require(conn, feed_id, {})
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM feeds WHERE ifnull(section_id, 0) = ifnull(?, 0) AND id != ? "
            "ORDER BY position, title",
            (section_id, feed_id),
        )
    ]
    ids.insert(max(0, min(position, len(ids))), feed_id)
    conn.execute("UPDATE feeds SET section_id = ? WHERE id = ?", (section_id, feed_id))
    conn.executemany(
        "UPDATE feeds SET position = ? WHERE id = ?", [(i, f) for i, f in enumerate(ids)]
    )


# -- what a refresh leaves ------------------------------------------------------------------


def record_fetch(conn: sqlite3.Connection, update: FeedUpdate) -> None:
    """A refresh's outcome on the feed row: schedule, status, validators, moved URL, titles."""
    s = update.state
    conn.execute(
        "UPDATE feeds SET next_update = ?, status = ?, error_count = ?, last_error = ?, "
        "last_attempt = ?, last_success = ?, etag = ?, last_modified = ?, body_hash = ? "
        "WHERE id = ?",
        (
            to_ts(s.next_update), str(s.status), s.error_count, s.last_error,
            to_ts(s.last_attempt), to_ts(s.last_success), s.validators.etag,
            s.validators.last_modified, s.body_hash, update.feed_id,
        ),
    )  # fmt: skip
    if update.new_url:
        owner = conn.execute("SELECT id FROM feeds WHERE url = ?", (update.new_url,)).fetchone()
        if owner is None:
            conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (update.new_url, update.feed_id))
        elif owner[0] != update.feed_id:
            log.warning(
                "feed %d moved permanently to a URL feed %d already has; keeping its old URL",
                update.feed_id,
                owner[0],
            )
    if update.title:
        conn.execute(
            "UPDATE feeds SET title = ? WHERE id = ? AND user_title = 0",
            (update.title, update.feed_id),
        )
    if update.site_url:
        conn.execute(
            "UPDATE feeds SET site_url = ? WHERE id = ?", (update.site_url, update.feed_id)
        )
