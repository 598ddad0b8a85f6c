"""A real library with one story across three feeds, for the issue 19 list/pane/trending tests.

The clustering engine (storage.stories) is another engineer's; these tests set
`articles.story_id` directly through a connection of their own, exactly as the engine's
contract says: the id of the story's first article, on every member including the first.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from newsreader.storage import Library, Store, open_library, open_store
from tests.unit.storage_factory import NOW, entry, make_store, store_update, update

SECTIONS = ("World/Asia", "World/Europe", "Tech")
LINKS = "http://127.0.0.1:9/a"  # nothing listens there: links lead nowhere off this machine


def set_story(path: Path, members: Sequence[int], story_id: int | None = None) -> list[int]:
    """Make `members` one story (story_id: the first of them unless given); returns them."""
    story = story_id if story_id is not None else min(members)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(
                "UPDATE articles SET story_id = ? WHERE id = ?", [(story, aid) for aid in members]
            )
    finally:
        conn.close()
    return list(members)


@dataclass
class StoryLibrary:
    store: Store
    lib: Library
    path: Path
    feeds: dict[str, int] = field(default_factory=dict)  # section path → feed id
    all_ids: list[int] = field(default_factory=list)
    story: list[int] = field(default_factory=list)  # one article of each feed, Asia's first
    story_feeds: list[int] = field(default_factory=list)
    now: datetime = NOW  # the library's "now": its articles are dated before it
    _n: int = 1000

    @contextlib.contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A connection of the test's own, committed on exit (for states no command makes)."""
        conn = sqlite3.connect(self.path)
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    def add_article(self, section: str, published: datetime, title: str | None = None) -> int:
        self._n += 1
        ids = store_update(
            self.store,
            update(
                self.feeds[section],
                entry(self._n, title=title, published=published, url=f"{LINKS}/{self._n}"),
                now=self.now,
            ),
            self.now,
        )
        self.all_ids.extend(ids)
        return ids[0]


def make_story_library(
    tmp_path: Path, per_feed: int = 3, now: datetime = NOW, path: Path | None = None
) -> StoryLibrary:
    """Three feeds (World/Asia, World/Europe, Tech) with `per_feed` articles an hour apart
    each, plus one story: an article in each feed about "Volcano erupts", Asia's first
    (90, 60 and 30 minutes before `now`). `path`: the database file (else in tmp_path)."""
    if path is None:
        store, path = make_store(tmp_path)
    else:
        store = open_store(path)
    fx = StoryLibrary(store=store, lib=open_library(path), path=path, now=now)
    n = 0
    for section in SECTIONS:
        slug = section.replace("/", "-").lower()
        feed = store.add_feed(f"http://127.0.0.1:9/{slug}.xml", section, section, 1800, now=now)
        fx.feeds[section] = feed.id
        entries = []
        for _ in range(per_feed):
            n += 1
            entries.append(entry(n, published=now - timedelta(hours=n), url=f"{LINKS}/{n}"))
        fx.all_ids.extend(store_update(store, update(feed.id, *entries, now=now), now))
    for minutes, section in zip((90, 60, 30), SECTIONS, strict=True):
        aid = fx.add_article(
            section, now - timedelta(minutes=minutes), title=f"Volcano erupts ({section})"
        )
        fx.story.append(aid)
        fx.story_feeds.append(fx.feeds[section])
    set_story(path, fx.story)
    return fx
