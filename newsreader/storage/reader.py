"""Library: read-only, bounded queries over a profile database (core.ports.LibraryReader).

The GUI thread calls it directly, so every list query is one indexed page (keyset pagination
on (sort_time, id)), and the FTS queries carry their LIMIT inside the MATCH subquery. It uses
its own read-only connection; in WAL mode it reads a consistent snapshot while the writer
thread commits.

Each thread gets its own connection: one sqlite3 connection serializes its users, so the GUI
thread's one-page reads waited behind the background reader's related-articles and count
queries (a search took 0.5 s right after opening a few articles).

A façade like the Store: the queries live in their domain's module (storage.feeds, articles,
search, media, icons, prefs). The Library picks this thread's connection and keeps its caches
(the section tree until a commit, the last search's ranking).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newsreader.core.health import FeedActivity
from newsreader.core.imageinfo import image_path
from newsreader.core.rules import Rule
from newsreader.core.sync import Account
from newsreader.core.tags import Note, SavedSearch, Tag
from newsreader.core.trending import TrendingRow
from newsreader.core.types import (
    Article,
    ArticleQuery,
    ArticleRow,
    ArticleVersion,
    CachedImage,
    Feed,
    PageCursor,
    PopularRow,
    Section,
    StoredEnclosure,
)
from newsreader.storage import (
    articles,
    enclosures,
    feeds,
    health,
    icons,
    media,
    prefs,
    saved_searches,
    search,
    story_list,
    sync,
    tags,
    trending,
    versions,
)
from newsreader.storage import rules as stored_rules
from newsreader.storage.db import connect_reader
from newsreader.storage.sections import load_sections, section_paths, split_path


@dataclass(slots=True)
class _Reading:
    """One thread's connection and the caches tied to it (data_version is per connection)."""

    conn: sqlite3.Connection
    tree_version: int | None = None
    tree: list[Section] = field(default_factory=list)
    hits: search.Hits | None = None  # the last search's ranking (see storage.search)


class Library:
    """Read-only queries; build it with `open_library`. Called on the GUI thread (or the CLI's)
    and on the window's background reader thread, each through its own connection."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._closed = False
        self._first = _Reading(conn)  # serves the thread that opened the library
        self._local.reading = self._first
        self._all = [self._first]

    def _reading(self) -> _Reading:
        reading: _Reading | None = getattr(self._local, "reading", None)
        if reading is None:
            with self._lock:
                if self._closed:
                    return self._first  # closed: fails like any use of a closed library
                reading = _Reading(connect_reader(self.path))
                self._all.append(reading)
            self._local.reading = reading
        return reading

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._reading().conn

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for reading in self._all:
                reading.conn.close()

    # -- tree and feeds -------------------------------------------------------------------

    def sections(self) -> Sequence[Section]:
        """Every section, parents before children, in tree order (cached until a commit)."""
        reading = self._reading()
        version = reading.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != reading.tree_version:
            reading.tree = load_sections(reading.conn)
            reading.tree_version = version
        return reading.tree

    def _paths(self) -> dict[int, str]:
        return section_paths(self.sections())

    def section_by_path(self, path: str) -> Section | None:
        wanted = "/".join(split_path(path))
        return next((s for s in self.sections() if s.path == wanted), None)

    def feeds(self) -> Sequence[Feed]:
        """Every subscription: root feeds first, then by section in tree order, position, title.

        Archived feeds are no subscriptions (see storage.archive): `feed(id)` still finds them.
        """
        return feeds.subscriptions(self._conn, self.sections())

    def feed(self, feed_id: int) -> Feed | None:
        return feeds.get(self._conn, feed_id, self._paths())

    def feed_by_url(self, url: str) -> Feed | None:
        """The subscription at `url` (an archived feed there is not one: adding it is allowed)."""
        return feeds.by_url(self._conn, url, self._paths())

    # -- counts ---------------------------------------------------------------------------

    def unread_counts(self) -> dict[int, int]:
        return articles.unread_counts(self._conn)

    def feed_article_counts(self) -> dict[int, int]:
        return articles.feed_article_counts(self._conn)

    def special_counts(self) -> tuple[int, int, int]:
        """(all, unread, starred)."""
        return articles.special_counts(self._conn)

    def article_count(self, query: ArticleQuery) -> int:
        """How many articles the query's filters select (search text: among the best hits)."""
        return articles.article_count(self._conn, query)

    # -- lists ----------------------------------------------------------------------------

    def list_sql(self, query: ArticleQuery, after: PageCursor | None) -> tuple[str, list[Any]]:
        """The SQL of one list page without search text (public so tests can EXPLAIN it)."""
        return articles.list_sql(self._conn, query, after)

    def article_page(
        self, query: ArticleQuery, after: PageCursor | None, limit: int
    ) -> Sequence[tuple[ArticleRow, PageCursor]]:
        """One page of rows after `after`, each with the cursor that continues after it.

        With search text the order is relevance then date, and a cursor's sort_key is the
        row's position in that order rather than a time.
        """
        if query.search:
            return self._search_page(query, after, limit)
        return articles.list_page(self._conn, query, after, limit, self._paths())

    def articles(self, query: ArticleQuery, limit: int) -> list[ArticleRow]:
        """The first `limit` rows of a list (the CLI's `articles`)."""
        return [row for row, _ in self.article_page(query, None, limit)]

    def _search_page(
        self, query: ArticleQuery, after: PageCursor | None, limit: int
    ) -> list[tuple[ArticleRow, PageCursor]]:
        """A search page; later pages reuse this thread's ranking of the first (fast, stable)."""
        reading = self._reading()
        paths = self._paths()
        page, reading.hits = search.search_page(
            reading.conn, query, after, limit, paths, reading.hits
        )
        return page

    def search(self, text: str, limit: int) -> Sequence[ArticleRow]:
        """Articles containing every word of `text`, best first (title above body)."""
        page = self._search_page(ArticleQuery(search=text), None, limit)
        return [row for row, _ in page]

    # -- one article ----------------------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        return articles.article(self._conn, article_id, self._paths())

    def article_images(self, article_id: int) -> Sequence[CachedImage]:
        return media.article_images(self._conn, article_id)

    def enclosures(self, article_id: int) -> Sequence[StoredEnclosure]:
        """An article's enclosures (issue 16), in the feed's order: a few rows, one query."""
        return enclosures.for_article(self._conn, article_id)

    def enclosure(self, enclosure_id: int) -> StoredEnclosure | None:
        return enclosures.get(self._conn, enclosure_id)

    def article_versions(self, article_id: int) -> Sequence[ArticleVersion]:
        """The kept earlier versions of an article, newest first (at most a few: one query)."""
        return versions.article_versions(self._conn, article_id)

    def image_states(self, article_id: int) -> list[tuple[str, str]]:
        """(URL, state) of every image the article names: cached, pending (not fetched yet,
        or the policy is ask/never), skipped (cache cleared), failed, refused, tracker."""
        return media.image_states(self._conn, article_id)

    def feed_icons(self, images_dir: Path) -> dict[int, Path]:
        """{feed id: its icon's file in the image cache} for the feeds that have one."""
        return {
            feed_id: image_path(images_dir, sha)
            for feed_id, sha in icons.feed_icons(self._conn).items()
        }

    # -- rules on arrival (issue 16) ------------------------------------------------------

    def rules(self) -> list[Rule]:
        """Every stored rule in order (a handful: bounded)."""
        return stored_rules.load_rules(self._conn)

    def rule_by_name(self, name: str) -> Rule | None:
        return stored_rules.rule_by_name(self._conn, name)

    def rule_preview_count(self, rule: Rule, now: datetime) -> int:
        """How many stored articles the rule would match. Walks the rule's scope: never on
        the GUI thread (the settings dialog runs it on the background reader)."""
        return stored_rules.preview_count(self._conn, rule, now)

    # -- rankings -------------------------------------------------------------------------

    def popular(self, section_id: int | None, limit: int, now: datetime) -> Sequence[PopularRow]:
        """Most read (time-decayed, see core.ranking), ties by last read then date."""
        return articles.popular(self._conn, section_id, limit, now, self._paths())

    def related(self, article_id: int, limit: int) -> Sequence[ArticleRow]:
        """The same story: by relevance (section, date only for near-ties); never its copies."""
        return search.related(self._conn, article_id, limit, self._paths())

    def story_sources(self, article_id: int, limit: int) -> Sequence[ArticleRow]:
        """The other feeds' articles of this article's story, earliest first (issue 19)."""
        return story_list.story_sources(self._conn, article_id, limit, self._paths())

    def trending(self, limit: int, now: datetime) -> Sequence[TrendingRow]:
        """Stories by independent sources and their growth, with why (core.trending).
        Reads the last days' articles: the window calls it on its background reader."""
        return trending.trending_stories(self._conn, now, limit, self._paths())

    # -- feed health and the reading ledger (issues 16, 19): many rows, off the GUI thread --

    def feed_activity(self, now: datetime) -> dict[int, FeedActivity]:
        return health.feed_activity(self._conn, now)

    def posting_times(self, now: datetime) -> dict[int, list[datetime]]:
        return health.posting_times(self._conn, now)

    # -- sync accounts --------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        return sync.accounts(self._conn)

    def account_by_name(self, name: str) -> Account | None:
        return sync.account_by_name(self._conn, name)

    # -- tags, notes, saved searches (issue 16; see storage.tags, storage.saved_searches) ---

    def tags(self) -> list[Tag]:
        """Every tag some article carries, by name, with its counts (the tree's Tags)."""
        return tags.tags(self._conn)

    def tag_names(self) -> list[str]:
        return tags.tag_names(self._conn)

    def tag_by_name(self, name: str) -> Tag | None:
        return tags.tag_by_name(self._conn, name)

    def article_tags(self, article_id: int) -> list[Tag]:
        return tags.article_tags(self._conn, article_id)

    def article_note(self, article_id: int) -> Note | None:
        return tags.article_note(self._conn, article_id)

    def saved_searches(self) -> list[SavedSearch]:
        return saved_searches.saved_searches(self._conn, self._paths())

    def saved_search_by_name(self, name: str) -> SavedSearch | None:
        return saved_searches.by_name(self._conn, name, self._paths())

    def saved_search_counts(self, saved: Sequence[SavedSearch]) -> dict[int, int]:
        """{id: unread hits} of these saved searches: one bounded FTS query each."""
        return saved_searches.counts(self._conn, list(saved))

    # -- settings -------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        return prefs.get(self._conn, key, default)
