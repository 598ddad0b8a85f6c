"""Store: every write to a profile database (implements core.ports.LibraryWriter and more).

Only the single writer thread calls a Store (the update pipeline's batches and the user's
actions both go through it); each public method is one transaction, so a failure leaves the
database as it was before the call.

A façade: the SQL lives in one module per domain (storage.feeds, articles, media, sections,
icons, prefs; storage.updates for a refresh's batch), as functions over a connection. A new
write goes into its domain's module, and the Store adds the method that wraps it in the
transaction.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from newsreader.core.errors import NotFoundError, StorageError, UsageError
from newsreader.core.rules import Rule
from newsreader.core.sync import Account, AccountKind, RemoteFeed, RemoteState
from newsreader.core.tags import SavedSearch, Tag
from newsreader.core.types import (
    ArticleQuery,
    CachedImage,
    Feed,
    FeedStatus,
    FeedUpdate,
    StoredEnclosure,
    StoredEntry,
)
from newsreader.storage import (
    articles,
    backup,
    enclosures,
    feeds,
    icons,
    media,
    prefs,
    saved_searches,
    story_list,
    sync,
    tags,
)
from newsreader.storage import rules as stored_rules
from newsreader.storage import sections as tree
from newsreader.storage.db import transaction, ts
from newsreader.storage.updates import apply_updates_by_feed

log = logging.getLogger("newsreader.storage")


class Store:
    """The writer side of one profile database; build it with `open_store`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    def close(self) -> None:
        """Copy the write-ahead log into the database file, then close.

        Everything committed is safe in the WAL either way; checkpointing at close leaves a
        self-contained newsreader.db, so a backup that copies only that file has it all.
        """
        with contextlib.suppress(sqlite3.Error):  # readers still open: as much as it can
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

    def backup_if_due(self, now: datetime) -> Path | None:
        """The daily backup (issue 12): made when the newest is a day old; writer thread.

        A failed backup is logged and changes nothing; it is tried again at the next start.
        """
        if not backup.daily_backup_due(self.path, now):
            return None
        try:
            return backup.make_backup(self._conn, self.path, "daily", now)
        except StorageError as exc:
            log.warning("%s", exc)
            return None

    # -- sections -------------------------------------------------------------------------

    def ensure_section(self, path: str) -> int:
        """The id of the section at "World/Asia", creating missing levels."""
        with transaction(self._conn) as c:
            return tree.ensure_section(c, path)

    def rename_section(self, section_id: int, name: str) -> None:
        with transaction(self._conn) as c:
            tree.rename_section(c, section_id, name)

    def move_section(self, section_id: int, new_parent: int | None, position: int) -> None:
        with transaction(self._conn) as c:
            tree.move_section(c, section_id, new_parent, position)

    def delete_section(self, section_id: int) -> None:
        """Delete a section; its feeds and subsections move up to its parent."""
        with transaction(self._conn) as c:
            tree.delete_section(c, section_id)

    # -- feeds ----------------------------------------------------------------------------

    def feed_by_id(self, feed_id: int) -> Feed:
        """The feed with this id (NotFoundError when there is none)."""
        return self._feed(feed_id)

    def _feed(self, feed_id: int) -> Feed:
        return feeds.require(self._conn, feed_id, self._paths())

    def _paths(self) -> dict[int, str]:
        return tree.section_paths(tree.load_sections(self._conn))

    def add_feed(
        self,
        url: str,
        title: str,
        section_path: str,
        interval: int,
        *,
        auth_ref: str | None = None,
        user_title: bool = False,
        now: datetime | None = None,
    ) -> Feed:
        """Subscribe (see storage.feeds.add); DuplicateError when the URL is already a feed."""
        url = url.strip()
        if not url:
            raise UsageError("empty feed URL")
        created = ts(now) if now is not None else ts(datetime.now().astimezone())
        with transaction(self._conn) as c:
            feed_id = feeds.add(
                c, url, title, section_path, interval,
                auth_ref=auth_ref, user_title=user_title, created=created,
            )  # fmt: skip
        return self._feed(feed_id)

    def update_feed(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        section_path: str | None = None,
        interval: int | None = None,
        auth_ref: str | None = None,
        status: FeedStatus | None = None,
    ) -> Feed:
        """Change what the user controls; None leaves a field as is (see storage.feeds.edit)."""
        with transaction(self._conn) as c:
            feeds.edit(
                c, feed_id, title=title, section_path=section_path, interval=interval,
                auth_ref=auth_ref, status=status,
            )  # fmt: skip
        return self._feed(feed_id)

    def delete_feed(self, feed_id: int, keep_starred: bool = False) -> None:
        """Unsubscribe; keep_starred archives the feed with its starred articles instead."""
        with transaction(self._conn) as c:
            feeds.delete(c, feed_id, keep_starred)

    def move_feed(self, feed_id: int, section_id: int | None, position: int) -> None:
        """Put a feed in `section_id` (None: the root) at `position` among that section's feeds."""
        with transaction(self._conn) as c:
            feeds.move(c, feed_id, section_id, position)

    def feeds_due(self, now: datetime, all_feeds: bool = False) -> list[Feed]:
        """Feeds to poll now; all_feeds polls every one except GONE (AUTH only then)."""
        return feeds.due(self._conn, ts(now), all_feeds, self._paths())

    def entry_states(self, feed_id: int, keys: Sequence[str]) -> dict[str, StoredEntry]:
        """What is stored for these dedupe keys of a feed (missing keys are new)."""
        return articles.entry_states(self._conn, feed_id, keys)

    def publish_times(self, feed_id: int, since: datetime, limit: int) -> list[datetime]:
        """The publish dates of a feed's newest dated articles since `since`."""
        return articles.publish_times(self._conn, feed_id, since, limit)

    def tombstoned(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """Which of these keys were purged and must not come back."""
        return articles.tombstoned(self._conn, feed_id, keys)

    def apply_feed_updates_by_feed(
        self, updates: Sequence[FeedUpdate], now: datetime, silent: set[int] | None = None
    ) -> dict[int, list[int]]:
        """Store a batch of refreshes in one transaction; the new article ids of each feed
        (and in `silent` the new ids a silent rule matched, issue 16)."""
        with transaction(self._conn) as c:
            return apply_updates_by_feed(c, updates, now, silent)

    # -- rules on arrival (issue 16, storage.rules) -------------------------------------------

    def save_rule(self, rule: Rule, now: datetime) -> int:
        """Add (id None) or replace a rule; RuleError, DuplicateError, NotFoundError."""
        with transaction(self._conn) as c:
            return stored_rules.save_rule(c, rule, now)

    def remove_rule(self, rule_id: int) -> None:
        with transaction(self._conn) as c:
            stored_rules.remove_rule(c, rule_id)

    def apply_rule(self, rule_id: int, now: datetime) -> int:
        """Run a stored rule over the stored articles; returns how many it matched."""
        with transaction(self._conn) as c:
            rule = stored_rules.rule_by_id(c, rule_id)
            if rule is None:
                raise NotFoundError(f"no rule with id {rule_id}")
            return stored_rules.apply_to_existing(c, rule, now)

    # -- the user's actions (LibraryWriter) -------------------------------------------------

    def mark_read(self, article_ids: Sequence[int], read: bool) -> None:
        with transaction(self._conn) as c:
            articles.mark_read(c, article_ids, read)
            if read:  # prefs.STORY_MARK_READ: the story's other feeds' copies too (issue 19)
                story_list.follow_read(c, article_ids)

    def set_starred(self, article_id: int, starred: bool) -> None:
        with transaction(self._conn) as c:
            articles.set_starred(c, article_id, starred)

    def mark_all_read(self, query: ArticleQuery, changed: list[int] | None = None) -> int:
        """Mark what the query selects as read; the ids it changed go into `changed` when one
        is given (for undo). With search text (a saved search, issue 16) only its hits."""
        with transaction(self._conn) as c:
            if query.search:
                return saved_searches.mark_hits_read(c, query, changed)
            return articles.mark_all_read(c, query, changed)

    def record_read(self, article_id: int, at: datetime, seconds: float | None) -> None:
        """One read event: counts again on every opening, marks read, raises the score."""
        with transaction(self._conn) as c:
            articles.record_read(c, article_id, at, seconds)
            if seconds is None and prefs.get(c, "mark_read") != "manual":
                story_list.follow_read(c, [article_id])  # prefs.STORY_MARK_READ (issue 19)

    # -- retention ------------------------------------------------------------------------

    def purge(
        self,
        now: datetime,
        max_age_days: float | None,
        max_per_feed: int | None,
        keep_unread: bool,
    ) -> int:
        """Delete old articles (never starred; never unread if keep_unread); returns how many.

        Age counts from the list's date; a feed keeps its newest max_per_feed. Deleted entries
        are tombstoned so the next fetch does not bring them back.
        """
        picks, params = articles.purge_picks(now, max_age_days, max_per_feed, keep_unread)
        if not picks:
            return 0
        with transaction(self._conn) as c:
            count = articles.purge(c, now, picks, params)
        log.info("purged %d articles", count)
        return count

    # -- images and full text ---------------------------------------------------------------

    def unused_images(self) -> list[str]:
        """sha256 of cached images no article refers to any more (their files can go)."""
        return media.unused_images(self._conn)

    def forget_images(self, sha256s: Sequence[str]) -> None:
        """Drop cache index rows once the image files were deleted."""
        with transaction(self._conn) as c:
            media.forget_images(c, sha256s)

    def set_full_text(self, article_id: int, text: str | None) -> None:
        """Store the text extracted from the article's page; its images join the cache queue."""
        with transaction(self._conn) as c:
            media.set_full_text(c, article_id, text)

    def image_jobs(
        self,
        article_ids: Sequence[int] | None,
        limit: int,
        states: Sequence[str] = ("pending",),
    ) -> list[tuple[int, str, str]]:
        """(article id, image URL, feed URL) to download; None: any article, newest first."""
        return media.image_jobs(self._conn, article_ids, limit, states)

    def full_text_jobs(self, article_ids: Sequence[int]) -> list[tuple[int, str]]:
        """(article id, page URL) of these articles still without extracted full text."""
        return media.full_text_jobs(self._conn, article_ids)

    def full_text_modes(self, feed_ids: Sequence[int]) -> dict[int, str]:
        """Each feed's full-text choice: 'auto' (summary-only feeds), 'always' or 'never'."""
        return media.full_text_modes(self._conn, feed_ids)

    def set_full_text_mode(self, feed_id: int, mode: str) -> None:
        """The user's per-feed override; UsageError for an unknown mode."""
        with transaction(self._conn) as c:
            media.set_full_text_mode(c, feed_id, mode)

    def clear_image_cache(self) -> list[str]:
        """Forget every cached image (the caller deletes the files); returns their sha256."""
        with transaction(self._conn) as c:
            return media.clear_image_cache(c)

    def record_images(
        self, cached: Sequence[CachedImage], states: Sequence[tuple[str, str]], now: datetime
    ) -> None:
        """One transaction for a batch of downloads: cached images linked to every article
        naming their URL, (url, state) for the rest ('failed', 'tracker', 'refused', …)."""
        rows = [(i.url, i.sha256, i.content_type, i.width, i.height, i.size) for i in cached]
        with transaction(self._conn) as c:
            media.record_images(c, rows, states, ts(now))

    def link_known_images(self, article_ids: Sequence[int]) -> int:
        """Give these articles' pending images the result already known for the same URL."""
        with transaction(self._conn) as c:
            return media.link_known_images(c, article_ids)

    def image_hashes(self) -> set[str]:
        """sha256 of every image the index knows (files outside it are orphans)."""
        return media.image_hashes(self._conn)

    def icons_due(self, feed_ids: Sequence[int], before: datetime) -> set[int]:
        """Feeds whose icon was never looked for, or last looked for before `before`."""
        return icons.icons_due(self._conn, feed_ids, ts(before))

    def record_icon(self, feed_id: int, sha256: str | None, checked: datetime) -> None:
        """Store a look at a feed's icon (None: none found; an older icon is kept)."""
        with transaction(self._conn) as c:
            icons.record_icon(c, feed_id, sha256, ts(checked))

    def icon_hashes(self) -> set[str]:
        """sha256 of the cached files feeds use as icons (retention keeps them)."""
        return icons.icon_hashes(self._conn)

    # -- sync accounts (issue 14; see storage.sync) ------------------------------------------

    def add_account(
        self, *, name: str, kind: AccountKind, url: str, username: str, auth_ref: str,
        now: datetime,
    ) -> Account:  # fmt: skip
        with transaction(self._conn) as c:
            account_id = sync.add_account(
                c, name=name, kind=kind, url=url, username=username, auth_ref=auth_ref,
                created=now,
            )  # fmt: skip
        return sync.require_account(self._conn, account_id)

    def accounts(self) -> list[Account]:
        return sync.accounts(self._conn)

    def account(self, account_id: int) -> Account:
        return sync.require_account(self._conn, account_id)

    def remove_account(self, account_id: int, *, keep_articles: bool) -> int:
        with transaction(self._conn) as c:
            return sync.remove_account(c, account_id, keep_articles=keep_articles)

    def record_sync_result(
        self, account_id: int, at: datetime, error: str | None, version: str | None = None
    ) -> None:
        with transaction(self._conn) as c:
            sync.record_result(c, account_id, at=at, error=error, version=version)

    def add_synced_feed(self, account_id: int, url: str, title: str, section_path: str) -> Feed:
        """Subscribe in an account: the feed is local at once and queued for its server."""
        url = url.strip()
        if not url:
            raise UsageError("empty feed URL")
        with transaction(self._conn) as c:
            sync.require_account(c, account_id)
            feed_id = sync.add_synced_feed(
                c, account_id, url, title, section_path, ts(datetime.now().astimezone())
            )
        return self._feed(feed_id)

    def claim_sync(
        self, account_id: int, pid: int, now: datetime, seconds: float,
        alive: Callable[[int], bool],
    ) -> bool:  # fmt: skip
        with transaction(self._conn) as c:
            return sync.claim(c, account_id, pid, ts(now), seconds, alive)

    def release_sync(self, account_id: int, pid: int) -> None:
        with transaction(self._conn) as c:
            sync.release(c, account_id, pid)

    def sync_intents(self, account_id: int) -> list[sync.StoredIntent]:
        return sync.intents(self._conn, account_id)

    def sync_feed_actions(self, account_id: int) -> list[sync.FeedAction]:
        return sync.feed_actions(self._conn, account_id)

    def settle_feed_action(self, action: sync.FeedAction, remote: RemoteFeed | None) -> None:
        with transaction(self._conn) as c:
            sync.settle_feed_action(c, action, remote)

    def sync_states(
        self, account_id: int, remote_ids: Iterable[str]
    ) -> tuple[dict[str, RemoteState], dict[str, RemoteState]]:
        return sync.seen_states(self._conn, account_id, remote_ids)

    def known_remote_ids(self, account_id: int) -> set[str]:
        return sync.known_remote_ids(self._conn, account_id)

    def apply_sync_pull(self, pull: sync.Pull, now: datetime) -> sync.PullResult:
        """Everything one sync brings, in one transaction (storage.sync.apply_pull)."""
        with transaction(self._conn) as c:
            return sync.apply_pull(c, pull, now)

    # -- tags, notes, saved searches (issue 16; see storage.tags, storage.saved_searches) ---

    def add_tag(self, article_ids: Sequence[int], name: str) -> tuple[Tag, int]:
        """Tag articles (the tag is made when new); the tag and how many newly carry it."""
        with transaction(self._conn) as c:
            return tags.add_tag(c, article_ids, name)

    def remove_tag(self, article_ids: Sequence[int], tag_id: int) -> int:
        """Untag articles (a tag left on none is deleted); how many had it."""
        with transaction(self._conn) as c:
            return tags.remove_tag(c, article_ids, tag_id)

    def delete_tag(self, tag_id: int) -> int:
        """Delete a tag from every article; how many carried it."""
        with transaction(self._conn) as c:
            return tags.delete_tag(c, tag_id)

    def set_note(self, article_id: int, text: str, now: datetime) -> bool:
        """The article's private note ("" removes it); whether one is kept."""
        with transaction(self._conn) as c:
            return tags.set_note(c, article_id, text, ts(now))

    def save_search(
        self, name: str, query: str, unread_only: bool, section_id: int | None, now: datetime
    ) -> tuple[SavedSearch, bool]:
        """Save a search as a tree node (replacing one of that name); it and whether it did."""
        with transaction(self._conn) as c:
            return saved_searches.save(c, name, query, unread_only, section_id, ts(now))

    def delete_saved_search(self, saved_id: int) -> None:
        with transaction(self._conn) as c:
            saved_searches.delete(c, saved_id)

    # -- enclosures (issue 16; see storage.enclosures) ------------------------------------

    def enclosure(self, enclosure_id: int) -> StoredEnclosure | None:
        return enclosures.get(self._conn, enclosure_id)

    def article_enclosures(self, article_id: int) -> list[StoredEnclosure]:
        return enclosures.for_article(self._conn, article_id)

    def set_enclosure_position(self, enclosure_id: int, seconds: float) -> None:
        """Remember where playback of an enclosure stopped."""
        with transaction(self._conn) as c:
            enclosures.set_position(c, enclosure_id, seconds)

    def set_enclosure_download(self, enclosure_id: int, name: str | None) -> None:
        """Record (or forget, None) the downloaded file's name in the downloads folder."""
        with transaction(self._conn) as c:
            enclosures.set_download(c, enclosure_id, name)

    # -- settings -------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        return prefs.get(self._conn, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable per-profile setting."""
        with transaction(self._conn) as c:
            prefs.put(c, key, value)
