"""Build a real Store + Library in a temporary directory, with a small library in it.

Reusable by any test: `lib = make_library(tmp_path)` gives sections World/Asia, World/Europe
and Tech, one feed in each, and a few articles per feed with known dates.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsreader.core.types import (
    EntryWrite,
    FeedState,
    FeedStatus,
    FeedUpdate,
    ParsedEntry,
    Validators,
)
from newsreader.storage import Library, Store, open_library, open_store

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def count_rows(path: Path, sql: str, *params: object) -> int:
    """One number from the database file, through a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def entry(
    n: int,
    *,
    title: str | None = None,
    published: datetime | None = None,
    content: str | None = None,
    url: str | None = None,
) -> ParsedEntry:
    return ParsedEntry(
        guid=f"guid-{n}",
        url=url if url is not None else f"https://example.org/a/{n}",
        title=title if title is not None else f"Article number {n}",
        author="Reporter",
        published=published,
        summary=f"<p>Summary {n}</p>",
        content=content,
    )


def write(e: ParsedEntry, *, key: str | None = None, article_id: int | None = None) -> EntryWrite:
    raw = f"{e.title}|{e.summary}|{e.content}".encode()
    return EntryWrite(
        key=key or (e.guid or e.url or e.title),
        entry=e,
        content_hash=hashlib.sha256(raw).hexdigest(),
        article_id=article_id,
    )


def ok_state(now: datetime = NOW, etag: str | None = None) -> FeedState:
    return FeedState(
        next_update=now + timedelta(minutes=30),
        status=FeedStatus.ACTIVE,
        error_count=0,
        last_error=None,
        last_attempt=now,
        last_success=now,
        validators=Validators(etag=etag),
        body_hash=None,
    )


def update(feed_id: int, *entries: ParsedEntry, now: datetime = NOW, **kw: object) -> FeedUpdate:
    return FeedUpdate(
        feed_id=feed_id,
        state=ok_state(now),
        inserts=tuple(write(e) for e in entries),
        **kw,  # type: ignore[arg-type]
    )


def store_updates(store: Store, updates: Sequence[FeedUpdate], now: datetime) -> list[int]:
    """Store a batch as the refresh pipeline does (`apply_feed_updates_by_feed`, one
    transaction); the new article ids in the order they were inserted."""
    by_feed = store.apply_feed_updates_by_feed(updates, now)
    return sorted(aid for ids in by_feed.values() for aid in ids)


def store_update(store: Store, one: FeedUpdate, now: datetime) -> list[int]:
    """`store_updates` for one feed's update: its new article ids."""
    return store_updates(store, [one], now)


@dataclass
class Fixture:
    store: Store
    lib: Library
    path: Path
    feeds: dict[str, int] = field(default_factory=dict)  # section path → feed id
    articles: dict[str, list[int]] = field(default_factory=dict)  # section path → ids

    def reopen_library(self) -> Library:
        self.lib.close()
        self.lib = open_library(self.path)
        return self.lib


def make_store(tmp_path: Path) -> tuple[Store, Path]:
    path = tmp_path / "profile" / "newsreader.db"
    return open_store(path), path


def make_library(tmp_path: Path, per_feed: int = 3) -> Fixture:
    """Three feeds (World/Asia, World/Europe, Tech), `per_feed` articles each, an hour apart."""
    store, path = make_store(tmp_path)
    fx = Fixture(store=store, lib=open_library(path), path=path)
    n = 0
    for section in ("World/Asia", "World/Europe", "Tech"):
        slug = section.replace("/", "-").lower()
        feed = store.add_feed(f"https://example.org/{slug}.xml", section, section, 1800, now=NOW)
        fx.feeds[section] = feed.id
        entries = []
        for _ in range(per_feed):
            n += 1
            entries.append(entry(n, published=NOW - timedelta(hours=n)))
        fx.articles[section] = store_update(store, update(feed.id, *entries), NOW)
    return fx
