"""Library: read-only, bounded queries over a profile database (core.ports.LibraryReader).

The GUI thread calls it directly, so every list query is one indexed page (keyset pagination
on (sort_time, id)), and the FTS queries carry their LIMIT inside the MATCH subquery. It uses
its own read-only connection; in WAL mode it reads a consistent snapshot while the writer
thread commits.

Each thread gets its own connection: one sqlite3 connection serializes its users, so the GUI
thread's one-page reads waited behind the background reader's related-articles and count
queries (a search took 0.5 s right after opening a few articles).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newsreader.core import ranking
from newsreader.core.imageinfo import image_path
from newsreader.core.types import (
    Article,
    ArticleQuery,
    ArticleRow,
    CachedImage,
    Feed,
    PageCursor,
    PopularRow,
    Section,
)
from newsreader.storage import fts, icons, media
from newsreader.storage.archive import SUBSCRIBED
from newsreader.storage.db import connect_reader, from_ts
from newsreader.storage.queries import where
from newsreader.storage.rows import (
    ARTICLE_COLUMNS,
    FEED_COLUMNS,
    ROW_COLUMNS,
    article_from_row,
    feed_from_row,
    list_row,
)
from newsreader.storage.sections import load_sections, split_path, subtree_ids

_SEARCH_DEPTH = 1000  # best FTS hits a search list can page through
# Matches ranked by bm25, newest first (ids grow with insertion): bounds a search's cost.
_RANK_WINDOW = 2000
_RELATED_DEPTH = 40  # best FTS hits related() chooses from
_RELATED_TERMS = 10  # distinctive terms in related()'s OR query
_COMMON_SHARE = 0.02  # a term in more than this share of articles is too common to relate
_COMMON_FLOOR = 50  # … unless the library is small


@dataclass(slots=True)
class _Reading:
    """One thread's connection and the caches tied to it (data_version is per connection)."""

    conn: sqlite3.Connection
    tree_version: int | None = None
    tree: list[Section] = field(default_factory=list)
    hits: tuple[tuple[Any, ...], list[int]] | None = None  # see Library._search_hits


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
        return {s.id: s.path for s in self.sections()}

    def section_by_path(self, path: str) -> Section | None:
        wanted = "/".join(split_path(path))
        return next((s for s in self.sections() if s.path == wanted), None)

    def section_ids_under(self, section_id: int) -> list[int]:
        """The section and all its subsections."""
        return subtree_ids(list(self.sections()), section_id)

    def feeds(self) -> Sequence[Feed]:
        """Every subscription: root feeds first, then by section in tree order, position, title.

        Archived feeds are no subscriptions (see storage.archive): `feed(id)` still finds them.
        """
        order = {s.id: i for i, s in enumerate(self.sections())}
        paths = self._paths()
        feeds = [
            feed_from_row(r, paths)
            for r in self._conn.execute(f"SELECT {FEED_COLUMNS} FROM feeds f WHERE {SUBSCRIBED}")
        ]
        feeds.sort(
            key=lambda f: (
                -1 if f.section_id is None else order.get(f.section_id, len(order)),
                f.position,
                f.title.lower(),
            )
        )
        return feeds

    def feed(self, feed_id: int) -> Feed | None:
        row = self._conn.execute(
            f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,)
        ).fetchone()
        return None if row is None else feed_from_row(row, self._paths())

    def feed_by_url(self, url: str) -> Feed | None:
        """The subscription at `url` (an archived feed there is not one: adding it is allowed)."""
        row = self._conn.execute(
            f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.url = ? AND {SUBSCRIBED}", (url,)
        ).fetchone()
        return None if row is None else feed_from_row(row, self._paths())

    # -- counts ---------------------------------------------------------------------------

    def unread_counts(self) -> dict[int, int]:
        return dict(
            self._conn.execute("SELECT feed_id, count(*) FROM articles WHERE read = 0 GROUP BY 1")
        )

    def feed_article_counts(self) -> dict[int, int]:
        return dict(self._conn.execute("SELECT feed_id, count(*) FROM articles GROUP BY 1"))

    def special_counts(self) -> tuple[int, int, int]:
        """(all, unread, starred)."""
        (total,) = self._conn.execute("SELECT count(*) FROM articles").fetchone()
        (unread,) = self._conn.execute("SELECT count(*) FROM articles WHERE read = 0").fetchone()
        (starred,) = self._conn.execute(
            "SELECT count(*) FROM articles WHERE starred = 1"
        ).fetchone()
        return int(total), int(unread), int(starred)

    def article_count(self, query: ArticleQuery) -> int:
        """How many articles the query's filters select (search text: among the best hits)."""
        conds, params = where(self._conn, query)
        source = "articles a"
        if query.search:
            match = fts.match_all(query.search)
            if match is None:
                return 0
            source = (
                "(SELECT rowid AS hid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?) h "
                "JOIN articles a ON a.id = h.hid"
            )
            params = [match, _SEARCH_DEPTH, *params]
        sql = f"SELECT count(*) FROM {source}" + (f" WHERE {' AND '.join(conds)}" if conds else "")
        return int(self._conn.execute(sql, params).fetchone()[0])

    # -- lists ----------------------------------------------------------------------------

    def list_sql(self, query: ArticleQuery, after: PageCursor | None) -> tuple[str, list[Any]]:
        """The SQL of one list page without search text (public so tests can EXPLAIN it)."""
        conds, params = where(self._conn, query)
        op, direction = ("<", "DESC") if query.newest_first else (">", "ASC")
        if after is not None:
            conds.append(f"(a.sort_time, a.id) {op} (?, ?)")
            params.extend([after.sort_key, after.article_id])
        sql = (
            f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id"
            + (f" WHERE {' AND '.join(conds)}" if conds else "")
            + f" ORDER BY a.sort_time {direction}, a.id {direction} LIMIT ?"
        )
        return sql, params

    def article_page(
        self, query: ArticleQuery, after: PageCursor | None, limit: int
    ) -> Sequence[tuple[ArticleRow, PageCursor]]:
        """One page of rows after `after`, each with the cursor that continues after it.

        With search text the order is relevance then date, and a cursor's sort_key is the
        row's position in that order rather than a time.
        """
        if query.search:
            return self._search_page(query, after, limit)
        sql, params = self.list_sql(query, after)
        rows = self._conn.execute(sql, [*params, limit]).fetchall()
        paths = self._paths()
        return [list_row(r, paths) for r in rows]

    def articles(self, query: ArticleQuery, limit: int) -> list[ArticleRow]:
        """The first `limit` rows of a list (the CLI's `articles`)."""
        return [row for row, _ in self.article_page(query, None, limit)]

    def _search_page(
        self, query: ArticleQuery, after: PageCursor | None, limit: int
    ) -> list[tuple[ArticleRow, PageCursor]]:
        match = fts.match_all(query.search or "")
        if match is None:
            return []
        conds, params = where(self._conn, query)
        offset = int(after.sort_key) + 1 if after is not None else 0
        ids = self._search_hits(match, conds, params, fresh=after is None)[offset : offset + limit]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {
            r[0]: r
            for r in self._conn.execute(
                f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
                f"WHERE a.id IN ({marks})",
                ids,
            )
        }
        paths = self._paths()
        out = []
        for i, aid in enumerate(ids):
            if aid in found:  # purged since the hits were ranked
                row, _ = list_row(found[aid], paths)
                out.append((row, PageCursor(sort_key=float(offset + i), article_id=aid)))
        return out

    def _search_hits(
        self, match: str, conds: list[str], params: list[Any], *, fresh: bool
    ) -> list[int]:
        """Ids of a search's hits in list order (best first), at most `_SEARCH_DEPTH`.

        Ranking is the expensive part, so later pages (`fresh` False) page through the hits
        ranked for the first one, on this thread: one consistent order even while the writer
        commits, and the view's second page at once costs ~1 ms instead of a new ranking.
        """
        reading = self._reading()
        key = (match, tuple(conds), tuple(params))
        cached = reading.hits
        if not fresh and cached is not None and cached[0] == key:
            return cached[1]
        oldest = self._rank_window_start(match)
        sql = (
            "SELECT a.id FROM (SELECT rowid AS hid, rank FROM articles_fts "
            "WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?) h "
            "JOIN articles a ON a.id = h.hid"
            + (f" WHERE {' AND '.join(conds)}" if conds else "")
            + " ORDER BY h.rank, a.sort_time DESC, a.id DESC"
        )
        ids = [r[0] for r in reading.conn.execute(sql, [match, oldest, _SEARCH_DEPTH, *params])]
        reading.hits = (key, ids)
        return ids

    def _rank_window_start(self, match: str) -> int:
        """The smallest article id whose match is ranked (0: every match is).

        bm25 is computed for every match before the best can be picked: ~1.5 µs each, so a
        word found in 100,000 articles cost ~150 ms per page. Only the newest
        `_RANK_WINDOW` matches are ranked; walking the doclist newest first costs no ranking.
        """
        row = self._conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (match, _RANK_WINDOW - 1),
        ).fetchone()
        return 0 if row is None else int(row[0])

    def search(self, text: str, limit: int) -> Sequence[ArticleRow]:
        """Articles containing every word of `text`, best first (title above body)."""
        page = self._search_page(ArticleQuery(search=text), None, limit)
        return [row for row, _ in page]

    # -- one article ----------------------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        row = self._conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return None if row is None else article_from_row(row, self._paths())

    def article_images(self, article_id: int) -> Sequence[CachedImage]:
        rows = self._conn.execute(
            "SELECT ai.url, i.sha256, i.content_type, i.width, i.height, i.size "
            "FROM article_images ai JOIN images i ON i.sha256 = ai.sha256 "
            "WHERE ai.article_id = ? ORDER BY ai.id",
            (article_id,),
        ).fetchall()
        return [
            CachedImage(url=u, sha256=s, content_type=t, width=w, height=h, size=n)
            for u, s, t, w, h, n in rows
        ]

    def image_states(self, article_id: int) -> list[tuple[str, str]]:
        """(URL, state) of every image the article names: cached, pending (not fetched yet,
        or the policy is ask/never), skipped (cache cleared), failed, refused, tracker."""
        return media.image_states(self._conn, article_id)

    def full_text_mode(self, feed_id: int) -> str:
        """The feed's full-text choice ('auto' when the feed does not exist)."""
        return media.full_text_modes(self._conn, [feed_id]).get(feed_id, "auto")

    def feed_icons(self, images_dir: Path) -> dict[int, Path]:
        """{feed id: its icon's file in the image cache} for the feeds that have one."""
        return {
            feed_id: image_path(images_dir, sha)
            for feed_id, sha in icons.feed_icons(self._conn).items()
        }

    # -- rankings -------------------------------------------------------------------------

    def popular(self, section_id: int | None, limit: int, now: datetime) -> Sequence[PopularRow]:
        """Most read (time-decayed, see core.ranking), ties by last read then date."""
        conds, params = where(self._conn, ArticleQuery(section_id=section_id))
        conds.append("a.pop_reads > 0")
        rows = self._conn.execute(
            f"SELECT {ROW_COLUMNS}, a.pop_score, a.pop_reads, a.pop_last_read "
            "FROM articles a JOIN feeds f ON f.id = a.feed_id "
            f"WHERE {' AND '.join(conds)} "
            "ORDER BY a.pop_score DESC, a.pop_last_read DESC, a.sort_time DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        paths = self._paths()
        out = []
        for r in rows:
            row, _ = list_row(r[:9], paths)
            out.append(
                PopularRow(
                    article=row,
                    score=ranking.score_at(r[9], now),
                    reads=int(r[10]),
                    last_read=from_ts(r[11]),
                )
            )
        return out

    def related(self, article_id: int, limit: int) -> Sequence[ArticleRow]:
        """Articles sharing key terms: same section first, then newest; never itself or copies.

        Copies are the same URL or the same title (syndicated twice, or in two feeds).
        """
        me = self._conn.execute(
            "SELECT a.url, a.title, f.section_id, t.body FROM articles a "
            "JOIN feeds f ON f.id = a.feed_id JOIN articles_fts t ON t.rowid = a.id "
            "WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if me is None:
            return []
        url, title, section_id, body = me
        match = fts.match_any(self._distinctive(fts.key_terms(title, body or "", limit=24)))
        if match is None:
            return []
        rows = self._conn.execute(
            f"SELECT {ROW_COLUMNS}, a.sort_time FROM (SELECT rowid AS hid, rank FROM articles_fts "
            "WHERE articles_fts MATCH ? AND rowid != ? ORDER BY rank LIMIT ?) h "
            "JOIN articles a ON a.id = h.hid JOIN feeds f ON f.id = a.feed_id ORDER BY h.rank",
            (match, article_id, _RELATED_DEPTH),
        ).fetchall()
        own_title = fts.normalized_title(title)
        seen_titles = {own_title}
        seen_urls = {url} if url else set()
        picked: list[tuple[tuple[bool, float], ArticleRow]] = []
        paths = self._paths()
        for r in rows:
            row, _ = list_row(r[:9], paths)
            norm = fts.normalized_title(row.title)
            if (row.url and row.url in seen_urls) or norm in seen_titles:
                continue
            seen_titles.add(norm)
            if row.url:
                seen_urls.add(row.url)
            picked.append(((r[3] != section_id, -r[9]), row))
        picked.sort(key=lambda p: p[0])
        return [row for _, row in picked[:limit]]

    def _distinctive(self, terms: list[str]) -> list[str]:
        """The terms worth an OR query: shared with other articles, but not by too many.

        A word in every other article ("said", a feed's boilerplate) makes bm25 score the whole
        library, which is what made related() slow; rarer words are also the better signal.
        """
        if not terms:
            return []
        marks = ",".join("?" * len(terms))
        freq = dict(
            self._conn.execute(
                f"SELECT term, doc FROM articles_vocab WHERE term IN ({marks})", terms
            ).fetchall()
        )
        (size,) = self._conn.execute("SELECT ifnull(max(rowid), 0) FROM articles").fetchone()
        ceiling = max(_COMMON_FLOOR, size * _COMMON_SHARE)
        # A term missing from the vocabulary was folded differently (diacritics): keep it.
        usable = [t for t in terms if 1 < freq.get(t, 2) <= ceiling]
        return usable[:_RELATED_TERMS]

    # -- settings -------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])
