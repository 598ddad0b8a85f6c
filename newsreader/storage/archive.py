"""Archived feeds: unsubscribed, but the row stays so its starred articles keep their feed.

Articles reference their feed (title, section) through `feeds`, so keeping starred articles
means keeping the feed row; status ARCHIVED is what makes it "not a subscription": it is
never polled and never listed as a feed, while its articles stay in every article list.
Subscribing to the same URL again turns the row back into a subscription, so the kept
articles dedupe against the next fetch by their entry keys. Writer thread only.
"""

from __future__ import annotations

import logging
import sqlite3

from newsreader.core.errors import NotFoundError
from newsreader.core.types import FeedStatus

log = logging.getLogger("newsreader.storage")

ARCHIVED = str(FeedStatus.ARCHIVED)
# The condition (on feeds aliased `f`) that a row is a subscription, not an archived feed.
SUBSCRIBED = f"f.status != '{ARCHIVED}'"


def archive_feed(conn: sqlite3.Connection, feed_id: int) -> bool:
    """Unsubscribe but keep the starred articles; False when none were starred (deleted).

    Unstarred articles are deleted the way retention and feed deletion delete them: the
    schema's cascades and the FTS trigger take their read events, image index rows and
    search rows along. The feed's tombstones go as with a deletion, so subscribing again
    brings the feed's current entries back.
    """
    row = conn.execute("SELECT status FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no feed with id {feed_id}")
    kept = conn.execute(
        "SELECT count(*) FROM articles WHERE feed_id = ? AND starred = 1", (feed_id,)
    ).fetchone()[0]
    if not kept:
        # Nothing to keep: a row without articles would only be clutter.
        conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
        return False
    conn.execute("DELETE FROM articles WHERE feed_id = ? AND starred = 0", (feed_id,))
    conn.execute("DELETE FROM tombstones WHERE feed_id = ?", (feed_id,))
    # Validators and the body hash go too: a later subscription must fetch the whole feed.
    conn.execute(
        "UPDATE feeds SET status = ?, section_id = NULL, position = 0, etag = NULL, "
        "last_modified = NULL, body_hash = NULL, next_update = NULL, error_count = 0, "
        "last_error = NULL, auth_ref = NULL WHERE id = ?",
        (ARCHIVED, feed_id),
    )
    log.info("feed %d archived with %d starred article(s)", feed_id, kept)
    return True


def reactivate(
    conn: sqlite3.Connection,
    url: str,
    *,
    title: str,
    user_title: bool,
    section_id: int | None,
    position: int,
    interval: int,
    auth_ref: str | None,
) -> int | None:
    """Turn an archived feed at `url` back into a subscription, due now; its id, or None."""
    row = conn.execute(
        "SELECT id FROM feeds WHERE url = ? AND status = ?", (url, ARCHIVED)
    ).fetchone()
    if row is None:
        return None
    feed_id = int(row[0])
    conn.execute(
        "UPDATE feeds SET status = ?, title = ?, user_title = ?, section_id = ?, position = ?, "
        "interval = ?, auth_ref = ?, next_update = NULL, error_count = 0, last_error = NULL "
        "WHERE id = ?",
        (str(FeedStatus.ACTIVE), title, int(user_title), section_id, position, interval,
         auth_ref, feed_id),
    )  # fmt: skip
    log.info("archived feed %d subscribed again", feed_id)
    return feed_id
