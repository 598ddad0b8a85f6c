"""Applying the update pipeline's FeedUpdates: inserts, rewrites and feed state, batched.

Runs inside the writer's transaction on the writer thread. Rows are written with executemany
over the whole batch; new article ids are read back as every id above the table's maximum
before the batch, which holds because this is the only writer and ids are never reused
(INTEGER PRIMARY KEY takes max(rowid) + 1).

The rules for what to insert (one write per entry key, never a tombstoned key) belong to
core.decide, which reads the stored states and tombstones first in the same writer job. Those
reads are outside this transaction, though, and another process on the profile (a CLI
refresh beside the window) may store an entry and purge it in between: so the tombstones are
read again here, inside the write, and a key purged since the decision stays purged. A key
repeated in a batch is no rule of storage's: the UNIQUE constraint keeps the first row.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from newsreader.core import prefs
from newsreader.core.html_text import body_text, image_urls
from newsreader.core.types import EntryWrite, FeedUpdate, ParsedEntry
from newsreader.storage import enclosures, feeds, rules, versions
from newsreader.storage import prefs as stored_prefs
from newsreader.storage.articles import tombstoned
from newsreader.storage.db import to_ts, ts

log = logging.getLogger("newsreader.storage")


def _sort_time(write: EntryWrite, now_ts: float) -> float:
    for value in (to_ts(write.entry.published), to_ts(write.entry.updated)):
        if value is not None:
            return value
    return now_ts


def _insert_params(feed_id: int, write: EntryWrite, now_ts: float) -> tuple[Any, ...]:
    e = write.entry
    return (
        feed_id, write.key, e.guid, e.url, e.title, e.author, to_ts(e.published),
        to_ts(e.updated), now_ts, _sort_time(write, now_ts), e.summary, e.content,
        write.content_hash, e.image, rules.categories_text(e.categories),
    )  # fmt: skip


def _rewrite_params(feed_id: int, write: EntryWrite) -> tuple[Any, ...]:
    e = write.entry
    published, updated = to_ts(e.published), to_ts(e.updated)
    return (
        e.guid, e.url, e.title, e.author, published, updated, published, updated, e.summary,
        e.content, write.content_hash, e.image, write.article_id, feed_id,
    )  # fmt: skip


def _image_urls_of(e: ParsedEntry) -> list[str]:
    """The lead image, then the images in the content and summary, once each."""
    lead = [e.image] if e.image and e.image.startswith(("http://", "https://")) else []
    return list(dict.fromkeys(lead + image_urls(e.content) + image_urls(e.summary)))


def apply_updates_by_feed(
    conn: sqlite3.Connection,
    updates: Sequence[FeedUpdate],
    now: datetime,
    silent: set[int] | None = None,
) -> dict[int, list[int]]:
    """Write a batch of feed updates; returns the new article ids of each feed.

    The ids of new articles a "silent" rule matched (issue 16) go into `silent` if given.
    """
    out: dict[int, list[int]] = {u.feed_id: [] for u in updates}
    new_rows = _apply(conn, updates, now)
    # Rules on arrival run in this same transaction, after every insert of the batch (the
    # enclosures' too): a killed refresh never leaves a matched article without its actions.
    quiet = rules.apply_on_arrival(conn, [aid for aid, _ in new_rows], now)
    if silent is not None:
        silent.update(quiet)
    for aid, feed_id in new_rows:
        out.setdefault(feed_id, []).append(aid)
    return out


def _apply(
    conn: sqlite3.Connection, updates: Sequence[FeedUpdate], now: datetime
) -> list[tuple[int, int]]:
    now_ts = ts(now)
    # An archived feed is no subscription: a fetch in flight when it was archived is dropped
    # like one for a deleted feed (storing it would revive the feed and its unstarred entries).
    existing = feeds.subscribed_ids(conn) if updates else set()
    inserts: list[tuple[Any, ...]] = []
    texts: dict[tuple[int, str], EntryWrite] = {}
    rewrites: list[tuple[Any, ...]] = []
    rewrite_fts: list[tuple[Any, ...]] = []
    rewrite_images: list[tuple[int, str]] = []
    rekeys: list[tuple[Any, ...]] = []
    rewritten: list[tuple[int, int, ParsedEntry]] = []
    for update in updates:
        if update.feed_id not in existing:
            # Deleted by the user while its fetch was in flight: nothing to store.
            log.info("feed %d no longer exists; its update is dropped", update.feed_id)
            continue
        feeds.record_fetch(conn, update)
        dead = tombstoned(conn, update.feed_id, [w.key for w in update.inserts])
        for write in update.inserts:
            if write.key in dead:
                # Purged after core.decide read the tombstones (see the module docstring).
                log.info(
                    "feed %d: an entry purged since it was decided stays purged", update.feed_id
                )
                continue
            inserts.append(_insert_params(update.feed_id, write, now_ts))
            if texts.setdefault((update.feed_id, write.key), write) is not write:
                # core.decide writes a key once per document and a refresh batch holds one
                # update per feed, so this is a caller's bug: UNIQUE(feed_id, entry_key) keeps
                # the first row (INSERT OR IGNORE), and the first write's text is indexed.
                log.warning("feed %d: one entry key inserted twice in a batch", update.feed_id)
        for write in update.rewrites:
            if write.article_id is None:
                continue
            if write.rekey:
                rekeys.append((write.key, write.entry.guid, write.article_id, update.feed_id))
                if not write.content_changed:
                    continue
            rewrites.append(_rewrite_params(update.feed_id, write))
            e = write.entry
            rewritten.append((write.article_id, update.feed_id, e))
            rewrite_fts.append(
                (e.title, body_text(e.summary, e.content), write.article_id, update.feed_id)
            )
            rewrite_images.extend((write.article_id, url) for url in _image_urls_of(e))
    (before,) = conn.execute("SELECT ifnull(max(id), 0) FROM articles").fetchone()
    conn.executemany(
        "INSERT OR IGNORE INTO articles(feed_id, entry_key, guid, url, title, author, "
        "published, updated, first_seen, sort_time, summary, content, content_hash, image, "
        "categories) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
    )
    new_rows = conn.execute(
        "SELECT id, feed_id, entry_key FROM articles WHERE id > ? ORDER BY id", (before,)
    ).fetchall()
    fts_rows: list[tuple[Any, ...]] = []
    image_rows: list[tuple[int, str]] = []
    for aid, feed_id, key in new_rows:
        write = texts[(feed_id, key)]
        e = write.entry
        fts_rows.append((aid, e.title, body_text(e.summary, e.content)))
        image_rows.extend((aid, url) for url in _image_urls_of(e))
    conn.executemany(
        "INSERT INTO articles_fts(rowid, title, body, extra) VALUES (?, ?, ?, '')", fts_rows
    )
    conn.executemany(
        "INSERT OR IGNORE INTO article_images(article_id, url) VALUES (?, ?)", image_rows
    )
    enclosures.store_new(conn, [(aid, texts[(fid, key)].entry) for aid, fid, key in new_rows])
    # An article stored under its pre-upgrade key takes the raw-guid key (core.decide
    # legacy_entry_key); OR IGNORE leaves it as it was if that key is somehow taken.
    conn.executemany(
        "UPDATE OR IGNORE articles SET entry_key = ?, guid = ? WHERE id = ? AND feed_id = ?",
        rekeys,
    )
    # The text a rewrite replaces is kept when a reader would see a difference (issue 19).
    changed = versions.keep_previous(conn, rewritten, now_ts)
    # Rewrites change what the feed says, never what the user did (read, starred, score),
    # unless the user asked for updated articles to come back unread.
    conn.executemany(
        "UPDATE articles SET guid = ?, url = ?, title = ?, author = ?, published = ?, "
        "updated = ?, sort_time = CASE WHEN pinned THEN sort_time "
        "ELSE coalesce(?, ?, first_seen) END, summary = ?, content = ?, "
        "content_hash = ?, image = ?, changes = changes + 1 WHERE id = ? AND feed_id = ?",
        rewrites,
    )
    if changed and prefs.MARK_UPDATED_UNREAD.get(lambda k, d: stored_prefs.get(conn, k, d)):
        conn.executemany(
            "UPDATE articles SET read = 0 WHERE id = ? AND read != 0", [(a,) for a in changed]
        )
    conn.executemany(
        "UPDATE articles_fts SET title = ?, body = ? WHERE rowid = ? "
        "AND rowid IN (SELECT id FROM articles WHERE feed_id = ?)",
        rewrite_fts,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO article_images(article_id, url) "
        "SELECT id, ? FROM articles WHERE id = ?",
        [(url, aid) for aid, url in rewrite_images],
    )
    enclosures.store_rewritten(conn, rewritten)
    return [(int(r[0]), int(r[1])) for r in new_rows]
