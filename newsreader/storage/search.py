"""Article search and related articles over the FTS5 index (reads only; any reading thread).

Every query carries its LIMIT inside the MATCH subquery, so its cost is bounded whatever the
library's size. A search's ranked hits are kept by the caller (`Hits`, one per connection) so
later pages page through the first page's ranking instead of ranking again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from newsreader.core import html_text
from newsreader.core.types import ArticleQuery, ArticleRow, PageCursor
from newsreader.storage import fts
from newsreader.storage.articles import SEARCH_DEPTH
from newsreader.storage.queries import where
from newsreader.storage.rows import ROW_COLUMNS, list_row

# Matches ranked by bm25, newest first (ids grow with insertion): bounds a search's cost.
_RANK_WINDOW = 2000
_RELATED_DEPTH = 40  # best FTS hits related() chooses from
_RELATED_TERMS = 10  # distinctive terms in related()'s OR query
_COMMON_SHARE = 0.02  # a term in more than this share of articles is too common to relate
_COMMON_FLOOR = 50  # … unless the library is small


@dataclass(frozen=True, slots=True)
class Hits:
    """A search's ranked hits: the query they answer, and the article ids best first."""

    key: tuple[Any, ...]
    ids: list[int]


def search_page(
    conn: sqlite3.Connection,
    query: ArticleQuery,
    after: PageCursor | None,
    limit: int,
    paths: dict[int, str],
    cached: Hits | None,
) -> tuple[list[tuple[ArticleRow, PageCursor]], Hits | None]:
    """One page of a search (relevance, then date), and the hits to keep for the next page.

    A cursor's sort_key is the row's position in the ranking rather than a time.
    """
    match = fts.match_all(query.search or "")
    if match is None:
        return [], cached
    conds, params = where(conn, query)
    offset = int(after.sort_key) + 1 if after is not None else 0
    hits = _hits(conn, match, conds, params, cached if after is not None else None)
    ids = hits.ids[offset : offset + limit]
    if not ids:
        return [], hits
    marks = ",".join("?" * len(ids))
    found = {
        r[0]: r
        for r in conn.execute(
            f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
            f"WHERE a.id IN ({marks})",
            ids,
        )
    }
    out = []
    for i, aid in enumerate(ids):
        if aid in found:  # purged since the hits were ranked
            row, _ = list_row(found[aid], paths)
            out.append((row, PageCursor(sort_key=float(offset + i), article_id=aid)))
    return out, hits


def _hits(
    conn: sqlite3.Connection,
    match: str,
    conds: list[str],
    params: list[Any],
    cached: Hits | None,
) -> Hits:
    """Ids of a search's hits in list order (best first), at most `SEARCH_DEPTH`.

    Ranking is the expensive part, so later pages (`cached` given) page through the hits
    ranked for the first one, on the same connection: one consistent order even while the
    writer commits, and the view's second page at once costs ~1 ms instead of a new ranking.
    """
    key = (match, tuple(conds), tuple(params))
    if cached is not None and cached.key == key:
        return cached
    oldest = _rank_window_start(conn, match)
    sql = (
        "SELECT a.id FROM (SELECT rowid AS hid, rank FROM articles_fts "
        "WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?) h "
        "JOIN articles a ON a.id = h.hid"
        + (f" WHERE {' AND '.join(conds)}" if conds else "")
        + " ORDER BY h.rank, a.sort_time DESC, a.id DESC"
    )
    return Hits(key, [r[0] for r in conn.execute(sql, [match, oldest, SEARCH_DEPTH, *params])])


def _rank_window_start(conn: sqlite3.Connection, match: str) -> int:
    """The smallest article id whose match is ranked (0: every match is).

    bm25 is computed for every match before the best can be picked: ~1.5 µs each, so a
    word found in 100,000 articles cost ~150 ms per page. Only the newest
    `_RANK_WINDOW` matches are ranked; walking the doclist newest first costs no ranking.
    """
    row = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, _RANK_WINDOW - 1),
    ).fetchone()
    return 0 if row is None else int(row[0])


def related(
    conn: sqlite3.Connection, article_id: int, limit: int, paths: dict[int, str]
) -> list[ArticleRow]:
    """Articles sharing key terms: same section first, then newest; never itself or copies.

    Copies are the same URL or the same title (syndicated twice, or in two feeds).
    """
    me = conn.execute(
        "SELECT a.url, a.title, f.section_id, t.body FROM articles a "
        "JOIN feeds f ON f.id = a.feed_id JOIN articles_fts t ON t.rowid = a.id "
        "WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if me is None:
        return []
    url, title, section_id, body = me
    match = fts.match_any(_distinctive(conn, html_text.key_terms(title, body or "", limit=24)))
    if match is None:
        return []
    rows = conn.execute(
        f"SELECT {ROW_COLUMNS}, a.sort_time FROM (SELECT rowid AS hid, rank FROM articles_fts "
        "WHERE articles_fts MATCH ? AND rowid != ? ORDER BY rank LIMIT ?) h "
        "JOIN articles a ON a.id = h.hid JOIN feeds f ON f.id = a.feed_id ORDER BY h.rank",
        (match, article_id, _RELATED_DEPTH),
    ).fetchall()
    own_title = html_text.normalized_title(title)
    seen_titles = {own_title}
    seen_urls = {url} if url else set()
    picked: list[tuple[tuple[bool, float], ArticleRow]] = []
    for r in rows:
        row, _ = list_row(r[:9], paths)
        norm = html_text.normalized_title(row.title)
        if (row.url and row.url in seen_urls) or norm in seen_titles:
            continue
        seen_titles.add(norm)
        if row.url:
            seen_urls.add(row.url)
        picked.append(((r[3] != section_id, -r[9]), row))
    picked.sort(key=lambda p: p[0])
    return [row for _, row in picked[:limit]]


def _distinctive(conn: sqlite3.Connection, terms: list[str]) -> list[str]:
    """The terms worth an OR query: shared with other articles, but not by too many.

    A word in every other article ("said", a feed's boilerplate) makes bm25 score the whole
    library, which is what made related() slow; rarer words are also the better signal.
    """
    if not terms:
        return []
    marks = ",".join("?" * len(terms))
    freq = dict(
        conn.execute(f"SELECT term, doc FROM articles_vocab WHERE term IN ({marks})", terms)
    )
    (size,) = conn.execute("SELECT ifnull(max(rowid), 0) FROM articles").fetchone()
    ceiling = max(_COMMON_FLOOR, size * _COMMON_SHARE)
    # A term missing from the vocabulary was folded differently (diacritics): keep it.
    usable = [t for t in terms if 1 < freq.get(t, 2) <= ceiling]
    return usable[:_RELATED_TERMS]
